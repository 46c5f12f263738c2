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
