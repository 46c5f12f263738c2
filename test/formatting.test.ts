/** The formatting rules of Nghị định 30, as exact strings. */
import { describe, expect, it } from 'vitest';
import { formatDateWords, formatPlaceDate, formatSoKyHieu, buildKyHieu, isRealDate } from '../src/core/dates.ts';
import { formatLabel, handwrittenLabel, labelValue, toRoman, toVietnameseLetter } from '../src/core/numbering.ts';
import { canCuLines, kinhGuiLines } from '../src/model/build.ts';
import { buildMarkdown, testPlan } from './helpers/build.ts';

describe('date line (Ô 4)', () => {
  it('puts a leading zero on days below 10 and on months 1 and 2 only', () => {
    expect(formatPlaceDate('Hà Nội', { year: 2020, month: 1, day: 5 })).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(formatPlaceDate('Cao Bằng', { year: 2023, month: 6, day: 29 })).toBe('Cao Bằng, ngày 29 tháng 6 năm 2023');
    expect(formatDateWords({ year: 2024, month: 2, day: 10 })).toBe('ngày 10 tháng 02 năm 2024');
    expect(formatDateWords({ year: 2024, month: 3, day: 1 })).toBe('ngày 01 tháng 3 năm 2024');
    expect(formatDateWords({ year: 2024, month: 12, day: 31 })).toBe('ngày 31 tháng 12 năm 2024');
  });

  it('leaves day and month blank on a draft', () => {
    expect(formatDateWords({ year: 2022 })).toBe('ngày      tháng      năm 2022');
    expect(formatDateWords({ year: 2023, month: 7 })).toBe('ngày      tháng 7 năm 2023');
  });

  it('knows which dates exist', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(2023, 4, 31)).toBe(false);
  });
});

describe('số, ký hiệu (Ô 3)', () => {
  it('puts a leading zero on numbers below 10', () => {
    expect(formatSoKyHieu('KH-UBND', 5)).toBe('Số: 05/KH-UBND');
    expect(formatSoKyHieu('KH-UBND', 469)).toBe('Số: 469/KH-UBND');
    expect(formatSoKyHieu('KH-UBND', 10)).toBe('Số: 10/KH-UBND');
  });

  it('leaves the number blank on a draft', () => {
    expect(formatSoKyHieu('KH-UBND')).toBe('Số:       /KH-UBND');
  });

  it('builds the ký hiệu from type and agency; a công văn has no type part', () => {
    expect(buildKyHieu({ type: 'TTr', agency: 'SLĐTBXH' })).toBe('TTr-SLĐTBXH');
    expect(buildKyHieu({ type: '', agency: 'UBND', unit: 'VX' })).toBe('UBND-VX');
  });
});

describe('numbering', () => {
  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 1999].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL', 'XC', 'MCMXCIX']);
    // A body with more than 3999 mục is absurd, but its numbering must not be an internal error.
    expect([3999, 4000, 5001].map(toRoman)).toEqual(['MMMCMXCIX', 'MMMM', 'MMMMMI']);
  });

  it('letters điểm with the Vietnamese sequence: đ after d, no f j w z', () => {
    expect(Array.from({ length: 12 }, (_, i) => toVietnameseLetter(i + 1)).join(' ')).toBe('a b c d đ e g h i k l m');
    expect(toVietnameseLetter(23)).toBe('y');
    expect(toVietnameseLetter(24)).toBe('aa');
  });

  it('formats labels in the styles the seeds use', () => {
    expect(formatLabel('I.', 4)).toBe('IV.');
    expect(formatLabel('1.', 3)).toBe('3.');
    expect(formatLabel('a)', 5)).toBe('đ)');
    expect(formatLabel('a.', 10)).toBe('k.');
    expect(formatLabel('1.1.', 10, 2)).toBe('2.10.');
    expect(formatLabel('Điều 1.', 3)).toBe('Điều 3.');
    expect(formatLabel('Phần I', 2)).toBe('Phần II');
  });

  it('recognises numbers typed by hand, and their value', () => {
    expect(handwrittenLabel('2. Về nội dung thi đua')).toBe('2.');
    expect(handwrittenLabel('IV. KINH PHÍ')).toBe('IV.');
    expect(handwrittenLabel('đ) Thực hiện')).toBe('đ)');
    expect(handwrittenLabel('2.1. Chỉ đạo')).toBe('2.1.');
    expect(handwrittenLabel('Mục đích')).toBeUndefined();
    expect(handwrittenLabel('Ủy ban nhân dân')).toBeUndefined();
    expect([labelValue('IV.'), labelValue('2.1.'), labelValue('đ)'), labelValue('Điều 3.')]).toEqual([4, 1, 5, 3]);
  });
});

describe('Kính gửi and căn cứ punctuation', () => {
  it('ends one addressee with a full stop; several with ; and the last .', () => {
    expect(kinhGuiLines(['Chủ tịch Ủy ban nhân dân tỉnh'])).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh.']);
    expect(kinhGuiLines(['Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên;', 'Sở Nội vụ'])).toEqual(['- Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên;', '- Sở Nội vụ.']);
  });

  it('ends each căn cứ with ; and the last with . (or ; before "Theo đề nghị", which ends with . as in Mẫu 1.2)', () => {
    expect(canCuLines(['Căn cứ Luật Thi đua, Khen thưởng;', 'Căn cứ Nghị định số 152/2025/NĐ-CP'])).toEqual([
      'Căn cứ Luật Thi đua, Khen thưởng;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP.',
    ]);
    expect(canCuLines(['Căn cứ Luật Thi đua, Khen thưởng'], 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh,')).toEqual([
      'Căn cứ Luật Thi đua, Khen thưởng;',
      'Theo đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh.',
    ]);
  });

  it('ends "Theo đề nghị" with , when the document asks for it (dau_cuoi_theo_de_nghi), as older decisions do', () => {
    expect(canCuLines(['Căn cứ Luật Thi đua, Khen thưởng'], 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh.', ',')).toEqual([
      'Căn cứ Luật Thi đua, Khen thưởng;',
      'Theo đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh,',
    ]);
    const doc = buildMarkdown(testPlan('loai: quyet_dinh\ncan_cu: ["Căn cứ Luật Thi đua, Khen thưởng"]\ntheo_de_nghi: Theo đề nghị của Sở Nội vụ\ndau_cuoi_theo_de_nghi: ","').replace('loai: ke_hoach\n', ''));
    expect(doc.canCu).toEqual(['Căn cứ Luật Thi đua, Khen thưởng;', 'Theo đề nghị của Sở Nội vụ,']);
  });
});
