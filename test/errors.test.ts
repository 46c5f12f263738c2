/** Bad input: every message in Vietnamese names the file, the line and the field, and what is expected. */
import { describe, expect, it } from 'vitest';
import { DocumentError, formatProblem } from '../src/core/errors.ts';
import { isRealDate } from '../src/core/dates.ts';
import { readFileSync } from 'node:fs';
import { readMarkdown } from '../src/readers/parse.ts';
import { buildMarkdown, buildSource, problemsOf } from './helpers/build.ts';

const GOOD = `---
loai: ke_hoach
co_quan: ubnd-tinh-cao-bang
so: 5
ngay: 2023-01-05
trich_yeu: Thử
ky:
  quyen_han: [KT. CHỦ TỊCH]
  nguoi_ky: anh
noi_nhan: [Sở Nội vụ]
luu: [NC]
---
Nội dung.
`;

function messagesFor(text: string): string[] {
  try {
    buildMarkdown(text, 'data/thu.md');
  } catch (e) {
    if (e instanceof DocumentError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('expected the document to fail');
}

describe('errors name file, line and field', () => {
  it('a wrong date or agency is the only error: the content template is not filled with the values they would give', () => {
    const sample = readFileSync('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'utf8');
    const at = 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md';
    const messages = (text: string) => {
      try {
        buildSource(readMarkdown(text, at));
      } catch (e) {
        if (e instanceof DocumentError) return e.problems.map(formatProblem);
      }
      throw new Error('expected the document to fail');
    };
    expect(messages(sample.replace('ngay: 2023-02-06', 'ngay: 5'))).toEqual([`Lỗi: ${at}, dòng 7 — trường "ngay": "5" không phải ngày. Cần dạng YYYY-MM-DD, ví dụ 2023-06-29 (chưa có ngày: 2023-06 hoặc 2023).`]);
    expect(messages(sample.replace('co_quan: ubnd-huyen-vinh-cuu', 'co_quan: khong-co'))).toEqual([expect.stringMatching(/^Lỗi: [^,]+, dòng 5 — trường "co_quan": không có cơ quan "khong-co"/)]);
  });

  it('the good document builds', () => {
    expect(() => buildMarkdown(GOOD)).not.toThrow();
  });

  it('unknown agency key', () => {
    expect(messagesFor(GOOD.replace('ubnd-tinh-cao-bang', 'ubnd-tinh-cao-bng'))).toEqual([
      expect.stringMatching(/^Lỗi: data\/thu\.md, dòng 3 — trường "co_quan": không có cơ quan "ubnd-tinh-cao-bng" trong danh mục .*Các mã có: .*ubnd-tinh-cao-bang/),
    ]);
  });

  it('a date that does not exist', () => {
    expect(messagesFor(GOOD.replace('2023-01-05', '2023-02-30'))).toEqual([
      'Lỗi: data/thu.md, dòng 5 — trường "ngay": ngày 2023-02-30 không có thật (tháng 2 năm 2023 không có ngày 30). Sửa lại ngày ban hành.',
    ]);
  });

  it('a year before 1945, as a year written short (0050): said so, not "không có thật"', () => {
    expect(messagesFor(GOOD.replace('2023-01-05', '0050-01-05'))).toEqual([
      'Lỗi: data/thu.md, dòng 5 — trường "ngay": năm 0050 không thể là năm ban hành. Ghi năm đủ bốn chữ số, ví dụ 2025-06-29.',
    ]);
  });

  it('29 February only in leap years, for any year', () => {
    expect([isRealDate(2024, 2, 29), isRealDate(2000, 2, 29), isRealDate(2023, 2, 29), isRealDate(1900, 2, 29), isRealDate(4, 2, 29), isRealDate(2023, 4, 31)]).toEqual([
      true, true, false, false, true, false,
    ]);
  });

  it('a YAML tag (!!js/function) is refused, not printed as text', () => {
    expect(messagesFor(GOOD.replace('trich_yeu: Thử', 'trich_yeu: !!js/function "function () {}"'))).toEqual([
      'Lỗi: data/thu.md, dòng 6 — thẻ YAML "!!js/function" không dùng được trong tệp dữ liệu. Xóa thẻ, chỉ ghi giá trị (chữ, số, danh sách).',
    ]);
  });

  it('a number that is not a number', () => {
    expect(messagesFor(GOOD.replace('so: 5', 'so: năm'))).toEqual([
      'Lỗi: data/thu.md, dòng 4 — trường "so": giá trị phải là số nguyên (không có dấu ngoặc kép, không có chữ). Cần: Số văn bản. Bỏ trống khi chưa cấp số: sẽ in "Số:      /KH-UBND".',
    ]);
  });

  it('a Nơi nhận without its Lưu line (the rule dong-luu)', () => {
    const errors = problemsOf(GOOD.replace('luu: [NC]\n', ''), 'data/thu.md').filter((p) => p.severity === 'loi');
    expect(errors.map(formatProblem)).toEqual([
      'Lỗi: data/thu.md, dòng 10 — trường "noi_nhan": Nơi nhận thiếu dòng "Lưu". Thêm trường "luu", ví dụ "luu: [TĐKT]" để in "- Lưu: VT, TĐKT.", hoặc ghi "don_vi_luu" cho cơ quan trong danh mục cơ quan. [dong-luu]',
    ]);
  });

  it('a quyền hạn that is not one of the five', () => {
    expect(messagesFor(GOOD.replace('KT. CHỦ TỊCH', 'KY. CHỦ TỊCH'))).toEqual([
      'Lỗi: data/thu.md, dòng 8 — trường "ky.quyen_han[0]": "KY. CHỦ TỊCH" không phải quyền hạn ký. Mỗi dòng phải bắt đầu bằng một trong TM., Q., KT., TL., TUQ. rồi đến chức danh, ví dụ "KT. CHỦ TỊCH".',
    ]);
  });

  it('a misspelt field and a missing required field, together', () => {
    const messages = messagesFor(GOOD.replace('trich_yeu: Thử', 'trich_yue: Thử').replace('ngay: 2023-01-05\n', ''));
    expect(messages).toContain('Lỗi: data/thu.md, dòng 5 — trường "trich_yue": không có trường "trich_yue" trong mẫu dữ liệu. Kiểm tra chính tả (tên trường viết không dấu, ví dụ "trich_yeu", "noi_nhan").');
    expect(messages.some((m) => m.includes('thiếu trường bắt buộc "ngay"'))).toBe(true);
  });

  it('broken YAML names its line', () => {
    expect(messagesFor(GOOD.replace('so: 5', 'so: [5'))[0]).toMatch(/^Lỗi: data\/thu\.md, dòng \d+ — không đọc được cú pháp YAML\/JSON/);
  });
});
