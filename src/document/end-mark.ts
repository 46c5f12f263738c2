/**
 * The mark `./.` that ends the content of a document (Nghị định 30, Phụ lục III: every sample ends its
 * text with it), added to the last paragraph unless the author typed it.
 */
import { END_MARK } from '../layout/nd30.ts';
import type { Block, Run } from './types.ts';

/** `… thực hiện.` → `… thực hiện./.`; `…;` → `…./.`; `…./.` and `……/.` as typed. */
function markedRuns(runs: Run[]): Run[] {
  const text = runs.map((r) => r.text).join('').trimEnd();
  if (/[.…]\/\.$/.test(text)) return runs;
  const last = runs[runs.length - 1];
  const trimmed = { ...last, text: last.text.trimEnd().replace(/[;,]$/, '') };
  const mark = /[.…]$/.test(trimmed.text) ? '/.' : END_MARK;
  return [...runs.slice(0, -1), trimmed, { text: mark }];
}

/**
 * The blocks with the end mark after the last paragraph's text; after a table or a heading, the mark
 * stands on a line of its own, at the right.
 */
export function endWithMark(blocks: Block[]): Block[] {
  const last = blocks.at(-1);
  if (!last) return blocks;
  // Running text: a paragraph, an Điều, a khoản with its text on the line; not a bold title.
  const text = last.kind === 'paragraph' && last.runs.length > 0 && (!last.heading || last.labelBold === true);
  if (text) return [...blocks.slice(0, -1), { ...last, runs: markedRuns(last.runs) }];
  // The mark never starts a page on its own: a table's last row goes with it.
  const before = last.kind === 'table' ? { ...last, keepWithNext: true } : last;
  return [...blocks.slice(0, -1), before, { kind: 'paragraph', style: 'Than', runs: [{ text: END_MARK }], align: 'right' }];
}
