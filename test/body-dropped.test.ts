/**
 * Everything in a body is printed or reported: HTML blocks, HTML tags other than the few that format
 * a line, images, footnotes, link definitions, link addresses, strikethrough and task boxes used to
 * vanish silently; each is now an error at its line saying what to write instead. Comments, the
 * insertion markers and the supported tags keep working.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, formatProblem } from '../src/core/errors.ts';
import { buildDocument } from '../src/model/build.ts';
import { readMarkdown, readStructured } from '../src/readers/parse.ts';
import { loadRegistry } from '../src/resolve/resources.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import type { SourceFile } from '../src/core/source.ts';
import { buildMarkdown, testPlan } from './helpers/build.ts';
import { scratchDir } from './helpers/scratch.ts';

function resolverWith(templatesDir = 'templates'): Resolver {
  const { registry } = loadRegistry('data/_chung/co-quan.yaml');
  return new Resolver({ registry, templatesDir, lawDir: 'data/_chung', roots: ['data', templatesDir] });
}

/** The errors building `source` reports, as printed. */
function errors(source: SourceFile, templatesDir?: string): string[] {
  try {
    buildDocument(resolverWith(templatesDir).resolveSource(source));
    return [];
  } catch (e) {
    if (e instanceof DocumentError) return e.problems.map(formatProblem);
    throw e;
  }
}

/** The body of a test plan starts at line 12 of data/a.md. */
const inBody = (body: string): string[] => errors(readMarkdown(testPlan('', body), 'data/a.md'));
const at = (line: number, message: string) => `Lỗi: data/a.md, dòng ${line} — ${message}`;

const SUPPORTED = '<b>, <strong>, <i>, <em>, <u>, <sub>, <sup> (mở và đóng, như <u>chữ</u>) và <br>, không có thuộc tính';

describe('what a body cannot print is an error at its line', () => {
  it('an HTML block, with what to write instead', () => {
    expect(inBody('Mở đầu.\n\n<div>Nội dung trong khung</div>\n')).toEqual([
      at(14, `khối HTML "<div>Nội dung trong khung</div>" không được hỗ trợ nên sẽ không được in (cả đoạn đến dòng trống tiếp theo). Viết bằng Markdown: đoạn văn cách nhau một dòng trống, tiêu đề bằng #, danh sách bằng -, bảng bằng | … |; trong dòng dùng được ${SUPPORTED}.`),
    ]);
    expect(inBody('Mở đầu.\n\n<br>\n\nĐoạn sau.')).toEqual([
      at(14, 'thẻ <br> đứng riêng một dòng sẽ không được in. Để xuống dòng trong một đoạn, kết thúc dòng trên bằng dấu \\ (hoặc hai dấu cách); để sang đoạn mới, để một dòng trống.'),
    ]);
    expect(inBody('<b>\nCả đoạn này\n</b>')).toEqual([
      at(12, 'dòng bắt đầu bằng thẻ "<b>" đứng riêng nên cả đoạn đến dòng trống tiếp theo bị đọc là HTML và sẽ không được in. Viết thẻ liền với chữ trong cùng dòng, như <b>chữ</b>, hoặc dùng **chữ đậm**, *chữ nghiêng*.'),
    ]);
    expect(inBody('<table><tr><td>1</td></tr></table>')[0]).toBe(
      at(12, 'bảng viết bằng HTML (<table>) sẽ không được in. Viết bảng bằng Markdown: dòng | Cột 1 | Cột 2 |, dòng thứ hai | --- | --- |, rồi mỗi hàng một dòng.'),
    );
    expect(inBody('<!-- ghi chú --> Chữ sau chú thích')).toEqual([at(12, 'chữ "Chữ sau chú thích" viết cùng dòng với chú thích <!-- … --> sẽ không được in. Đưa chữ xuống dòng dưới chú thích.')]);
  });

  it('an HTML tag in a line other than the formatting ones', () => {
    expect(inBody('Mở đầu.\n\nChữ <span class="do">đỏ</span> và <font>cũ</font>.')).toEqual([
      at(14, `thẻ HTML "<span class="do">" không được hỗ trợ nên sẽ không được in. Trong một dòng chỉ dùng được ${SUPPORTED}; chữ đậm cũng viết **…**, nghiêng *…*.`),
      at(14, `thẻ HTML "<font>" không được hỗ trợ nên sẽ không được in. Trong một dòng chỉ dùng được ${SUPPORTED}; chữ đậm cũng viết **…**, nghiêng *…*.`),
    ]);
  });

  it('an image, in a line, in a table, or as an <img> tag', () => {
    const image = (alt: string) =>
      `ảnh trong nội dung${alt} không được hỗ trợ nên sẽ không được in. Nội dung văn bản chỉ có chữ và bảng: trình bày số liệu bằng bảng Markdown (| … |), trong nội dung hoặc trong phụ lục (phu_luc); ảnh chữ ký, con dấu ghi ở ky.chu_ky và ky.con_dau.`;
    expect(inBody('Biểu đồ:\n\n![Biểu đồ kết quả](bieu-do.png)\n\n| A | B |\n|---|---|\n| ![x][hinh] | <img src="y.png"> |\n\n[hinh]: y.png')).toEqual([
      at(14, image(' ("Biểu đồ kết quả")')),
      at(18, image(' ("x")')),
      at(18, image('')),
      at(20, 'dòng này được đọc là định nghĩa liên kết Markdown ([tên]: địa chỉ) nên sẽ không được in. Muốn in dòng này, viết \\[ thay cho [ ở đầu dòng.'),
    ]);
  });

  it('a footnote, a link address, strikethrough, a task box', () => {
    const footnote = 'chú thích cuối trang ([^1] và dòng [^1]: …) không được hỗ trợ nên sẽ không được in. Viết phần chú thích trong ngoặc đơn ngay sau chữ cần chú thích.';
    expect(inBody('Theo Luật[^1].\n\n[^1]: Luật Thi đua, khen thưởng 2022.\n\nXem [Cổng thông tin](https://vinhcuu.dongnai.gov.vn).\n\nTừ 5~10 đến 20~30 người, ~~bỏ~~.\n\n- [x] Đã xong')).toEqual([
      at(12, footnote),
      at(14, footnote),
      at(16, 'liên kết "Cổng thông tin" chỉ in được chữ, địa chỉ "https://vinhcuu.dongnai.gov.vn" sẽ không được in. Viết địa chỉ ra trong nội dung nếu cần, như "Cổng thông tin (https://vinhcuu.dongnai.gov.vn)", hoặc bỏ dấu [ ]( ) và chỉ giữ chữ.'),
      at(18, 'chữ gạch ngang (viết giữa hai dấu ~~ hoặc ~) không in được gạch ngang: dấu ~ sẽ mất và chữ in như thường. Xóa phần chữ bị gạch; muốn in dấu ~ thì viết \\~.'),
      at(18, 'chữ gạch ngang (viết giữa hai dấu ~~ hoặc ~) không in được gạch ngang: dấu ~ sẽ mất và chữ in như thường. Xóa phần chữ bị gạch; muốn in dấu ~ thì viết \\~.'),
      at(20, 'ô đánh dấu "[ ]" hoặc "[x]" ở đầu mục danh sách sẽ không được in. Bỏ ô đó, hoặc viết \\[x\\] để in nguyên chữ.'),
    ]);
  });

  it('a mistyped insertion marker', () => {
    expect(inBody('<!-- chen: bang danh hieu -->')).toEqual([
      at(12, 'chỗ chèn "<!-- chen: bang danh hieu -->" viết sai nên không chèn được gì. Viết đúng dạng <!-- chen: ten_phan --> (tên không có dấu cách), trên một dòng riêng.'),
    ]);
  });
});

