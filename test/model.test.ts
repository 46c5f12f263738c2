/** The document model built from data: numbering, signature chains, Nơi nhận, NFC. */
import { describe, expect, it } from 'vitest';
import { buildFile, buildMarkdown, fonts, planOf, problemsOf, renderDocx, renderHtml } from './helpers/build.ts';
import { docxLines, docxXml } from './helpers/docx-text.ts';
import { layoutParagraph } from '../src/writers/pdf/paragraph.ts';
import type { Paragraph } from '../src/plan/types.ts';
import type { Block, Document } from '../src/document/types.ts';

const labelled = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [[b.label, b.runs.map((r) => r.text).join('')].filter(Boolean).join(' ')] : []));

/** A plan without the end mark `./.`, which has its own tests (test/end-mark.test.ts). */
const PLAN = (extra: string, body: string): string => `---
dau_ket_thuc: false
loai: ke_hoach
co_quan: ubnd-tinh-cao-bang
so: 5
ngay: 2023-01-05
trich_yeu: Thử
ky: { nguoi_ky: anh }
noi_nhan: [Ban TĐKT TW (b/c), Lưu trữ]
luu: [NC]
${extra}
---
${body}`;

const recipientLines = (doc: Document): string[] => doc.closing.recipients!.lines.map((runs) => runs.map((r) => r.text).join(''));

describe('body numbering', () => {
  it('numbers mục, khoản, điểm in the decree style and letters past đ and k', () => {
    const items = Array.from({ length: 11 }, (_, i) => `1. Điểm thứ ${i + 1}`).join('\n');
    const doc = buildMarkdown(PLAN('', `# Mục đích\n\n## Khoản\n\n${items}\n\n# Tổ chức thực hiện\n\n## Sở Nội vụ\n`));
    expect(labelled(doc.body)).toEqual([
      'I. Mục đích',
      '1. Khoản',
      ...['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l'].map((l, i) => `${l}) Điểm thứ ${i + 1}`),
      'II. Tổ chức thực hiện',
      '1. Sở Nội vụ',
    ]);
  });

  it('uses the per-document styles a. and 1.1.', () => {
    const body = '# A\n\n## B\n\n1. x\n2. y\n\n## C\n\n### D\n';
    expect(labelled(buildMarkdown(PLAN('danh_so: { diem: a. }', body)).body)).toEqual(['I. A', '1. B', 'a. x', 'b. y', '2. C', 'a. D']);
    expect(labelled(buildMarkdown(PLAN('danh_so: { diem: 1.1. }', body)).body)).toEqual(['I. A', '1. B', '1.1. x', '1.2. y', '2. C', '2.1. D']);
  });

  it('reports a style with no place for the number, naming the level, rather than failing on it', () => {
    const body = '# A\n\n## B\n\n1. x\n';
    const problems = problemsOf(PLAN('danh_so: { diem: "ß $&" }', body)).filter((p) => p.severity === 'loi');
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['danh_so.diem', 11, 'kiểu đánh số "ß $&" không hiểu được. Viết như nhãn đầu tiên: "I.", "1.", "a)", "a.", "1.1.".'],
    ]);
  });

  it('keeps numbers typed by hand, never doubles them, and counts on from them', () => {
    const doc = buildMarkdown(PLAN('', '# II. NỘI DUNG\n\n## 2. Về nội dung\n\n## Về khen thưởng\n\n# TỔ CHỨC\n'));
    expect(labelled(doc.body)).toEqual(['II. NỘI DUNG', '2. Về nội dung', '3. Về khen thưởng', 'III. TỔ CHỨC']);
  });

  it('keeps - and + bullets as typed, bold and italic runs, and tables', () => {
    const doc = buildMarkdown(PLAN('', '- **Đợt 1** (từ *tháng 01*)\n  + chi tiết\n\n| STT | Tên |\n|---|---|\n| 1 | Sở Nội vụ |\n'));
    const [first, second, table] = doc.body;
    expect(first).toMatchObject({ label: '-', runs: [{ text: 'Đợt 1', bold: true }, { text: ' (từ ' }, { text: 'tháng 01', italic: true }, { text: ')' }] });
    expect(second).toMatchObject({ label: '+', runs: [{ text: 'chi tiết' }] });
    expect(table).toMatchObject({ kind: 'table', headerRows: 1, rows: [[{ paragraphs: [[{ text: 'STT' }]] }, { paragraphs: [[{ text: 'Tên' }]] }], [{}, {}]] });
  });

  it('keeps * bullets as typed, at the top and nested, and prints them in the DOCX and as an HTML list', () => {
    const doc = buildMarkdown(PLAN('', '# Nội dung\n\n* Tuyên truyền\n  * chi tiết\n  - gạch\n* Khen thưởng\n'));
    expect(labelled(doc.body)).toEqual(['I. Nội dung', '* Tuyên truyền', '* chi tiết', '- gạch', '* Khen thưởng']);
    expect(docxLines(renderDocx(doc))).toContain('* Tuyên truyền');
    expect(renderHtml(doc)).toMatch(/<ul><li[^>]*><span class="nhan">\*<\/span> Tuyên truyền<\/li>/);
  });
});

