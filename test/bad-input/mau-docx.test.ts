/**
 * Bad-input matrix, point 3 of issue 9: the DOCX template (--mau-docx, or the default one) is checked
 * before use. Bombs, limits, damaged zips, files that are not a DOCX, malformed parts and template syntax
 * errors each stop the run with one Vietnamese message naming the template and what to do.
 */
import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { expect, it } from 'vitest';
import { templateParts } from '../../src/writers/docx/template-parts.ts';
import { testPlan } from '../helpers/build.ts';
import { craftZip, deflated, zerosDeflated, type CraftedEntry } from '../helpers/zip-craft.ts';
import { checkCase, matrix, type Case } from './harness.ts';

const MIB = 1024 * 1024;
const DEFAULT = readFileSync('templates/van-ban.docx');
const built = ['a.docx', 'a.pdf', 'a.html'];
const data = { 'data/a.md': testPlan('') };

/** The default template's parts, some changed, some added. */
function template(edits: Record<string, (xml: string) => string> = {}, extra: CraftedEntry[] = []): Buffer {
  const all = templateParts();
  return craftZip([...Object.keys(all).sort().map((name) => deflated(name, edits[name] ? edits[name](all[name]) : all[name])), ...extra]);
}

const bomb = zerosDeflated(3800);
/** word/document.xml replaced by 1 GiB of zeros whose header declares the size of its compressed data. */
function lyingDocument(): Buffer {
  const all = templateParts();
  const inside = zerosDeflated(1024);
  return craftZip(Object.keys(all).sort().map((name) => (name === 'word/document.xml' ? { name, data: inside, method: 8 as const, size: inside.length, crc: 0 } : deflated(name, all[name]))));
}

/** The central directory's first record with its signature broken. */
function damagedDirectory(): Buffer {
  const zip = Buffer.from(DEFAULT);
  zip.writeUInt32LE(0x12345678, zip.readUInt32LE(zip.length - 22 + 16));
  return zip;
}

/** A case where `--mau-docx=mau.docx` is refused: exit 1, nothing built, a message naming it. */
const refused = (name: string, bytes: Uint8Array, text: string | RegExp): Case => ({
  name,
  files: { ...data, 'mau.docx': bytes },
  args: ['--mau-docx=mau.docx'],
  exit: 1,
  messages: [{ file: 'mau.docx', text }],
});

const SHRINK = 'bỏ khỏi mẫu các ảnh, tệp nhúng lớn rồi lưu lại';
const RESAVE = 'Mở mẫu bằng Word rồi lưu lại';
const ONLY_TAG = 'Mẫu chỉ dùng một thẻ, {@noi_dung}, ở một đoạn riêng trong thân';

