/**
 * A record's values as the form writes them, for the fields the form uses: text as given (leading zeros
 * kept), dates dd/mm/yyyy, conditions true or false, award codes as names, lists row by row. A value the
 * form needs and the record lacks is a fault, unless the field may be left blank or is written ''.
 */
import { isRealDate, twoDigits } from '../../core/dates.ts';
import type { Path } from '../../core/source.ts';
import { nfc } from '../../core/text.ts';
import { isList, type FieldKind } from './fields.ts';
import type { UsedFields } from './tags.ts';
import { paragraphPlace } from './paragraphs.ts';

export interface ValueFault {
  /** The field in the record: `['ngay_sinh']`, `['lich_su_khen_thuong', 2, 'ngay']`. */
  path: Path;
  message: string;
}

export interface ValueOptions {
  formPath: string;
  /** Fields that may be missing (written blank): `ngay_sinh`, or `lich_su_khen_thuong.co_quan` for a row field. */
  blank: ReadonlySet<string>;
  /** The name of an award written as a catalogue code (or as staff write it); undefined leaves it as written. */
  awardName?: (written: string) => string | undefined;
}

export type FormData = Record<string, unknown>;

const shown = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** `2023-07-10`, `10/7/2023`, `10-07-2023`, `2023-07`, `2023` or a Date → `10/07/2023`, `07/2023`, `2023`. */
export function formatFormDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return `${twoDigits(value.getUTCDate())}/${twoDigits(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  const text = String(value).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = m ? [m[3], m[2], m[1]] : (m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)) ? [m[1], m[2], m[3]] : undefined;
  if (parts) {
    const [day, month, year] = parts.map(Number);
    return isRealDate(year, month, day) ? `${twoDigits(day)}/${twoDigits(month)}/${year}` : undefined;
  }
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(text)) || (m = /^(\d{1,2})\/(\d{4})$/.exec(text))) {
    const [month, year] = text.includes('-') ? [Number(m[2]), m[1]] : [Number(m[1]), m[2]];
    return month >= 1 && month <= 12 ? `${twoDigits(month)}/${year}` : undefined;
  }
  return /^\d{4}$/.test(text) ? text : undefined;
}

const YES = new Set(['có', 'co', 'x', 'true']);
const NO = new Set(['không', 'khong', '', 'false']);

export function formValues(used: UsedFields, record: Record<string, unknown>, options: ValueOptions, at: Path = [], listName = ''): { data: FormData; faults: ValueFault[] } {
  const data: FormData = {};
  const faults: ValueFault[] = [];
  for (const [name, use] of used) {
    const path = [...at, name];
    const tag = `{${isList(use.kind) ? '#' : ''}${name}}`;
    const where = `(mẫu ${options.formPath}, ${paragraphPlace(use.paragraph)})`;
    const fault = (message: string) => faults.push({ path, message: `thẻ ${tag} ${where}: ${message}` });
    const value = record[name];
    if (value === undefined || value === null) {
      const blankKey = listName ? `${listName}.${name}` : name;
      if (options.blank.has(blankKey)) data[name] = isList(use.kind) ? [] : use.kind === 'bool' ? false : '';
      else fault(`thiếu giá trị. Ghi giá trị vào đó; nếu được để trống, ghi giá trị rỗng ('') hoặc thêm "${blankKey}" vào danh sách trường được để trống.`);
      continue;
    }
    if (isList(use.kind)) {
      if (!Array.isArray(value)) {
        fault(`cần một danh sách các dòng, nhưng gặp "${shown(value)}".`);
        continue;
      }
      const rows: FormData[] = [];
      value.forEach((row, i) => {
        if (typeof row !== 'object' || row === null || Array.isArray(row)) {
          faults.push({ path: [...path, i], message: `thẻ ${tag} ${where}: dòng ${i + 1} cần các trường (${[...use.item!.keys()].join(', ')}), nhưng gặp "${shown(row)}".` });
          return;
        }
        const inner = formValues(use.item!, row as Record<string, unknown>, options, [...path, i], name);
        rows.push(inner.data);
        faults.push(...inner.faults);
      });
      data[name] = rows;
      continue;
    }
    const converted = convert(use.kind, value, options);
    if (converted.fault) fault(converted.fault);
    else data[name] = converted.value;
  }
  return { data, faults };
}

function convert(kind: Exclude<FieldKind, { list: unknown }>, value: unknown, options: ValueOptions): { value?: string | boolean; fault?: string } {
  if (typeof value === 'object' && !(value instanceof Date)) return { fault: `cần một giá trị, nhưng gặp "${shown(value)}".` };
  if (kind === 'bool') {
    if (typeof value === 'boolean') return { value };
    const text = nfc(String(value)).trim().toLocaleLowerCase('vi');
    if (YES.has(text)) return { value: true };
    if (NO.has(text)) return { value: false };
    return { fault: `"${shown(value)}" không phải có/không. Ghi "có" hoặc "không".` };
  }
  if (value === '') return { value: '' };
  if (kind === 'date' || value instanceof Date) {
    const date = formatFormDate(value);
    return date === undefined ? { fault: `"${shown(value)}" không phải ngày có thật. Ghi ngày dạng ngày/tháng/năm, ví dụ 07/12/1980.` } : { value: date };
  }
  if (typeof value === 'boolean') return { value: value ? 'có' : 'không' };
  const text = nfc(String(value));
  return { value: kind === 'award' ? (options.awardName?.(text) ?? text) : text };
}
