/**
 * The texts an earlier run found clean (readers/encoding.ts: no legacy TCVN3 or VNI text pasted in), kept
 * in the cache folder (template-cache.ts) as the hashes of their bytes, one per line, in a file of this
 * program's version: another version may judge differently, so its file is not read, and is removed when
 * this version starts its own. Workers and concurrent runs append whole lines; a damaged line is ignored.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../core/hash.ts';
import type { CleanTexts } from '../readers/encoding.ts';
import { makeFolder } from './output.ts';
import { toolVersion } from './version.ts';

const PREFIX = 'chu-sach-';
/** A file this long is started again: the hashes of texts since edited pile up. */
const MAX_LINES = 20_000;
const HASH = /^[0-9a-f]{64}$/;

/** The clean texts kept in `folder` for this program; undefined when there is no cache folder. */
export function keptCleanTexts(folder: string | undefined, version = toolVersion()): CleanTexts | undefined {
  if (!folder) return undefined;
  const file = join(folder, `${PREFIX}${sha256(version).slice(0, 16)}.txt`);
  const known = new Set(readLines(file).filter((line) => HASH.test(line)));
  let started = known.size > 0 && known.size < MAX_LINES;
  return {
    has: (hash) => known.has(hash),
    add: (hash) => {
      known.add(hash);
      try {
        if (!started) start(folder);
        started = true;
        appendFileSync(file, `${hash}\n`);
      } catch {
        // Not kept: the next run checks the text again.
      }
    },
  };
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    return [];
  }
}

/** A new file for this version: the files of other versions (and this one, if too long) go. */
function start(folder: string): void {
  makeFolder(folder);
  for (const name of readdirSync(folder)) if (name.startsWith(PREFIX)) rmSync(join(folder, name), { force: true });
}
