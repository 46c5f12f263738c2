/**
 * What a build works on, without building anything: the options, the data files of a run and where
 * their outputs go, what a document's run ended in. Light to load: a run with nothing to build needs no more.
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Problem } from '../core/errors.ts';
import type { DocumentSummary } from '../document/summary.ts';
import type { BatchJob } from '../batch/expand.ts';
import type { InputFile } from '../model/inputs.ts';
import { DOCUMENT_EXTENSIONS } from '../readers/extensions.ts';
import type { DocumentState } from './manifest.ts';
import { memoPaths } from './memo-paths.ts';

export type Format = 'docx' | 'pdf' | 'html' | 'json' | 'xlsx';

/**
 * What `npm run build:docs` makes when no format is chosen. Not the xlsx danh sách: it is sent with the
 * hồ sơ, not needed at each draft, and loading its library (exceljs) costs about half a second a run.
 */
export const DEFAULT_FORMATS: Format[] = ['docx', 'pdf', 'html'];

export const FORMATS: Format[] = ['docx', 'pdf', 'html', 'json', 'xlsx'];

/** The formats a document has of those chosen: the xlsx danh sách only for a document with a danh sách. */
export const formatsOf = (formats: Format[], hasList: boolean | undefined): Format[] => formats.filter((f) => f !== 'xlsx' || hasList === true);

/** Folder of the output where the HTML pages find their fonts. */
export const HTML_FONT_DIR = '_phong';

/** The page of the output folder that lists every document (written when the whole data folder is built). */
export const INDEX_PAGE = 'index.html';

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  templatesDir: string;
  /** Files or folders to build; the whole data folder when empty. */
  targets: string[];
  formats: Format[];
  docxTemplate?: string;
  /** Build every document, even those whose inputs have not changed since their last good build. */
  all?: boolean;
  /** Rewrite the outputs of documents marked issued (`da_ban_hanh: true`) even if their content changes. */
  reissue?: boolean;
  /** How many worker threads may make documents at once (1: this thread only). */
  workers?: number;
}

export interface DocumentResult {
  source: string;
  outputs: string[];
  problems: Problem[];
  ok: boolean;
  /** Every file the document was made from, with its content hash. */
  inputs: InputFile[];
  /** A failed document's outputs of an earlier build, kept as they were (stale: not made from the data as it is now). */
  kept?: string[];
  /**
   * built, unchanged (its last good build still stands), stale (failed, earlier outputs kept), error,
   * held (issued, and its outputs would change: nothing written, its files in `kept` stay as issued).
   */
  state: DocumentState;
  /** The outputs written by this run, with their hashes. */
  written?: InputFile[];
  /** The document has a danh sách (an xlsx output when that format is chosen). */
  danhSach?: boolean;
  /** The document in one line, for the index page; absent when its model could not be built from the data. */
  summary?: DocumentSummary;
  /** A document of a batch: its name in the batch's output folder (`bao-cao-thanh-tich/nguyen-van-an`); `source` is the batch file. */
  key?: string;
  /** Where a document of a batch comes from: its row (`danh-sach.xlsx, 'Danh sách'!B5`). */
  place?: string;
  /** A batch file's own result (its checks): the names of the documents it makes. */
  jobs?: string[];
}

/** The DOCX template as the manifest records the choice: '' for the default one. */
export const templateChoice = (options: BuildOptions): string => (options.docxTemplate ? resolve(options.docxTemplate) : '');

/** Files and folders whose name starts with `_` or `.` are not documents (registry, law data, parts). */
const isDocumentName = (name: string): boolean =>
  !name.startsWith('_') && !name.startsWith('.') && name !== 'README.md' && DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase());

/** A file, or a link to one (where it leads is the resolver's to check); not a folder link, a device or a pipe. */
const isFileEntry = (e: Dirent, folder: string): boolean => e.isFile() || (e.isSymbolicLink() && isFile(join(folder, e.name)));

/**
 * Folders never searched for data files: packages, and `output` (an earlier build's JSON files there are
 * not data), besides the chosen output folder (passed in `skip`) and names starting with "." (.git).
 */
const NOT_DATA_FOLDERS = ['node_modules', 'output'];

