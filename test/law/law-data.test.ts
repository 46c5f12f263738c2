import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AWARDS_FILE, BASE_SALARY_FILE, LawDataError, parseLawData } from '../../src/law/law-data.ts';

const readLaw = (dir: string, name: string) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') });
const loadLawData = (dir = 'data/_chung') => parseLawData(readLaw(dir, BASE_SALARY_FILE), readLaw(dir, AWARDS_FILE));

const REAL_DIR = 'data/_chung';
const tempDirs: string[] = [];

/** Copies the real data files to a temp dir, applying `edit` to one of them. */
function dirWith(file: 'luong-co-so.yaml' | 'danh-hieu.yaml', edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'luat-'));
  tempDirs.push(dir);
  for (const name of ['luong-co-so.yaml', 'danh-hieu.yaml']) copyFileSync(join(REAL_DIR, name), join(dir, name));
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function lineNumberOf(dir: string, file: string, needle: string): number {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`test setup: "${needle}" not found`);
  return index + 1;
}

function loadError(dir: string): LawDataError {
  try {
    loadLawData(dir);
  } catch (error) {
    if (error instanceof LawDataError) return error;
    throw error;
  }
  throw new Error('expected a LawDataError');
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadLawData with the real files', () => {
  const law = loadLawData();

  it('finds the lương cơ sở in force on a date', () => {
    expect(law.baseSalaryOn('2023-07-01')).toMatchObject({ muc: 1_800_000, can_cu: 'Nghị định số 24/2023/NĐ-CP', da_xac_nhan: true });
    expect(law.baseSalaryOn('2024-06-30').muc).toBe(1_800_000);
    expect(law.baseSalaryOn('2024-07-01')).toMatchObject({ muc: 2_340_000, can_cu: 'Nghị định số 73/2024/NĐ-CP', da_xac_nhan: true });
    expect(law.baseSalaryOn('2026-06-30').muc).toBe(2_340_000);
    expect(law.baseSalaryOn('2026-07-01')).toMatchObject({ muc: 2_530_000, can_cu: 'Nghị định số 161/2026/NĐ-CP', da_xac_nhan: false });
  });

  it('fails in Vietnamese when no lương cơ sở is in force', () => {
    expect(() => law.baseSalaryOn('2020-01-01')).toThrow(
      /Không có mức lương cơ sở .* áp dụng vào ngày 01\/01\/2020; mục sớm nhất có hiệu lực từ ngày 01\/07\/2023/,
    );
    expect(() => law.baseSalaryOn('01/07/2024')).toThrow('Ngày "01/07/2024" không hợp lệ');
    expect(() => law.baseSalaryOn('2024-02-30')).toThrow('Ngày "2024-02-30" không hợp lệ');
  });

  it('has the award catalogue from the spec', () => {
    const coefficients = Object.fromEntries(law.awards.map((a) => [a.ma, a.he_so]));
    expect(coefficients).toEqual({
      lao_dong_tien_tien: '0,3',
      chien_si_thi_dua_co_so: '1,0',
      chien_si_thi_dua_cap_tinh: '3,0',
      tap_the_lao_dong_tien_tien: '0,8',
      tap_the_lao_dong_xuat_sac: '1,5',
      co_thi_dua_ubnd_tinh: '8,0',
      bang_khen_chu_tich_tinh_ca_nhan: '1,5',
      bang_khen_chu_tich_tinh_tap_the: '3,0',
      giay_khen_ca_nhan: '0,3',
      giay_khen_tap_the: '0,6',
    });
    const thresholds = law.awards.filter((a) => a.nguong_bieu_quyet !== undefined).map((a) => [a.ma, a.nguong_bieu_quyet]);
    expect(thresholds).toEqual([
      ['chien_si_thi_dua_co_so', 80],
      ['chien_si_thi_dua_cap_tinh', 90],
      ['co_thi_dua_ubnd_tinh', 80],
    ]);
    expect(law.awards.filter((a) => a.bieu_quyet_kin).map((a) => a.ma)).toEqual([
      'chien_si_thi_dua_co_so',
      'chien_si_thi_dua_cap_tinh',
      'co_thi_dua_ubnd_tinh',
    ]);
    expect(law.award('lao_dong_tien_tien')).toMatchObject({
      ten: 'Lao động tiên tiến',
      loai: 'danh_hieu',
      doi_tuong: 'ca_nhan',
      bieu_quyet_kin: false,
    });
    expect(law.award('giay_khen_tap_the')).toMatchObject({ loai: 'hinh_thuc', doi_tuong: 'tap_the' });
  });

  it('keeps text in NFC', () => {
    for (const award of law.awards) expect(award.ten).toBe(award.ten.normalize('NFC'));
  });

  it('names the unknown award key and lists the known ones', () => {
    expect(() => law.award('lao_dong_gioi')).toThrow(/Không có danh hiệu hoặc hình thức khen thưởng mã "lao_dong_gioi"/);
    expect(() => law.award('lao_dong_gioi')).toThrow(/Các mã đã biết: lao_dong_tien_tien, chien_si_thi_dua_co_so,/);
    expect(() => law.award('lao_dong_tien_tien', '2020-01-01')).toThrow(/Không có danh hiệu "lao_dong_tien_tien" áp dụng/);
  });

  it('computes the reward for a decision date', () => {
    expect(law.rewardOn('lao_dong_tien_tien', '2025-12-01')).toBe(710_000);
    expect(law.rewardOn('co_thi_dua_ubnd_tinh', '2025-12-01')).toBe(18_720_000);
    expect(law.rewardOn('chien_si_thi_dua_cap_tinh', '2025-12-01')).toBe(7_020_000);
    expect(law.rewardOn('lao_dong_tien_tien', '2026-07-01')).toBe(760_000); // 0,3 × 2.530.000 = 759.000
    expect(law.rewardRulesOn('2025-12-01')).toMatchObject({ lam_tron_len: 10_000, he_so_ho_gia_dinh: '1,5' });
  });

  it('lists what is not confirmed', () => {
    const unconfirmed = law.unconfirmedValues();
    expect(unconfirmed.map((u) => [u.what, u.value])).toEqual([
      ['Lương cơ sở từ ngày 01/07/2026 (Nghị định số 161/2026/NĐ-CP)', '2.530.000 đồng/tháng'],
      ['Hệ số tiền thưởng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” (cá nhân), mã bang_khen_chu_tich_tinh_ca_nhan', '1,5 × lương cơ sở'],
      ['Hệ số tiền thưởng “Giấy khen” (cá nhân), mã giay_khen_ca_nhan', '0,3 × lương cơ sở'],
      ['Ngưỡng biểu quyết “Chiến sĩ thi đua cơ sở”, mã chien_si_thi_dua_co_so', '80% tổng số thành viên Hội đồng'],
      ['Ngưỡng biểu quyết “Chiến sĩ thi đua cấp tỉnh”, mã chien_si_thi_dua_cap_tinh', '90% tổng số thành viên Hội đồng'],
      ['Ngưỡng biểu quyết “Cờ thi đua của Ủy ban nhân dân tỉnh”, mã co_thi_dua_ubnd_tinh', '80% tổng số thành viên Hội đồng'],
    ]);
    expect(unconfirmed[0].file).toBe(join('data/_chung', 'luong-co-so.yaml'));
    expect(unconfirmed[0].line).toBe(lineNumberOf(REAL_DIR, 'luong-co-so.yaml', "tu_ngay: '2026-07-01'"));
  });
});

