/**
 * A column of a grid cell: paragraphs, framed marks, rules and spacers (with their images) stacked
 * top-down, as the header, the closing and table cells hold them.
 */
import type { CellItem, Frame, Paragraph, Rule, Spacer } from '../../plan/types.ts';
import { layoutParagraph, type LaidParagraph, type Typeset } from './paragraph.ts';
import { shiftOps, type DrawOp } from './ops.ts';

export class Column {
  readonly ops: DrawOp[] = [];
  /** Bottom of what has been placed so far, relative to the column's top. */
  y = 0;

  constructor(
    readonly left: number,
    readonly width: number,
    private readonly typeset: Typeset,
  ) {}

  add(item: CellItem): void {
    if (item.kind === 'paragraph') this.paragraph(item);
    else if (item.kind === 'rule') this.rule(item);
    else this.spacer(item);
  }

  paragraph(p: Paragraph): void {
    const laid = layoutParagraph(p, this.left, this.width, this.typeset);
    this.y += laid.spaceBefore;
    if (p.frame) this.framed(laid, p.frame);
    else this.place(laid);
    this.y += laid.spaceAfter;
  }

  private place(laid: LaidParagraph): void {
    for (const line of laid.lines) {
      this.ops.push(...shiftOps(line.ops, 0, this.y));
      this.y += line.height;
    }
  }

  /** A one-line paragraph in its rectangle (độ khẩn, dự thảo): padding inside, the style's spacing outside. */
  private framed(laid: LaidParagraph, frame: Frame): void {
    const top = this.y;
    this.y += frame.paddingPt;
    this.place(laid);
    this.y += frame.paddingPt;
    this.ops.push({ kind: 'rect', x: this.left + (this.width - frame.widthPt) / 2, y: top, width: frame.widthPt, height: this.y - top, weightPt: frame.weightPt });
  }

  /** A solid rule centred in the column, just under what is above it. */
  rule(rule: Rule): void {
    const y = this.y + rule.gapPt + rule.weightPt / 2;
    const x1 = this.left + (this.width - rule.lengthPt) / 2;
    this.ops.push({ kind: 'line', x1, x2: x1 + rule.lengthPt, y1: y, y2: y, weightPt: rule.weightPt });
    this.y += rule.gapPt + rule.weightPt + rule.spaceAfterPt;
  }

  /** Empty space, with its images centred on its middle (drawn after the text, over it). */
  spacer(spacer: Spacer): void {
    const top = this.y;
    this.y += spacer.heightPt;
    const middle = (top + this.y) / 2;
    for (const image of spacer.images) {
      this.ops.push({ kind: 'image', image: image.image, x: this.left + image.centreXPt - image.widthPt / 2, y: middle - image.heightPt / 2, width: image.widthPt, height: image.heightPt });
    }
  }
}