const cases: Case[] = [
  { name: 'the default template builds (the baseline)', files: data, exit: 0, produced: built },
  { name: 'a good template given with --mau-docx builds', files: { ...data, 'mau.docx': DEFAULT }, args: ['--mau-docx=mau.docx'], exit: 0, produced: built },
  refused('a zip bomb declaring 3.7 GB in one entry', template({}, [{ name: 'word/media/bomb.bin', data: bomb, method: 8, size: 3800 * MIB, crc: 0 }]), `giải nén ra 3800 MB, quá giới hạn 20 MB một mục. Một mẫu văn bản chỉ cần vài chục KB: ${SHRINK}`),
  refused('a zip bomb whose header declares 1000 bytes', template({}, [{ name: 'word/media/bomb.bin', data: bomb, method: 8, size: 1000, crc: 0 }]), `hỏng: mục "word/media/bomb.bin" ghi kích thước 1000 byte nhưng chứa ${bomb.length} byte dữ liệu nén. ${RESAVE}`),
  refused('a zip bomb as word/document.xml, its header lying consistently', lyingDocument(), `hỏng: mục "word/document.xml" giải nén ra nhiều hơn kích thước nó ghi`),
  refused('a zip of 1,009 entries', template({}, Array.from({ length: 1000 }, (_, i) => deflated(`word/media/${i}.bin`, 'x'))), 'bị từ chối: tệp có 1009 mục, quá giới hạn 1000 mục'),
  refused('a file of 21 MB', Buffer.concat([DEFAULT, Buffer.alloc(21 * MIB)]), 'mẫu DOCX này nặng 22 MB, quá giới hạn 20 MB của một mẫu'),
  refused('a damaged zip (its directory broken)', damagedDirectory(), `hỏng: mục lục của tệp nén bị hỏng. ${RESAVE}`),
  refused('a truncated zip', DEFAULT.subarray(0, DEFAULT.length - 100), 'hỏng: không tìm thấy mục lục của tệp nén (tệp bị cắt cụt, hoặc không phải tệp nén zip)'),
  refused('a text file, not a zip', Buffer.from('Mẫu văn bản\n'), 'không phải tệp .docx (tệp .docx là một tệp nén zip, bắt đầu bằng "PK")'),
  refused('a Word 97–2003 .doc renamed', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'là tệp Word 97–2003 (.doc), không phải .docx. Mở tệp bằng Word, chọn Tệp → Lưu thành → Tài liệu Word (đuôi .docx)'),
  refused('a PDF renamed', Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'là tệp PDF, không phải .docx'),
  refused('an empty file', new Uint8Array(), 'là tệp rỗng (0 byte)'),
  refused('a zip without word/document.xml', craftZip([deflated('[Content_Types].xml', '<Types/>'), deflated('xl/workbook.xml', '<workbook/>')]), 'hỏng: thiếu phần "word/document.xml", nên không phải văn bản Word'),
  refused('a malformed word/styles.xml', template({ 'word/styles.xml': (x) => x.replace('<w:name w:val="Normal"/>', '<w:name w:val="Normal">') }), /hỏng: phần "word\/styles\.xml" không phải XML hợp lệ ở dòng \d+, cột \d+\. Mở mẫu bằng Word/),
  refused('an unclosed "{" in the body', template({ 'word/document.xml': (x) => x.replace('<w:sectPr>', '<w:p><w:r><w:t>Kính gửi {ten</w:t></w:r></w:p><w:sectPr>') }), `có dấu "{" mở thẻ mà không có dấu "}" đóng ở phần thân (word/document.xml), đoạn "Kính gửi {ten". ${ONLY_TAG}`),
  refused('a tag the program does not fill, in the header', template({ 'word/header1.xml': (x) => x.replace('<w:t>2</w:t>', '<w:t>Trang {so_trang}</w:t>') }), `có thẻ "{so_trang}" ở đầu trang (word/header1.xml), đoạn "Trang {so_trang}", mà chương trình không điền. ${ONLY_TAG}`),
  refused('no content tag', template({ 'word/document.xml': (x) => x.replace('{@noi_dung}', 'Nội dung') }), 'thiếu thẻ {@noi_dung}'),
  { name: '--mau-docx names a file that does not exist', files: data, args: ['--mau-docx=khong-co.docx'], exit: 1, messages: [{ file: 'khong-co.docx', text: 'không mở được mẫu DOCX này: kiểm tra đường dẫn sau --mau-docx' }] },
  { name: '--mau-docx names a folder', files: { ...data, 'thu-muc.docx/a.txt': 'x' }, args: ['--mau-docx=thu-muc.docx'], exit: 1, messages: [{ file: 'thu-muc.docx', text: 'không phải một tệp (là thư mục?)' }] },
  {
    name: '--mau-docx outside the project is the user’s choice, and is used',
    files: data,
    outside: { 'mau-rieng.docx': DEFAULT },
    args: ['--mau-docx=../ngoai/mau-rieng.docx'],
    exit: 0,
    produced: built,
  },
  {
    name: 'the default template, a link to a file outside the templates folder',
    files: data,
    outside: { 'van-ban.docx': DEFAULT },
    setup: (root, outside) => {
      rmSync(join(root, 'templates/van-ban.docx'));
      symlinkSync(join(outside, 'van-ban.docx'), join(root, 'templates/van-ban.docx'));
    },
    exit: 1,
    messages: [{ file: 'templates/van-ban.docx', text: 'mẫu DOCX mặc định là liên kết tới tệp nằm ngoài thư mục mẫu' }],
  },
  { name: 'a broken template does not stop a run that makes no DOCX', files: { ...data, 'mau.docx': 'không phải docx' }, args: ['--mau-docx=mau.docx', '--dinh-dang=pdf'], exit: 0, produced: ['a.pdf'] },
];

matrix('Mẫu DOCX (--mau-docx)', cases);

it('a template error is printed once for the run, however many documents there are', async () => {
  const files = { 'data/a.md': testPlan(''), 'data/b.md': testPlan(''), 'data/c.md': testPlan(''), 'mau.docx': template({ 'word/document.xml': (x) => x.replace('{@noi_dung}', '{@noi_dung') }) };
  const { lines } = await checkCase({ name: 'ba văn bản', files, args: ['--mau-docx=mau.docx'], exit: 1, messages: [{ file: 'mau.docx', text: 'có dấu "{" mở thẻ' }] });
  expect(lines).toEqual([
    `Lỗi: mau.docx — mẫu DOCX này có dấu "{" mở thẻ mà không có dấu "}" đóng ở phần thân (word/document.xml), đoạn "{@noi_dung". ${ONLY_TAG}; mọi dấu { } khác đều bị hiểu là thẻ: xóa (hoặc sửa) chỗ đó trong Word rồi lưu lại.`,
    'Không tạo văn bản nào: sửa lỗi trên rồi chạy lại. Các văn bản đã tạo trước đó được giữ nguyên.',
  ]);
});

it('parts no document needs are not carried into the outputs', async () => {
  const secret = 'BI-MAT-CUA-MAU';
  const relationship = '<Relationship Id="rIdCx" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>';
  const mau = template({ 'word/_rels/document.xml.rels': (x) => x.replace('</Relationships>', `${relationship}</Relationships>`) }, [
    deflated('customXml/item1.xml', `<du-lieu>${secret}</du-lieu>`),
    deflated('word/media/thua.bin', `${secret} `.repeat(10_000)),
  ]);
  const { root } = await checkCase({ name: 'phần thừa', files: { ...data, 'mau.docx': mau }, args: ['--mau-docx=mau.docx', '--dinh-dang=docx'], exit: 0, produced: ['a.docx'] });
  const docx = new PizZip(readFileSync(join(root, 'output/a.docx')));
  expect(Object.keys(docx.files).filter((name) => /customXml|media/.test(name))).toEqual([]);
  for (const file of Object.values(docx.files)) expect(file.asText()).not.toContain(secret);
});
