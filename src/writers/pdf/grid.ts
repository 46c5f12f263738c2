/**
 * Grids: each row a chunk of cell columns side by side (a table's header rows repeat at the top of each
 * page it reaches), or the whole grid one chunk when it must not split (the header, the closing).
 */
import type { Grid, GridRow } from '../../plan/types.ts';
import { Column } from './column.ts';
import type { Typeset } from './paragraph.ts';
import { shiftOps, type Chunk, type DrawOp, type PageBox, type Piece } from './ops.ts';

/** Left edge of each column and the right edge of the last one. */
function columnEdges(grid: Grid, box: PageBox): number[] {
  const edges = [box.left];
  for (const width of grid.columnsPt) edges.push(edges[edges.length - 1] + width);
  return edges;
}

interface LaidRow {
  height: number;
  keepWithNext: boolean;
  /** The ops of each cell, cell by cell. */
  cells: DrawOp[][];
}

function layRow(row: GridRow, grid: Grid, edges: number[], typeset: Typeset): LaidRow {
  let columnIndex = 0;
  const cells = row.cells.map((cell) => {
    const first = columnIndex;
    columnIndex = Math.min(columnIndex + cell.colSpan, edges.length - 1);
    const [left, right] = [edges[first], edges[columnIndex]];
    const column = new Column(left + grid.cellPaddingPt, right - left - 2 * grid.cellPaddingPt, typeset);
    for (const item of cell.items) column.add(item);
    return { left, right, column };
  });
  const contentHeight = Math.max(...cells.map((c) => c.column.y));
  // The border's weight counts in the row's height, as in LibreOffice and Word.
  const height = grid.borderWeightPt ? contentHeight + grid.borderWeightPt : contentHeight;
  const offset = (column: Column): number => (grid.verticalAlign === 'center' ? (height - column.y) / 2 : 0);
  const ops: DrawOp[][] = cells.map(({ left, right, column }) => [
    ...shiftOps(column.ops, 0, offset(column)),
    ...(grid.borderWeightPt ? [{ kind: 'rect' as const, x: left, y: 0, width: right - left, height, weightPt: grid.borderWeightPt }] : []),
  ]);
  return { height, cells: ops, keepWithNext: row.keepWithNext === true };
}

/** Images go last so that they are drawn over the text, as a seal is stamped over the signature. */
const imagesLast = (ops: DrawOp[]): DrawOp[] => ops.sort((a, b) => Number(a.kind === 'image') - Number(b.kind === 'image'));

export function gridPiece(grid: Grid, box: PageBox, typeset: Typeset): Piece {
  const edges = columnEdges(grid, box);
  const rows = grid.rows.map((row) => layRow(row, grid, edges, typeset));
  const piece = {
    spaceBefore: grid.spaceBeforePt,
    spaceAfter: grid.spaceAfterPt,
    keepWithNext: grid.keepWithNext,
    keepWithPreviousLines: grid.keepWithPreviousLines,
  };
  const breakFirst = grid.keepWithPreviousLines > 0 ? 'avoid' : 'allow';
  if (grid.keepTogether) {
    const { height, ops } = stacked(rows, grid.readingOrder);
    return { ...piece, chunks: [{ height, gapBefore: 0, breakBefore: breakFirst, ops: imagesLast(ops) }] };
  }
  return { ...piece, chunks: rowChunks(rows, grid.headerRows, breakFirst) };
}

/** All rows as one block, each below the one before; the cells' ops in the grid's reading order. */
function stacked(rows: LaidRow[], order: Grid['readingOrder']): { height: number; ops: DrawOp[] } {
  let height = 0;
  const cells: DrawOp[][][] = rows.map((row) => {
    const top = height;
    height += row.height;
    return row.cells.map((ops) => (top === 0 ? ops : shiftOps(ops, 0, top)));
  });
  const columns = Math.max(...cells.map((row) => row.length));
  const byColumn = () => Array.from({ length: columns }, (_, c) => cells.map((row) => row[c] ?? []));
  const ordered: DrawOp[][] = order === 'rows' ? cells.flat() : byColumn().flat();
  return { height, ops: ordered.flat() };
}

/**
 * Rows never split. The header rows stay together and with the first body row; every later row that
 * starts a page brings the header rows with it.
 */
function rowChunks(rows: LaidRow[], headerRows: number, breakFirst: Chunk['breakBefore']): Chunk[] {
  const chunk = (row: LaidRow): Chunk => ({ height: row.height, gapBefore: 0, breakBefore: 'allow', ops: row.cells.flat() });
  const header = rows.slice(0, headerRows).map(chunk);
  const body = rows.slice(headerRows).map(chunk);
  const keptWithPrevious = (i: number): boolean => rows[headerRows + i - 1].keepWithNext;
  return [
    ...header.map((row, i): Chunk => ({ ...row, breakBefore: i === 0 ? breakFirst : 'avoid' })),
    ...body.map((row, i): Chunk => ({
      ...row,
      breakBefore: i === 0 ? (headerRows > 0 ? 'avoid' : breakFirst) : keptWithPrevious(i) ? 'avoid' : 'allow',
      repeatHeader: headerRows > 0 ? header : undefined,
    })),
  ];
}
