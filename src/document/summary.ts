/**
 * A document in one line of a listing (the index page, the build manifest): its loại, số/ký hiệu, date,
 * trích yếu and signers as staff say them. Plain strings and booleans only, so it is JSON as it is.
 */
import { twoDigits, type PartialDate } from '../core/dates.ts';
import type { Document } from './types.ts';

export interface DocumentSummary {
  /** Loại as staff say it: `Kế hoạch`, `Quyết định`, `Báo cáo thành tích`, `Công văn`. */
  kind: string;
  /** Số/ký hiệu as printed, `05/KH-UBND`; '' when the number is not assigned yet or the document has none. */
  number: string;
  /** `10/12/2025`; a date without day or month as `07/2023` or `2023`. */
  date: string;
  /** Trích yếu as one line; for a công văn its `V/v …` text. */
  title: string;
  /** Họ tên of the signers, joined with `, `; '' on a blank form. */
  signer: string;
  /** `du_thao`. */
  draft: boolean;
  /** `da_ban_hanh`: the document has been issued. */
  issued: boolean;
}

const SO_PREFIX = 'Số: ';

export function summaryOf(doc: Document): DocumentSummary {
  return {
    kind: kindOf(doc),
    number: doc.info.number === undefined || !doc.header.soKyHieu.startsWith(SO_PREFIX) ? '' : doc.header.soKyHieu.slice(SO_PREFIX.length),
    date: shortDate(doc.info.date),
    title: oneLine(doc.title.tenLoai === undefined ? doc.header.vvTrichYeu : doc.title.trichYeu),
    signer: doc.closing.signers.flatMap((s) => (s.name ? [s.name] : [])).join(', '),
    draft: doc.info.draft,
    issued: doc.info.issued === true,
  };
}

/** `BÁO CÁO THÀNH TÍCH` → `Báo cáo thành tích`; a công văn has no tên loại. */
function kindOf(doc: Document): string {
  const name = doc.title.tenLoai;
  if (name === undefined) return 'Công văn';
  const lower = oneLine([name]).toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

const oneLine = (lines: string[]): string => lines.join(' ').replace(/\s+/g, ' ').trim();

function shortDate(date: PartialDate): string {
  const parts = [date.day, date.month].filter((n): n is number => n !== undefined).map(twoDigits);
  return [...parts, String(date.year)].join('/');
}
