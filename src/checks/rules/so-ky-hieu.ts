import type { Rule } from './rule.ts';

/** `Số: 05/KH-UBND`: "Số:" then the number (two digits at least) or a blank, "/", groups joined by "-" without spaces. */
const PATTERN = /^Số: (?:\d{2,}| +)\/[\p{Lu}\p{Ll}\d&.]*(?:-[\p{Lu}\p{Ll}\d&.]*)*$/u;

export const soKyHieu: Rule = {
  id: 'so-ky-hieu',
  severity: 'loi',
  description: 'Số, ký hiệu đúng dạng "Số: 05/KH-UBND" (Nghị định 30, Phụ lục I, Ô 3).',
  onAttachments: true,
  check(doc) {
    const text = doc.header.soKyHieu;
    if (text === '') return []; // a document without a number (báo cáo thành tích cá nhân)
    if (PATTERN.test(text) && !/\s-|-\s/.test(text)) return [];
    return [{ message: `"${text}" không đúng dạng số, ký hiệu. Cần "Số: 05/KH-UBND": số có ít nhất hai chữ số, "/" rồi ký hiệu, các nhóm nối bằng "-" không có dấu cách.`, field: ['ky_hieu'] }];
  },
};
