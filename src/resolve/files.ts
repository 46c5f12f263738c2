/**
 * Reading the files a document names. A file is read once per run, with its content hash; a name
 * that leads (through `..`, an absolute path or a symbolic link) outside the folders the run may read
 * is refused.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { sha256 } from '../core/hash.ts';
import type { InputFile } from '../model/inputs.ts';

export interface LoadedFile extends InputFile {
  bytes: Uint8Array;
}

export type Loaded =
  | { ok: true; file: LoadedFile }
  | { ok: false; reason: 'missing' | 'outside' | 'not-a-file' }
  | { ok: false; reason: 'too-large'; bytes: number; limit: number };

/** The largest file of each kind a document may name: beyond it, a file is refused before it is read. */
export const SIZE_LIMITS = {
  /** A data file, list, phụ lục or kèm theo file: a list of ten thousand people is under 5 MB. */
  data: 20 * 1024 * 1024,
  /** A signature or seal image. */
  image: 10 * 1024 * 1024,
  /** A content template. */
  template: 1024 * 1024,
} as const;
export type FileKind = keyof typeof SIZE_LIMITS;

/** Reads files inside a set of folders, each file once. */
export class FileReader {
  private readonly roots: string[];
  private readonly cache = new Map<string, Loaded>();

  constructor(roots: string[]) {
    this.roots = roots.map(realOrResolved);
  }

  /** The folders files may be read from (their real paths, symbolic links followed). */
  get allowed(): string[] {
    return this.roots;
  }

  read(path: string, kind: FileKind): Loaded {
    const key = `${kind}:${path}`;
    let loaded = this.cache.get(key);
    if (!loaded) {
      loaded = this.load(path, SIZE_LIMITS[kind]);
      this.cache.set(key, loaded);
    }
    return loaded;
  }

  /** A file read once a run (a document's own data file): checked the same way, not kept. */
  readOnce(path: string, kind: FileKind): Loaded {
    return this.cache.get(`${kind}:${path}`) ?? this.load(path, SIZE_LIMITS[kind]);
  }

  private load(path: string, limit: number): Loaded {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return { ok: false, reason: 'missing' };
    }
    if (!this.roots.some((root) => isInside(real, root))) return { ok: false, reason: 'outside' };
    try {
      const stats = statSync(real);
      // A folder, a device or a named pipe (reading one would wait for ever) is not a file a document can name.
      if (!stats.isFile()) return { ok: false, reason: 'not-a-file' };
      if (stats.size > limit) return { ok: false, reason: 'too-large', bytes: stats.size, limit };
      const bytes = readFileSync(real);
      return { ok: true, file: { path, sha256: sha256(bytes), bytes } };
    } catch {
      return { ok: false, reason: 'missing' };
    }
  }
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether `path` is `root` or inside it (both real paths). */
export const isInside = (path: string, root: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};
