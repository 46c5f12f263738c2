import { renderDocx } from '../helpers/build.ts';
import { docxLines, docxXml } from '../helpers/docx-text.ts';
import type { Block, Document } from '../../src/document/types.ts';

export const lines = (doc: Document): string[] => docxLines(renderDocx(doc));
export const xml = (doc: Document): string => docxXml(renderDocx(doc));

/** Text of the paragraphs of a block list; a table becomes its rows, cells joined by " | ". */
export const blockLines = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return [[b.label, b.runs.map((r) => r.text).join('')].filter(Boolean).join(' ')];
    if (b.kind === 'table') return b.rows.map((row) => row.map((c) => c.paragraphs.map((p) => p.map((r) => r.text).join('')).join(' ')).join(' | '));
    return ['---'];
  });
