/**
 * The layout plan: every layout decision about a document, made once from the document model and the
 * font metrics, in a form no writer owns. Lengths on the page are in mm (page setup) or pt (everything
 * else). There is no WordprocessingML, no PDF coordinate and no HTML here: the DOCX, PDF and HTML
 * writers only serialise this plan, each in its own terms.
 *
 * Paragraph formatting is a style role of the layout module (nd30.ts STYLES: size, font, alignment,
 * indents, spacing, keep-with-next) plus the few overrides a paragraph carries itself.
 *
 * Spacing: between two items of a flow lies the first one's space after plus the second one's space
 * before (a paragraph's from its style unless it sets its own; a grid's and a rule's their own). At the
 * top of a page that space is dropped. In a grid cell every space counts, the first item's included.
 * A rule's gap and a spacer's height are part of the item, never dropped.
 */
import type { ImageMediaType } from '../core/image.ts';
import type { Run } from '../core/run.ts';
import type { Level } from '../document/types.ts';
import type { Align, StyleId } from '../layout/nd30.ts';

export type { Level, Run };

export const PLAN_VERSION = 2;

export interface LayoutPlan {
  version: typeof PLAN_VERSION;
  info: PlanInfo;
  /** The document itself, then each phụ lục, then each attached document with its own phụ lục. */
  sections: Section[];
  /** Images by content hash (sha256), with their bytes. */
  images: Record<string, PlanImage>;
  /** The lines of each paragraph style, measured from the font. */
  lines: Record<StyleId, LineMetrics>;
}

export interface LineMetrics {
  /** Height of one line: the font's natural ("single") line height times the style's line spacing. */
  heightPt: number;
  /** From the top of the line to the baseline (extra spacing goes above the text). */
  baselinePt: number;
}

export interface PlanInfo {
  title: string;
  author: string;
  /** The document's own date (never the clock): the same plan gives the same bytes. */
  date: { year: number; month?: number; day?: number };
  language: 'vi-VN';
}

export interface PlanImage {
  sha256: string;
  mediaType: ImageMediaType;
  widthPx: number;
  heightPx: number;
  bytes: Uint8Array;
}

/** What a section is: each starts on a new page and numbers its pages from 1. */
export type SectionRole = 'van-ban' | 'phu-luc' | 'kem-theo';

export interface Section {
  role: SectionRole;
  page: PageSetup;
  items: FlowItem[];
}

export interface PageSetup {
  /** Size of the sheet as it is read (a landscape section is wider than tall). */
  widthMm: number;
  heightMm: number;
  landscape: boolean;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** The text block: page width less the side margins, page height less top and bottom margins. */
  textWidthPt: number;
  bodyHeightPt: number;
  /** Arabic page numbers centred in the top margin, from 1 in each section, none on its first page. */
  pageNumbers: { fromTopMm: number; sizePt: number; showOnFirstPage: false };
}

export type FlowItem = Paragraph | Rule | Grid | Spacer | PageBreak;
/** What a grid cell holds. */
export type CellItem = Paragraph | Rule | Spacer;

/** A numbering label, kept semantic: writers print `label` then one space before the runs. */
export interface Numbering {
  level?: Level;
  /** The level's pattern written as its first label (`I.`, `a)`, `1.1.`, `Điều 1.`), or `-`/`+`/`*` for a bullet. */
  pattern: string;
  value: number;
  label: string;
  bold?: boolean;
}

export interface Indent {
  leftPt?: number;
  rightPt?: number;
  /** Negative: a hanging indent (every line after the first starts this much further right). */
  firstLinePt?: number;
}

/** A rectangle around a one-line paragraph, just wide enough for its text (độ khẩn, độ mật, DỰ THẢO). */
export interface Frame {
  /** Text width plus the padding on both sides. */
  widthPt: number;
  paddingPt: number;
  weightPt: number;
}

export interface Paragraph {
  kind: 'paragraph';
  style: StyleId;
  runs: Run[];
  numbering?: Numbering;
  /** A heading of the body hierarchy (mục, khoản…) rather than running text. */
  heading?: Level;
  /** Overrides of the style: set only where this paragraph differs from it. */
  align?: Align;
  indent?: Indent;
  spaceAfterPt?: number;
  /** Kept on the page of what follows (beyond what its style says). */
  keepWithNext?: boolean;
  frame?: Frame;
  /** A font size other than the style's (a long cơ quan name at 12 pt), with the lines it makes. */
  size?: { pt: number; line: LineMetrics };
}

/** A solid rule centred in the width it stands in, `gapPt` under what is above it. */
export interface Rule {
  kind: 'rule';
  lengthPt: number;
  weightPt: number;
  gapPt: number;
  spaceAfterPt: number;
  /** A title's rule stays with the title above it and the text under it. */
  keepWithPrevious: boolean;
  keepWithNext: boolean;
}

/** Empty vertical space, with the images placed in it (the signature space and its seal). */
export interface Spacer {
  kind: 'spacer';
  heightPt: number;
  images: PlacedImage[];
}

export interface PlacedImage {
  /** Key of `LayoutPlan.images`. */
  image: string;
  widthPt: number;
  heightPt: number;
  /** Centred on this distance from the cell's left edge, and on the middle of the spacer. */
  centreXPt: number;
  /**
   * Floating over the text, as a seal is stamped over the signature's left third; otherwise the image
   * is the spacer's one inline picture, in the middle of its width (the signature).
   */
  floating: boolean;
}

export interface PageBreak {
  kind: 'page-break';
}

/** What a grid is: the page-1 header, the closing (Nơi nhận and signatures), or a table of the text. */
export type GridRole = 'header' | 'closing' | 'table';

export interface Grid {
  kind: 'grid';
  role: GridRole;
  /** Measured column widths; they add up to the width the grid stands in. */
  columnsPt: number[];
  rows: GridRow[];
  /** The first rows repeat at the top of every page the grid reaches. */
  headerRows: number;
  /** Cell borders; none when absent. */
  borderWeightPt?: number;
  /** Padding on the left and right of each cell. */
  cellPaddingPt: number;
  /**
   * The order its cells are read in: row by row (the header: cơ quan, Quốc hiệu, số, ngày), or column by
   * column (the closing: each signer's titles, then their name).
   */
  readingOrder: 'rows' | 'columns';
  verticalAlign: 'top' | 'center';
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Never split between pages (the header, the closing). */
  keepTogether: boolean;
  /** The last row stays on the page of what follows (a total and its `Bằng chữ` line). */
  keepWithNext: boolean;
  /** Stays on the page of at least this many lines (or rows) before it: the closing and the end of the text. */
  keepWithPreviousLines: number;
}

export interface GridRow {
  cells: GridCell[];
  /** The row never breaks across pages. */
  cantSplit: boolean;
  /** The row stays on the page of the row after it (a group's title row; the row before a total). */
  keepWithNext?: boolean;
}

export interface GridCell {
  colSpan: number;
  items: CellItem[];
}
