/**
 * The PDF writer's shared font subsets (writers/pdf/font-pack.ts) kept between runs beside the DOCX
 * template cache, under the hash of the program and of the font file: a run whose documents only use
 * their characters then neither parses nor subsets the fonts (nor loads fontkit). A damaged or foreign
 * file is not used (the writer checks it and makes the subset again); VAN_BAN_CACHE=0 keeps nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../core/hash.ts';
import type { PackStore } from '../writers/pdf/font-pack.ts';
import { makeFolder, writeFileAtomic } from './output.ts';
import { pruneKept } from './cache-folder.ts';
import { toolVersion } from './version.ts';

/** Four faces for each of the last few versions of the program. */
const KEPT_FONT_PACKS = 16;

/** The store in `folder` (the build's cache folder, `cacheFolder()`); none when the cache is off. */
export function fontPackStore(folder: string | undefined): PackStore | undefined {
  if (!folder) return undefined;
  const file = (key: string) => join(folder, `phong-pdf-${sha256(`${toolVersion()}\0${key}`).slice(0, 32)}.bin`);
  return {
    read(key) {
      try {
        return new Uint8Array(readFileSync(file(key)));
      } catch {
        return undefined;
      }
    },
    write(key, bytes) {
      try {
        makeFolder(folder);
        writeFileAtomic(file(key), bytes);
        pruneKept(folder, /^phong-pdf-[0-9a-f]+\.bin$/, KEPT_FONT_PACKS);
      } catch {
        // Not kept: the next run makes the subset again.
      }
    },
  };
}
