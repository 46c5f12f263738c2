import { lineText, type Rule } from './rule.ts';

/** Nghị định 30, Ô 9b: Nơi nhận ends with `- Lưu: VT, <đơn vị soạn thảo>.`; a blank form leaves it to the unit. */
export const dongLuu: Rule = {
  id: 'dong-luu',
  severity: 'loi',
  description: 'Nơi nhận kết thúc bằng dòng "- Lưu: VT, …." (từ "luu" của văn bản hoặc "don_vi_luu" của cơ quan; biểu mẫu thì không cần).',
  onAttachments: true,
  check(doc) {
    const lines = doc.closing.recipients?.lines ?? [];
    if (doc.info.form || lines.length === 0 || lineText(lines[lines.length - 1]).startsWith('- Lưu:')) return [];
    return [{ message: 'Nơi nhận thiếu dòng "Lưu". Thêm trường "luu", ví dụ "luu: [TĐKT]" để in "- Lưu: VT, TĐKT.", hoặc ghi "don_vi_luu" cho cơ quan trong danh mục cơ quan.', field: ['noi_nhan'] }];
  },
};
