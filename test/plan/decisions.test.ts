/**
 * The layout decisions every writer used to make on its own, each tested once, in the plan: the
 * Kính gửi and Nơi nhận hangs, which rules are drawn and how long, the closing grid and where the
 * signature and seal go, the DỰ THẢO frame, table column widths, what keeps with the closing, the
 * landscape width, and the spacing of a phụ lục without a title.
 */
import { describe, expect, it } from 'vitest';
import { PT_PER_MM, STYLES, TABLE } from '../../src/layout/nd30.ts';
import { measuredColumnWidths } from '../../src/plan/body.ts';
import type { CellItem, FlowItem, Grid, LayoutPlan, Paragraph, Rule, Spacer } from '../../src/plan/types.ts';
import { buildFile, buildMarkdown, fonts, planOf, testPlan } from '../helpers/build.ts';

const DOC = testPlan;

const plan = (front: string, body?: string): LayoutPlan => planOf(buildMarkdown(DOC(front, body), 'data/thu.md'));
const toTrinh = (kinhGui: string): LayoutPlan => planOf(buildMarkdown(DOC(`kinh_gui: ${kinhGui}`).replace('loai: ke_hoach', 'loai: to_trinh'), 'data/thu.md'));
const items = (p: LayoutPlan, section = 0): FlowItem[] => p.sections[section].items;
const grid = (p: LayoutPlan, role: Grid['role'], section = 0): Grid => items(p, section).find((i): i is Grid => i.kind === 'grid' && i.role === role)!;
const text = (item: CellItem | FlowItem): string => (item.kind === 'paragraph' ? item.runs.map((r) => r.text).join('') : item.kind);
const paragraph = (list: (CellItem | FlowItem)[], style: Paragraph['style']): Paragraph => list.find((i): i is Paragraph => i.kind === 'paragraph' && i.style === style)!;
const TEXT_WIDTH = (210 - 30 - 15) * PT_PER_MM;

describe('Kính gửi', () => {
  it('hangs the addressees after "Kính gửi: ", 25 mm from the margin', () => {
    const [one] = items(toTrinh('Ủy ban nhân dân tỉnh')).filter((i): i is Paragraph => i.kind === 'paragraph' && i.style === 'KinhGui');
    const label = 57.367; // "Kính gửi: " at 14 pt
    expect(one.runs).toEqual([{ text: 'Kính gửi: Ủy ban nhân dân tỉnh.' }]);
    expect(one.indent!.leftPt).toBeCloseTo(25 * PT_PER_MM + label, 3);
    expect(one.indent!.firstLinePt).toBeCloseTo(-label, 3);
    const [several] = items(toTrinh('[Ủy ban nhân dân tỉnh, Sở Nội vụ]')).filter((i): i is Paragraph => i.kind === 'paragraph' && i.style === 'KinhGui');
    expect(several.runs).toEqual([
      { text: 'Kính gửi:', breakAfter: true },
      { text: '- Ủy ban nhân dân tỉnh;', breakAfter: true },
      { text: '- Sở Nội vụ.', breakAfter: false },
    ]);
  });
});

