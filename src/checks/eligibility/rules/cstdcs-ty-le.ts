import { AWARD, type EligibilityRule } from './rule.ts';

/** The number of Chiến sĩ thi đua cơ sở of a year is capped at a share of its Lao động tiên tiến. */
export const cstdcsTyLe: EligibilityRule = {
  id: 'cstdcs-ty-le',
  severity: 'loi',
  description: 'Số “Chiến sĩ thi đua cơ sở” không quá một tỷ lệ số “Lao động tiên tiến” cùng năm.',
  check(nominees, criterion) {
    const share = criterion.ty_le;
    if (share === undefined) return [];
    const years = [...new Set(nominees.filter((n) => n.award === AWARD.cstdcs && n.year !== undefined).map((n) => n.year!))].sort();
    return years.flatMap((year) => {
      const people = (award: string) => new Set(nominees.filter((n) => n.held.get(year)?.has(award)).map((n) => n.person)).size;
      const proposed = nominees.filter((n) => n.award === AWARD.cstdcs && n.year === year);
      const ldtt = people(AWARD.ldtt);
      const allowed = Math.floor((ldtt * share) / 100);
      if (proposed.length <= allowed) return [];
      return [
        {
          message: `năm ${year} danh sách đề nghị ${proposed.length} “Chiến sĩ thi đua cơ sở” trên ${ldtt} “Lao động tiên tiến”; tối đa ${share}% là ${allowed} người. Bớt ${proposed.length - allowed} đề nghị “Chiến sĩ thi đua cơ sở”, hoặc kiểm tra lại danh sách “Lao động tiên tiến”.`,
        },
      ];
    });
  },
};
