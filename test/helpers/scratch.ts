import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { docxProblems } from './well-formed.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) {
    // DOCX a build wrote here (a child process, the command line) are checked too before they go.
    for (const docx of builtDocx(dir)) {
      const bytes = readFileSync(docx);
      if (isZip(bytes)) expect(docxProblems(bytes), docx).toEqual([]);
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A scratch folder, removed when the test file has finished; every DOCX built into its output/ must be well-formed. */
export function scratchDir(prefix = 'vbtd-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A file a test put in place of an output ("bản cũ") is not a zip, and not checked. */
const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** DOCX files under a folder named output (what a build writes; tests put deliberately broken files elsewhere). */
const builtDocx = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.docx') && `${e.parentPath}/`.includes('/output/'))
    .map((e) => join(e.parentPath, e.name));
