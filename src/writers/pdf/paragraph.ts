/** Paragraphs: lines set in a column, placed for drawing, and the chunks the paginator moves around. */
import type { Fonts } from '../../layout/fonts.ts';
import type { LayoutPlan } from '../../plan/types.ts';
import { breakLines, toWords, type Line } from '../../layout/line-break.ts';
import { LINES_AT_PAGE_BREAK, PT_PER_MM, styleOf, type Align } from '../../layout/nd30.ts';
import { printedRuns } from '../../plan/runs.ts';
import type { Paragraph } from '../../plan/types.ts';
import type { Chunk, DrawOp, Piece, PlacedText } from './ops.ts';

export interface LaidLine {
  height: number;
  /** Natural width of the text on the line. */
  textWidth: number;
  /** y relative to the top of the line. */
  ops: DrawOp[];
}

export interface LaidParagraph {
  lines: LaidLine[];
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
}

/** What setting text needs: the fonts to measure with, and the plan's line metrics of each style. */
export interface Typeset {
  fonts: Fonts;
  lines: LayoutPlan['lines'];
}

/** Lays a paragraph out in the column [left, left + width]. */
export function layoutParagraph(p: Paragraph, left: number, width: number, { fonts, lines: metrics }: Typeset): LaidParagraph {
  const style = styleOf(p.style);
  const words = toWords(printedRuns(p), p.size ? { ...style, sizePt: p.size.pt } : style, fonts);
  const firstLineIndent = p.indent?.firstLinePt ?? (style.firstLineIndentMm ?? 0) * PT_PER_MM;
  const lines = breakLines(words, { width, firstLineIndent, leftIndent: p.indent?.leftPt }, fonts);
  const { heightPt: height, baselinePt: baseline } = p.size?.line ?? metrics[p.style];
  const align = p.align ?? style.align;
  return {
    lines: lines.map((line) => {
      const texts = placeLine(line, align, left);
      return { height, textWidth: line.width, ops: [{ kind: 'text', y: baseline, texts }, ...underlines(texts, baseline)] };
    }),
    spaceBefore: style.spaceBeforePt ?? 0,
    spaceAfter: p.spaceAfterPt ?? style.spaceAfterPt ?? 0,
    keepWithNext: (style.keepWithNext ?? false) || p.keepWithNext === true,
  };
}

/** Places the words of a line from `left` (the paragraph's left edge), aligned as asked. */
export function placeLine(line: Line, align: Align, left: number): PlacedText[] {
  const slack = line.available - line.width;
  const gaps = line.words.slice(0, -1).filter((word) => word.space !== '').length;
  let offset = 0;
  let extraPerSpace = 0;
  if (align === 'center') offset = slack / 2;
  else if (align === 'right') offset = slack;
  else if (align === 'justify' && !line.isLast && gaps > 0 && slack > 0) extraPerSpace = slack / gaps;

  const placed: PlacedText[] = [];
  let x = left + line.indent + offset;
  line.words.forEach((word, index) => {
    const before = line.words[index - 1];
    if (before) x += before.spaceWidth + (before.space === '' ? 0 : extraPerSpace);
    word.parts.forEach((part, partIndex) => {
      const spaceBefore = index > 0 && partIndex === 0 ? line.words[index - 1].space : '';
      placed.push({ text: part.text, x, width: part.width, variant: part.variant, sizePt: part.sizePt, rise: part.rise, spaceBefore, underline: part.underline });
      x += part.width;
    });
  });
  return placed;
}

/** Underlines, running on through the spaces between underlined words (as Word draws them). */
function underlines(texts: PlacedText[], baseline: number): DrawOp[] {
  return texts.flatMap((t, i): DrawOp[] => {
    if (!t.underline) return [];
    const next = texts[i + 1];
    const x2 = next?.underline ? next.x : t.x + t.width;
    const y = baseline - t.rise + t.sizePt * 0.12;
    return [{ kind: 'line', x1: t.x, x2, y1: y, y2: y, weightPt: t.sizePt * 0.05 }];
  });
}

/**
 * One chunk a line. Widow/orphan control: a page may break inside the paragraph only where at least
 * LINES_AT_PAGE_BREAK lines stay on each side.
 */
export function paragraphPiece(laid: LaidParagraph): Piece {
  const count = laid.lines.length;
  const chunks: Chunk[] = laid.lines.map((line, index) => ({
    height: line.height,
    gapBefore: 0,
    breakBefore: index === 0 || (index >= LINES_AT_PAGE_BREAK && count - index >= LINES_AT_PAGE_BREAK) ? 'allow' : 'avoid',
    ops: line.ops,
  }));
  return { chunks, spaceBefore: laid.spaceBefore, spaceAfter: laid.spaceAfter, keepWithNext: laid.keepWithNext };
}
