/** The date forms of Nghị định 30 and the số, ký hiệu line. */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** `2023-07-10` → { year, month, day }; also `2023-07` and `2023`. */
export function parsePartialDate(value: string | number): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value));
  if (!m) return undefined;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** Numbers below 10 take a leading zero: `05`. */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** Day < 10 and months 1, 2 take a leading zero; months 3–12 do not. */
export const formatDay = (day: number): string => twoDigits(day);
export const formatMonth = (month: number): string => (month <= 2 ? twoDigits(month) : String(month));

/** Blank space left for the văn thư to write a day or month by hand. */
export const BLANK_DAY = '    ';

/** `ngày 05 tháng 01 năm 2020`; missing day or month are left blank for the văn thư. */
export function formatDateWords(date: PartialDate): string {
  const day = date.day ? formatDay(date.day) : BLANK_DAY;
  const month = date.month ? formatMonth(date.month) : BLANK_DAY;
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** Ô 4: `Cao Bằng, ngày 29 tháng 6 năm 2023`. */
export const formatPlaceDate = (place: string, date: PartialDate): string => `${place}, ${formatDateWords(date)}`;

/** Running-text form: `07/12/2023`, `10/01/2025`. */
export function formatShortDate(date: PartialDate): string {
  if (!date.day || !date.month) throw new Error('Ngày viết tắt cần đủ ngày, tháng, năm');
  return `${twoDigits(date.day)}/${twoDigits(date.month)}/${date.year}`;
}

/** Blank space for a number assigned at issuance. */
export const BLANK_NUMBER = '      ';

/** `Số: 05/KH-UBND`; without a number `Số:      /KH-UBND`. Công văn: `Số: 12/UBND-VX`. */
export function formatSoKyHieu(kyHieu: string, number?: number): string {
  return `Số: ${number === undefined ? BLANK_NUMBER : twoDigits(number)}/${kyHieu}`;
}

/** Ký hiệu: `<type>-<cơ quan>` or, for a công văn, `<cơ quan>-<đơn vị soạn thảo>`. */
export function buildKyHieu(parts: { type?: string; agency: string; unit?: string }): string {
  return [parts.type, parts.agency, parts.unit].filter((p) => p).join('-');
}

/** `2025-12-15` from a partial date; a draft without day or month counts from the first day. */
export function isoDate(date: PartialDate): string {
  return `${date.year}-${twoDigits(date.month ?? 1)}-${twoDigits(date.day ?? 1)}`;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days of a month of the Gregorian calendar, for any year (Date.UTC reads years 0–99 as 1900–1999). */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** The first year a document of this state can bear (2 September 1945). */
export const FIRST_YEAR = 1945;
