import { describe, expect, it } from 'vitest';
import { genderOf, keysOf, lookUp, nameKey, targetOf, type NamedAward } from '../../src/law/award-names.ts';

const AWARDS: NamedAward[] = [
  { ma: 'lao_dong_tien_tien', ten: 'Lao động tiên tiến', doi_tuong: 'ca_nhan' },
  { ma: 'giay_khen_ca_nhan', ten: 'Giấy khen', doi_tuong: 'ca_nhan' },
  { ma: 'giay_khen_tap_the', ten: 'Giấy khen', doi_tuong: 'tap_the' },
  { ma: 'co_thi_dua_ubnd_tinh', ten: 'Cờ thi đua của Ủy ban nhân dân tỉnh', doi_tuong: 'tap_the' },
  { ma: 'co_thi_dua_ubnd_tinh', ten: 'Cờ thi đua của Ủy ban nhân dân tỉnh', doi_tuong: 'tap_the', ten_goi_khac: ['Cờ thi đua tỉnh'] },
];

describe('award names as staff write them', () => {
  it('compares names without case, diacritics, đ, punctuation or extra spaces; UBND and sỹ as written', () => {
    expect(nameKey('  Chiến  SỸ thi đua, cơ sở ')).toBe('chien si thi dua co so');
    expect(nameKey('Chiến sĩ thi đua cơ sở'.normalize('NFD'))).toBe('chien si thi dua co so');
    expect(nameKey('Cờ thi đua của Uỷ ban nhân dân tỉnh')).toBe(nameKey('Cờ thi đua của UBND tỉnh'));
    expect(nameKey('Cờ thi đua của Ủy ban nhân dân tỉnh')).toBe('co thi dua cua ubnd tinh');
  });

  it('knows an award by its code, name, name without "của", and initials', () => {
    expect(keysOf(AWARDS[3])).toEqual(['co thi dua ubnd tinh', 'co thi dua cua ubnd tinh', 'ctdcubndt', 'ctdubndt']);
    expect(keysOf(AWARDS[0])).toEqual(['lao dong tien tien', 'ldtt']);
  });

  it('finds one award, counting dated entries of one code as one and using all their names', () => {
    expect(lookUp(AWARDS, 'LĐTT')).toEqual({ kind: 'found', award: AWARDS[0] });
    expect(lookUp(AWARDS, 'co thi dua tinh')).toEqual({ kind: 'found', award: AWARDS[4] });
    expect(lookUp(AWARDS, 'Cờ thi đua UBND tỉnh')).toEqual({ kind: 'found', award: AWARDS[3] });
  });

  it('chooses by đối tượng between awards of one name, or reports them all', () => {
    expect(lookUp(AWARDS, 'giấy khen', 'tap_the')).toEqual({ kind: 'found', award: AWARDS[2] });
    expect(lookUp(AWARDS, 'GIẤY KHEN')).toEqual({ kind: 'ambiguous', candidates: [AWARDS[1], AWARDS[2]] });
    expect(lookUp(AWARDS, 'Giấy khen', 'ho_gia_dinh')).toEqual({ kind: 'ambiguous', candidates: [AWARDS[1], AWARDS[2]] });
  });

  it('suggests the nearest award for an unknown name, none when nothing is close', () => {
    expect(lookUp(AWARDS, 'Lao động tiên tiếm')).toEqual({ kind: 'unknown', suggestion: AWARDS[0] });
    expect(lookUp(AWARDS, 'Huân chương Sao vàng')).toEqual({ kind: 'unknown', suggestion: undefined });
  });

  it('reads đối tượng and giới tính as written', () => {
    expect(['cá nhân', 'Cá nhân', 'CA NHAN', 'ca_nhan', 'CN'].map(targetOf)).toEqual(Array(5).fill('ca_nhan'));
    expect(['tập thể', 'Tập Thể', 'tap_the', 'TT'].map(targetOf)).toEqual(Array(4).fill('tap_the'));
    expect(targetOf('đơn vị')).toBeUndefined();
    expect(['nam', 'Nam', 'NAM'].map(genderOf)).toEqual(['Nam', 'Nam', 'Nam']);
    expect(['nữ', 'Nữ', 'NỮ', 'Nu', 'nữ'.normalize('NFD')].map(genderOf)).toEqual(Array(5).fill('Nữ'));
    expect(genderOf('khác')).toBeUndefined();
  });
});
