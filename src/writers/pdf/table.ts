/** Bordered tables: one chunk a row; header rows repeat at the top of each page the table reaches. */
import type { TableBlock, TableCell } from '../../model/types.ts';
import { PT_PER_MM, STYLES, TABLE } from '../../layout/nd30.ts';
import { Column } from './column.ts';
import { shiftOps, type Chunk, type DrawOp, type PageBox, type Piece } from './ops.ts';

/** Left edge of each column and the right edge of the last one. */
function columnEdges(table: TableBlock, box: PageBox): number[] {
  const total = table.columnWidths.reduce((sum, w) => sum + w, 0);
  const edges = [box.left];
  for (const width of table.columnWidths) edges.push(edges[edges.length - 1] + (width / total) * box.textWidth);
  return edges;
}

function cellColumn(cell: TableCell, left: number, right: number, isHeader: boolean): Column {
  const padding = TABLE.cellPaddingMm * PT_PER_MM;
  const column = new Column(left + padding, right - left - 2 * padding);
  const style = isHeader ? STYLES.BangTieuDe : STYLES.Bang;
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [[]];
  for (const runs of paragraphs) {
    column.paragraph(cell.bold ? runs.map((run) => ({ ...run, bold: run.bold ?? true })) : runs, style, cell.align);
  }
  return column;
}

function rowChunk(cells: TableCell[], edges: number[], isHeader: boolean): Chunk {
  let columnIndex = 0;
  const placed = cells.map((cell) => {
    const first = columnIndex;
    columnIndex = Math.min(columnIndex + (cell.colSpan ?? 1), edges.length - 1);
    const left = edges[first];
    const right = edges[columnIndex];
    return { left, right, column: cellColumn(cell, left, right, isHeader) };
  });
  // The border's weight counts in the row's height, as in LibreOffice and Word.
  const height = Math.max(...placed.map((p) => p.column.y)) + TABLE.borderWeightPt;
  const offset = (column: Column): number => (TABLE.verticalAlign === 'center' ? (height - column.y) / 2 : 0);
  const ops: DrawOp[] = placed.flatMap(({ left, right, column }) => [
    ...shiftOps(column.ops, 0, offset(column)),
    { kind: 'rect' as const, x: left, y: 0, width: right - left, height, weightPt: TABLE.borderWeightPt },
  ]);
  return { height, gapBefore: 0, breakBefore: 'allow', ops };
}

/**
 * Rows never split. The header rows stay together and with the first body row; every later row that
 * starts a page brings the header rows with it.
 */
export function tablePiece(table: TableBlock, box: PageBox): Piece {
  const edges = columnEdges(table, box);
  const headerCount = Math.min(table.headerRows, table.rows.length);
  const header = table.rows.slice(0, headerCount).map((cells) => rowChunk(cells, edges, true));
  const body = table.rows.slice(headerCount).map((cells) => rowChunk(cells, edges, false));
  const chunks: Chunk[] = [
    ...header.map((row, i): Chunk => ({ ...row, breakBefore: i === 0 ? 'allow' : 'avoid' })),
    ...body.map((row, i): Chunk => ({
      ...row,
      breakBefore: i === 0 && headerCount > 0 ? 'avoid' : 'allow',
      repeatHeader: headerCount > 0 ? header : undefined,
    })),
  ];
  return { chunks, spaceBefore: 0, spaceAfter: TABLE.spaceAfterPt, keepWithNext: false };
}