describe('a khoản whose title and text share a line', () => {
  const doc = buildMarkdown(PLAN('', '# Nội dung\n\n## Đối tượng\n\n## Thời gian: từ ngày 01/01/2023 đến hết ngày 30/6/2023.\n\n## Quý I:\n'));
  const khoan = doc.body[2];

  it('is one paragraph numbered as a khoản: label and title bold, the text after ": " regular', () => {
    expect(labelled(doc.body)).toEqual(['I. Nội dung', '1. Đối tượng', '2. Thời gian: từ ngày 01/01/2023 đến hết ngày 30/6/2023.', '3. Quý I:']);
    expect(khoan).toMatchObject({
      style: 'Than',
      level: 'khoan',
      heading: true,
      label: '2.',
      labelBold: true,
      runs: [{ text: 'Thời gian:', bold: true }, { text: ' từ ngày 01/01/2023 đến hết ngày 30/6/2023.' }],
    });
    expect(doc.body[3]).toMatchObject({ style: 'Khoan', runs: [{ text: 'Quý I:' }] });
    const allBold = buildMarkdown(PLAN('', '## **Giai đoạn 1: chuẩn bị**\n')).body[0];
    expect(allBold).toMatchObject({ label: '1.', runs: [{ text: 'Giai đoạn 1:', bold: true }, { text: ' chuẩn bị', bold: true }] });
  });

  it('only a khoản or điểm: a mục or phần with ": " in its title stays a bold heading of its own style', () => {
    const muc = buildMarkdown(PLAN('', '# KẾT QUẢ: NĂM 2025\n\nNội dung.\n')).body[0];
    expect(muc).toMatchObject({ style: 'Muc', label: 'I.', runs: [{ text: 'KẾT QUẢ: NĂM 2025' }] });
  });

  it('prints that way in the DOCX, the HTML and the PDF', () => {
    const paragraph = docxXml(renderDocx(doc))
      .match(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)!
      .find((p) => p.includes('Thời gian:'))!;
    const runs = [...paragraph.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, r]) => [/<w:t[^>]*>([^<]*)</.exec(r)![1], r.includes('<w:b/>')]);
    expect(paragraph).toContain('<w:pStyle w:val="Than"/>');
    expect(runs).toEqual([['2. ', true], ['Thời gian:', true], [' từ ngày 01/01/2023 đến hết ngày 30/6/2023.', false]]);
    expect(renderHtml(doc)).toContain('<strong class="nhan">2.</strong> <strong>Thời gian:</strong> từ ngày 01/01/2023 đến hết ngày 30/6/2023.</h3>');
    const plan = planOf(doc);
    const item = plan.sections[0].items.find((i) => i.kind === 'paragraph' && i.numbering?.label === '2.')!;
    const laid = layoutParagraph(item as Paragraph, 0, plan.sections[0].page.textWidthPt, { fonts: fonts(), lines: plan.lines });
    const texts = laid.lines.flatMap((l) => l.ops.flatMap((op) => (op.kind === 'text' ? op.texts.map((t) => [t.text, t.variant]) : [])));
    expect(texts.slice(0, 3)).toEqual([['2.', 'bold'], ['Thời', 'bold'], ['gian:', 'bold']]);
    expect(texts[3]).toEqual(['từ', 'regular']);
  });
});