describe('the closing grid', () => {
  const closing = grid(plan(''), 'closing');

  it('puts Nơi nhận in the left 45 % and the signer in the right 55 %, in one row that never splits', () => {
    expect(closing.columnsPt[0]).toBeCloseTo(TEXT_WIDTH * 0.45, 6);
    expect(closing.columnsPt[0] + closing.columnsPt[1]).toBeCloseTo(TEXT_WIDTH, 6);
    expect(closing.rows).toHaveLength(1);
    expect(closing).toMatchObject({ keepTogether: true, cellPaddingPt: 0, verticalAlign: 'top' });
    // The 6 pt before the closing is added to the last paragraph's space after (6 + 6 = 12 pt): in a
    // DOCX it would otherwise take a paragraph of its own, which LibreOffice does not keep with a heading.
    const items = plan('').sections[0].items;
    expect(closing.spaceBeforePt).toBe(0);
    expect(items[items.length - 2]).toMatchObject({ kind: 'paragraph', spaceAfterPt: 12 });
    expect(closing.borderWeightPt).toBeUndefined();
    const [left, right] = closing.rows[0].cells.map((c) => c.items.map(text));
    expect(left).toEqual(['Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT, NC.']);
    expect(right).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'spacer', 'Hoàng Xuân Ánh']);
  });

  it('hangs a wrapped Nơi nhận line under its text, after "- "', () => {
    const dash = (333 + 250) / 1000 * 11; // Times: hyphen 0.333 em, space 0.25 em, at 11 pt
    const [heading, first] = closing.rows[0].cells[0].items as Paragraph[];
    expect(heading.indent).toBeUndefined();
    expect(first.indent!.leftPt).toBeCloseTo(dash, 3);
    expect(first.indent!.firstLinePt).toBeCloseTo(-dash, 3);
  });

  it('keeps the chức vụ with the signature space, and the closing with the last two lines of the text', () => {
    const [kt, pho] = closing.rows[0].cells[1].items as Paragraph[];
    expect([kt.keepWithNext, pho.keepWithNext]).toEqual([true, true]);
    expect(closing.keepWithPreviousLines).toBe(2);
  });

  it('leaves room for the seal, 36 mm and 1 mm clear above and below, and puts it over the left third of the signature', () => {
    const doc = buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md');
    const signed = grid(planOf(doc), 'closing');
    const space = signed.rows[0].cells[1].items.find((i): i is Spacer => i.kind === 'spacer')!;
    const column = signed.columnsPt[1];
    expect(space.heightPt).toBeCloseTo(38 * PT_PER_MM, 6);
    const [signature, seal] = space.images;
    expect(signature).toMatchObject({ floating: false });
    expect(signature.centreXPt).toBeCloseTo(column / 2, 6);
    expect(Math.max(signature.widthPt / column, signature.heightPt / (25 * PT_PER_MM))).toBeCloseTo(1, 6);
    expect(seal).toMatchObject({ floating: true });
    expect(Math.max(seal.widthPt, seal.heightPt)).toBeCloseTo(36 * PT_PER_MM, 6);
    // This signature is 62.5 mm wide: the seal would stick out of the column, so it stands at its left
    // edge and covers a little more than the signature's left third.
    const signatureLeft = signature.centreXPt - signature.widthPt / 2;
    expect(seal.centreXPt).toBeCloseTo(18 * PT_PER_MM, 6);
    expect(seal.centreXPt + seal.widthPt / 2 - signatureLeft).toBeGreaterThan(signature.widthPt / 3);
    expect(seal.heightPt).toBeLessThanOrEqual(space.heightPt - 2 * PT_PER_MM + 1e-9);
  });

  it('without a signature image, a seal goes over the left third of a 40 mm signature, never out of its column', () => {
    const space = (signed: Grid) => signed.rows[0].cells[1].items.find((i): i is Spacer => i.kind === 'spacer')!;
    const doc = buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md');
    const [signer] = doc.closing.signers;
    const sealOnly = grid(planOf({ ...doc, closing: { ...doc.closing, signers: [{ ...signer, signatureImage: undefined }] } }), 'closing');
    const [seal] = space(sealOnly).images;
    const column = sealOnly.columnsPt[1];
    // The column is 257.244 pt (90.75 mm); a 40 mm signature centred in it starts at 25.375 mm, and its
    // left third ends at 38.708 mm = 109.724 pt: the seal's right edge.
    expect(column).toBeCloseTo(257.244, 3);
    expect(seal.centreXPt + seal.widthPt / 2).toBeCloseTo(109.724, 3);
    const narrow = planOf({ ...doc, closing: { ...doc.closing, signers: [{ ...signer, signatureImage: { ...signer.signatureImage!, widthPx: 4000, heightPx: 100 } }] } });
    const [, wideSeal] = space(grid(narrow, 'closing')).images;
    expect(wideSeal.centreXPt - wideSeal.widthPt / 2).toBeCloseTo(0, 6);
  });

  it('widens the signer’s column for a long chức vụ, leaving Nơi nhận 35 % at least', () => {
    const doc = buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md');
    const [signer] = doc.closing.signers;
    const withTitle = (title: string) => grid(planOf({ ...doc, closing: { ...doc.closing, signers: [{ ...signer, lines: ['KT. TRƯỞNG BAN', title] }] } }), 'closing').columnsPt[1];
    expect(withTitle('PHÓ TRƯỞNG BAN')).toBeCloseTo(TEXT_WIDTH * 0.55, 6);
    const long = 'PHÓ CHỦ TỊCH THƯỜNG TRỰC HỘI ĐỒNG';
    expect(withTitle(long)).toBeCloseTo(292.416, 3); // 291.416 pt at 14 pt bold, plus 1 pt
    expect(withTitle('PHÓ TRƯỞNG BAN THƯỜNG TRỰC BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG')).toBeCloseTo(TEXT_WIDTH * 0.65, 6);
  });

  it('sets two signers side by side: titles in one row, names in the next, so the names stand level', () => {
    const bienBan = grid(planOf(buildFile('data/2025/bien-ban-hop-xet-khen-thuong-2025.md')), 'closing');
    expect(bienBan.rows).toHaveLength(2);
    expect(bienBan.rows.map((r) => r.cells.map((c) => c.items.map(text)))).toEqual([
      [['THƯ KÝ'], ['CHỦ TỌA']],
      [['spacer', expect.any(String)], ['spacer', expect.any(String)]],
    ]);
    expect(bienBan.readingOrder).toBe('columns');
  });
});

