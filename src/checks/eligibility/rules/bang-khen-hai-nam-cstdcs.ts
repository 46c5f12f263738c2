import { AWARD, consecutiveYears, type EligibilityRule } from './rule.ts';

/**
 * One ground, among several, for a Bằng khen of the Chủ tịch UBND tỉnh to a person: consecutive years of
 * Chiến sĩ thi đua cơ sở. The data cannot decide the other grounds, so this is a warning by default.
 */
export const bangKhenHaiNamCstdcs: EligibilityRule = {
  id: 'bang-khen-hai-nam-cstdcs',
  severity: 'canh_bao',
  description: 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân): một trong các căn cứ là 2 năm liên tục đạt “Chiến sĩ thi đua cơ sở”.',
  check(nominees, criterion) {
    const needed = criterion.so_lan ?? 2;
    return nominees
      .filter((n) => n.award === AWARD.bangKhen && n.year !== undefined && consecutiveYears(n, AWARD.cstdcs, n.year) < needed && consecutiveYears(n, AWARD.cstdcs, n.year - 1) < needed)
      .map((n) => ({
        record: n.index,
        message: `${n.name} được đề nghị “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” năm ${n.year} nhưng không thấy ${needed} năm liên tục đạt “Chiến sĩ thi đua cơ sở” đến năm ${n.year} hoặc ${n.year! - 1}. Đây chỉ là một trong các căn cứ: nếu đề nghị theo căn cứ khác, ghi rõ căn cứ đó trong báo cáo thành tích; nếu theo căn cứ này, ghi đủ các năm vào lịch sử khen thưởng.`,
      }));
  },
};
