import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { englishWords } from '../helpers/english.ts';
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
      chien_si_thi_dua_toan_quoc: '4,5',
      co_thi_dua_chinh_phu: '12,0',
      bang_khen_thu_tuong_ca_nhan: undefined,
      bang_khen_thu_tuong_tap_the: undefined,
      huan_chuong_sao_vang_ca_nhan: '46,0',
      huan_chuong_sao_vang_tap_the: '92,0',
      huan_chuong_ho_chi_minh_ca_nhan: '30,5',
      huan_chuong_ho_chi_minh_tap_the: '61,0',
      huan_chuong_doc_lap_hang_nhat_ca_nhan: '15,0',
      huan_chuong_doc_lap_hang_nhat_tap_the: '30,0',
      huan_chuong_doc_lap_hang_nhi_ca_nhan: '12,5',
      huan_chuong_doc_lap_hang_nhi_tap_the: '25,0',
      huan_chuong_doc_lap_hang_ba_ca_nhan: '10,5',
      huan_chuong_doc_lap_hang_ba_tap_the: '21,0',
      huan_chuong_lao_dong_hang_nhat_ca_nhan: '9,0',
      huan_chuong_lao_dong_hang_nhat_tap_the: '18,0',
      huan_chuong_lao_dong_hang_nhi_ca_nhan: '7,5',
      huan_chuong_lao_dong_hang_nhi_tap_the: '15,0',
      huan_chuong_lao_dong_hang_ba_ca_nhan: '4,5',
      huan_chuong_lao_dong_hang_ba_tap_the: '9,0',
    });
    const thresholds = law.awards.filter((a) => a.nguong_bieu_quyet !== undefined).map((a) => [a.ma, a.nguong_bieu_quyet]);
    expect(thresholds).toEqual([
      ['chien_si_thi_dua_co_so', 80],
      ['chien_si_thi_dua_cap_tinh', 90],
      ['co_thi_dua_ubnd_tinh', 80],
      ['chien_si_thi_dua_toan_quoc', 90],
      ['co_thi_dua_chinh_phu', 80],
    ]);
    expect(law.awards.filter((a) => a.bieu_quyet_kin).map((a) => a.ma)).toEqual([
      'chien_si_thi_dua_co_so',
      'chien_si_thi_dua_cap_tinh',
      'co_thi_dua_ubnd_tinh',
      'chien_si_thi_dua_toan_quoc',
      'co_thi_dua_chinh_phu',
    ]);
    expect(law.award('lao_dong_tien_tien')).toMatchObject({
      ten: 'Lao động tiên tiến',
      loai: 'danh_hieu',
      doi_tuong: 'ca_nhan',
      bieu_quyet_kin: false,
    });
    expect(law.award('giay_khen_tap_the')).toMatchObject({ loai: 'hinh_thuc', doi_tuong: 'tap_the' });
    expect(law.award('co_thi_dua_chinh_phu')).toMatchObject({ ten: 'Cờ thi đua của Chính phủ', loai: 'danh_hieu', doi_tuong: 'tap_the', tham_quyen: 'Thủ tướng Chính phủ' });
    expect(law.award('huan_chuong_lao_dong_hang_ba_ca_nhan')).toMatchObject({ ten: 'Huân chương Lao động hạng Ba', loai: 'hinh_thuc', tham_quyen: 'Chủ tịch nước' });
  });

  it('flags every national award value as not confirmed, each with its legal source and a note', () => {
    const national = law.awards.filter((a) => /toan_quoc|chinh_phu|thu_tuong|huan_chuong/.test(a.ma));
    expect(national).toHaveLength(20);
    for (const award of national) {
      expect(award, award.ma).toMatchObject({ da_xac_nhan: false, tu_ngay: '2025-07-01', can_cu: 'Nghị định số 152/2025/NĐ-CP' });
      expect(award.ghi_chu, award.ma).toMatch(/CHƯA (đối chiếu|ghi hệ số)/);
    }
  });


  it('names an unknown award in one short message, with the nearest award when there is one', () => {
    expect(() => law.award('lao_dong_gioi')).toThrow(
      new Error('không có danh hiệu "lao_dong_gioi" trong danh mục (data/_chung/danh-hieu.yaml). Ghi tên như ở trường "ten" của tệp đó, tên gọi khác ở "ten_goi_khac", hoặc mã ("ma").'),
    );
    expect(() => law.award('Chiến sĩ thi đua cơ xở')).toThrow(
      new Error('không có danh hiệu "Chiến sĩ thi đua cơ xở" trong danh mục (data/_chung/danh-hieu.yaml). Có phải "Chiến sĩ thi đua cơ sở" (chien_si_thi_dua_co_so)?'),
    );
    expect(() => law.award('tap_the_lao_dong_xuat_sac_x')).toThrow(
      new Error('không có danh hiệu "tap_the_lao_dong_xuat_sac_x" trong danh mục (data/_chung/danh-hieu.yaml). Có phải "Tập thể lao động xuất sắc" (tap_the_lao_dong_xuat_sac)?'),
    );
    expect(() => law.award('lao_dong_tien_tien', '2020-01-01')).toThrow(/Không có danh hiệu "lao_dong_tien_tien" áp dụng/);
  });

  it('finds an award by the name staff write: full name, short forms, abbreviations, any case or diacritics', () => {
    const code = (written: string, target?: 'ca_nhan' | 'tap_the') => law.award(written, undefined, target).ma;
    expect(code('Chiến sĩ thi đua cơ sở')).toBe('chien_si_thi_dua_co_so');
    expect(code('Chiến sĩ thi đua cơ sở'.normalize('NFD'))).toBe('chien_si_thi_dua_co_so');
    expect(code('  chiến  SỸ thi đua cơ sở ')).toBe('chien_si_thi_dua_co_so');
    expect(code('CSTĐCS')).toBe('chien_si_thi_dua_co_so');
    expect(code('cstdcs')).toBe('chien_si_thi_dua_co_so');
    expect(code('CSTĐ cơ sở')).toBe('chien_si_thi_dua_co_so');
    expect(code('LĐTT')).toBe('lao_dong_tien_tien');
    expect(code('Lao dong tien tien')).toBe('lao_dong_tien_tien');
    expect(code('Cờ thi đua của Uỷ ban nhân dân tỉnh')).toBe('co_thi_dua_ubnd_tinh');
    expect(code('Cờ thi đua UBND tỉnh')).toBe('co_thi_dua_ubnd_tinh');
    expect(code('Bằng khen của Chủ tịch UBND tỉnh', 'ca_nhan')).toBe('bang_khen_chu_tich_tinh_ca_nhan');
    expect(code('Bằng khen Chủ tịch tỉnh', 'tap_the')).toBe('bang_khen_chu_tich_tinh_tap_the');
    expect(code('Bằng khen Chủ tịch Ủy ban nhân dân tỉnh', 'ca_nhan')).toBe('bang_khen_chu_tich_tinh_ca_nhan');
  });

  it('asks to choose between awards of one name when the đối tượng is not known', () => {
    expect(() => law.award('Giấy khen')).toThrow(
      new Error('"Giấy khen" là tên của 2 mục trong danh mục: giay_khen_ca_nhan (cá nhân), giay_khen_tap_the (tập thể). Ghi mã của mục cần dùng, hoặc ghi rõ đối tượng (cá nhân hay tập thể).'),
    );
  });

  it('refuses a ten_goi_khac that is not a list of texts, naming its line', () => {
    const dir = dirWith('danh-hieu.yaml', (t) => t.replace("ten_goi_khac: ['CSTĐ cơ sở'", "ten_goi_khac: [''"));
    const line = lineNumberOf(dir, 'danh-hieu.yaml', "ten_goi_khac: [''");
    expect(loadError(dir).message).toContain(`dòng ${line}`);
    expect(loadError(dir).message).toContain("cần danh sách các đoạn chữ không rỗng, ví dụ ['CSTĐCS', 'Chiến sĩ thi đua CS']");
  });

  it('computes the reward for a decision date', () => {
    expect(law.rewardOn('lao_dong_tien_tien', '2025-12-01')).toBe(710_000); // 0,3 × 2.340.000 = 702.000 → 710.000
    expect(law.rewardOn('co_thi_dua_ubnd_tinh', '2025-12-01')).toBe(18_720_000); // 8,0 × 2.340.000 = 18.720.000
    expect(law.rewardOn('chien_si_thi_dua_cap_tinh', '2025-12-01')).toBe(7_020_000); // 3,0 × 2.340.000 = 7.020.000, as the spec writes it
    expect(law.rewardOn('lao_dong_tien_tien', '2026-07-01')).toBe(760_000); // 0,3 × 2.530.000 = 759.000
    expect(law.rewardRulesOn('2025-12-01')).toMatchObject({ lam_tron_len: 10_000, he_so_ho_gia_dinh: '1,5' });
  });

  it('says which unconfirmed values a reward rests on', () => {
    expect(law.reward('tap_the_lao_dong_tien_tien', '2025-12-10')).toEqual({ amount: 1_880_000, unconfirmedBase: [], unconfirmedCoefficient: undefined });
    // 0,8 × 2.530.000 = 2.024.000 → 2.030.000, on the unconfirmed lương cơ sở of 01/7/2026.
    const after = law.reward('tap_the_lao_dong_tien_tien', '2026-08-15');
    expect(after.amount).toBe(2_030_000);
    expect(after.unconfirmedBase).toEqual([
      expect.objectContaining({ what: 'lương cơ sở', value: '2.530.000 đồng/tháng', tu_ngay: '2026-07-01', can_cu: 'Nghị định số 161/2026/NĐ-CP', flag: 'da_xac_nhan' }),
    ]);
    expect(law.reward('bang_khen_chu_tich_tinh_ca_nhan', '2025-12-10').unconfirmedCoefficient).toMatchObject({
      what: 'hệ số tiền thưởng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” (cá nhân, mã bang_khen_chu_tich_tinh_ca_nhan)',
      value: '1,5 × lương cơ sở',
      line: lineNumberOf(REAL_DIR, 'danh-hieu.yaml', 'ma: bang_khen_chu_tich_tinh_ca_nhan'),
    });
    expect(law.unconfirmedThreshold(law.award('chien_si_thi_dua_co_so'))).toMatchObject({ value: '80% tổng số thành viên Hội đồng', flag: 'nguong_da_xac_nhan' });
    expect(law.unconfirmedThreshold(law.award('lao_dong_tien_tien'))).toBeUndefined();
  });

  it('names the award, file and line when a reward is asked for an award without he_so', () => {
    const line = lineNumberOf(REAL_DIR, 'danh-hieu.yaml', 'ma: bang_khen_thu_tuong_ca_nhan');
    expect(() => law.rewardOn('bang_khen_thu_tuong_ca_nhan', '2025-12-10')).toThrow(
      `“Bằng khen của Thủ tướng Chính phủ” (cá nhân, mã bang_khen_thu_tuong_ca_nhan) chưa có hệ số tiền thưởng: mục ở tệp ${join(REAL_DIR, 'danh-hieu.yaml')}, dòng ${line} không có trường he_so.`,
    );
  });

  it('lists what is not confirmed', () => {
    const unconfirmed = law.unconfirmedValues().filter((u) => !u.what.includes('Huân chương'));
    expect(unconfirmed.map((u) => [u.what, u.value, u.tu_ngay, u.can_cu, u.flag])).toEqual([
      ['lương cơ sở', '2.530.000 đồng/tháng', '2026-07-01', 'Nghị định số 161/2026/NĐ-CP', 'da_xac_nhan'],
      ['hệ số tiền thưởng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” (cá nhân, mã bang_khen_chu_tich_tinh_ca_nhan)', '1,5 × lương cơ sở', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'da_xac_nhan'],
      ['hệ số tiền thưởng “Giấy khen” (cá nhân, mã giay_khen_ca_nhan)', '0,3 × lương cơ sở', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'da_xac_nhan'],
      ['hệ số tiền thưởng “Chiến sĩ thi đua toàn quốc” (cá nhân, mã chien_si_thi_dua_toan_quoc)', '4,5 × lương cơ sở', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'da_xac_nhan'],
      ['hệ số tiền thưởng “Cờ thi đua của Chính phủ” (tập thể, mã co_thi_dua_chinh_phu)', '12,0 × lương cơ sở', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'da_xac_nhan'],
      ['hệ số tiền thưởng “Bằng khen của Thủ tướng Chính phủ” (cá nhân, mã bang_khen_thu_tuong_ca_nhan)', 'chưa ghi', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'da_xac_nhan'],
      ['hệ số tiền thưởng “Bằng khen của Thủ tướng Chính phủ” (tập thể, mã bang_khen_thu_tuong_tap_the)', 'chưa ghi', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'da_xac_nhan'],
      ['ngưỡng biểu quyết “Chiến sĩ thi đua cơ sở” (mã chien_si_thi_dua_co_so)', '80% tổng số thành viên Hội đồng', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'nguong_da_xac_nhan'],
      ['ngưỡng biểu quyết “Chiến sĩ thi đua cấp tỉnh” (mã chien_si_thi_dua_cap_tinh)', '90% tổng số thành viên Hội đồng', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'nguong_da_xac_nhan'],
      ['ngưỡng biểu quyết “Cờ thi đua của Ủy ban nhân dân tỉnh” (mã co_thi_dua_ubnd_tinh)', '80% tổng số thành viên Hội đồng', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'nguong_da_xac_nhan'],
      ['ngưỡng biểu quyết “Chiến sĩ thi đua toàn quốc” (mã chien_si_thi_dua_toan_quoc)', '90% tổng số thành viên Hội đồng', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'nguong_da_xac_nhan'],
      ['ngưỡng biểu quyết “Cờ thi đua của Chính phủ” (mã co_thi_dua_chinh_phu)', '80% tổng số thành viên Hội đồng', '2025-07-01', 'Nghị định số 152/2025/NĐ-CP', 'nguong_da_xac_nhan'],
    ]);
    expect(law.unconfirmedValues().filter((u) => u.what.includes('Huân chương'))).toHaveLength(16);
    expect(unconfirmed[0].file).toBe(join('data/_chung', 'luong-co-so.yaml'));
    expect(unconfirmed[0].line).toBe(lineNumberOf(REAL_DIR, 'luong-co-so.yaml', "tu_ngay: '2026-07-01'"));
  });
});

