/** Paragraphs: lines laid out in a column, and the chunks the paginator moves around. */
import type { Run } from '../../model/types.ts';
import { PT_PER_MM, STYLES, type Align, type ParagraphStyle } from '../../layout/nd30.ts';
import { ascentPt, lineHeightPt } from '../../layout/fonts.ts';
import { breakLines, placeLine, toWords } from './line-break.ts';
import type { Chunk, DrawOp, Piece, PlacedText } from './ops.ts';

export interface ParagraphSpec {
  runs: Run[];
  style: ParagraphStyle;
  align?: Align;
  /** Overrides the style's first-line indent: true = the body indent, false = none. */
  firstLineIndent?: boolean;
  /** Indents in points, overriding the style (a hanging list such as Kính gửi: left 60, first line -60). */
  leftIndent?: number;
  firstLineIndentPt?: number;
}

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

const BODY_INDENT_MM = STYLES.Than.firstLineIndentMm ?? 0;

function firstLineIndentPt(spec: ParagraphSpec): number {
  if (spec.firstLineIndentPt !== undefined) return spec.firstLineIndentPt;
  if (spec.firstLineIndent === false) return 0;
  const mm = spec.firstLineIndent ? spec.style.firstLineIndentMm || BODY_INDENT_MM : spec.style.firstLineIndentMm ?? 0;
  return mm * PT_PER_MM;
}

/** Lays a paragraph out in the column [left, left + width]. */
export function layoutParagraph(spec: ParagraphSpec, left: number, width: number): LaidParagraph {
  const { style } = spec;
  const words = toWords(spec.runs, style);
  const lines = breakLines(words, { width, firstLineIndent: firstLineIndentPt(spec), leftIndent: spec.leftIndent });
  const naturalHeight = lineHeightPt(style.sizePt);
  const height = naturalHeight * style.lineSpacing;
  // Extra line spacing goes above the text, so the last line's descenders stay where single spacing puts them.
  const baseline = height - naturalHeight + ascentPt(style.sizePt);
  const align = spec.align ?? style.align;
  return {
    lines: lines.map((line) => {
      const texts = placeLine(line, align, left);
      const ops: DrawOp[] = [{ kind: 'text', y: baseline, texts }];
      ops.push(...underlines(texts, baseline));
      return { height, textWidth: line.width, ops };
    }),
    spaceBefore: style.spaceBeforePt ?? 0,
    spaceAfter: style.spaceAfterPt ?? 0,
    keepWithNext: style.keepWithNext ?? false,
  };
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
 * two lines stay on each side.
 */
export function paragraphPiece(laid: LaidParagraph): Piece {
  const count = laid.lines.length;
  const chunks: Chunk[] = laid.lines.map((line, index) => ({
    height: line.height,
    gapBefore: 0,
    breakBefore: index === 0 || (index >= 2 && count - index >= 2) ? 'allow' : 'avoid',
    ops: line.ops,
  }));
  return { chunks, spaceBefore: laid.spaceBefore, spaceAfter: laid.spaceAfter, keepWithNext: laid.keepWithNext };
}
