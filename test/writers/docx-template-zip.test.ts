/**
 * A user's DOCX template is opened without trusting it: a zip bomb (declared, or hidden behind a header
 * that lies) is refused before it is inflated, in well under a second and without memory to speak of;
 * limits on entries and sizes hold; only the parts a document needs reach the outputs; a damaged zip, a
 * file that is not a DOCX, malformed XML and template syntax errors each give one Vietnamese message.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import PizZip from 'pizzip';
import { prepareTemplate, TemplateError, writeDocx } from '../../src/writers/docx/index.ts';
import { openTemplatePackage } from '../../src/writers/docx/template-package.ts';
import { templateParts } from '../../src/writers/docx/template-parts.ts';
import { buildFile, planOf } from '../helpers/build.ts';
import { docxProblems } from '../helpers/well-formed.ts';
import { craftZip, deflated, zerosCrc, zerosDeflated, type CraftedEntry } from '../helpers/zip-craft.ts';

const MIB = 1024 * 1024;
const DEFAULT = readFileSync('templates/van-ban.docx');

/** The default template's parts as crafted entries, with some changed or added. */
function parts(edits: Record<string, (xml: string) => string> = {}, extra: CraftedEntry[] = []): CraftedEntry[] {
  const all = templateParts();
  return [...Object.keys(all).sort().map((name) => deflated(name, edits[name] ? edits[name](all[name]) : all[name])), ...extra];
}

/** The message of the TemplateError `bytes` is refused with (fails when it is accepted). */
function refusal(bytes: Uint8Array, path = 'mau.docx'): string {
  try {
    prepareTemplate({ path, bytes });
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return (e as TemplateError).detail;
  }
  throw new Error('the template was accepted');
}

/** Refused, and how long it took and how much the process grew meanwhile. */
function timedRefusal(bytes: Uint8Array): { message: string; ms: number; grewMb: number } {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const message = refusal(bytes);
  return { message, ms: performance.now() - start, grewMb: (process.memoryUsage().rss - rss) / MIB };
}

const RESAVE = 'Mở mẫu bằng Word rồi lưu lại (Tệp → Lưu thành → Word Document, .docx), hoặc bắt đầu lại từ templates/van-ban.docx.';
const SHRINK = 'Một mẫu văn bản chỉ cần vài chục KB: bỏ khỏi mẫu các ảnh, tệp nhúng lớn rồi lưu lại, hoặc bắt đầu lại từ templates/van-ban.docx.';

describe('a zip bomb as --mau-docx', () => {
  const bomb = zerosDeflated(3800); // 3.7 GiB of zeros in 3.9 MB
  const crc = zerosCrc(16);

  it('declaring its size is refused from the directory, before anything is inflated', () => {
    const declared = craftZip(parts({}, [{ name: 'word/media/bomb.bin', data: bomb, method: 8, size: 3800 * MIB, crc }]));
    const { message, ms, grewMb } = timedRefusal(declared);
    expect(message).toBe(`bị từ chối: mục "word/media/bomb.bin" giải nén ra 3800 MB, quá giới hạn 20 MB một mục. ${SHRINK}`);
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(300);
  });

  it('as one part declaring a small size, inflating to GB: refused from the sizes it declares', () => {
    const lying = craftZip(parts({}, [{ name: 'word/media/bomb.bin', data: bomb, method: 8, size: 1000, crc }]));
    expect(timedRefusal(lying).message).toBe(`hỏng: mục "word/media/bomb.bin" ghi kích thước 1000 byte nhưng chứa ${bomb.length} byte dữ liệu nén. ${RESAVE}`);
  });

  it('as the document part, its header lying consistently (1 MB declared, 1 GB inside): inflation stops at the declared size', () => {
    const data = zerosDeflated(1024);
    const entries = parts();
    entries[entries.findIndex((e) => e.name === 'word/document.xml')] = { name: 'word/document.xml', data, method: 8, size: data.length, crc };
    const { message, ms, grewMb } = timedRefusal(craftZip(entries));
    expect(message).toBe(`hỏng: mục "word/document.xml" giải nén ra nhiều hơn kích thước nó ghi, hoặc dữ liệu nén bị hỏng. ${RESAVE}`);
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(300);
  });

  it('as highly compressed entries under the size limit: refused by the compression ratio', () => {
    const data = zerosDeflated(10);
    const zip = craftZip(parts({}, [{ name: 'word/media/a.bin', data, method: 8, size: 10 * MIB, crc }]));
    expect(refusal(zip)).toMatch(/^bị từ chối: mục "word\/media\/a\.bin" nén \d+ lần \(0 MB giải nén ra 10 MB\), quá giới hạn 100 lần: dấu hiệu của “bom nén”\. /);
  });

  it('as many entries, or entries adding up past the total: refused', () => {
    const many = craftZip(parts({}, Array.from({ length: 1000 }, (_, i) => deflated(`word/media/${i}.bin`, 'x'))));
    expect(refusal(many)).toBe(`bị từ chối: tệp có 1009 mục, quá giới hạn 1000 mục. ${SHRINK}`);
    const filler = randomBytes(200_000);
    const big = craftZip(parts({}, Array.from({ length: 6 }, (_, i) => ({ name: `word/media/${i}.bin`, data: filler, method: 8 as const, size: 19 * MIB, crc: 0 }))));
    expect(refusal(big)).toBe(`bị từ chối: các mục giải nén ra tổng cộng 114 MB, quá giới hạn 100 MB. ${SHRINK}`);
  });

  it('as a file over 20 MB, or with zip64 markers: refused', () => {
    const heavy = Buffer.concat([Buffer.from('PK'), Buffer.alloc(21 * MIB)]);
    expect(refusal(heavy)).toBe(`nặng 22 MB, quá giới hạn 20 MB. ${SHRINK}`);
    const zip64 = craftZip(parts({}, [{ name: 'word/media/a.bin', data: bomb.subarray(0, 10), method: 8, size: 0xffffffff }]));
    expect(refusal(zip64)).toBe(`bị từ chối: mục "word/media/a.bin" dùng dạng zip64 (dành cho tệp trên 4 GB), một mẫu văn bản không cần đến. ${SHRINK}`);
  });

  it('as entries sharing one piece of data (the overlapping bomb): refused', () => {
    const zip = craftZip(parts());
    // Point the second directory record at the first entry's data.
    const directory = zip.readUInt32LE(zip.length - 22 + 16);
    const second = directory + 46 + zip.readUInt16LE(directory + 28) + zip.readUInt16LE(directory + 30);
    zip.writeUInt32LE(0, second + 42);
    expect(refusal(zip)).toMatch(/^hỏng: mục ".*" chồng lên mục ".*"\. /);
  });
});

