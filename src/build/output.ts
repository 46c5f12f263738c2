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

/** Temporary files of `path` left by a run that was killed while writing it (`a.docx.1234.tmp`). */
export function removeStaleTemps(path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder)) return;
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(folder)) {
    if (name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length))) rmSync(join(folder, name), { force: true });
  }
}
