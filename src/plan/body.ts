/** Body blocks → flow items: paragraphs with their numbering kept semantic, tables as measured grids. */
import { labelValue } from '../core/numbering.ts';
import { MANUAL_BREAK } from '../core/run.ts';
import type { Block, ParagraphBlock, TableBlock, TableCell } from '../document/types.ts';
import type { Fonts } from '../layout/fonts.ts';
import { MM_PER_PT, PT_PER_MM, TABLE, type StyleId } from '../layout/nd30.ts';
import type { FlowItem, Grid, PageSetup, Paragraph } from './types.ts';

export function bodyItems(blocks: Block[], page: PageSetup, fonts: Fonts): FlowItem[] {
  return blocks.map((block): FlowItem => {
    if (block.kind === 'page-break') return { kind: 'page-break' };
    if (block.kind === 'table') return tableGrid(block, page, fonts);
    return paragraphItem(block);
  });
}

function paragraphItem(block: ParagraphBlock): Paragraph {
  const item: Paragraph = { kind: 'paragraph', style: block.style, runs: block.runs };
  if (block.label) {
    const { pattern, value } = block.numbering ?? { pattern: block.label, value: labelValue(block.label) ?? 1 };
    item.numbering = { level: block.level, pattern, value, label: block.label };
    if (block.labelBold) item.numbering.bold = true;
  }
  if (block.heading && block.level) item.heading = block.level;
  if (block.align) item.align = block.align;
  if (block.firstLineIndent === false) item.indent = { firstLinePt: 0 };
  if (block.keepWithNext) item.keepWithNext = true;
  return item;
}

/** Text width of the page in mm, the unit column widths are measured in. */
const textWidthMm = (page: PageSetup): number => page.widthMm - page.marginsMm.left - page.marginsMm.right;

/**
 * A bordered table: header rows repeat on every page, rows never split, cells centred vertically.
 * Column widths are the table's own (relative), or measured from its text.
 */
export function tableGrid(table: TableBlock, page: PageSetup, fonts: Fonts): Grid {
  const relative = table.columnWidths ?? measuredColumnWidths(table.rows, table.headerRows, textWidthMm(page), fonts);
  const total = relative.reduce((a, b) => a + b, 0);
  const last = table.rows.length - 1;
  return {
    kind: 'grid',
    role: 'table',
    columnsPt: relative.map((w) => (w / total) * page.textWidthPt),
    rows: table.rows.map((cells, r) => ({
      cells: cells.map((cell) => ({ colSpan: cell.colSpan ?? 1, items: cellParagraphs(cell, r < table.headerRows ? 'BangTieuDe' : 'Bang') })),
      cantSplit: true,
      ...(table.rowsKeptWithNext?.includes(r) ? { keepWithNext: true } : {}),
    })),
    headerRows: Math.min(table.headerRows, last + 1),
    borderWeightPt: TABLE.borderWeightPt,
    cellPaddingPt: TABLE.cellPaddingMm * PT_PER_MM,
    readingOrder: 'rows',
    verticalAlign: TABLE.verticalAlign,
    spaceBeforePt: 0,
    spaceAfterPt: TABLE.spaceAfterPt,
    keepTogether: false,
    keepWithNext: table.keepWithNext === true,
    keepWithPreviousLines: 0,
  };
}

/** A cell's paragraphs (an empty cell still has one), its boldness carried into the runs of body rows. */
function cellParagraphs(cell: TableCell, style: StyleId): Paragraph[] {
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [[]];
  const bold = cell.bold && style === 'Bang';
  return paragraphs.map((runs) => ({
    kind: 'paragraph',
    style,
    runs: bold ? runs.map((run) => ({ ...run, bold: run.bold ?? true })) : runs,
    ...(cell.align ? { align: cell.align } : {}),
  }));
}

/** Word and LibreOffice take the borders out of a cell and round its width to twips: a little slack. */
const WORD_ALLOWANCE_MM = 0.5;

const runsText = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');

/** The cells of each row by the column they start in; a cell spanning columns is left out (it sizes none of them). */
function cellsByColumn(rows: TableCell[][]): (TableCell | undefined)[][] {
  return rows.map((row) => {
    const placed: (TableCell | undefined)[] = [];
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      placed.push(span === 1 ? cell : undefined, ...Array<undefined>(span - 1).fill(undefined));
    }
    return placed;
  });
}

/**
 * Column widths (mm) from the font: each column at least as wide as its longest word (so `STT` never
 * breaks into letters), the rest of the text width shared by how much more text each column holds.
 */
export function measuredColumnWidths(rows: TableCell[][], headerRows: number, totalMm: number, fonts: Fonts): number[] {
  const grid = cellsByColumn(rows);
  const columns = Math.max(...grid.map((r) => r.length));
  const padding = 2 * TABLE.cellPaddingMm + TABLE.borderWeightPt * MM_PER_PT + WORD_ALLOWANCE_MM;
  const widthMm = (text: string, style: StyleId) => fonts.styledWidthMm(text, style);
  const measure = (c: number, width: (text: string, style: StyleId) => number): number => {
    const cell = (r: number) => grid[r][c];
    // A cell's text on one line, or its widest line where the text breaks by hand.
    const cellWidth = (text: string, style: StyleId) => Math.max(...text.split(MANUAL_BREAK).map((part) => width(part, style)));
    const widths = rows.map((_, r) => (cell(r) ? cellWidth(cell(r)!.paragraphs.map(runsText).join(' '), r < headerRows ? 'BangTieuDe' : 'Bang') : 0));
    return Math.max(0, ...widths) + padding;
  };
  const longestWord = (text: string, style: StyleId) => Math.max(0, ...text.split(/\s+/).map((w) => widthMm(w, style)));
  const least = Array.from({ length: columns }, (_, c) => measure(c, longestWord));
  const wanted = Array.from({ length: columns }, (_, c) => Math.max(least[c], measure(c, widthMm)));
  const spare = totalMm - least.reduce((a, b) => a + b, 0);
  const extra = wanted.map((w, c) => w - least[c]);
  const extraTotal = extra.reduce((a, b) => a + b, 0);
  if (spare <= 0 || extraTotal <= spare) return wanted;
  return least.map((w, c) => w + (spare * extra[c]) / extraTotal);
}