describe('rules', () => {
  const p = plan('');
  const header = grid(p, 'header');
  const [agency, nation] = header.rows[0].cells.map((c) => c.items);
  const ruleIn = (list: (CellItem | FlowItem)[]): Rule => list.find((i): i is Rule => i.kind === 'rule')!;

  it('under the cơ quan: 40 % of its widest line', () => {
    expect(ruleIn(agency).lengthPt).toBeCloseTo(0.4 * fonts().styledWidth('ỦY BAN NHÂN DÂN', STYLES.CoQuanBanHanh), 6);
  });

  it('under the tiêu ngữ: exactly as long as the text', () => {
    expect(ruleIn(nation).lengthPt).toBeCloseTo(171.384, 3);
  });

  const titleOf = (trichYeu: string) => items(planOf(buildMarkdown(DOC('').replace('trich_yeu: Thử', `trich_yeu: ${trichYeu}`), 'data/thu.md')));

  it('under the trích yếu: 40 % of its widest line as it wraps; a long line wraps as it would in Word', () => {
    const long = 'Phát động thi đua lập thành tích chào mừng Kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc';
    const title = titleOf(long);
    expect(fonts().styledWidth(long, STYLES.TrichYeu)).toBeGreaterThan(TEXT_WIDTH);
    expect(paragraph(title, 'TrichYeu').runs).toEqual([{ text: long }]);
    expect(ruleIn(title).lengthPt).toBeLessThan(0.4 * TEXT_WIDTH);
    expect(ruleIn(title).lengthPt).toBeGreaterThan(0.4 * 0.8 * TEXT_WIDTH);
  });

  it('a trích yếu whose last line would hold a word or two alone is cut into even lines, never inside quotes', () => {
    // Filled greedily: "… tham mưu, tổng hợp" then "năm 2022" alone; "… NHÂN DÂN" then "TỈNH”" alone.
    const plan = titleOf('Tổ chức thực hiện phong trào thi đua của Khối các cơ quan tham mưu, tổng hợp năm 2022');
    expect(paragraph(plan, 'TrichYeu').runs).toEqual([
      { text: 'Tổ chức thực hiện phong trào thi đua của Khối', breakAfter: true },
      { text: 'các cơ quan tham mưu, tổng hợp năm 2022' },
    ]);
    expect(ruleIn(plan).lengthPt).toBeCloseTo(0.4 * fonts().styledWidth('Tổ chức thực hiện phong trào thi đua của Khối', STYLES.TrichYeu), 3);
    expect(paragraph(titleOf('ĐỀ NGHỊ TẶNG DANH HIỆU “CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH”'), 'TrichYeu').runs).toEqual([
      { text: 'ĐỀ NGHỊ TẶNG DANH HIỆU', breakAfter: true },
      { text: '“CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH”' },
    ]);
  });

  it('a title rule stays with the title above it and the text below it, 12 pt above that text', () => {
    const rule = ruleIn(items(p));
    expect(rule).toMatchObject({ keepWithPrevious: true, keepWithNext: true, spaceAfterPt: 12, gapPt: 3, weightPt: 0.75 });
    expect(ruleIn(agency)).toMatchObject({ keepWithPrevious: false, keepWithNext: false, spaceAfterPt: 0 });
  });
});

