/**
 * Line breaking. Runs are cut into words at spaces (a word may mix fonts, e.g. a bold label glued to
 * upright text); lines are filled greedily, as Word does. The layout plan measures lines with it, and
 * the PDF writer sets its paragraphs with it.
 */
import type { Run } from '../core/run.ts';
import LineBreaker from 'linebreak';
import { variantOf, type FontVariant, type Fonts } from './fonts.ts';

/** Superscript and subscript size and baseline shift, as fractions of the font size (Word's look). */
const SCRIPT_SIZE = 0.65;
const SUP_RISE = 0.35;
const SUB_DROP = 0.14;
/**
 * A word fits when the line stays this far inside the margin. LibreOffice lays lines out in twips
 * (1/20 pt): measured on the samples, a line 0.002 pt inside the margin did not fit there, one 0.05 pt
 * inside did.
 */
const FIT_MARGIN = 0.025;

export interface BaseFont {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
}

export interface WordPart {
  text: string;
  variant: FontVariant;
  sizePt: number;
  rise: number;
  width: number;
  underline?: boolean;
}

export interface Word {
  parts: WordPart[];
  width: number;
  /** The spaces after the word ('' when nothing separates it from the next one) and their width. */
  space: string;
  spaceWidth: number;
  /** A manual line break follows the word. */
  breakAfter: boolean;
}

export interface Line {
  words: Word[];
  /** Natural width: the words and the spaces between them. */
  width: number;
  /** Width available to the line (after indents). */
  available: number;
  /** Indent of the line from the left edge of the paragraph. */
  indent: number;
  /** The paragraph's last line or a line ended by a manual break: never justified. */
  isLast: boolean;
}

interface RunFont {
  variant: FontVariant;
  sizePt: number;
  rise: number;
  underline?: boolean;
}

function runFont(run: Run, base: BaseFont): RunFont {
  const variant = variantOf(run.bold ?? base.bold, run.italic ?? base.italic);
  if (run.sup) return { variant, sizePt: base.sizePt * SCRIPT_SIZE, rise: base.sizePt * SUP_RISE, underline: run.underline };
  if (run.sub) return { variant, sizePt: base.sizePt * SCRIPT_SIZE, rise: -base.sizePt * SUB_DROP, underline: run.underline };
  return { variant, sizePt: base.sizePt, rise: 0, underline: run.underline };
}

/**
 * Cuts runs into words: the pieces between the line-break opportunities of the Unicode line-breaking
 * algorithm (UAX #14, as LibreOffice and Word find them: after spaces, after the hyphen of `NĐ-CP`,
 * after the slash of `152/2025/NĐ-CP`). A word may mix fonts (a bold label glued to upright text).
 * Spaces are kept as typed (a draft's `Số:      /KH-UBND` needs its blank); a space takes the width of
 * its own run's font. Spaces at the start of a paragraph are dropped.
 */
export function toWords(runs: Run[], base: BaseFont, fonts: Fonts): Word[] {
  const words: Word[] = [];
  let parts: WordPart[] = [];
  const finishWord = (space = '', font?: RunFont, breakAfter = false): void => {
    const spaceWidth = font && space ? fonts.width(space, font.sizePt, font.variant) : 0;
    const last = words.at(-1);
    if (parts.length > 0) {
      words.push({ parts, width: parts.reduce((sum, p) => sum + p.width, 0), space, spaceWidth, breakAfter });
      parts = [];
    } else if (last && !last.breakAfter) {
      last.space += space;
      last.spaceWidth += spaceWidth;
      last.breakAfter = breakAfter;
    } else if (breakAfter) {
      words.push({ parts: [], width: 0, space: '', spaceWidth: 0, breakAfter: true });
    }
  };
  const opportunities = breakOpportunities(runs.map((r) => r.text).join(''));
  let offset = 0;
  for (const run of runs) {
    const font = runFont(run, base);
    for (const token of run.text.match(/[ \t\n\v\f]+|[^ \t\n\v\f]+/g) ?? []) {
      if (/^[ \t\n\v\f]/.test(token)) {
        if (/[\n\v\f]/.test(token)) finishWord('', font, true);
        else finishWord(token.replace(/\t/g, ' '), font);
      } else {
        for (const piece of piecesAt(token, offset, opportunities)) {
          if (piece.breakBefore && parts.length > 0) finishWord();
          parts.push({ text: piece.text, ...font, width: fonts.width(piece.text, font.sizePt, font.variant) });
        }
      }
      offset += token.length;
    }
    if (run.breakAfter) finishWord('', font, true);
  }
  finishWord();
  return words;
}

/**
 * The offsets (UTF-16) at which UAX #14 allows a line to break. Like ICU (LibreOffice), a number with
 * its slashes stays glued to the letters after it: `152/2025/NĐ-CP` may break after `NĐ-`, never after
 * `2025/`.
 */
export function breakOpportunities(text: string): Set<number> {
  // Most paragraphs pass the first test; only those with a dash are copied without their spaced dashes.
  if (!BREAKABLE_INSIDE_WORDS.test(text) || !BREAKABLE_INSIDE_WORDS.test(text.replace(SPACED_DASH, ''))) return new Set();
  return uaxBreakOpportunities(text);
}