describe('a template that is damaged or not a DOCX', () => {
  const cases: [string, Uint8Array, string][] = [
    ['an empty file', new Uint8Array(), `là tệp rỗng (0 byte). ${RESAVE}`],
    ['a Word 97–2003 .doc renamed', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'là tệp Word 97–2003 (.doc), không phải .docx. Mở tệp bằng Word, chọn Tệp → Lưu thành → Word Document (.docx), rồi dùng tệp .docx đó.'],
    ['a PDF renamed', Buffer.from('%PDF-1.7\n'), 'là tệp PDF, không phải .docx. Mở tệp bằng Word, chọn Tệp → Lưu thành → Word Document (.docx), rồi dùng tệp .docx đó.'],
    ['a truncated zip', DEFAULT.subarray(0, 3000), `hỏng: không tìm thấy mục lục của tệp nén (tệp bị cắt cụt, hoặc không phải tệp nén zip). ${RESAVE}`],
    ['a zip without word/document.xml', craftZip(parts().filter((e) => e.name !== 'word/document.xml')), `hỏng: thiếu phần "word/document.xml", nên không phải văn bản Word (có thể là tệp nén khác, hay tệp Excel, PowerPoint đổi đuôi). ${RESAVE}`],
    ['malformed styles.xml', craftZip(parts({ 'word/styles.xml': (x) => x.replace('</w:styles>', '') })), `hỏng: phần "word/styles.xml" không phải XML hợp lệ ở dòng 38, cột 267. ${RESAVE}`],
  ];
  for (const [name, bytes, message] of cases) it(name, () => expect(refusal(bytes)).toBe(message));

  it('a zip whose data was damaged (CRC, deflate stream)', () => {
    const badCrc = parts();
    badCrc[0] = { ...badCrc[0], crc: 1 };
    expect(refusal(craftZip(badCrc))).toBe(`hỏng: mục "[Content_Types].xml" giải nén ra khác với kích thước hoặc mã kiểm tra (CRC) nó ghi. ${RESAVE}`);
    const badStream = parts();
    const data = Buffer.from(badStream[0].data);
    data.fill(0xff, 2, 12);
    badStream[0] = { ...badStream[0], data };
    expect(refusal(craftZip(badStream))).toBe(`hỏng: mục "[Content_Types].xml" giải nén ra nhiều hơn kích thước nó ghi, hoặc dữ liệu nén bị hỏng. ${RESAVE}`);
  });

  it('an encrypted entry', () => {
    const entries = parts();
    entries[1] = { ...entries[1], flags: 0x0801 };
    expect(refusal(craftZip(entries))).toBe(`hỏng: mục "_rels/.rels" được mã hóa (đặt mật khẩu). ${RESAVE}`);
  });
});

