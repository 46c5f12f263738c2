/** Eligibility rules over a batch of nominations (src/checks/eligibility), on the law data of data/_chung/tieu-chuan.yaml. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEligibility, type NomineeRecord, type PlacedRecord } from '../../src/checks/eligibility/index.ts';
import { ELIGIBILITY_FILE, parseEligibilityLaw } from '../../src/law/eligibility.ts';
import { LawDataError } from '../../src/law/law-data.ts';

const LAW_FILE = `data/_chung/${ELIGIBILITY_FILE}`;
const LAW_TEXT = readFileSync(LAW_FILE, 'utf8');
const law = parseEligibilityLaw({ path: LAW_FILE, text: LAW_TEXT });
const lineOf = (ma: string) => LAW_TEXT.split('\n').findIndex((l) => l.includes(`ma: ${ma}`)) + 1;
const unconfirmed = (ma: string) => ` Căn cứ này chưa được xác nhận (tệp ${LAW_FILE}, dòng ${lineOf(ma)}: da_xac_nhan: false): đối chiếu văn bản gốc trước khi dựa vào kết quả kiểm tra.`;

/** Records of a spreadsheet: row 2, 3, … */
const sheet = (...data: NomineeRecord[]): PlacedRecord[] => data.map((d, i) => ({ data: d, place: { file: 'danh-sach.xlsx', cell: `Sheet1!A${i + 2}` } }));
const person = (ho_ten: string, danh_hieu: string, history: [number, string][] = [], extra: Partial<NomineeRecord> = {}): NomineeRecord => ({
  ho_ten,
  danh_hieu,
  nam: '2026',
  lich_su_khen_thuong: history.map(([nam, danh_hieu]) => ({ nam: String(nam), danh_hieu, so_quyet_dinh: '01/QĐ-UBND' })),
  ...extra,
});
const only = (rule: string) => ({ muc_do: Object.fromEntries(['cstdcs-can-lao-dong-tien-tien', 'cstdcs-ty-le', 'cstd-tinh-ba-nam-cstdcs', 'bang-khen-hai-nam-cstdcs', 'tap-the-ty-le-lao-dong-tien-tien', 'tap-the-xuat-sac-co-cstdcs'].filter((r) => r !== rule).map((r) => [r, 'tat'])) });

describe('cstdcs-can-lao-dong-tien-tien', () => {
  const config = only('cstdcs-can-lao-dong-tien-tien');
  it('passes with Lao động tiên tiến the same year, in the same list or in the history', () => {
    const records = sheet(person('Nguyễn Văn An', 'lao_dong_tien_tien'), person('Nguyễn Văn An', 'chien_si_thi_dua_co_so'), person('Lê Thị Bình', 'chien_si_thi_dua_co_so', [[2026, 'Lao động tiên tiến']]));
    expect(checkEligibility(records, law, { ...config, awardCode: (w) => (w === 'Lao động tiên tiến' ? 'lao_dong_tien_tien' : undefined) })).toEqual([]);
  });

  it('is an error at the nominee’s place without it, citing its basis and saying the basis is unconfirmed', () => {
    const records = sheet(person('Nguyễn Văn An', 'lao_dong_tien_tien', [], { nam: '2025' }), person('Nguyễn Văn An', 'chien_si_thi_dua_co_so'));
    expect(checkEligibility(records, law, config)).toEqual([
      {
        severity: 'loi',
        rule: 'cstdcs-can-lao-dong-tien-tien',
        file: 'danh-sach.xlsx',
        line: undefined,
        cell: 'Sheet1!A3',
        message:
          'Nguyễn Văn An được đề nghị “Chiến sĩ thi đua cơ sở” năm 2026 nhưng không thấy đạt “Lao động tiên tiến” năm 2026, trong lịch sử khen thưởng hay trong cùng danh sách. Thêm dòng “Lao động tiên tiến” năm 2026 cho người này (vào danh sách hoặc lịch sử khen thưởng), hoặc bỏ đề nghị.' +
          ' Căn cứ: khoản 1 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15.' +
          unconfirmed('cstdcs-can-lao-dong-tien-tien'),
      },
    ]);
  });

  it('does not take another person of the same name (another birth date) for the nominee', () => {
    const records = sheet(person('Nguyễn Văn An', 'lao_dong_tien_tien', [], { ngay_sinh: '1980-01-01' }), person('Nguyễn Văn An', 'chien_si_thi_dua_co_so', [], { ngay_sinh: '1990-05-05' }));
    expect(checkEligibility(records, law, config).map((p) => p.cell)).toEqual(['Sheet1!A3']);
  });

  it('takes the severity the batch sets: canh_bao, or tat to switch it off', () => {
    const records = sheet(person('Nguyễn Văn An', 'chien_si_thi_dua_co_so'));
    expect(checkEligibility(records, law, { muc_do: { ...config.muc_do, 'cstdcs-can-lao-dong-tien-tien': 'canh_bao' } }).map((p) => p.severity)).toEqual(['canh-bao']);
    expect(checkEligibility(records, law, { muc_do: { ...config.muc_do, 'cstdcs-can-lao-dong-tien-tien': 'tat' } })).toEqual([]);
  });

  it('says nothing of an unconfirmed basis once the basis is confirmed', () => {
    const confirmed = parseEligibilityLaw({ path: 'tc.yaml', text: LAW_TEXT.replace(/(ma: cstdcs-can-lao-dong-tien-tien[\s\S]*?)da_xac_nhan: false/, '$1da_xac_nhan: true') });
    const [p] = checkEligibility(sheet(person('Nguyễn Văn An', 'chien_si_thi_dua_co_so')), confirmed, config);
    expect(p.message.endsWith('Căn cứ: khoản 1 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15.')).toBe(true);
  });
});

