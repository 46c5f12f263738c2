import { AWARD, countOf, type EligibilityRule } from './rule.ts';

const NAMES: Record<string, string> = { [AWARD.ttLdtt]: 'Tập thể lao động tiên tiến', [AWARD.ttLdxs]: 'Tập thể lao động xuất sắc' };

/** A collective needs a share of its members to be Lao động tiên tiến; decided only where the record gives both counts. */
export const tapTheTyLeLaoDongTienTien: EligibilityRule = {
  id: 'tap-the-ty-le-lao-dong-tien-tien',
  severity: 'loi',
  description: '“Tập thể lao động tiên tiến”, “Tập thể lao động xuất sắc”: ít nhất 70% thành viên đạt “Lao động tiên tiến” (khi dữ liệu có số thành viên và số Lao động tiên tiến).',
  check(nominees, criterion) {
    const share = criterion.ty_le;
    if (share === undefined) return [];
    return nominees.flatMap((n) => {
      const members = countOf(n.data.so_thanh_vien);
      const ldtt = countOf(n.data.so_lao_dong_tien_tien);
      if (!(n.award in NAMES) || !members || ldtt === undefined || ldtt * 100 >= members * share) return [];
      const needed = Math.ceil((members * share) / 100);
      return [
        {
          record: n.index,
          message: `${n.name} được đề nghị “${NAMES[n.award]}” nhưng chỉ ${ldtt}/${members} thành viên đạt “Lao động tiên tiến”; cần ít nhất ${share}%, tức ${needed} người. Kiểm tra lại số thành viên và số “Lao động tiên tiến”, hoặc bỏ đề nghị.`,
        },
      ];
    });
  },
};
