/** Atomic output: a file is written to a temporary name beside it, then renamed. */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

export const removeIfExists = (path: string): void => rmSync(path, { force: true });

/**
 * Temporary files a run killed while writing left beside an output (`a.docx.1234.tmp`), removed when
 * that output is written again. Each folder is listed once a run, not once an output.
 */
export class StaleTemps {
  private readonly listings = new Map<string, string[]>();

  removeFor(path: string): void {
    const folder = dirname(path);
    let names = this.listings.get(folder);
    if (!names) {
      names = existsSync(folder) ? readdirSync(folder) : [];
      this.listings.set(folder, names);
    }
    const prefix = `${basename(path)}.`;
    for (const name of names) {
      if (name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length))) rmSync(join(folder, name), { force: true });
    }
  }
}