describe('phụ lục', () => {
  const withTitle = plan('phu_luc: [{ tieu_de: Lịch thực hiện, noi_dung: "Nội dung phụ lục." }]', 'Kèm theo phụ lục.');
  const untitled = plan('phu_luc: [{ noi_dung: "Nội dung phụ lục." }]', 'Kèm theo phụ lục.');

  it('starts a section of its own: label, title, (Kèm theo …), a short rule, then its text', () => {
    expect(items(withTitle, 1).map((i) => (i.kind === 'paragraph' ? i.style : i.kind))).toEqual(['PhuLucSo', 'PhuLucTieuDe', 'PhuLucKemTheo', 'rule', 'Than']);
    expect(withTitle.sections[1].role).toBe('phu-luc');
  });

  it('without a title: no rule, and the text starts the same 12 pt below the (Kèm theo …) line', () => {
    const list = items(untitled, 1);
    expect(list.map((i) => (i.kind === 'paragraph' ? i.style : i.kind))).toEqual(['PhuLucSo', 'PhuLucKemTheo', 'Than']);
    expect((list[1] as Paragraph).spaceAfterPt).toBe(12);
  });

  it('in landscape: a 297 mm wide page and its text width, tables measured to it', () => {
    const table = '| STT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Phát động phong trào thi đua | Tháng 02 |';
    const landscape = plan(`phu_luc: [{ tieu_de: Bảng, ngang: true, noi_dung: "${table.replace(/\n/g, '\\n')}" }]`, 'Kèm theo phụ lục.');
    const page = landscape.sections[1].page;
    expect(page).toMatchObject({ widthMm: 297, heightMm: 210, landscape: true });
    expect(page.textWidthPt).toBeCloseTo((297 - 45) * PT_PER_MM, 6);
    const columns = grid(landscape, 'table', 1).columnsPt;
    expect(columns.reduce((a, b) => a + b, 0)).toBeCloseTo(page.textWidthPt, 6);
  });
});

describe('the DỰ THẢO frame', () => {
  it('is just wide enough for its text, with 2 pt inside, under the số', () => {
    const draft = grid(planOf(buildMarkdown(DOC('du_thao: true').replace('so: 5\n', ''), 'data/thu.md')), 'header');
    const mark = paragraph(draft.rows[1].cells[0].items, 'DuThao');
    expect(text(mark)).toBe('DỰ THẢO');
    expect(mark.frame).toEqual({ widthPt: expect.any(Number), paddingPt: 2, weightPt: 0.75 });
    expect(mark.frame!.widthPt).toBeCloseTo(61.268 + 4, 3);
  });
});

