// Một tệp YAML dữ liệu luật (đã đọc thành chữ), giữ được số dòng để báo lỗi rõ ràng cho cán bộ.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { yamlErrorVi } from '../core/yaml-errors.ts';

export type YamlPath = (string | number)[];

export class LawDataError extends Error {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  /** Phần thông báo nói cái sai và cách sửa (không có tệp, dòng). */
  readonly detail: string;

  constructor(
    file: string,
    line: number,
    field: string,
    detail: string,
    /** Cột (bắt đầu từ 1) của trường trên dòng đó, cho lệnh kiểm tra. */
    readonly column?: number,
  ) {
    super(`Lỗi dữ liệu luật: tệp ${file}, dòng ${line}, trường "${field}": ${detail}`);
    this.name = 'LawDataError';
    this.file = file;
    this.line = line;
    this.field = field;
    this.detail = detail;
  }
}

export class YamlSource {
  readonly file: string;
  readonly data: unknown;
  private readonly doc: Document;
  private readonly lines: LineCounter;

  constructor(file: string, text: string) {
    this.file = file;
    this.lines = new LineCounter();
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
    const syntaxError = this.doc.errors[0];
    if (syntaxError) {
      const { line, col } = syntaxError.linePos?.[0] ?? { line: 1, col: 1 };
      throw new LawDataError(file, line, '(cú pháp YAML)', `tệp không đúng cú pháp YAML (${yamlErrorVi(syntaxError.code)}). Kiểm tra thụt lề, dấu hai chấm sau tên trường và dấu ngoặc kép.`, col);
    }
    this.data = this.doc.toJS();
  }

  /** Dòng (bắt đầu từ 1) của trường theo đường dẫn; nếu trường không có thì lấy dòng của mục chứa nó. */
  lineOf(path: YamlPath): number {
    return this.positionOf(path).line;
  }

  /** Dòng và cột (bắt đầu từ 1) của trường theo đường dẫn, như lineOf. */
  positionOf(path: YamlPath): { line: number; col: number } {
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        offset = rangeStart(pair.key) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        offset = rangeStart(node) ?? offset;
      } else {
        break;
      }
    }
    return this.lines.linePos(offset);
  }

  error(path: YamlPath, detail: string): LawDataError {
    const field = path.filter((segment) => typeof segment === 'string').at(-1) ?? '(toàn tệp)';
    const { line, col } = this.positionOf(path);
    return new LawDataError(this.file, line, String(field), detail, col);
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
