import { buildDocument, type BuildContext } from '../../src/model/build.ts';
import { loadRegistry } from '../../src/model/registry.ts';
import { readMarkdown, readSourceFile } from '../../src/readers/read-file.ts';
import type { Document } from '../../src/model/types.ts';

export const context = (): BuildContext => ({ registry: loadRegistry('data/_chung/co-quan.yaml'), templatesDir: 'templates' });

export const buildFile = (path: string): Document => buildDocument(readSourceFile(path), context());

/** Builds a document from Markdown text, as if it were the file `path`. */
export const buildMarkdown = (text: string, path = 'test.md'): Document => buildDocument(readMarkdown(text, path), context());
