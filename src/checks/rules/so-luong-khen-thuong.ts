import type { Rule } from './rule.ts';
import type { Block } from '../../document/types.ts';

const blockText = (b: Block): string => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '');

/** `cho 05 tập thể và 06 cá nhân`, `cho 28 tập thể`, `cho 06 cá nhân`: the counts a body announces. */
const ANNOUNCED = /cho (?:(\d+) tập thể(?: và (\d+) cá nhân)?|(\d+) cá nhân)/;

/** A tờ trình or quyết định announces how many collectives and individuals: the attached list must agree. */
export const soLuongKhenThuong: Rule = {
  id: 'so-luong-khen-thuong',
  severity: 'loi',
  description: 'Số tập thể, cá nhân nêu trong nội dung ("cho 05 tập thể và 06 cá nhân") phải bằng số trong danh sách kèm theo.',
  onAttachments: true,
  check(doc) {
    if (!doc.nominees) return [];
    const match = doc.body.map(blockText).map((t) => ANNOUNCED.exec(t)).find(Boolean);
    if (!match) return [];
    const tapThe = Number(match[1] ?? 0);
    const caNhan = Number(match[2] ?? match[3] ?? 0);
    const { tapThe: listed, caNhan: listedPersons } = doc.nominees;
    if (tapThe === listed && caNhan === listedPersons) return [];
    return [
      {
        message: `nội dung ghi "${match[0]}" nhưng danh sách kèm theo có ${listed} tập thể và ${listedPersons} cá nhân. Sửa câu trong nội dung (hoặc dùng {{so_luong}} trong mẫu để tự đếm) hoặc sửa danh sách.`,
        field: ['danh_sach'],
      },
    ];
  },
};
