/**
 * Characters the fonts lack. The PDF is set in Tinos alone: a character Tinos has no glyph for would
 * come out as an empty box, where Word and a browser take it from another font. The check rule
 * `ky-tu-ngoai-phong` names such characters in the data; the PDF writer refuses to draw one.
 */
import { codePointOf, NOT_XML } from '../core/text.ts';
import type { Fonts } from './fonts.ts';

/** What the writers turn into a space or a line break, never drawn as a glyph. */
const NOT_DRAWN = new Set(['\t', '\n', '\v', '\f']);

/** The distinct characters of `text` the fonts have no glyph for, in order of first appearance. */
export function missingCharacters(text: string, fonts: Fonts): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (!NOT_DRAWN.has(char) && !missing.has(char) && !fonts.covers(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}

/** Re-exported for the writers, which depend on the layout module and the plan only. */
export { codePointOf, NOT_XML };

/** Controls, lone surrogates and non-characters: invisible, nothing to print. */
const INVISIBLE = /^(?:[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF])$/;

/** `"☐" (U+2610)`; an invisible character by its code alone. */
export const describeCharacter = (char: string): string => (INVISIBLE.test(char) ? `ký tự điều khiển ${codePointOf(char)}` : `ký tự "${char}" (${codePointOf(char)})`);

/** Replacements Tinos has, for symbols often typed or pasted into forms (a test checks that Tinos has each). */
export const REPLACEMENTS: Record<string, string> = {
  '☐': '□',
  '☑': '■',
  '☒': '■',
  '✓': 'x',
  '✔': 'x',
  '✅': 'x',
  '✗': 'x',
  '✘': 'x',
  '✕': 'x',
  '❌': 'x',
  '★': '*',
  '☆': '*',
  '❖': '-',
  '➢': '-',
  '➤': '-',
  '▶': '-',
  '▸': '-',
  '▷': '-',
  '⇒': '→',
  '⇨': '→',
  '➔': '→',
};

/** What to do about a character the fonts lack. */
export function replacementAdvice(char: string): string {
  const replacement = REPLACEMENTS[char];
  if (replacement) return `Thay bằng "${replacement}" (${codePointOf(replacement)}).`;
  if (INVISIBLE.test(char)) return 'Ký tự này không nhìn thấy (thường lẫn vào khi chép từ Word hay trang web): xóa nó.';
  return 'Thay bằng chữ, số hay dấu câu thường dùng, hoặc xóa ký tự này.';
}

/** Thrown by the PDF writer rather than print a box in place of a character. */
export class MissingGlyphError extends Error {
  constructor(characters: string[], line: string) {
    const advice = characters.length === 1 ? replacementAdvice(characters[0]) : characters.map((c) => `${describeCharacter(c)}: ${replacementAdvice(c)}`).join(' ');
    super(
      `phông Tinos của PDF không có ${characters.map(describeCharacter).join(', ')} (dòng "${line.trim()}"); PDF sẽ mất ký tự này nên không được tạo. ${advice} ` +
        'Muốn giữ ký tự này thì chỉ tạo DOCX và HTML (--dinh-dang=docx,html): Word và trình duyệt lấy nó từ phông khác.',
    );
    this.name = 'MissingGlyphError';
  }
}