describe('the tags of a template', () => {
  const withBody = (paragraphs: string) => craftZip(parts({ 'word/document.xml': (x) => x.replace('<w:sectPr>', `${paragraphs}<w:sectPr>`) }));
  const ONLY = 'Mẫu chỉ dùng một thẻ, {@noi_dung}, ở một đoạn riêng trong thân; mọi dấu { } khác đều bị hiểu là thẻ: xóa (hoặc sửa) chỗ đó trong Word rồi lưu lại.';

  it('an unclosed "{" is told with its paragraph, once', () => {
    expect(refusal(withBody('<w:p><w:r><w:t>Kính gửi {ten</w:t></w:r></w:p>'))).toBe(`có dấu "{" mở thẻ mà không có dấu "}" đóng ở phần thân (word/document.xml), đoạn "Kính gửi {ten". ${ONLY}`);
  });

  it('several faults: the first, and how many more', () => {
    expect(refusal(withBody('<w:p><w:r><w:t>a}</w:t></w:r></w:p><w:p><w:r><w:t>{b</w:t></w:r></w:p>'))).toBe(`có dấu "}" mà không có dấu "{" mở trước nó ở phần thân (word/document.xml), đoạn "a}" (và 1 chỗ sai khác). ${ONLY}`);
  });

  it('a tag the program does not fill, in the body or a header, is told with its paragraph', () => {
    expect(refusal(withBody('<w:p><w:r><w:t>Kính gửi {ten_co_quan}</w:t></w:r></w:p>'))).toBe(`có thẻ "{ten_co_quan}" ở phần thân (word/document.xml), đoạn "Kính gửi {ten_co_quan}", mà chương trình không điền. ${ONLY}`);
    const header = craftZip(parts({ 'word/header1.xml': (x) => x.replace('<w:t>2</w:t>', '<w:t>Trang {so}</w:t>') }));
    expect(refusal(header)).toBe(`có thẻ "{so}" ở đầu trang (word/header1.xml), đoạn "Trang {so}", mà chương trình không điền. ${ONLY}`);
  });

  it('a tag in a part docxtemplater fills but does not list (the document properties) is refused too', () => {
    const core = craftZip(parts({ 'docProps/core.xml': (x) => x.replace('<dc:creator>van-ban-thi-dua</dc:creator>', '<dc:creator>{tac_gia}</dc:creator>') }));
    expect(refusal(core)).toBe(`có thẻ "{tac_gia}", mà chương trình không điền. ${ONLY}`);
  });
});

describe('the parts carried into outputs', () => {
  const plan = planOf(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'));
  const names = (docx: Uint8Array) => Object.keys(new PizZip(docx).files).sort();

  it('the project’s template is zipped again to the same bytes, so outputs do not change', () => {
    expect(Buffer.from(openTemplatePackage('templates/van-ban.docx', DEFAULT).bytes).equals(DEFAULT)).toBe(true);
  });

  it('an entry nothing refers to, custom XML data, a thumbnail and macros are left out; a header’s logo is kept', () => {
    const logo = readFileSync('data/_chung/anh/con-dau-minh-hoa.png');
    const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/${type}" Target="${target}"/>`;
    const zip = craftZip(
      parts(
        {
          '_rels/.rels': (x) => x.replace('</Relationships>', `${relationship('rIdThumb', 'package/2006/relationships/metadata/thumbnail', 'docProps/thumbnail.jpeg')}</Relationships>`),
          'word/_rels/document.xml.rels': (x) =>
            x.replace('</Relationships>', `${relationship('rIdCx', 'officeDocument/2006/relationships/customXml', '../customXml/item1.xml')}${relationship('rIdVba', 'officeDocument/2006/relationships/vbaProject', 'vbaProject.bin')}</Relationships>`),
          '[Content_Types].xml': (x) => x.replace('</Types>', '<Override PartName="/customXml/item1.xml" ContentType="application/xml"/></Types>'),
          'word/header1.xml': (x) => x.replace('<w:t>2</w:t>', '<w:t>2</w:t></w:r><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rIdLogo"/></w:drawing>'),
        },
        [
          { name: 'word/media/bomb.bin', data: zerosDeflated(10), method: 8, size: 90 * 1024, crc: 0 },
          deflated('customXml/item1.xml', '<du-lieu>BI-MAT</du-lieu>'),
          deflated('docProps/thumbnail.jpeg', 'ảnh nhỏ'),
          deflated('word/vbaProject.bin', 'macro'),
          deflated('word/_rels/header1.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rIdLogo', 'officeDocument/2006/relationships/image', 'media/logo.png')}</Relationships>`),
          { name: 'word/media/logo.png', data: logo, method: 0, size: logo.length, crc: crc32(logo) },
        ],
      ),
    );
    const written = writeDocx(plan, { path: 'mau.docx', bytes: zip });
    expect(names(written)).toEqual(
      [...Object.keys(templateParts()), 'word/_rels/header1.xml.rels', 'word/media/logo.png', 'word/', 'docProps/'].sort(),
    );
    const out = new PizZip(written);
    expect(out.file('word/_rels/document.xml.rels')!.asText()).not.toMatch(/customXml|vbaProject/);
    expect(out.file('_rels/.rels')!.asText()).not.toContain('thumbnail');
    expect(out.file('[Content_Types].xml')!.asText()).not.toContain('customXml');
    expect(docxProblems(written)).toEqual([]);
  });

  it('a Word template (.dotx) or a document with macros (.docm) gives plain documents, which Word opens as .docx', () => {
    const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
    for (const type of ['application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml']) {
      const zip = craftZip(parts({ '[Content_Types].xml': (x) => x.replace(main, type) }));
      const types = new PizZip(writeDocx(plan, { path: 'mau.dotx', bytes: zip })).file('[Content_Types].xml')!.asText();
      expect(types, type).toContain(`<Override PartName="/word/document.xml" ContentType="${main}"/>`);
    }
  });
});
