/**
 * The hashes of the files earlier runs read to decide what is up to date (outputs, data files, fonts…),
 * kept in the cache folder (template-cache.ts) with each file's size, times and inode, as git keeps the
 * stat of the files in its index. A file whose stat is still the one it had when it was hashed is not
 * read again: a rebuild of a 200-document folder no longer reads and hashes its 600 outputs. Each output
 * folder has its stamps file, named after its path; the files of the 16 folders built last are kept.
 *
 * A write changes a file's ctime, which no program can set back, and its mtime. A stamp is trusted only
 * if both were at least RACY_MS older than the moment the file was hashed: a file written again within
 * the same tick of a coarse clock (FAT keeps times to 2 s, and has no ctime) would otherwise keep its
 * times with new content.
 * The up-to-date decision uses these hashes: a wrong "unchanged" would leave a document's files as they
 * are, never remove or overwrite one. The fonts' hashes (the shared stamps) also choose the width tables
 * the layout measures with; the bytes read later are checked against them (resolve/resources.ts).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sha256 } from '../core/hash.ts';
import { pruneKept } from './cache-folder.ts';
import { makeFolder, writeFileAtomic } from './output.ts';

const KEPT_FOLDERS = 16;
const SHARED_FILE = 'dau-tep-chung.json';
const FORMAT = 1;
const RACY_MS = 2000;
/** More stamps than this and the oldest go (a 10,000-nominee batch has 20,000 outputs). */
const MAX_STAMPS = 100_000;

/** size, mtime, ctime, inode, when it was hashed (ms), hash */
type Stamp = [number, number, number, number, number, string];

export class FileStamps {
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly stamps: Map<string, unknown>,
    private readonly now: () => number,
  ) {}

  /** The stamps of the output folder `outDir` kept in `folder` (none when there is no cache folder, or the file is missing or damaged). */
  static load(folder: string | undefined, outDir: string, now = Date.now): FileStamps {
    return FileStamps.in(folder && stampsFile(folder, outDir), now);
  }

  /** The stamps of the files every run reads whatever it builds (the fonts): one file, kept apart from the output folders'. */
  static shared(folder: string | undefined, now = Date.now): FileStamps {
    return FileStamps.in(folder && join(folder, SHARED_FILE), now);
  }

  private static in(file: string | undefined, now: () => number): FileStamps {
    return new FileStamps(file, file ? readStamps(file) : new Map(), now);
  }

  /** The sha256 of the file at `path` (an absolute path), undefined if it cannot be read. */
  hashOf(path: string): string | undefined {
    const stat = statOf(path);
    if (!stat) return undefined;
    // Each stamp is checked when used, not all 800 of a 200-document folder at each start.
    const kept = this.stamps.get(path);
    if (isStamp(kept) && sameFile(kept, stat) && kept[4] - Math.max(stat.ctimeMs, stat.mtimeMs) >= RACY_MS) return kept[5];
    const hashedAt = this.now();
    let hash: string;
    try {
      hash = sha256(readFileSync(path));
    } catch {
      return undefined;
    }
    this.stamps.delete(path);
    this.stamps.set(path, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hashedAt, hash]);
    this.changed = true;
    return hash;
  }

  /** Writes the stamps back if this run hashed anything; a failure only costs the next run some reading. */
  save(): void {
    if (!this.file || !this.changed) return;
    const entries = [...this.stamps].slice(-MAX_STAMPS);
    try {
      makeFolder(dirname(this.file));
      writeFileAtomic(this.file, Buffer.from(JSON.stringify({ format: FORMAT, stamps: Object.fromEntries(entries) }), 'utf8'));
      pruneKept(dirname(this.file), /^dau-tep-[0-9a-f]+\.json$/, KEPT_FOLDERS);
      this.changed = false;
    } catch {
      // Not kept.
    }
  }
}

export const stampsFile = (folder: string, outDir: string): string => join(folder, `dau-tep-${sha256(resolve(outDir)).slice(0, 16)}.json`);

const sameFile = (kept: Stamp, stat: Stats): boolean => kept[0] === stat.size && kept[1] === stat.mtimeMs && kept[2] === stat.ctimeMs && kept[3] === stat.ino;

function statOf(path: string): Stats | undefined {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

/** The stamps of the file, as written: a damaged one is found when used, and replaced then. */
function readStamps(file: string): Map<string, unknown> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; stamps?: Record<string, unknown> };
    if (kept.format !== FORMAT || typeof kept.stamps !== 'object' || !kept.stamps) return new Map();
    return new Map(Object.entries(kept.stamps));
  } catch {
    return new Map();
  }
}

const isStamp = (value: unknown): value is Stamp =>
  Array.isArray(value) && value.length === 6 && value.slice(0, 5).every((n) => typeof n === 'number') && typeof value[5] === 'string' && /^[0-9a-f]{64}$/.test(value[5]);
