import type { Rule } from './rule.ts';
import { fitHeader } from '../../layout/header-fit.ts';
import { MM_PER_PT, textWidthMm, PT_PER_MM } from '../../layout/nd30.ts';

/** A header line wider than its column, even fitted, wraps where Word decides; the author should break it. */
export const dongPhanDau: Rule = {
  id: 'dong-phan-dau',
  severity: 'canh-bao',
  description: 'Mỗi dòng tên cơ quan ở phần đầu phải vừa cột trái (đã nới rộng và giảm cỡ chữ đến 12 pt); dòng dài quá thì chia thành nhiều dòng trong danh mục cơ quan.',
  onAttachments: true,
  check(doc, { fonts }) {
    const fit = fitHeader(doc.header, textWidthMm() * PT_PER_MM, fonts);
    const column = fit.leftPt * MM_PER_PT;
    return fit.overflow
      .filter((line) => line.style !== 'SoKyHieu')
      .map(({ text }) => ({
        message: `dòng "${text}" dài quá cột ${column.toFixed(1)} mm của phần đầu (kể cả khi đặt cỡ chữ 12 pt) nên sẽ tự xuống dòng. Chia tên cơ quan thành nhiều dòng trong danh mục cơ quan, ví dụ ten: [BAN THI ĐUA - KHEN THƯỞNG, TRUNG ƯƠNG].`,
        field: ['co_quan'],
      }));
  },
};
