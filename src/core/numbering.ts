/** Numbering of the body hierarchy: Roman numerals, the Vietnamese letter sequence, label patterns. */

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 → IV; past 3999 the thousands repeat (4000 → MMMM), as no body has that many parts. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Không viết được số La Mã cho ${n}`);
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** The điểm letters of Nghị định 30: no f, j, w, z; đ after d. */
export const VIETNAMESE_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** 1 → a, 5 → đ, 10 → k; past y it doubles (aa, bb …) as Word does. */
export function toVietnameseLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Không có chữ cái thứ tự cho ${n}`);
  const count = VIETNAMESE_LETTERS.length;
  const letter = VIETNAMESE_LETTERS[(n - 1) % count];
  return letter.repeat(Math.floor((n - 1) / count) + 1);
}

/**
 * A label pattern is how one level is numbered, written as its first label:
 * `I.` Roman, `1.` or `1)` Arabic, `a)` or `a.` letters, `1.1.` parent number + own number,
 * `Điều 1.` with a fixed word before. `-` or `+` means a bullet instead of a number.
 */
export type LabelPattern = string;

const TOKEN = /(I|1|a)(?![\p{L}\d])/gu;

/** Renders `pattern` for counter `n`; `parent` is the number of the level above (for `1.1.`). */
export function formatLabel(pattern: LabelPattern, n: number, parent = 0): string {
  if (pattern === '-' || pattern === '+') return pattern;
  const tokens = [...pattern.matchAll(TOKEN)];
  if (tokens.length === 0) throw new Error(`Mẫu đánh số "${pattern}" không có chỗ cho số (I, 1 hoặc a)`);
  const last = tokens.length - 1;
  let i = -1;
  return pattern.replace(TOKEN, (token) => {
    i++;
    const value = i === last ? n : parent;
    if (token === 'I') return toRoman(value);
    if (token === 'a') return toVietnameseLetter(value);
    return String(value);
  });
}

export function isValidPattern(pattern: string): boolean {
  if (pattern === '-' || pattern === '+') return true;
  const tokens = [...pattern.matchAll(TOKEN)];
  return tokens.length >= 1 && tokens.length <= 2;
}

/** A number the author typed at the start of a heading: `I.`, `2.`, `a)`, `đ.`, `2.1.`, `Phần I`, `Điều 3.` */
const HAND_LABEL =
  /^(?:(?:Phần|Chương|Mục|Điều)\s+[\dIVXLC]+\.?|[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ][.)])(?=\s|$)/u;

export function handwrittenLabel(text: string): string | undefined {
  return HAND_LABEL.exec(text.trimStart())?.[0];
}

const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function fromRoman(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUE[roman[i]];
    const next = ROMAN_VALUE[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The number a typed label stands for: `IV.` → 4, `2.1.` → 1, `đ)` → 5, `Điều 3.` → 3. */
export function labelValue(label: string): number | undefined {
  const core = label.replace(/^(?:Phần|Chương|Mục|Điều)\s+/u, '').replace(/[.)]$/, '');
  const last = core.split('.').at(-1) ?? '';
  if (/^\d+$/.test(last)) return Number(last);
  if (/^[IVXLC]+$/.test(last)) return fromRoman(last);
  const letter = VIETNAMESE_LETTERS.indexOf(last);
  return letter === -1 ? undefined : letter + 1;
}
