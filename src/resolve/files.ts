/**
 * Reading the files a document names. A file is read once per run, with its content hash; a name
 * that leads (through `..`, an absolute path or a symbolic link) outside the folders the run may read
 * is refused.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { sha256 } from '../core/hash.ts';
import type { InputFile } from '../model/inputs.ts';

export interface LoadedFile extends InputFile {
  bytes: Uint8Array;
}

export type Loaded = { ok: true; file: LoadedFile } | { ok: false; reason: 'missing' | 'outside' };

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

  read(path: string): Loaded {
    let loaded = this.cache.get(path);
    if (!loaded) {
      loaded = this.load(path);
      this.cache.set(path, loaded);
    }
    return loaded;
  }

  private load(path: string): Loaded {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return { ok: false, reason: 'missing' };
    }
    if (!this.roots.some((root) => isInside(real, root))) return { ok: false, reason: 'outside' };
    try {
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

const isInside = (path: string, root: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};