describe('loadLawData with broken files', () => {
  it('names file, line and field for a wrong value', () => {
    const dir = dirWith('luong-co-so.yaml', (text) => text.replace('muc: 2340000', "muc: '2.340.000'"));
    const error = loadError(dir);
    expect(error.file).toBe(join(dir, 'luong-co-so.yaml'));
    expect(error.field).toBe('muc');
    expect(error.line).toBe(lineNumberOf(dir, 'luong-co-so.yaml', "muc: '2.340.000'"));
    expect(error.message).toBe(
      `Lỗi dữ liệu luật: tệp ${join(dir, 'luong-co-so.yaml')}, dòng ${error.line}, trường "muc": ` +
        'cần số nguyên dương, viết liền không có dấu chấm, ví dụ 2340000; đang có "2.340.000".',
    );
  });

  it('reports a missing field at the line of its entry', () => {
    const dir = dirWith('danh-hieu.yaml', (text) => text.replace("    he_so: '0,8'\n", ''));
    const error = loadError(dir);
    expect(error).toMatchObject({ file: join(dir, 'danh-hieu.yaml'), field: 'he_so' });
    expect(error.line).toBe(lineNumberOf(dir, 'danh-hieu.yaml', 'ma: tap_the_lao_dong_tien_tien'));
    expect(error.message).toMatch(/trường "he_so": thiếu trường này; cần hệ số dạng chuỗi trong dấu nháy/);
  });

  it('rejects a coefficient written as a YAML number', () => {
    const dir = dirWith('danh-hieu.yaml', (text) => text.replace("he_so: '8,0'", 'he_so: 8.0'));
    const error = loadError(dir);
    expect(error).toMatchObject({ field: 'he_so', line: lineNumberOf(dir, 'danh-hieu.yaml', 'he_so: 8.0') });
  });

  it('rejects an unknown field (typo) and a bad enum value', () => {
    const typo = dirWith('danh-hieu.yaml', (text) => text.replace('    bieu_quyet_kin: true', '    bieu_quyet_kín: true'));
    expect(loadError(typo)).toMatchObject({ field: 'bieu_quyet_kín', line: lineNumberOf(typo, 'danh-hieu.yaml', 'bieu_quyet_kín') });
    const badEnum = dirWith('danh-hieu.yaml', (text) => text.replace('doi_tuong: tap_the', 'doi_tuong: tập thể'));
    const error = loadError(badEnum);
    expect(error.field).toBe('doi_tuong');
    expect(error.message).toMatch(/cần một trong các giá trị: ca_nhan, tap_the, ho_gia_dinh; đang có "tập thể"/);
  });

  it('rejects an invalid date, a duplicate date and an unconfirmed value without ghi_chu', () => {
    const badDate = dirWith('luong-co-so.yaml', (text) => text.replace("tu_ngay: '2024-07-01'", "tu_ngay: '01/07/2024'"));
    expect(loadError(badDate)).toMatchObject({ field: 'tu_ngay', line: lineNumberOf(badDate, 'luong-co-so.yaml', "'01/07/2024'") });
    const duplicate = dirWith('luong-co-so.yaml', (text) => text.replace("tu_ngay: '2026-07-01'", "tu_ngay: '2024-07-01'"));
    const error = loadError(duplicate);
    expect(error.field).toBe('tu_ngay');
    expect(error.message).toMatch(/ngày 2024-07-01 bị trùng/);
    const noNote = dirWith('luong-co-so.yaml', (text) => text.replace(/\n {2}ghi_chu: .*\n?/, '\n'));
    expect(loadError(noNote)).toMatchObject({ field: 'ghi_chu' });
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = dirWith('luong-co-so.yaml', (text) => text.replace("  muc: 1800000", "  muc: [1800000"));
    const error = loadError(dir);
    expect(error.field).toBe('(cú pháp YAML)');
    expect(error.line).toBeGreaterThanOrEqual(lineNumberOf(dir, 'luong-co-so.yaml', 'muc: [1800000'));
  });
});
