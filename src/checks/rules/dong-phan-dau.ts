import type { Rule } from './rule.ts';
import { HEADER, textWidthMm, type StyleId } from '../../layout/nd30.ts';

/** A header line wider than its column wraps where Word decides; the author should break it. */
export const dongPhanDau: Rule = {
  id: 'dong-phan-dau',
  severity: 'canh-bao',
  description: 'Mỗi dòng tên cơ quan ở phần đầu phải vừa cột trái; dòng dài quá thì chia thành nhiều dòng trong danh mục cơ quan.',
  onAttachments: true,
  check(doc, { fonts }) {
    const widthMm = (text: string, style: StyleId) => fonts.styledWidthMm(text, style);
    const column = textWidthMm() * HEADER.leftFraction;
    const lines: [string, StyleId][] = [
      ...doc.header.coQuanChuQuan.map((l): [string, StyleId] => [l, 'CoQuanChuQuan']),
      ...doc.header.coQuanBanHanh.map((l): [string, StyleId] => [l, 'CoQuanBanHanh']),
    ];
    return lines
      .filter(([text, style]) => widthMm(text, style) > column)
      .map(([text, style]) => ({
        message: `dòng "${text}" rộng ${widthMm(text, style).toFixed(1)} mm, quá cột ${column.toFixed(1)} mm của phần đầu nên sẽ tự xuống dòng. Chia tên cơ quan thành nhiều dòng (ten: [dòng 1, dòng 2]) trong danh mục cơ quan.`,
        field: ['co_quan'],
      }));
  },
};
