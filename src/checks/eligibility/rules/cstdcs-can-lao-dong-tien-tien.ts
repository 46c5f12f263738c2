import { AWARD, type EligibilityRule } from './rule.ts';

/** Chiến sĩ thi đua cơ sở needs Lao động tiên tiến the same year (in the history or in the same list). */
export const cstdcsCanLaoDongTienTien: EligibilityRule = {
  id: 'cstdcs-can-lao-dong-tien-tien',
  severity: 'loi',
  description: '“Chiến sĩ thi đua cơ sở” cần đạt “Lao động tiên tiến” cùng năm.',
  check: (nominees) =>
    nominees
      .filter((n) => n.award === AWARD.cstdcs && n.year !== undefined && !n.held.get(n.year)?.has(AWARD.ldtt))
      .map((n) => ({
        record: n.index,
        message: `${n.name} được đề nghị “Chiến sĩ thi đua cơ sở” năm ${n.year} nhưng không thấy đạt “Lao động tiên tiến” năm ${n.year}, trong lịch sử khen thưởng hay trong cùng danh sách. Thêm dòng “Lao động tiên tiến” năm ${n.year} cho người này (vào danh sách hoặc lịch sử khen thưởng), hoặc bỏ đề nghị.`,
      })),
};
