/** Text measured the way the writers set it: line by line, with the fonts of the layout module. */
import type { Run } from '../core/run.ts';
import type { Fonts } from '../layout/fonts.ts';
import { breakLines, toWords } from '../layout/line-break.ts';
import { PT_PER_MM, type ParagraphStyle } from '../layout/nd30.ts';
import type { LineMetrics } from './types.ts';

/** Natural widths of the lines a paragraph of `runs` breaks into, in a column `widthPt` wide. */
export function lineWidths(runs: Run[], style: ParagraphStyle, widthPt: number, fonts: Fonts): number[] {
  const words = toWords(runs, style, fonts);
  const firstLineIndent = (style.firstLineIndentMm ?? 0) * PT_PER_MM;
  return breakLines(words, { width: widthPt, firstLineIndent }, fonts).map((line) => line.width);
}

/** The widest line of one-line-each texts (a title, a cơ quan name) set in `style`. */
export const widestLine = (texts: string[], style: ParagraphStyle, widthPt: number, fonts: Fonts): number =>
  Math.max(0, ...texts.flatMap((text) => lineWidths([{ text }], style, widthPt, fonts)));

/** The lines of text at `sizePt`: the font's natural ("single") line height times the line spacing. */
export function linesAt(sizePt: number, lineSpacing: number, fonts: Fonts): LineMetrics {
  const natural = fonts.lineHeight(sizePt);
  const heightPt = natural * lineSpacing;
  return { heightPt, baselinePt: heightPt - natural + fonts.ascent(sizePt) };
}

/**
 * A centred line too long for the column (a title) whose last line, filled greedily as a word processor
 * does, would hold a word or two alone ("…ỦY BAN NHÂN DÂN / TỈNH"): cut instead into as many lines,
 * at the spaces that make them as even as can be, never inside quotes or brackets when it can be
 * helped ("“CỜ THI ĐUA…”" stays whole). The writers set the cuts as manual line breaks, so Word and
 * LibreOffice show the same lines. Any other line is left to wrap as it does.
 */
export function balancedLines(text: string, style: ParagraphStyle, widthPt: number, fonts: Fonts): string[] {
  const greedy = lineWidths([{ text }], style, widthPt, fonts);
  const words = text.split(' ').filter(Boolean);
  if (greedy.length < 2 || greedy.at(-1)! >= widthPt * WIDOW_FRACTION || words.length < greedy.length) return [text];
  const space = fonts.styledWidth(' ', style);
  const ends = [0];
  for (const word of words) ends.push(ends.at(-1)! + fonts.styledWidth(word, style) + space);
  const width = (from: number, to: number): number => ends[to] - ends[from] - space;
  const cuts = evenestCuts(words.length, greedy.length, width, insideQuotes(words));
  const lines = cuts.slice(1).map((to, i) => words.slice(cuts[i], to).join(' '));
  return lines.every((l) => lineWidths([{ text: l }], style, widthPt, fonts).length === 1) ? lines : [text];
}

/** A last line shorter than this share of the column is a widow. */
const WIDOW_FRACTION = 1 / 3;

/** For each word index, whether a cut before that word falls inside quotes or brackets. */
function insideQuotes(words: string[]): boolean[] {
  let depth = 0;
  return words.map((word) => {
    const inside = depth > 0;
    for (const c of word) depth = Math.max(0, depth + ('“(['.includes(c) ? 1 : '”)]'.includes(c) ? -1 : 0));
    return inside;
  });
}

/**
 * Where to cut `n` words into `count` lines: the fewest cuts inside quotes, then the narrowest widest
 * line (the word indices that start each line, then `n`).
 */
function evenestCuts(n: number, count: number, width: (from: number, to: number) => number, inside: boolean[]): number[] {
  type Cost = [badCuts: number, widest: number];
  const better = (a: Cost, b: Cost): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  // best[k][j]: the cost of the first j words in k lines; from[k][j]: where its last line starts.
  const best: Cost[][] = Array.from({ length: count + 1 }, () => Array.from({ length: n + 1 }, (): Cost => [Infinity, Infinity]));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0][0] = [0, 0];
  for (let k = 1; k <= count; k++) {
    for (let j = k; j <= n; j++) {
      for (let i = k - 1; i < j; i++) {
        const before = best[k - 1][i];
        const candidate: Cost = [before[0] + (i > 0 && inside[i] ? 1 : 0), Math.max(before[1], width(i, j))];
        if (better(candidate, best[k][j])) {
          best[k][j] = candidate;
          from[k][j] = i;
        }
      }
    }
  }
  const cuts = [n];
  for (let k = count, j = n; k > 0; k--) cuts.unshift((j = from[k][j]));
  return cuts;
}
