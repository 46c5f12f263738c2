/**
 * What the program computed from a file's bytes alone, kept for the next runs in the cache folder under
 * the hash of those bytes and of the program. keptFiles keeps bytes (their user checks them: the PDF
 * font subsets); keptValues keeps values (V8's serialisation: Maps, arrays and strings as they were),
 * with a hash of their own, so that a damaged file is not used. A missing, damaged or foreign file is
 * computed again. Only the `keep` newest files of a kind stay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Kept } from '../core/kept.ts';
import { sha256 } from '../core/hash.ts';
import { pruneKept } from './cache-folder.ts';
import { makeFolder, writeFileAtomic } from './output.ts';
import { toolVersion } from './version.ts';

export interface KeptFiles {
  read(key: string): Uint8Array | undefined;
  write(key: string, bytes: Uint8Array): void;
}

/** `kind`: the files' prefix (ASCII letters and hyphens); `folder`: the cache folder (cache-folder.ts). */
export function keptFiles(kind: string, folder: string, keep = 16): KeptFiles {
  const fileOf = (key: string) => join(folder, `${kind}-${sha256(`${toolVersion()}\0${key}`).slice(0, 32)}.bin`);
  return {
    read(key) {
      try {
        return new Uint8Array(readFileSync(fileOf(key)));
      } catch {
        return undefined;
      }
    },
    write(key, bytes) {
      try {
        makeFolder(folder);
        writeFileAtomic(fileOf(key), bytes);
        pruneKept(folder, new RegExp(`^${kind}-[0-9a-f]+\\.bin$`), keep);
      } catch {
        // Not kept: the next run computes it again.
      }
    },
  };
}

const FORMAT = 1;
const HASH_LENGTH = 64;

export type KeptValues<T> = Kept<T>;

/** Values kept in `folder` (none kept without one); a value's file holds the sha256 of its serialisation, then that. */
export function keptValues<T>(kind: string, folder: string | undefined, keep = 16): KeptValues<T> {
  if (!folder) return { get: () => undefined, set: () => {} };
  const files = keptFiles(kind, folder, keep);
  const keyOf = (key: string) => `${FORMAT}\0${key}`;
  return {
    get: (key) => valueOf<T>(files.read(keyOf(key))),
    set(key, value) {
      const payload = serialize(value);
      files.write(keyOf(key), Buffer.concat([Buffer.from(sha256(payload), 'ascii'), payload]));
    },
  };
}

function valueOf<T>(data: Uint8Array | undefined): T | undefined {
  if (!data) return undefined;
  const payload = data.subarray(HASH_LENGTH);
  if (Buffer.from(data.subarray(0, HASH_LENGTH)).toString('ascii') !== sha256(payload)) return undefined;
  try {
    return deserialize(payload) as T;
  } catch {
    return undefined;
  }
}
