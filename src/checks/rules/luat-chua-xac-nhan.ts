import { formatShortDate, parsePartialDate } from '../../core/dates.ts';
import type { UnconfirmedLaw } from '../../document/types.ts';
import type { Rule } from './rule.ts';

const message = (u: UnconfirmedLaw): string =>
  `văn bản dùng giá trị luật chưa được xác nhận: ${u.what} ${u.value}, áp dụng từ ngày ${formatShortDate(parsePartialDate(u.from)!)} theo ${u.source}` +
  ` (tệp ${u.file}, dòng ${u.line}: ${u.flag}: false). Đối chiếu văn bản gốc trước khi ban hành; khi đã đúng, sửa thành ${u.flag}: true trong tệp đó.`;

/** A law value marked unconfirmed in data/_chung must not reach a document silently. */
export const luatChuaXacNhan: Rule = {
  id: 'luat-chua-xac-nhan',
  severity: 'canh-bao',
  onAttachments: true,
  description: 'Văn bản dùng giá trị luật chưa được xác nhận (da_xac_nhan: false): lương cơ sở, hệ số tiền thưởng, ngưỡng biểu quyết.',
  check: (doc) => (doc.unconfirmedLaw ?? []).map((u) => ({ message: message(u), field: u.field })),
};