describe('cstdcs-ty-le', () => {
  const config = { ...only('cstdcs-ty-le'), file: 'dot-khen-thuong.yaml' };
  const ldtt = (n: number) => Array.from({ length: n }, (_, i) => person(`Người ${i + 1}`, 'lao_dong_tien_tien'));
  const cstdcs = (n: number) => Array.from({ length: n }, (_, i) => person(`Người ${i + 1}`, 'chien_si_thi_dua_co_so'));

  it('passes at the share (15% of 20 Lao động tiên tiến is 3)', () => {
    expect(checkEligibility(sheet(...ldtt(20), ...cstdcs(3)), law, config)).toEqual([]);
  });

  it('is an error on the batch above it, with the counts and the share, marked unconfirmed', () => {
    expect(checkEligibility(sheet(...ldtt(20), ...cstdcs(4)), law, config)).toEqual([
      {
        severity: 'loi',
        rule: 'cstdcs-ty-le',
        file: 'dot-khen-thuong.yaml',
        line: undefined,
        cell: undefined,
        message:
          'năm 2026 danh sách đề nghị 4 “Chiến sĩ thi đua cơ sở” trên 20 “Lao động tiên tiến”; tối đa 15% là 3 người. Bớt 1 đề nghị “Chiến sĩ thi đua cơ sở”, hoặc kiểm tra lại danh sách “Lao động tiên tiến”.' +
          ' Căn cứ: Nghị định số 152/2025/NĐ-CP.' +
          unconfirmed('cstdcs-ty-le'),
      },
    ]);
  });

  it('counts a person once, whether in the list or in the history', () => {
    const records = sheet(...ldtt(19), person('Người 20', 'chien_si_thi_dua_co_so', [[2026, 'lao_dong_tien_tien']]), ...cstdcs(2));
    expect(checkEligibility(records, law, config)).toEqual([]);
  });
});

