/** Quyết định khen thưởng: QUYẾT ĐỊNH:, Điều labels, the danh sách phụ lục with tiền thưởng from the law data. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../src/build/pipeline.ts';
import { DocumentError, formatProblem } from '../../src/core/errors.ts';
import { buildFile, buildMarkdown, problemsOf } from '../helpers/build.ts';
import { scratchDir } from '../helpers/scratch.ts';
import { blockLines, lines, xml } from './helpers.ts';

const SAMPLE = 'data/2025/quyet-dinh-khen-thuong-2025.md';
const SALARY_FILE = join('data/_chung', 'luong-co-so.yaml');
const AWARDS_FILE = join('data/_chung', 'danh-hieu.yaml');
const lineOf = (file: string, needle: string): number => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
const salaryLine = lineOf(SALARY_FILE, "tu_ngay: '2026-07-01'");
const awardLine = lineOf(AWARDS_FILE, 'ma: bang_khen_thu_tuong_ca_nhan');

const decision = (date: string, list: string): string => `---
loai: quyet_dinh
co_quan: ubnd-tinh-tuyen-quang
so: 7
ngay: ${date}
trich_yeu: Về việc tặng Giấy khen
ky: { nguoi_ky: chu-tich }
noi_nhan: [Như Điều 3]
luu: [NC]
danh_sach:
${list}
---
# Tặng Giấy khen cho các cá nhân có tên trong danh sách kèm theo.
`;

describe('quyết định khen thưởng', () => {
  it('pays 0,3 × 2.340.000 = 702.000 → 710.000 đồng, with the total and the total in words', () => {
    const doc = buildMarkdown(decision('2025-12-10', '  muc:\n    - { ten: Nguyễn Văn An, danh_hieu: giay_khen_ca_nhan }\n    - { ten: Trần Thị Bích, danh_hieu: giay_khen_ca_nhan }'));
    expect(blockLines(doc.appendices[0].body)).toEqual([
      'STT | Họ và tên | Tiền thưởng (đồng)',
      '1 | Nguyễn Văn An | 710.000',
      '2 | Trần Thị Bích | 710.000',
      'Tổng cộng | 1.420.000',
      'Bằng chữ: Một triệu bốn trăm hai mươi nghìn đồng.',
      '(Danh sách ấn định 02 cá nhân)./.',
    ]);
  });

  it('lists lines ending with ; and the last with ., without the closing count line, when asked (Thủ tướng style)', () => {
    const list = `  trinh_bay: liet_ke
  tien_thuong: false
  dau_cuoi_dong: ';'
  dong_an_dinh: false
  muc:
    - { ten: Sở Nội vụ tỉnh Tuyên Quang, danh_hieu: giay_khen_tap_the, nhom: TỈNH TUYÊN QUANG }
    - { ten: Trường THPT Sơn Dương., danh_hieu: giay_khen_tap_the, nhom: TỈNH TUYÊN QUANG }
    - { ten: Ông Nguyễn Văn An, danh_hieu: giay_khen_ca_nhan, chuc_vu: Chuyên viên, don_vi: Sở Nội vụ }
    - { ten: Bà Trần Thị Bích, danh_hieu: giay_khen_ca_nhan, chuc_vu: Giáo viên, don_vi: Trường THPT Sơn Dương }`;
    expect(blockLines(buildMarkdown(decision('2025-12-10', list)).appendices[0].body)).toEqual([
      'I. TẬP THỂ',
      '* TỈNH TUYÊN QUANG: 02 tập thể',
      '1. Sở Nội vụ tỉnh Tuyên Quang;',
      '2. Trường THPT Sơn Dương;',
      'II. CÁ NHÂN',
      '1. Ông Nguyễn Văn An, Chuyên viên, Sở Nội vụ;',
      '2. Bà Trần Thị Bích, Giáo viên, Trường THPT Sơn Dương./.',
    ]);
    // Defaults unchanged: the last line of a group ends with ., then the count line.
    const plain = list.replace("  dau_cuoi_dong: ';'\n  dong_an_dinh: false\n", '');
    expect(blockLines(buildMarkdown(decision('2025-12-10', plain)).appendices[0].body).slice(2)).toEqual([
      '1. Sở Nội vụ tỉnh Tuyên Quang',
      '2. Trường THPT Sơn Dương.',
      'II. CÁ NHÂN',
      '1. Ông Nguyễn Văn An, Chuyên viên, Sở Nội vụ',
      '2. Bà Trần Thị Bích, Giáo viên, Trường THPT Sơn Dương.',
      '(Danh sách ấn định 02 tập thể và 02 cá nhân)./.',
    ]);
  });

  it('puts the ./. after the total in words when a table has no closing count line', () => {
    const doc = buildMarkdown(decision('2025-12-10', '  dong_an_dinh: false\n  muc:\n    - { ten: Nguyễn Văn An, danh_hieu: giay_khen_ca_nhan }'));
    expect(blockLines(doc.appendices[0].body).slice(-2)).toEqual(['Tổng cộng | 710.000', 'Bằng chữ: Bảy trăm mười nghìn đồng./.']);
  });

  it('uses the lương cơ sở in force on the decision date (2.530.000 from 01/7/2026)', () => {
    const doc = buildMarkdown(decision('2026-07-01', '  muc: [{ ten: Nguyễn Văn An, danh_hieu: giay_khen_ca_nhan }]'));
    expect(blockLines(doc.appendices[0].body)[1]).toBe('1 | Nguyễn Văn An | 760.000'); // 759.000 rounded up
  });

  it('asks for a stated amount when no law data applies on the date (old rules)', () => {
    try {
      buildMarkdown(decision('2017-09-28', '  muc: [{ ten: Trường A, danh_hieu: giay_khen_tap_the }]'), 'qd.md');
      expect.unreachable();
    } catch (e) {
      const [problem] = (e as DocumentError).problems;
      expect([problem.line, problem.field]).toEqual([11, 'danh_sach.muc[0].danh_hieu']);
      expect(problem.message).toContain('ghi mức thưởng đã định trong "danh_sach.muc_thuong", ví dụ { giay_khen_tap_the: 18750000 }');
    }
  });

  it('warns, in the build output and in the result, when it pays on the unconfirmed lương cơ sở of 01/7/2026', async () => {
    const dir = scratchDir();
    const file = join(dir, 'qd-2026.md');
    // 0,8 × 2.530.000 = 2.024.000 → 2.030.000 đồng (Tập thể lao động tiên tiến: its coefficient is confirmed).
    writeFileSync(file, decision('2026-08-15', '  muc: [{ ten: Trường A, danh_hieu: tap_the_lao_dong_tien_tien }]'));
    const { results } = await buildAll({ dataDir: 'data', outDir: join(dir, 'out'), templatesDir: 'templates', targets: [file], formats: ['json'] });
    expect(results.map((r) => r.ok)).toEqual([true]);
    const json = JSON.parse(readFileSync(results[0].outputs[0], 'utf8'));
    expect(blockLines(json.van_ban.appendices[0].body)[1]).toBe('1 | Trường A | 2.030.000');
    expect(results[0].problems.map(formatProblem)).toEqual([
      `Cảnh báo: ${file}, dòng 10 — trường "danh_sach": văn bản dùng giá trị luật chưa được xác nhận: lương cơ sở 2.530.000 đồng/tháng, áp dụng từ ngày 01/07/2026 theo Nghị định số 161/2026/NĐ-CP (tệp ${SALARY_FILE}, dòng ${salaryLine}: da_xac_nhan: false). Đối chiếu văn bản gốc trước khi ban hành; khi đã đúng, sửa thành da_xac_nhan: true trong tệp đó. [luat-chua-xac-nhan]`,
    ]);
    expect(results[0].problems[0]).toMatchObject({ severity: 'canh-bao', rule: 'luat-chua-xac-nhan', file, line: 10, field: 'danh_sach' });
  });

  it('warns about an unconfirmed coefficient at the line that uses it, and not when the list prints no money', () => {
    const text = decision('2025-12-10', '  muc:\n    - { ten: Trường A, danh_hieu: tap_the_lao_dong_tien_tien }\n    - { ten: Nguyễn Văn An, danh_hieu: giay_khen_ca_nhan }');
    const warnings = problemsOf(text, 'qd.md');
    expect(warnings.map((w) => [w.line, w.field, w.message])).toEqual([
      [
        13,
        'danh_sach.muc[1].danh_hieu',
        `văn bản dùng giá trị luật chưa được xác nhận: hệ số tiền thưởng “Giấy khen” (cá nhân, mã giay_khen_ca_nhan) 0,3 × lương cơ sở, áp dụng từ ngày 01/07/2025 theo Nghị định số 152/2025/NĐ-CP (tệp ${AWARDS_FILE}, dòng ${lineOf(AWARDS_FILE, 'ma: giay_khen_ca_nhan')}: da_xac_nhan: false). Đối chiếu văn bản gốc trước khi ban hành; khi đã đúng, sửa thành da_xac_nhan: true trong tệp đó.`,
      ],
    ]);
    const noMoney = decision('2026-08-15', '  tien_thuong: false\n  muc: [{ ten: Nguyễn Văn An, danh_hieu: giay_khen_ca_nhan }]');
    expect(problemsOf(noMoney)).toEqual([]);
  });

  it('needs no coefficient where no money is printed (a list of Bằng khen của Thủ tướng Chính phủ, Huân chương)', () => {
    const list = '  tien_thuong: false\n  muc:\n    - { ten: Trường A, danh_hieu: bang_khen_thu_tuong_tap_the }\n    - { ten: Nguyễn Văn An, danh_hieu: huan_chuong_lao_dong_hang_ba_ca_nhan }';
    const doc = buildMarkdown(decision('2025-12-10', list));
    expect(blockLines(doc.appendices[0].body).slice(0, 5)).toEqual([
      'STT | Tên tập thể, họ và tên cá nhân | Danh hiệu, hình thức khen thưởng',
      'I. TẬP THỂ',
      '1 | Trường A | Bằng khen của Thủ tướng Chính phủ',
      'II. CÁ NHÂN',
      '1 | Nguyễn Văn An | Huân chương Lao động hạng Ba',
    ]);
    expect(doc.unconfirmedLaw).toBeUndefined();
  });

  it('names the award, the file, the line and the ways out when money is printed for an award without a coefficient', () => {
    const text = decision('2025-12-10', '  muc:\n    - { ten: Trường A, danh_hieu: tap_the_lao_dong_tien_tien }\n    - { ten: Nguyễn Văn An, danh_hieu: bang_khen_thu_tuong_ca_nhan }');
    const problems = (() => {
      try {
        buildMarkdown(text, 'qd.md');
      } catch (e) {
        return (e as DocumentError).problems;
      }
    })();
    expect(problems?.map((p) => [p.severity, p.file, p.line, p.field, p.message])).toEqual([
      [
        'loi',
        'qd.md',
        13,
        'danh_sach.muc[1].danh_hieu',
        `“Bằng khen của Thủ tướng Chính phủ” (cá nhân, mã bang_khen_thu_tuong_ca_nhan) chưa có hệ số tiền thưởng: mục ở tệp ${AWARDS_FILE}, dòng ${awardLine} không có trường he_so.` +
          ' Văn bản này in tiền thưởng nên cần hệ số. Hãy thêm he_so cho mục đó sau khi đối chiếu văn bản quy định; hoặc ghi mức thưởng đã định trong "danh_sach.muc_thuong", ví dụ { bang_khen_thu_tuong_ca_nhan: 2340000 }; hoặc, nếu văn bản không in tiền thưởng, ghi "tien_thuong: false" trong "danh_sach".',
      ],
    ]);
  });

  it('writes the authority, căn cứ, QUYẾT ĐỊNH: and Điều 1–3 with bold labels', () => {
    const doc = buildFile(SAMPLE);
    expect(doc.authority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG');
    expect(doc.body[0]).toMatchObject({ style: 'ChuGiua', runs: [{ text: 'QUYẾT ĐỊNH:' }] });
    const dieu = doc.body.filter((b) => b.kind === 'paragraph' && b.level === 'dieu');
    expect(dieu.map((b) => b.kind === 'paragraph' && [b.label, b.labelBold])).toEqual([
      ['Điều 1.', true],
      ['Điều 2.', true],
      ['Điều 3.', true],
    ]);
    expect(lines(doc)).toContain('Tổng số tiền thưởng là 52.650.000 đồng (Năm mươi hai triệu sáu trăm năm mươi nghìn đồng).');
  });

  it('puts the danh sách on a new page with its (Kèm theo …) line, grouped tập thể / cá nhân', () => {
    const doc = buildFile(SAMPLE);
    const text = lines(doc);
    const start = text.indexOf('DANH SÁCH');
    expect(text.slice(start, start + 3)).toEqual([
      'DANH SÁCH',
      'Tập thể, cá nhân được khen thưởng năm học 2024 - 2025',
      '(Kèm theo Quyết định số 2368/QĐ-UBND ngày 10 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)',
    ]);
    // A section break (new page, own page numbers) comes right before the danh sách.
    expect(xml(doc)).toMatch(/<w:type w:val="nextPage"\/>.*?<w:pgNumType w:start="1"\/>.*?<\/w:p>(?:(?!<w:t ).)*<w:t xml:space="preserve">DANH SÁCH</s);
    const rows = blockLines(doc.appendices[0].body);
    expect(rows.slice(0, 3)).toEqual(['STT | Tên tập thể, họ và tên cá nhân | Chức vụ, đơn vị | Danh hiệu, hình thức khen thưởng | Tiền thưởng (đồng)', 'I. TẬP THỂ', '1 | Trường THPT Sơn Dương |  | Tập thể lao động xuất sắc | 3.510.000']);
    expect(rows).toContain('II. CÁ NHÂN');
    // Individuals of one award sorted by given name, the Vietnamese way: Ánh, Ân, Châu, Thắng.
    expect(rows.filter((r) => r.includes('Bằng khen') && /^\d \| \S+ \S+ \S+ \|/.test(r)).map((r) => r.split(' | ')[1])).toEqual(['Vũ Thị Ánh', 'Nguyễn Thị Ân', 'Đỗ Minh Châu', 'Triệu Đức Thắng']);
    expect(rows.slice(-3)).toEqual(['Tổng cộng | 52.650.000', 'Bằng chữ: Năm mươi hai triệu sáu trăm năm mươi nghìn đồng.', '(Danh sách ấn định 05 tập thể và 06 cá nhân)./.']);
  });
});