describe('what a body can print still prints', () => {
  it('comments print nothing and are not reported; formatting tags, a bare address, a line break and \\~ print', () => {
    const doc = buildMarkdown(testPlan('', '<!-- ghi chú cho người soạn -->\n\nChữ <b>đậm</b>, H<sub>2</sub>O<!-- x -->, https://vinhcuu.dongnai.gov.vn, [https://a.vn](https://a.vn)\\\ndòng sau, 5\\~10.'));
    const paragraph = doc.body.find((b) => b.kind === 'paragraph');
    expect(paragraph?.kind === 'paragraph' && paragraph.runs.map((r) => `${r.text}${r.bold ? '{đậm}' : ''}${r.sub ? '{dưới}' : ''}${r.breakAfter ? '⏎' : ''}`).join('|')).toBe(
      'Chữ |đậm{đậm}|, H|2{dưới}|O|, |https://vinhcuu.dongnai.gov.vn|, |https://a.vn⏎|dòng sau, 5~10.|/.',
    );
  });
});

describe('the line of what cannot be printed', () => {
  it('in a .yaml file, the line in noi_dung', () => {
    const text = 'loai: ke_hoach\nco_quan: ubnd-tinh-cao-bang\nngay: 2023-01-05\ntrich_yeu: Thử\nky: { quyen_han: [TM. ỦY BAN NHÂN DÂN], nguoi_ky: anh }\nnoi_nhan: [Sở Nội vụ]\nnoi_dung: |\n  Mở đầu.\n\n  ![ảnh](a.png)\n';
    expect(errors(readStructured(text, 'data/a.yaml'))).toEqual([expect.stringMatching(/^Lỗi: data\/a\.yaml, dòng 10 — trường "noi_dung": ảnh trong nội dung \("ảnh"\)/)]);
  });

  it('in a phụ lục written in the data file, at its noi_dung with the line inside it', () => {
    const found = errors(readMarkdown(testPlan('phu_luc: [{ tieu_de: Bảng, noi_dung: "Số liệu:\\n\\n<div>x</div>" }]', 'Nội dung, xem Phụ lục.'), 'data/a.md'));
    expect(found).toEqual([expect.stringMatching(/^Lỗi: data\/a\.md, dòng 10 — trường "phu_luc\[0\]\.noi_dung": khối HTML "<div>x<\/div>" .* \(dòng 3 của nội dung phụ lục\)$/)]);
  });

  describe('in a filled content template', () => {
    const dir = scratchDir();
    mkdirSync(join(dir, 'noi-dung'));
    writeFileSync(join(dir, 'noi-dung', 'thu.md.hbs'), '---\ndu_lieu:\n  ket_qua: markdown\n---\nKết quả:\n\n{{{ket_qua}}}\n\n![Sơ đồ](so-do.png)\n');
    const doc = (ketQua: string) => readMarkdown(testPlan(`mau: thu\ndu_lieu:\n  ket_qua: ${JSON.stringify(ketQua)}`, ''), 'data/a.md');

    it('at the du_lieu value it came from, or at the template line that has it', () => {
      expect(errors(doc('- Một ý\n- <div>Khung</div>'), dir)).toEqual([
        expect.stringMatching(/^Lỗi: data\/a\.md, dòng 12 — trường "du_lieu\.ket_qua": khối HTML "<div>Khung<\/div>" không được hỗ trợ/),
        expect.stringMatching(new RegExp(`^Lỗi: ${join(dir, 'noi-dung/thu.md.hbs')}, dòng 9 — ảnh trong nội dung \\("Sơ đồ"\\)`)),
      ]);
    });
  });
});
