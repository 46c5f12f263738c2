import { AWARD, consecutiveYears, type EligibilityRule } from './rule.ts';

/** Chiến sĩ thi đua cấp tỉnh needs consecutive years of Chiến sĩ thi đua cơ sở, up to the year proposed. */
export const cstdTinhBaNamCstdcs: EligibilityRule = {
  id: 'cstd-tinh-ba-nam-cstdcs',
  severity: 'loi',
  description: '“Chiến sĩ thi đua cấp tỉnh” cần số năm liên tục đạt “Chiến sĩ thi đua cơ sở” (3 năm).',
  check(nominees, criterion) {
    const needed = criterion.so_lan ?? 3;
    return nominees
      .filter((n) => n.award === AWARD.cstdTinh && n.year !== undefined && consecutiveYears(n, AWARD.cstdcs, n.year) < needed)
      .map((n) => {
        const run = consecutiveYears(n, AWARD.cstdcs, n.year!);
        const from = n.year! - needed + 1;
        return {
          record: n.index,
          message: `${n.name} được đề nghị “Chiến sĩ thi đua cấp tỉnh” năm ${n.year} nhưng chỉ thấy ${run} năm liên tục đạt “Chiến sĩ thi đua cơ sở” tính đến năm ${n.year}; cần ${needed} năm (${from}–${n.year}). Ghi đủ các năm “Chiến sĩ thi đua cơ sở” vào lịch sử khen thưởng (năm, số quyết định), hoặc bỏ đề nghị.`,
        };
      });
  },
};