describe('cstd-tinh-ba-nam-cstdcs', () => {
  const config = only('cstd-tinh-ba-nam-cstdcs');
  it('passes with three consecutive years of Chiến sĩ thi đua cơ sở up to the year (this year’s in the same list)', () => {
    const records = sheet(person('Trần Thị Cúc', 'chien_si_thi_dua_co_so'), person('Trần Thị Cúc', 'chien_si_thi_dua_cap_tinh', [[2024, 'chien_si_thi_dua_co_so'], [2025, 'chien_si_thi_dua_co_so']]));
    expect(checkEligibility(records, law, config)).toEqual([]);
  });

  it('is an error when a year is missing', () => {
    const records = sheet(person('Trần Thị Cúc', 'chien_si_thi_dua_cap_tinh', [[2023, 'chien_si_thi_dua_co_so'], [2025, 'chien_si_thi_dua_co_so'], [2026, 'chien_si_thi_dua_co_so']]));
    expect(checkEligibility(records, law, config).map((p) => `${p.severity} ${p.cell} ${p.message}`)).toEqual([
      'loi Sheet1!A2 Trần Thị Cúc được đề nghị “Chiến sĩ thi đua cấp tỉnh” năm 2026 nhưng chỉ thấy 2 năm liên tục đạt “Chiến sĩ thi đua cơ sở” tính đến năm 2026; cần 3 năm (2024–2026). Ghi đủ các năm “Chiến sĩ thi đua cơ sở” vào lịch sử khen thưởng (năm, số quyết định), hoặc bỏ đề nghị.' +
        ' Căn cứ: Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15.' +
        unconfirmed('cstd-tinh-ba-nam-cstdcs'),
    ]);
  });
});

describe('bang-khen-hai-nam-cstdcs', () => {
  const config = only('bang-khen-hai-nam-cstdcs');
  it('passes with two consecutive years of Chiến sĩ thi đua cơ sở', () => {
    expect(checkEligibility(sheet(person('Phạm Văn Dũng', 'bang_khen_chu_tich_tinh_ca_nhan', [[2024, 'chien_si_thi_dua_co_so'], [2025, 'chien_si_thi_dua_co_so']])), law, config)).toEqual([]);
  });

  it('is only a warning without them: it checks one ground of several', () => {
    const problems = checkEligibility(sheet(person('Phạm Văn Dũng', 'bang_khen_chu_tich_tinh_ca_nhan', [[2023, 'chien_si_thi_dua_co_so'], [2025, 'chien_si_thi_dua_co_so']])), law, config);
    expect(problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'canh-bao Phạm Văn Dũng được đề nghị “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” năm 2026 nhưng không thấy 2 năm liên tục đạt “Chiến sĩ thi đua cơ sở” đến năm 2026 hoặc 2025. Đây chỉ là một trong các căn cứ: nếu đề nghị theo căn cứ khác, ghi rõ căn cứ đó trong báo cáo thành tích; nếu theo căn cứ này, ghi đủ các năm vào lịch sử khen thưởng.' +
        ' Căn cứ: Nghị định số 152/2025/NĐ-CP.' +
        unconfirmed('bang-khen-hai-nam-cstdcs'),
    ]);
    expect(checkEligibility(sheet(person('Phạm Văn Dũng', 'bang_khen_chu_tich_tinh_ca_nhan')), law, { muc_do: { ...config.muc_do, 'bang-khen-hai-nam-cstdcs': 'loi' } })[0].severity).toBe('loi');
  });
});

