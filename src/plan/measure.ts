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
