/**
 * A column of centred lines, rules and frames stacked top-down: the header cells, the signature
 * block, Nơi nhận and table cells are all built with it.
 */
import type { Run } from '../../model/types.ts';
import { HEADER, PT_PER_MM, TITLE, type Align, type ParagraphStyle } from '../../layout/nd30.ts';
import { layoutParagraph, type LaidParagraph } from './paragraph.ts';
import { shiftOps, type DrawOp } from './ops.ts';

export class Column {
  readonly ops: DrawOp[] = [];
  /** Bottom of what has been placed so far, relative to the column's top. */
  y = 0;

  constructor(
    readonly left: number,
    readonly width: number,
  ) {}

  /**
   * Adds a paragraph; returns it laid out (its lines' widths size the rules under it). `hangPt` indents
   * every line but the first (a recipient line wrapping under its text, after the dash).
   */
  paragraph(runs: Run[] | string, style: ParagraphStyle, align?: Align, hangPt = 0): LaidParagraph {
    const spec = { runs: typeof runs === 'string' ? [{ text: runs }] : runs, style, align, leftIndent: hangPt, firstLineIndentPt: -hangPt };
    const laid = layoutParagraph(hangPt ? spec : { runs: spec.runs, style, align }, this.left, this.width);
    this.y += laid.spaceBefore;
    for (const line of laid.lines) {
      this.ops.push(...shiftOps(line.ops, 0, this.y));
      this.y += line.height;
    }
    this.y += laid.spaceAfter;
    return laid;
  }

  /** A solid rule centred in the column, just under what is above it. */
  rule(length: number): void {
    const y = this.y + HEADER.ruleGapPt + HEADER.ruleWeightPt / 2;
    const x1 = this.left + (this.width - length) / 2;
    this.ops.push({ kind: 'line', x1, x2: x1 + length, y1: y, y2: y, weightPt: HEADER.ruleWeightPt });
    this.y += HEADER.ruleGapPt + HEADER.ruleWeightPt;
  }

  /** A centred single-line paragraph in a rectangle (độ khẩn, dự thảo). */
  framed(text: string, style: ParagraphStyle): void {
    const pad = TITLE.framePaddingPt;
    this.y += style.spaceBeforePt ?? 0;
    const top = this.y;
    this.y += pad;
    const laid = this.paragraph(text, { ...style, spaceBeforePt: 0, spaceAfterPt: 0 });
    const textWidth = Math.max(...laid.lines.map((l) => l.textWidth));
    this.y += pad;
    const width = textWidth + 2 * pad;
    this.ops.push({ kind: 'rect', x: this.left + (this.width - width) / 2, y: top, width, height: this.y - top, weightPt: HEADER.ruleWeightPt });
    this.y += style.spaceAfterPt ?? 0;
  }

  space(mm: number): void {
    this.y += mm * PT_PER_MM;
  }
}

/** Width of the widest line of the given paragraphs. */
export const widestLine = (paragraphs: LaidParagraph[]): number =>
  Math.max(0, ...paragraphs.flatMap((p) => p.lines.map((l) => l.textWidth)));
