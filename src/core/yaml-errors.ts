/** The YAML parser's error codes, said in Vietnamese (the parser's own messages are English). */
import type { ErrorCode } from 'yaml';

export function yamlErrorVi(code: ErrorCode): string {
  const known: Partial<Record<ErrorCode, string>> = {
    ALIAS_PROPS: 'tham chiếu *tên không được kèm thẻ hay tên &',
    BAD_ALIAS: 'tham chiếu *tên viết sai',
    BAD_DIRECTIVE: 'dòng bắt đầu bằng "%" không hợp lệ',
    BAD_DQ_ESCAPE: 'sau dấu "\\" trong chuỗi ngoặc kép là ký tự không hợp lệ',
    BAD_INDENT: 'thụt lề sai',
    BAD_PROP_ORDER: 'thẻ ! và tên & viết sai thứ tự',
    BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự không được phép như @ hay `, hãy đặt giá trị trong dấu ngoặc kép',
    BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm hoặc thụt lề sai',
    BLOCK_IN_FLOW: 'giá trị viết nhiều dòng nằm trong dấu [ ] hoặc { }',
    DUPLICATE_KEY: 'một trường được khai báo hai lần',
    KEY_OVER_1024_CHARS: 'tên trường dài quá 1024 ký tự, có thể thiếu dấu hai chấm',
    MISSING_CHAR: 'thiếu ký tự đóng',
    MULTILINE_IMPLICIT_KEY: 'tên trường viết trên nhiều dòng',
    MULTIPLE_ANCHORS: 'một giá trị có hai tên &',
    MULTIPLE_DOCS: 'tệp có nhiều phần ngăn bởi dòng "---", chỉ được có một',
    MULTIPLE_TAGS: 'một giá trị có hai thẻ !',
    NON_STRING_KEY: 'tên trường phải là chữ',
    RESOURCE_EXHAUSTION: 'dữ liệu lồng nhau quá sâu hoặc quá lớn',
    TAB_AS_INDENT: 'thụt lề bằng phím Tab, chỉ được thụt lề bằng dấu cách',
    UNEXPECTED_TOKEN: 'ký tự không mong đợi',
    BAD_COLLECTION_TYPE: 'kiểu danh sách hoặc bảng không khớp với thẻ',
  };
  return known[code] ?? 'cú pháp sai';
}
