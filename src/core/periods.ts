/**
 * Dated values of the registry: a list of periods (tu_ngay … den_ngay), written oldest first, that follow
 * one another without a gap or an overlap. The first may leave out tu_ngay (from always), the last
 * den_ngay (until further notice); between two periods one of the two dates is enough.
 */
import type { Path } from './source.ts';
import { isRealDate } from './dates.ts';

export interface RawPeriod {
  tu_ngay?: unknown;
  den_ngay?: unknown;
}

/** A period's bounds as ISO dates, given or read from its neighbour; undefined: open. */
export interface Bounds {
  from?: string;
  to?: string;
}

export interface PeriodProblem {
  /** Path inside the list: [index] or [index, field]. */
  path: Path;
  message: string;
}

/** `2026-07-01` → `01/07/2026`. */
export const displayDate = (iso: string): string => iso.split('-').reverse().join('/');

const DAY = 86_400_000;
const shift = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
export const dayAfter = (iso: string): string => shift(iso, 1);
const dayBefore = (iso: string): string => shift(iso, -1);

/** A real `YYYY-MM-DD` (the schema has checked the form). */
function realDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const [year, month, day] = value.split('-').map(Number);
  return isRealDate(year, month, day) ? value : undefined;
}

/** The problems of a list of periods; none means `boundsOf` reads it without doubt. */
export function checkPeriods(list: readonly RawPeriod[]): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  const dates = list.map((p, i) => {
    const bounds: Bounds = {};
    for (const [field, key] of [['tu_ngay', 'from'], ['den_ngay', 'to']] as const) {
      const value = p[field];
      if (value === undefined) continue;
      const real = realDate(value);
      if (real) bounds[key] = real;
      else problems.push({ path: [i, field], message: `ngày "${String(value)}" không có thật. Ghi ngày có thật, dạng NĂM-THÁNG-NGÀY, ví dụ 2026-06-30.` });
    }
    if (bounds.from && bounds.to && bounds.from > bounds.to) {
      problems.push({
        path: [i, 'tu_ngay'],
        message: `giai đoạn bắt đầu ngày ${displayDate(bounds.from)} (tu_ngay), sau ngày kết thúc ${displayDate(bounds.to)} (den_ngay). Sửa lại để tu_ngay không muộn hơn den_ngay.`,
      });
    }
    return bounds;
  });
  if (problems.length > 0) return problems;
  for (let i = 1; i < list.length; i++) problems.push(...boundary(dates[i - 1], dates[i], i));
  return problems;
}

/** Where period `i - 1` ends and period `i` starts. */
function boundary(before: Bounds, after: Bounds, i: number): PeriodProblem[] {
  if (before.to === undefined && after.from === undefined) {
    return [{ path: [i], message: 'không rõ giai đoạn trước kết thúc và giai đoạn này bắt đầu từ ngày nào. Ghi den_ngay cho giai đoạn trước, hoặc tu_ngay cho giai đoạn này.' }];
  }
  // One date for the two: the other is the day before or after; each period must keep a day.
  const outOfOrder = before.to === undefined ? before.from !== undefined && before.from >= after.from! : after.to !== undefined && after.to <= before.to;
  if (outOfOrder) {
    return [{ path: [i], message: 'giai đoạn này không ở sau giai đoạn trước. Viết các giai đoạn theo thứ tự thời gian, cũ trước, mới sau, rồi kiểm tra lại tu_ngay và den_ngay.' }];
  }
  if (before.to === undefined || after.from === undefined) return [];
  const expected = dayAfter(before.to);
  if (after.from === expected) return [];
  const fix = `Giai đoạn này phải bắt đầu ngày ${displayDate(expected)}, ngay sau ngày kết thúc của giai đoạn trước: sửa tu_ngay của giai đoạn này, hoặc den_ngay của giai đoạn trước (các giai đoạn viết theo thứ tự thời gian, cũ trước).`;
  if (after.from < expected) {
    return [{ path: [i, 'tu_ngay'], message: `giai đoạn này bắt đầu ngày ${displayDate(after.from)}, khi giai đoạn trước (đến ngày ${displayDate(before.to)}) chưa kết thúc: hai giai đoạn chồng lên nhau. ${fix}` }];
  }
  return [{ path: [i, 'tu_ngay'], message: `từ ngày ${displayDate(expected)} đến ngày ${displayDate(dayBefore(after.from))} không thuộc giai đoạn nào (giai đoạn trước kết thúc ngày ${displayDate(before.to)}, giai đoạn này bắt đầu ngày ${displayDate(after.from)}). ${fix}` }];
}

/** The bounds of each period of a list `checkPeriods` found sound, an open bound read from the neighbour's. */
export function boundsOf(list: readonly RawPeriod[]): Bounds[] {
  return list.map((p, i) => ({
    from: (p.tu_ngay as string | undefined) ?? (i > 0 && list[i - 1].den_ngay ? dayAfter(list[i - 1].den_ngay as string) : undefined),
    to: (p.den_ngay as string | undefined) ?? (i < list.length - 1 && list[i + 1].tu_ngay ? dayBefore(list[i + 1].tu_ngay as string) : undefined),
  }));
}

export const covers = (b: Bounds, iso: string): boolean => (b.from === undefined || b.from <= iso) && (b.to === undefined || iso <= b.to);

/** `từ 01/07/2026 đến 31/12/2026`, `đến 30/06/2026`, `từ 01/07/2026`, `mọi ngày`. */
export function describeBounds(b: Bounds): string {
  const parts = [b.from && `từ ${displayDate(b.from)}`, b.to && `đến ${displayDate(b.to)}`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'mọi ngày';
}