/**
 * Data files in Vietnamese order, the same on every machine (a machine's own locale could put `aa` after
 * `z`). Names of lowercase ASCII letters, digits, `-` and `.` (most data files) compare by their code
 * units, which is that order for them; the collator, whose making loads ICU's collation data (~10 ms of
 * a start), is made only for other names.
 */
let collator: Intl.Collator | undefined;
const PLAIN_NAME = /^[a-z0-9.-]*$/;
export const byName = (a: string, b: string): number => {
  if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return (collator ??= new Intl.Collator('vi')).compare(a, b);
};

/** The data files of `target` (a file, or a folder searched through); `skip`: folders left out (the output folder). */
export function findDocuments(target: string, skip: string[] = []): string[] {
  if (!existsSync(target)) return [];
  if (statSync(target).isFile()) return [target];
  if (skip.includes(resolve(target))) return [];
  return readdirSync(target, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.') && !NOT_DATA_FOLDERS.includes(e.name))
    .sort((a, b) => byName(a.name, b.name))
    .flatMap((e) => (e.isDirectory() ? findDocuments(join(target, e.name), skip) : isFileEntry(e, target) && isDocumentName(e.name) ? [join(target, e.name)] : []));
}

export const outputPath = (source: string, options: BuildOptions, format: Format): string => outputPathIn(options.dataDir, options.outDir, source, format);

const outputPathIn = memoPaths((dataDir: string, outDir: string, source: string, format: string): string => {
  const rel = relative(resolve(dataDir), resolve(source));
  const inside = rel.startsWith('..') ? relative(process.cwd(), resolve(source)).replace(/^(\.\.\/)+/, '') : rel;
  return join(outDir, inside.replace(/\.[^.\/]+$/, `.${format}`));
});

/** The data files of the run: the targets, or the whole data folder; never inside the output folder. */
export const documentsOf = (options: BuildOptions): string[] => {
  const targets = options.targets.length > 0 ? options.targets : [options.dataDir];
  return [...new Set(targets.flatMap((target) => findDocuments(target, [resolve(options.outDir)])))];
};

/** A document that failed: the outputs of its last good build stay (stale), or it has none (error). */
export function failed(source: string, problems: Problem[], options: BuildOptions, inputs: InputFile[] = []): DocumentResult {
  const kept = earlierOutputs(source, options);
  return { source, outputs: [], problems, ok: false, inputs, kept, state: kept.length > 0 ? 'stale' : 'error' };
}

export const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The outputs an earlier build made for a data file that fails now: kept as they were. */
export const earlierOutputs = (file: string, options: BuildOptions): string[] => options.formats.map((format) => outputPath(file, options, format)).filter(isFile);

/**
 * Data files that would write the same outputs (`a.md` and `a.yaml`; `A.md` and `a.md` on Windows or
 * macOS): each fails, naming the others, before anything is built; their outputs are left as they are.
 */
export function collisions(files: string[], options: BuildOptions): Map<string, DocumentResult> {
  const byOutput = new Map<string, string[]>();
  for (const file of files) {
    const key = outputPath(file, options, 'docx').replace(/\.docx$/, '').normalize('NFC').toLowerCase();
    byOutput.set(key, [...(byOutput.get(key) ?? []), file]);
  }
  const collided = new Map<string, DocumentResult>();
  for (const group of byOutput.values()) {
    if (group.length < 2) continue;
    const output = outputPath(group[0], options, options.formats[0]);
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => `"${f}"`).join(', ');
      const message = `tệp này và ${others} cùng ra một văn bản (${output}): không tạo tệp nào để khỏi ghi đè lên nhau. Đổi tên một trong các tệp, hoặc xóa tệp thừa.`;
      collided.set(file, failed(file, [{ severity: 'loi', file, message }], options));
    }
  }
  return collided;
}

/** What makes the documents of a run: this thread (builder.ts) or worker threads (workers.ts). */
export interface Builder {
  /** Makes the document of a data file. */
  document(file: string): Promise<DocumentResult>;
  /** Makes a document of the batch `file` from its job, planned when the batch file's hash was `sha256`. */
  job(file: string, job: BatchJob, sha256: string): Promise<DocumentResult>;
  close(): Promise<void>;
}