/** The line-break opportunities as UAX #14 finds them, slashes after numbers aside (breakOpportunities without its shortcut). */
export function uaxBreakOpportunities(text: string): Set<number> {
  const breaker = new LineBreaker(text);
  const offsets = new Set<number>();
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (!NUMBER_BEFORE_LETTER.test(text.slice(Math.max(0, next.position - 2), next.position + 1))) offsets.add(next.position);
  }
  return offsets;
}

const NUMBER_BEFORE_LETTER = /^\d[/.,:]\p{L}$/u;

/**
 * Text of Latin letters, digits and the punctuation between which UAX #14 does not break (. , ; : ( ) [ ]
 * % quotes, no-break space), but for four pairs (`.(`, `)(`, `.%`, `%%`, with or without marks between): its only breaks are after
 * spaces, which toWords cuts at anyway. Most paragraphs are such text, and the full algorithm costs more
 * than the rest of their layout. The pattern finds one character that is not such text: one matching the
 * whole text overflowed the stack on a paragraph of 10 MB. Other scripts (ideographs break between any
 * two) take the full algorithm.
 */
const BREAKABLE_INSIDE_WORDS = /[^\p{Script=Latin}\p{M}0-9 \t\n\v\f\u00a0.,;:()[\]%'"“”‘’]|[.,;:)\]]\p{M}*[([]|[.,;:%]\p{M}*%/u;

/**
 * A hyphen or en dash between spaces (`Độc lập - Tự do - Hạnh phúc`, with the space before it a no-break
 * one once glued: withGluedDashes) is a word of its own: UAX #14 allows no break inside it, and one
 * after the spaces around it, where toWords cuts anyway. So it does not call for the full algorithm,
 * which the national motto of every document's header would otherwise run (and load) each time.
 */
const SPACED_DASH = /(?<=^|[ \t\n\v\f\u00a0])[-–](?=[ \t\n\v\f]|$)/g;

/** A run's text without spaces, cut where a line may break inside it (or before it: `breakBefore`). */
function piecesAt(token: string, offset: number, opportunities: Set<number>): { text: string; breakBefore: boolean }[] {
  const cuts = [0];
  for (let i = 1; i < token.length; i++) if (opportunities.has(offset + i)) cuts.push(i);
  return cuts.map((cut, i) => ({ text: token.slice(cut, cuts[i + 1]), breakBefore: i > 0 || opportunities.has(offset) }));
}

/** Splits a word too wide for any line into pieces that fit (long URLs, numbers without spaces). */
function splitWideWord(word: Word, available: number, fonts: Fonts): Word[] {
  const pieces: Word[] = [];
  let parts: WordPart[] = [];
  let width = 0;
  const flush = (): void => {
    pieces.push({ parts, width, space: '', spaceWidth: 0, breakAfter: false });
    parts = [];
    width = 0;
  };
  for (const part of word.parts) {
    for (const char of part.text) {
      const charWidth = fonts.width(char, part.sizePt, part.variant);
      if (width + charWidth > available && width > 0) flush();
      const last = parts.at(-1);
      if (last && last.variant === part.variant && last.sizePt === part.sizePt && last.rise === part.rise) {
        last.text += char;
        last.width += charWidth;
      } else {
        parts.push({ ...part, text: char, width: charWidth });
      }
      width += charWidth;
    }
  }
  flush();
  const lastPiece = pieces[pieces.length - 1];
  lastPiece.space = word.space;
  lastPiece.spaceWidth = word.spaceWidth;
  lastPiece.breakAfter = word.breakAfter;
  return pieces;
}

export interface LineBox {
  width: number;
  firstLineIndent?: number;
  /** Indent of every line (a hanging list), added to the first-line indent on the first line. */
  leftIndent?: number;
}

/**
 * Greedy (first-fit) line breaking, as Word and LibreOffice fill lines: a word goes on the line when it
 * fits, so a spaced dash (`kinh tế - xã hội`) stays at the end of a line rather than starting the next
 * one as if it were a bullet.
 */
export function breakLines(words: Word[], box: LineBox, fonts: Fonts): Line[] {
  const lines: Line[] = [];
  const indentOf = (lineIndex: number): number => (box.leftIndent ?? 0) + (lineIndex === 0 ? box.firstLineIndent ?? 0 : 0);
  let current: Line | undefined;
  const newLine = (): Line => {
    const indent = indentOf(lines.length);
    const line: Line = { words: [], width: 0, available: box.width - indent, indent, isLast: false };
    lines.push(line);
    return line;
  };
  for (const word of words) {
    const candidates = word.width > box.width - indentOf(1) ? splitWideWord(word, box.width - indentOf(1), fonts) : [word];
    for (const candidate of candidates) {
      current ??= newLine();
      const previous = current.words.at(-1);
      const widthWith = previous ? current.width + previous.spaceWidth + candidate.width : candidate.width;
      if (previous && widthWith > current.available - FIT_MARGIN) {
        current = newLine();
        current.words.push(candidate);
        current.width = candidate.width;
      } else {
        current.words.push(candidate);
        current.width = widthWith;
      }
      if (candidate.breakAfter) {
        current.isLast = true;
        current = undefined;
      }
    }
  }
  if (lines.length === 0) newLine();
  lines[lines.length - 1].isLast = true;
  return lines;
}
