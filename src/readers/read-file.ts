/** Reads a data file from disk and parses it with the reader for its extension. */
import { readFileSync } from 'node:fs';
import type { SourceFile } from '../core/source.ts';
import { parseSourceText } from './parse.ts';

export function readSourceFile(path: string): SourceFile {
  return parseSourceText(readFileSync(path, 'utf8'), path);
}
