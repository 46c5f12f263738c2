/**
 * Every DOCX the test suite makes in-process is checked: each XML part parses strictly. A malformed
 * DOCX makes the test that wrote it fail, wherever it is. (DOCX written by a child process in a scratch
 * folder are checked when the folder is removed: see helpers/scratch.ts.)
 */
import { vi } from 'vitest';
import { docxProblems } from '../helpers/well-formed.ts';

declare global {
  var docxChecked: number | undefined;
}

vi.mock('../../src/writers/docx/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/writers/docx/index.ts')>();
  const writeDocx: typeof original.writeDocx = (...args) => {
    const bytes = original.writeDocx(...args);
    const problems = docxProblems(bytes);
    if (problems.length > 0) throw new Error(`malformed DOCX:\n${problems.join('\n')}`);
    globalThis.docxChecked = (globalThis.docxChecked ?? 0) + 1;
    return bytes;
  };
  return { ...original, writeDocx };
});
