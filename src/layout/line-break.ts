/**
 * Line breaking. Runs are cut into words at spaces (a word may mix fonts, e.g. a bold label glued to
 * upright text); lines are filled greedily, as Word does. The layout plan measures lines with it, and
 * the PDF writer sets its paragraphs with it.
 */
import type { Run } from '../core/run.ts';
import { variantOf, type FontVariant, type Fonts } from './fonts.ts';

/** Superscript and subscript size and baseline shift, as fractions of the font size (Word's look). */
const SCRIPT_SIZE = 0.65;
const SUP_RISE = 0.35;
const SUB_DROP = 0.14;
/** Widths are sums of floats: tolerate rounding noise when testing whether a word fits. */
const FIT_TOLERANCE = 0.01;

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
 * Cuts runs into words. Spaces are kept as typed (a draft's `Số:      /KH-UBND` needs its blank);
 * a space takes the width of its own run's font. Spaces at the start of a paragraph are dropped.
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
  for (const run of runs) {
    const font = runFont(run, base);
    for (const token of run.text.split(/([ \t\n]+)/)) {
      if (token === '') continue;
      if (/^[ \t\n]+$/.test(token)) {
        if (token.includes('\n')) finishWord('', font, true);
        else finishWord(token.replace(/\t/g, ' '), font);
      } else {
        parts.push({ text: token, ...font, width: fonts.width(token, font.sizePt, font.variant) });
      }
    }
    if (run.breakAfter) finishWord('', font, true);
  }
  finishWord();
  return words;
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

const LONE_DASH = /^[-–—]$/;
const isLoneDash = (word: Word): boolean => word.parts.length === 1 && LONE_DASH.test(word.parts[0].text);

const naturalWidth = (words: Word[]): number =>
  words.reduce((sum, w, i) => sum + w.width + (i > 0 ? words[i - 1].spaceWidth : 0), 0);

/**
 * Greedy (first-fit) line breaking. A spaced dash (`Thi đua - Khen thưởng`) never ends a line: it goes
 * down with the next word, where Word and LibreOffice put it too (and text extraction would take a
 * dash at the end of a line for a hyphenation and drop it).
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
      if (previous && widthWith > current.available + FIT_TOLERANCE) {
        const carried = isLoneDash(previous) && current.words.length > 1 ? current.words.splice(-1) : [];
        current.width = naturalWidth(current.words);
        current = newLine();
        current.words.push(...carried, candidate);
        current.width = naturalWidth(current.words);
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
