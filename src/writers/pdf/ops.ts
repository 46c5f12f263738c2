/**
 * What the layout engine produces and the renderer draws. Lengths are points; x is measured from the
 * left edge of the page, y downwards from the top of the chunk (or of the page once paginated).
 */
import type { FontVariant } from '../../layout/fonts.ts';
import { PT_PER_MM } from '../../layout/nd30.ts';
import type { PageSetup } from '../../plan/types.ts';

/** A word, or the part of a word in one font, placed on a line. */
export interface PlacedText {
  text: string;
  x: number;
  width: number;
  variant: FontVariant;
  sizePt: number;
  /** Baseline shift for superscript (positive) and subscript (negative). */
  rise: number;
  /** The spaces between this text and the one before it on the line ('' for none). */
  spaceBefore: string;
  underline?: boolean;
}

export interface TextOp {
  kind: 'text';
  /** Baseline. */
  y: number;
  texts: PlacedText[];
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  weightPt: number;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  weightPt: number;
}

export interface ImageOp {
  kind: 'image';
  /** Key of the plan's images. */
  image: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type DrawOp = TextOp | LineOp | RectOp | ImageOp;

export type BreakRule = 'allow' | 'avoid' | 'force';

/** An unsplittable slice of the flow: one line of a paragraph, one table row, the header, the closing. */
export interface Chunk {
  height: number;
  /** Space above the chunk; dropped when the chunk starts a page. */
  gapBefore: number;
  /** Whether the page may (allow), should not (avoid) or must (force) break right before this chunk. */
  breakBefore: BreakRule;
  ops: DrawOp[];
  /** Table header rows drawn first when this row starts a page. */
  repeatHeader?: Chunk[];
}

/** Chunks of one block plus how the block joins its neighbours. */
export interface Piece {
  chunks: Chunk[];
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
  /** Never separated from the chunk before it; the last this-many chunks before it go with it to a new page. */
  keepWithPreviousLines?: number;
}

/** A page rectangle and its margins, in points. */
export interface PageBox {
  width: number;
  height: number;
  left: number;
  top: number;
  textWidth: number;
  bodyHeight: number;
}

export function pageBox(page: PageSetup): PageBox {
  return {
    width: page.widthMm * PT_PER_MM,
    height: page.heightMm * PT_PER_MM,
    left: page.marginsMm.left * PT_PER_MM,
    top: page.marginsMm.top * PT_PER_MM,
    textWidth: page.textWidthPt,
    bodyHeight: page.bodyHeightPt,
  };
}

export function shiftOps(ops: DrawOp[], dx: number, dy: number): DrawOp[] {
  return ops.map((op) => {
    switch (op.kind) {
      case 'text':
        return { ...op, y: op.y + dy, texts: op.texts.map((t) => ({ ...t, x: t.x + dx })) };
      case 'line':
        return { ...op, x1: op.x1 + dx, x2: op.x2 + dx, y1: op.y1 + dy, y2: op.y2 + dy };
      default:
        return { ...op, x: op.x + dx, y: op.y + dy };
    }
  });
}
