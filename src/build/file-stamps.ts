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
import { appendFileSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sha256 } from '../core/hash.ts';
import { pruneKept } from './cache-folder.ts';
import { makeFolder, writeFileAtomic } from './output.ts';

const KEPT_FOLDERS = 16;
const SHARED_FILE = 'dau-tep-chung.txt';
/** The first line of a stamps file: its format. */
export const STAMPS_HEADER = 'dau-tep 2';
const RACY_MS = 2000;
/** More stamps than this and the oldest go (a 10,000-nominee batch has 20,000 outputs). */
const MAX_STAMPS = 100_000;

/** size, mtime, ctime, inode, when it was hashed (ms), hash */
export type Stamp = [number, number, number, number, number, string];

/**
 * A stamp as a line of its file: the path, then the stamp's fields, tab-separated, the hash last (a line
 * cut short by a crash has no whole hash, and is not taken). A run adds the lines of the files it hashed
 * at the end of the file (a later line stands for an earlier one): a rebuild of one document of 200 then
 * writes four lines, not all 800 stamps again. The file is written anew, without the lines stood for,
 * when they have come to outnumber the others.
 */
export const stampLine = (path: string, stamp: Stamp): string => `${path}\t${stamp.join('\t')}\n`;

export class FileStamps {
  /** The paths this run hashed, whose stamps the file does not have yet. */
  private readonly added = new Set<string>();

  private constructor(
    private readonly file: string | undefined,
    /** By path, each stamp's fields as the file has them (read when used: a 200-document folder has 800). */
    private readonly stamps: Map<string, string | Stamp>,
    /** The stamp lines of the file as read (0: missing or damaged, written anew). */
    private lines: number,
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
    const { stamps, lines } = file ? readStamps(file) : { stamps: new Map(), lines: 0 };
    return new FileStamps(file, stamps, lines, now);
  }

  /** The sha256 of the file at `path` (an absolute path), undefined if it cannot be read. */
  hashOf(path: string): string | undefined {
    const stat = statOf(path);
    if (!stat) return undefined;
    const kept = stampOf(this.stamps.get(path));
    if (kept && sameFile(kept, stat) && kept[4] - Math.max(stat.ctimeMs, stat.mtimeMs) >= RACY_MS) return kept[5];
    const hashedAt = this.now();
    let hash: string;
    try {
      hash = sha256(readFileSync(path));
    } catch {
      return undefined;
    }
    this.stamps.delete(path);
    this.stamps.set(path, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hashedAt, hash]);
    this.added.add(path);
    return hash;
  }

  /** Keeps the stamps of what this run hashed; a failure only costs the next run some reading. */
  save(): void {
    if (!this.file || this.added.size === 0) return;
    try {
      makeFolder(dirname(this.file));
      const lines = this.lines + this.added.size;
      if (this.lines > 0 && lines <= 2 * this.stamps.size + 64 && this.stamps.size <= MAX_STAMPS) {
        appendFileSync(this.file, [...this.added].map((path) => stampLine(path, this.stamps.get(path) as Stamp)).join(''));
        this.lines = lines;
      } else {
        const entries = [...this.stamps].slice(-MAX_STAMPS);
        const text = entries.map(([path, stamp]) => (typeof stamp === 'string' ? `${path}\t${stamp}\n` : stampLine(path, stamp))).join('');
        writeFileAtomic(this.file, Buffer.from(`${STAMPS_HEADER}\n${text}`, 'utf8'));
        this.lines = entries.length;
        pruneKept(dirname(this.file), /^dau-tep-[0-9a-f]+\.(txt|json)$/, KEPT_FOLDERS);
      }
      this.added.clear();
    } catch {
      // Not kept.
    }
  }
}

export const stampsFile = (folder: string, outDir: string): string => join(folder, `dau-tep-${sha256(resolve(outDir)).slice(0, 16)}.txt`);

const sameFile = (kept: Stamp, stat: Stats): boolean => kept[0] === stat.size && kept[1] === stat.mtimeMs && kept[2] === stat.ctimeMs && kept[3] === stat.ino;

function statOf(path: string): Stats | undefined {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

/** The stamps of the file, each line's fields as written (a damaged one is found when used, and replaced then), and how many lines it has. */
function readStamps(file: string): { stamps: Map<string, string | Stamp>; lines: number } {
  const stamps = new Map<string, string | Stamp>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { stamps, lines: 0 };
  }
  const lines = text.split('\n');
  if (lines[0] !== STAMPS_HEADER) return { stamps, lines: 0 };
  let count = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    // The path is what comes before the stamp's six fields (a path may hold a tab).
    let at = line.length;
    for (let field = 0; field < 6 && at > 0; field++) at = line.lastIndexOf('\t', at - 1);
    if (at <= 0) continue;
    const path = line.slice(0, at);
    stamps.delete(path);
    stamps.set(path, line.slice(at + 1));
    count++;
  }
  return { stamps, lines: count };
}

/** A stamp from its fields as the file has them (or as this run made it); undefined when damaged. */
function stampOf(kept: string | Stamp | undefined): Stamp | undefined {
  if (kept === undefined || typeof kept !== 'string') return kept;
  const fields = kept.split('\t');
  if (fields.length !== 6 || !/^[0-9a-f]{64}$/.test(fields[5])) return undefined;
  const numbers = fields.slice(0, 5).map(Number);
  return numbers.every(Number.isFinite) ? [...(numbers as [number, number, number, number, number]), fields[5]] : undefined;
}
