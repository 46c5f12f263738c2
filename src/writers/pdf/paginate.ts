/**
 * Page breaking. The flow is a list of unsplittable chunks; each says whether a page may break before
 * it. Pages are filled greedily; when a chunk does not fit, the page ends at the last chunk before it
 * where a break is allowed, and everything after that point moves to the next page.
 */
import type { Chunk, Piece } from './ops.ts';

export const PAGE_BREAK = 'page-break';
export type FlowPiece = Piece | typeof PAGE_BREAK;

/**
 * Joins block pieces into one chunk list: the space between blocks becomes the gap before the next
 * block's first chunk, and keep-with-next / page breaks become break rules.
 */
export function joinPieces(items: FlowPiece[]): Chunk[] {
  const chunks: Chunk[] = [];
  let previous: Piece | undefined;
  let forceBreak = false;
  for (const item of items) {
    if (item === PAGE_BREAK) {
      forceBreak = chunks.length > 0;
      continue;
    }
    if (item.chunks.length === 0) continue;
    const [first, ...rest] = item.chunks;
    const keptLines = item.keepWithPreviousLines ?? 0;
    const keep = previous?.keepWithNext || keptLines > 0;
    const breakBefore = forceBreak ? 'force' : keep ? 'avoid' : first.breakBefore;
    const gapBefore = (previous?.spaceAfter ?? 0) + item.spaceBefore;
    if (keptLines > 0) keepLastChunks(chunks, keptLines);
    chunks.push({ ...first, gapBefore, breakBefore }, ...rest);
    previous = item;
    forceBreak = false;
  }
  return chunks;
}

/** Glues the last `count` chunks together so that they move as one. */
function keepLastChunks(chunks: Chunk[], count: number): void {
  for (let i = chunks.length - count + 1; i < chunks.length; i++) {
    if (i > 0 && chunks[i].breakBefore === 'allow') chunks[i] = { ...chunks[i], breakBefore: 'avoid' };
  }
}

export interface PlacedChunk {
  chunk: Chunk;
  /** Top of the chunk, downwards from the top margin. */
  top: number;
}

/** Heights are float sums: a chunk that overflows by less than this still fits. */
const FIT_TOLERANCE = 0.01;

export function paginate(chunks: Chunk[], bodyHeight: number): PlacedChunk[][] {
  const pages: PlacedChunk[][] = [];
  let index = 0;
  while (index < chunks.length) {
    const start = index;
    const placed: PlacedChunk[] = [];
    let y = 0;
    for (const header of chunks[start].repeatHeader ?? []) {
      placed.push({ chunk: header, top: y });
      y += header.height;
    }
    const repeated = placed.length;
    while (index < chunks.length) {
      const chunk = chunks[index];
      const first = index === start;
      if (!first && chunk.breakBefore === 'force') break;
      const gap = first ? 0 : chunk.gapBefore;
      if (!first && y + gap + chunk.height > bodyHeight + FIT_TOLERANCE) {
        const breakAt = lastAllowedBreak(chunks, start, index);
        if (breakAt > start) {
          placed.length = repeated + (breakAt - start);
          index = breakAt;
        }
        break;
      }
      placed.push({ chunk, top: y + gap });
      y += gap + chunk.height;
      index++;
    }
    pages.push(placed);
  }
  return pages;
}

/** The last index in (start, end] before which a break is allowed, or `start` when there is none. */
function lastAllowedBreak(chunks: Chunk[], start: number, end: number): number {
  let at = end;
  while (at > start && chunks[at].breakBefore === 'avoid') at--;
  return at;
}
