import { AWARD, countOf, type EligibilityRule } from './rule.ts';

/** Tập thể lao động xuất sắc needs a member who is Chiến sĩ thi đua cơ sở; decided only where the record gives the count. */
export const tapTheXuatSacCoCstdcs: EligibilityRule = {
  id: 'tap-the-xuat-sac-co-cstdcs',
  severity: 'loi',
  description: '“Tập thể lao động xuất sắc” cần có cá nhân đạt “Chiến sĩ thi đua cơ sở” (khi dữ liệu có số đó).',
  check: (nominees) =>
    nominees
      .filter((n) => n.award === AWARD.ttLdxs && countOf(n.data.so_chien_si_thi_dua_co_so) === 0)
      .map((n) => ({
        record: n.index,
        message: `${n.name} được đề nghị “Tập thể lao động xuất sắc” nhưng không có cá nhân nào đạt “Chiến sĩ thi đua cơ sở” (số ghi là 0). Kiểm tra lại số đó, hoặc đề nghị “Tập thể lao động tiên tiến”.`,
      })),
};
