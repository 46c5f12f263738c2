/**
 * Values the program computed from a file's bytes alone, kept for the next runs in the cache folder
 * under the hash of those bytes and of the program (V8's serialisation: Maps, arrays and strings as they
 * were). A file that is missing, damaged (its own hash no longer matches) or of another program is not
 * used: the value is computed again. Only the `keep` newest files of a kind stay.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { sha256 } from '../core/hash.ts';
import { pruneKept } from './cache-folder.ts';
import { makeFolder, writeFileAtomic } from './output.ts';
import { toolVersion } from './version.ts';

const FORMAT = 1;
const HASH_LENGTH = 64;

export interface KeptValues<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/** `kind`: the files' prefix (ASCII letters and hyphens); `folder`: the cache folder (cache-folder.ts), none kept without one. */
export function keptValues<T>(kind: string, folder: string | undefined, keep = 16): KeptValues<T> {
  const fileOf = (key: string) => join(folder!, `${kind}-${sha256(`${FORMAT}\0${toolVersion()}\0${key}`).slice(0, 32)}.bin`);
  return {
    get: (key) => (folder ? readKept<T>(fileOf(key)) : undefined),
    set(key, value) {
      if (!folder) return;
      const payload = serialize(value);
      try {
        makeFolder(folder);
        writeFileAtomic(fileOf(key), Buffer.concat([Buffer.from(sha256(payload), 'ascii'), payload]));
        pruneKept(dirname(fileOf(key)), new RegExp(`^${kind}-[0-9a-f]+\\.bin$`), keep);
      } catch {
        // Not kept: the next run computes it again.
      }
    },
  };
}

function readKept<T>(file: string): T | undefined {
  try {
    const data = readFileSync(file);
    const payload = data.subarray(HASH_LENGTH);
    if (data.subarray(0, HASH_LENGTH).toString('ascii') !== sha256(payload)) return undefined;
    return deserialize(payload) as T;
  } catch {
    return undefined;
  }
}
