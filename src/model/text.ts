/** Small text helpers shared by the model builder and the content computations. */

/** A field that may be one string or a list of lines → its non-empty lines. */
export const lines = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()).filter(Boolean);

/** IN HOA with Vietnamese case rules. */
export const upper = (text: string): string => text.toLocaleUpperCase('vi');