describe('table column widths', () => {
  it('keep every column as wide as its longest word, and fill the text width', () => {
    const long = 'Phát động phong trào thi đua, ký kết giao ước thi đua năm 2026 '.repeat(3);
    const cell = (t: string) => ({ paragraphs: [[{ text: t }]] });
    const f = fonts();
    const widths = measuredColumnWidths(
      [
        [cell('STT'), cell('Nội dung'), cell('Thời gian')],
        [cell('1'), cell(long), cell('Trước ngày 15/3/2026')],
      ],
      1,
      165,
      f,
    );
    const allowance = 2 * TABLE.cellPaddingMm + TABLE.borderWeightPt / PT_PER_MM + 0.5;
    expect(widths[0]).toBeCloseTo(f.styledWidthMm('STT', 'BangTieuDe') + allowance, 5);
    expect(widths[2]).toBeGreaterThanOrEqual(f.styledWidthMm('15/3/2026', 'Bang') + 2 * TABLE.cellPaddingMm);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(165, 5);
  });

  it('a cell spanning columns sizes none of them; a table of one row has no header style', () => {
    const cell = (t: string, colSpan?: number) => ({ paragraphs: [[{ text: t }]], colSpan });
    const f = fonts();
    const spanning = measuredColumnWidths([[cell('STT'), cell('Nội dung')], [cell('Một dòng rất dài gộp hai cột '.repeat(4), 2)], [cell('1'), cell('Ngắn')]], 1, 165, f);
    const plain = measuredColumnWidths([[cell('STT'), cell('Nội dung')], [cell('1'), cell('Ngắn')]], 1, 165, f);
    expect(spanning).toEqual(plain);
    const [bodyOnly] = measuredColumnWidths([[cell('Nội dung')]], 0, 165, f);
    expect(bodyOnly).toBeCloseTo(f.styledWidthMm('Nội dung', 'Bang') + 2 * TABLE.cellPaddingMm + TABLE.borderWeightPt / PT_PER_MM + 0.5, 5);
  });

  it('a table from the data keeps its own proportions, scaled to the text width; its header row repeats', () => {
    const table = grid(planOf(buildFile('data/2025/quyet-dinh-khen-thuong-2025.md')), 'table', 1);
    expect(table.columnsPt.reduce((a, b) => a + b, 0)).toBeCloseTo(TEXT_WIDTH, 6);
    expect(table.headerRows).toBe(1);
    expect(table.rows.every((r) => r.cantSplit)).toBe(true);
    expect(table).toMatchObject({ borderWeightPt: 0.5, verticalAlign: 'center', spaceAfterPt: 6, keepWithNext: true });
  });
});

describe('a danh sách keeps its headings with what they head', () => {
  const cellText = (row: Grid['rows'][number]): string => row.cells.map((c) => c.items.map(text).join(' ')).join(' | ');

  it('as a table: the title row of each group or đối tượng stays with its first row, the last row with the Tổng cộng row', () => {
    const table = grid(planOf(buildFile('data/2025/quyet-dinh-khen-thuong-2025.md')), 'table', 1);
    const kept = table.rows.filter((r) => r.keepWithNext).map(cellText);
    const last = table.rows.length - 1;
    expect(cellText(table.rows[last]).startsWith('Tổng cộng')).toBe(true);
    expect(table.rows[last - 1].keepWithNext).toBe(true);
    expect(kept.slice(0, -1)).toEqual(['I. TẬP THỂ', 'II. CÁ NHÂN']);
  });

  it('as lines: each "* NHÓM: 03 tập thể" line stays with its first line', () => {
    const list = items(planOf(buildFile('data/vi-du/quyet-dinh-1940-co-thi-dua-ha-giang.md')), 1);
    const groupLines = list.filter((i): i is Paragraph => i.kind === 'paragraph' && text(i).startsWith('* '));
    expect(groupLines.map(text)).toContain('* HUYỆN MÈO VẠC: 03 tập thể');
    expect(groupLines.every((p) => p.keepWithNext)).toBe(true);
  });
});