describe('signature block', () => {
  it('builds the quyền hạn chains of the seeds', () => {
    expect(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md').closing.signers[0]).toMatchObject({ lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Nguyễn Thị Dung' });
    expect(buildFile('data/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.md').closing.signers[0]).toMatchObject({
      lines: ['TM. KHỐI THI ĐUA', 'TRƯỞNG KHỐI'],
      aboveName: 'CHÁNH VĂN PHÒNG UBND TỈNH',
      name: 'Nguyễn Cảnh Hưng',
    });
    const chain = buildMarkdown(PLAN('', '').replace('ky: { nguoi_ky: anh }', 'ky: { quyen_han: [TM. Ủy ban nhân dân, KT. CHỦ TỊCH], chuc_vu: Phó Chủ tịch, ho_ten: Trần Văn B }'));
    expect(chain.closing.signers[0].lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});

describe('Nơi nhận', () => {
  it('ends each line with ;, keeps (b/c), and ends with the Lưu line and a full stop', () => {
    expect(recipientLines(buildMarkdown(PLAN('', '')))).toEqual(['- Ban TĐKT TW (b/c);', '- Lưu trữ;', '- Lưu: VT, NC.']);
  });

  it('without a Lưu line (a blank form), the last recipient ends the list with "." unless it ends in an ellipsis', () => {
    const form = (recipients: string) => PLAN('bieu_mau: true', '').replace('luu: [NC]\n', '').replace('noi_nhan: [Ban TĐKT TW (b/c), Lưu trữ]', `noi_nhan: ${recipients}`);
    expect(recipientLines(buildMarkdown(form('[Sở Nội vụ, Sở Tài chính]')))).toEqual(['- Sở Nội vụ;', '- Sở Tài chính.']);
    expect(recipientLines(buildMarkdown(form('[Sở Nội vụ, "..."]')))).toEqual(['- Sở Nội vụ;', '- ...']);
    expect(recipientLines(buildMarkdown(form('[Sở Nội vụ, …]')))).toEqual(['- Sở Nội vụ;', '- …']);
  });

  it('without "luu", the Lưu line names the agency\'s don_vi_luu; "luu" wins over it', () => {
    const tuyenQuang = (extra: string) =>
      PLAN(extra, '').replace('co_quan: ubnd-tinh-cao-bang', 'co_quan: ubnd-tinh-tuyen-quang').replace('ky: { nguoi_ky: anh }', 'ky: { nguoi_ky: chu-tich }');
    expect(recipientLines(buildMarkdown(tuyenQuang('').replace('luu: [NC]\n', '')))).toEqual(['- Ban TĐKT TW (b/c);', '- Lưu trữ;', '- Lưu: VT, NC.']);
    expect(recipientLines(buildMarkdown(tuyenQuang('').replace('luu: [NC]', 'luu: [TĐKT]')))).toEqual(['- Ban TĐKT TW (b/c);', '- Lưu trữ;', '- Lưu: VT, TĐKT.']);
    const inline = PLAN('', '')
      .replace('luu: [NC]\n', '')
      .replace('co_quan: ubnd-tinh-cao-bang', 'co_quan: { ten: SỞ NỘI VỤ, viet_tat: SNV, dia_danh: Cao Bằng, don_vi_luu: [TĐKT, NV] }')
      .replace('ky: { nguoi_ky: anh }', 'ky: { chuc_vu: GIÁM ĐỐC, ho_ten: Nguyễn Văn A }');
    expect(recipientLines(buildMarkdown(inline)).at(-1)).toBe('- Lưu: VT, TĐKT, NV.');
  });

  it('expands recipient groups of the registry and writes the drafter in subscript', () => {
    const doc = buildFile('data/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.md');
    expect(doc.closing.recipients!.lines.at(-1)).toEqual([{ text: '- Lưu: VT, HC-TC' }, { text: '(Ph)', sub: true }, { text: '.' }]);
    expect(recipientLines(buildFile('data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md')).slice(0, 3)).toEqual([
      '- Ban TĐKT TW (b/c);',
      '- Thường trực Tỉnh uỷ, HĐND, Đoàn ĐBQH tỉnh;',
      '- Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
    ]);
  });
});

describe('Unicode', () => {
  it('normalises NFD input (decomposed diacritics) to NFC everywhere', () => {
    const nfd = PLAN('', '# Mục đích\n\nTổ chức phong trào thi đua.\n').normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const doc = buildMarkdown(nfd);
    const texts = [doc.title.trichYeu[0], doc.header.diaDanhNgay!, ...labelled(doc.body), ...recipientLines(doc)];
    for (const t of texts) expect(t).toBe(t.normalize('NFC'));
    expect(labelled(doc.body)).toEqual(['I. Mục đích', 'Tổ chức phong trào thi đua.']);
    expect(doc.header.diaDanhNgay).toBe('Cao Bằng, ngày 05 tháng 01 năm 2023');
  });
});

describe('drafts', () => {
  it('leaves số and ngày blank and marks DỰ THẢO', () => {
    const doc = buildMarkdown(PLAN('du_thao: 2', '').replace('so: 5\n', '').replace('ngay: 2023-01-05', 'ngay: 2023'));
    expect(doc.header.soKyHieu).toBe('Số:       /KH-UBND');
    expect(doc.header.diaDanhNgay).toBe('Cao Bằng, ngày      tháng      năm 2023');
    expect(doc.header.duThao).toBe('DỰ THẢO LẦN 2');
  });
});