describe('collectives', () => {
  const tapThe = (ten: string, danh_hieu: string, counts: Partial<NomineeRecord>): NomineeRecord => ({ ten, danh_hieu, nam: '2026', ...counts });

  it('tap-the-ty-le-lao-dong-tien-tien: 70% of members Lao động tiên tiến, decided only where both counts are given', () => {
    const config = only('tap-the-ty-le-lao-dong-tien-tien');
    const records = sheet(
      tapThe('Tổ Toán', 'tap_the_lao_dong_tien_tien', { so_thanh_vien: '10', so_lao_dong_tien_tien: '7' }),
      tapThe('Tổ Văn', 'tap_the_lao_dong_xuat_sac', { so_thanh_vien: 10, so_lao_dong_tien_tien: 6 }),
      tapThe('Tổ Anh', 'tap_the_lao_dong_tien_tien', { so_thanh_vien: '10' }),
    );
    expect(checkEligibility(records, law, config).map((p) => `${p.severity} ${p.cell} ${p.message}`)).toEqual([
      'loi Sheet1!A3 Tổ Văn được đề nghị “Tập thể lao động xuất sắc” nhưng chỉ 6/10 thành viên đạt “Lao động tiên tiến”; cần ít nhất 70%, tức 7 người. Kiểm tra lại số thành viên và số “Lao động tiên tiến”, hoặc bỏ đề nghị.' +
        ' Căn cứ: Điều 27, Điều 28 Luật Thi đua, khen thưởng số 06/2022/QH15.' +
        unconfirmed('tap-the-ty-le-lao-dong-tien-tien'),
    ]);
  });

  it('tap-the-xuat-sac-co-cstdcs: a Tập thể lao động xuất sắc with no Chiến sĩ thi đua cơ sở', () => {
    const config = only('tap-the-xuat-sac-co-cstdcs');
    const records = sheet(tapThe('Tổ Toán', 'tap_the_lao_dong_xuat_sac', { so_chien_si_thi_dua_co_so: '1' }), tapThe('Tổ Văn', 'tap_the_lao_dong_xuat_sac', { so_chien_si_thi_dua_co_so: '0' }), tapThe('Tổ Sử', 'tap_the_lao_dong_xuat_sac', {}));
    expect(checkEligibility(records, law, config).map((p) => `${p.cell} ${p.message}`)).toEqual([
      'Sheet1!A3 Tổ Văn được đề nghị “Tập thể lao động xuất sắc” nhưng không có cá nhân nào đạt “Chiến sĩ thi đua cơ sở” (số ghi là 0). Kiểm tra lại số đó, hoặc đề nghị “Tập thể lao động tiên tiến”.' +
        ' Căn cứ: Điều 27 Luật Thi đua, khen thưởng số 06/2022/QH15.' +
        unconfirmed('tap-the-xuat-sac-co-cstdcs'),
    ]);
  });
});

describe('configuration and law data', () => {
  it('warns of an unknown rule id, with the nearest, and refuses an unknown severity', () => {
    const problems = checkEligibility([], law, { file: 'dot.yaml', muc_do: { 'cstdcs-ty-lee': 'tat', 'cstdcs-ty-le': 'nhe' } });
    expect(problems.map((p) => `${p.severity} ${p.field}: ${p.message}`)).toEqual([
      'canh-bao muc_do.cstdcs-ty-lee: không có quy tắc kiểm tra "cstdcs-ty-lee", nên dòng này không đổi quy tắc nào. Có phải "cstdcs-ty-le"? Các mã có: cstdcs-can-lao-dong-tien-tien, cstdcs-ty-le, cstd-tinh-ba-nam-cstdcs, bang-khen-hai-nam-cstdcs, tap-the-ty-le-lao-dong-tien-tien, tap-the-xuat-sac-co-cstdcs.',
      'loi muc_do.cstdcs-ty-le: mức "nhe" không hợp lệ; ghi loi (lỗi), canh_bao (cảnh báo) hoặc tat (tắt quy tắc).',
    ]);
  });

  it('takes the criterion in force on the batch date, and says when a rule has none', () => {
    const problems = checkEligibility(sheet(person('Nguyễn Văn An', 'chien_si_thi_dua_co_so', [], { nam: '2023' })), law, only('cstdcs-can-lao-dong-tien-tien'));
    expect(problems.map((p) => p.message)).toEqual([
      `không có căn cứ của quy tắc "cstdcs-can-lao-dong-tien-tien" áp dụng vào ngày 2023-12-31 (mục ma: cstdcs-can-lao-dong-tien-tien trong tệp ${LAW_FILE}), nên quy tắc này không được kiểm tra. Thêm mục đó vào tệp, hoặc tắt quy tắc (muc_do: { cstdcs-can-lao-dong-tien-tien: tat }).`,
    ]);
  });

  it('every unconfirmed criterion explains itself; a faulty entry is told with its line', () => {
    expect(law.criteria.filter((c) => !c.da_xac_nhan && !c.ghi_chu)).toEqual([]);
    const broken = LAW_TEXT.replace("ty_le: 15", "ty_le: 'mười lăm'");
    expect(() => parseEligibilityLaw({ path: LAW_FILE, text: broken })).toThrow(LawDataError);
    try {
      parseEligibilityLaw({ path: LAW_FILE, text: broken });
    } catch (e) {
      expect((e as LawDataError).line).toBe(LAW_TEXT.split('\n').findIndex((l) => l.includes('ty_le: 15')) + 1);
    }
  });
});