describe('the header grid', () => {
  it('is 40/60, two rows, kept whole and with the title', () => {
    const header = grid(plan(''), 'header');
    expect(header.columnsPt[0]).toBeCloseTo(TEXT_WIDTH * 0.4, 6);
    expect(header).toMatchObject({ keepTogether: true, keepWithNext: true, readingOrder: 'rows' });
    expect(header.rows.map((r) => r.cells.map((c) => c.items.map(text)))).toEqual([
      [['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', 'rule'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập\u00a0- Tự do\u00a0- Hạnh phúc', 'rule']],
      [['Số: 05/KH-UBND'], ['Cao Bằng, ngày 05 tháng 01 năm 2023']],
    ]);
  });
});

describe('the header columns, fitted to their text within the decree’s ranges', () => {
  const withAgency = (ten: string): LayoutPlan =>
    planOf(buildMarkdown(DOC('').replace('co_quan: ubnd-tinh-cao-bang', `co_quan: { ten: ${ten}, viet_tat: UBND, dia_danh: Hà Nội, nguoi_ky: { anh: { ho_ten: Nguyễn Văn Anh, chuc_vu: CHỦ TỊCH } } }`), 'data/thu.md'));
  const cells = (p: LayoutPlan) => grid(p, 'header').rows[0].cells.map((c) => c.items.filter((i): i is Paragraph => i.kind === 'paragraph'));

  it('a cơ quan line wider than 40 % widens its column into what the Quốc hiệu leaves, at 13 pt', () => {
    const header = grid(withAgency('[KHỐI THI ĐUA CÁC CƠ QUAN]'), 'header');
    // The line measures 189.592 pt at 13 pt bold, plus 1 pt of slack.
    expect(header.columnsPt[0]).toBeCloseTo(190.592, 3);
    expect(header.columnsPt[0]).toBeGreaterThan(TEXT_WIDTH * 0.4);
    expect(cells(withAgency('[KHỐI THI ĐUA CÁC CƠ QUAN]'))[0].map((p) => p.size)).toEqual([undefined]);
  });

  it('one too wide even so is set at 12 pt, the decree’s lower bound, with the lines that size makes', () => {
    const [agency, nation] = cells(withAgency('[BAN THI ĐUA - KHEN THƯỞNG, TRUNG ƯƠNG]'));
    expect(agency.map((p) => [p.runs[0].text, p.size?.pt])).toEqual([
      ['BAN THI ĐUA\u00a0- KHEN THƯỞNG', 12],
      ['TRUNG ƯƠNG', 12],
    ]);
    expect(agency[0].size!.line.heightPt).toBeCloseTo(fonts().lineHeight(12), 6);
    expect(nation[0].size).toBeUndefined();
    expect(grid(withAgency('[BAN THI ĐUA - KHEN THƯỞNG, TRUNG ƯƠNG]'), 'header').columnsPt[0]).toBeCloseTo(TEXT_WIDTH * 0.4, 6);
  });

  it('the Quốc hiệu goes down to 12 pt too before a cơ quan line is left to wrap', () => {
    const [agency, nation] = cells(withAgency('[SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI]'));
    expect([agency[0].size?.pt, nation[0].size?.pt]).toEqual([12, 12]);
    expect(grid(withAgency('[SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI]'), 'header').columnsPt[0]).toBeCloseTo(206.682, 3); // 205.682 pt at 12 pt bold, plus 1 pt
  });
});

describe('the title of the file (PDF metadata, the HTML page’s title)', () => {
  it('is the tên loại and trích yếu, or a công văn’s V/v line', () => {
    expect(plan('').info.title).toBe('KẾ HOẠCH Thử');
    expect(planOf(buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md')).info.title).toBe('V/v hướng dẫn hồ sơ đề nghị khen thưởng tổng kết năm học 2024 - 2025');
  });
});

describe('numbering', () => {
  it('is kept semantic: level, pattern, value and label', () => {
    const p = plan('danh_so: { diem: a. }', '# Mục đích\n\n## Khoản\n\n1. Một\n2. Hai\n');
    const numbered = items(p).filter((i): i is Paragraph => i.kind === 'paragraph' && i.numbering !== undefined);
    expect(numbered.map((i) => i.numbering)).toEqual([
      { level: 'muc', pattern: 'I.', value: 1, label: 'I.' },
      { level: 'khoan', pattern: '1.', value: 1, label: '1.' },
      { level: 'diem', pattern: 'a.', value: 1, label: 'a.' },
      { level: 'diem', pattern: 'a.', value: 2, label: 'b.' },
    ]);
    expect(numbered.map((i) => i.heading)).toEqual(['muc', 'khoan', undefined, undefined]);
  });
});