describe('parseLawData and Unicode', () => {
  it('normalises decomposed (NFD) text of the law files to NFC', () => {
    const nfd = (name: string) => ({ path: join(REAL_DIR, name), text: readFileSync(join(REAL_DIR, name), 'utf8').normalize('NFD') });
    const salary = nfd(BASE_SALARY_FILE);
    const awards = nfd(AWARDS_FILE);
    expect(awards.text).not.toBe(awards.text.normalize('NFC'));
    expect(salary.text).not.toBe(salary.text.normalize('NFC'));
    const law = parseLawData(salary, awards);
    expect(law.award('chien_si_thi_dua_co_so').ten).toBe('Chiến sĩ thi đua cơ sở'.normalize('NFC'));
    expect(law.baseSalaryOn('2026-07-01').can_cu).toBe('Nghị định số 161/2026/NĐ-CP'.normalize('NFC'));
    const texts = [...law.awards.flatMap((a) => [a.ten, a.tham_quyen, a.can_cu, a.ghi_chu ?? '']), ...law.baseSalaries.flatMap((s) => [s.can_cu, s.ghi_chu ?? ''])];
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
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
    const dir = dirWith('danh-hieu.yaml', (text) => text.replace("    tham_quyen: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân xã'\n    he_so: '0,8'", "    he_so: '0,8'"));
    const error = loadError(dir);
    expect(error).toMatchObject({ file: join(dir, 'danh-hieu.yaml'), field: 'tham_quyen' });
    expect(error.line).toBe(lineNumberOf(dir, 'danh-hieu.yaml', 'ma: tap_the_lao_dong_tien_tien'));
    expect(error.message).toMatch(/trường "tham_quyen": thiếu trường này; cần một đoạn chữ không rỗng/);
  });

  it('accepts an award without he_so (a reward is asked only where money is printed)', () => {
    const dir = dirWith('danh-hieu.yaml', (text) => text.replace("    he_so: '0,8'\n", ''));
    const law = loadLawData(dir);
    expect(law.award('tap_the_lao_dong_tien_tien').he_so).toBeUndefined();
    expect(() => law.rewardOn('tap_the_lao_dong_tien_tien', '2025-12-10')).toThrow(/chưa có hệ số tiền thưởng/);
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
    // In Vietnamese: the parser's own message is English.
    expect(error.message).toMatch(/tệp không đúng cú pháp YAML \((thiếu ký tự đóng|thụt lề sai|ký tự không mong đợi|cú pháp sai)\)\. Kiểm tra thụt lề/);
    expect(englishWords(error.message)).toEqual([]);
  });
});
