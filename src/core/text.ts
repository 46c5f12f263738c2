/** Small text helpers shared by the readers, the model builder and the content computations. */

export const nfc = (text: string): string => text.normalize('NFC');

/** Recursively normalises every string (keys and values) to NFC. */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map(deepNfc) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [nfc(k), deepNfc(v)])) as T;
  }
  return value;
}

/** A field that may be one string or a list of lines → its non-empty lines. */
export const lines = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()).filter(Boolean);

/** IN HOA with Vietnamese case rules. */
export const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** Lower case without marks, đ as d: `Họ và Tên` → `ho va ten` (how names written by hand are compared). */
export const withoutMarks = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/**
 * Characters XML 1.0 does not allow (a DOCX holding one is refused by Word): the C0 controls but tab,
 * line feed and carriage return; U+FFFE and U+FFFF; a surrogate without its pair. The readers take
 * them out of the data with a warning; the DOCX writer's `escapeXml` drops any that got through.
 * Global: use with `replace` or `matchAll` only.
 */
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What Word's Shift+Enter (U+000B) and page break (U+000C) become when text is copied out of Word. */
export const WORD_BREAKS = new Set(['\v', '\f']);

/** `U+000B`: a character by its code point. */
export const codePointOf = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
