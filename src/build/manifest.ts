/**
 * The build manifest (`output/.bang-ke.json`): for each document, the hash of every input its outputs
 * were made from (data file, registry, law data, templates, images, fonts, DOCX template), the hash of
 * each output, and the tool's version. A rebuild redoes a document only when one of these changed.
 * Paths are kept relative to the output folder, so the manifest holds wherever the command runs from.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../core/errors.ts';
import type { DocumentSummary } from '../document/summary.ts';
import type { InputFile } from '../model/inputs.ts';
import { FileStamps } from './file-stamps.ts';
import { memoPaths } from './memo-paths.ts';

export const MANIFEST_FILE = '.bang-ke.json';
const FORMAT_VERSION = 2;

/** What a document's last good build was made from and made. */
export interface GoodBuild {
  inputs: InputFile[];
  outputs: InputFile[];
  /** The DOCX template chosen on the command line ('' for the default): a different choice is a different build. */
  docxTemplate: string;
  summary?: DocumentSummary;
  /** The document has a danh sách, so an xlsx output when that format is chosen. */
  danhSach?: true;
  /** The warnings of that build (told again while the document stays as it is). */
  warnings: Problem[];
}

export type DocumentState = 'built' | 'unchanged' | 'stale' | 'error' | 'held';

export interface ManifestEntry {
  good?: GoodBuild;
  /**
   * How the document ended in the last run that took it up, with that run's problems. A document a
   * run found unchanged is `built` still (its outputs stand), so a run that changes nothing changes no byte.
   */
  state: Exclude<DocumentState, 'unchanged'>;
  problems: Problem[];
  /** A document of a batch: its row. */
  place?: string;
  /** A batch file: the names of its documents, each an entry `<batch file>#<name>`. */
  jobs?: string[];
}

export interface Manifest {
  tool: string;
  documents: Record<string, ManifestEntry>;
}

/**
 * On disk, each file a document was made from or made is written once, in a table (`files`: path and
 * hash), and a document names its inputs and outputs by their place in it: the fonts, the registry and
 * the templates every document names would otherwise be written 200 times in a 200-document folder,
 * and read back and parsed at each run. One document per line, keys sorted: the same builds give the same bytes.
 */
interface ManifestFile {
  format: number;
  tool: string;
  files: [string, string][];
  documents: Record<string, Omit<ManifestEntry, 'good'> & { good?: Omit<GoodBuild, 'inputs' | 'outputs'> & { inputs: number[]; outputs: number[] } }>;
}

/** The manifest of `outDir`; an empty one when there is none, it cannot be read, or another version of the tool wrote it. */
export function readManifest(outDir: string, tool: string): Manifest {
  let text: string;
  try {
    text = readFileSync(join(outDir, MANIFEST_FILE), 'utf8');
  } catch {
    return { tool, documents: {} };
  }
  const manifest = manifestFromText(text);
  return manifest?.tool === tool ? manifest : { tool, documents: {} };
}

/** The manifest a text holds, or undefined when it is not one of this format (damaged, or written by another version). */
export function manifestFromText(text: string): Manifest | undefined {
  try {
    const file = JSON.parse(text) as ManifestFile;
    if (file.format !== FORMAT_VERSION || typeof file.tool !== 'string' || !Array.isArray(file.files) || typeof file.documents !== 'object' || !file.documents) return undefined;
    const files = file.files.map(([path, sha256]): InputFile => ({ path, sha256 }));
    const fileAt = (i: number): InputFile => {
      if (!files[i]) throw new Error('bảng kê hỏng');
      return files[i];
    };
    const documents: Record<string, ManifestEntry> = {};
    for (const [key, { good, ...entry }] of Object.entries(file.documents)) {
      documents[key] = good ? { ...entry, good: { ...good, inputs: good.inputs.map(fileAt), outputs: good.outputs.map(fileAt) } } : entry;
    }
    return { tool: file.tool, documents };
  } catch {
    return undefined;
  }
}

/** The manifest's text: each file once in the table, in the order the documents (sorted by key) name them. */
export function manifestText(manifest: Manifest): string {
  const files: [string, string][] = [];
  const places = new Map<string, number>();
  // The documents read from the file share its files' objects: most are found by the object, without a key made.
  const placesOf = new Map<InputFile, number>();
  const placeOf = (file: InputFile): number => {
    let place = placesOf.get(file);
    if (place !== undefined) return place;
    const id = `${file.path}\0${file.sha256}`;
    place = places.get(id);
    if (place === undefined) places.set(id, (place = files.push([file.path, file.sha256]) - 1));
    placesOf.set(file, place);
    return place;
  };
  const lines = Object.keys(manifest.documents)
    .sort()
    .map((key) => {
      const { good, ...entry } = manifest.documents[key];
      const stored = good ? { good: { ...good, inputs: good.inputs.map(placeOf), outputs: good.outputs.map(placeOf) }, ...entry } : entry;
      return `${JSON.stringify(key)}:${JSON.stringify(stored)}`;
    });
  const table = files.map((f) => JSON.stringify(f)).join(',\n');
  return `{"format":${FORMAT_VERSION},"tool":${JSON.stringify(manifest.tool)},\n"files":[\n${table}\n],\n"documents":{\n${lines.join(',\n')}\n}}\n`;
}

const absolute = memoPaths((path: string) => (isPlainAbsolute(path) ? path : resolve(path)));

/** A path as the manifest keeps it: relative to the output folder, with `/`. */
export const manifestPath = memoPaths((outDir: string, path: string): string => {
  // An output's path is the output folder's joined with the rest (documents.ts: outputPath): that rest.
  const rest = path.startsWith(outDir) && path[outDir.length] === sep ? path.slice(outDir.length + 1) : undefined;
  // Plain: its separator is `/` already.
  if (rest && isPlainRelative(rest)) return rest;
  return relative(resolve(outDir), resolve(path)).split('\\').join('/');
});

/**
 * Paths path.resolve would give back as they are, without its work (a rebuild of 200 documents resolves
 * some 800 paths, a string built piece by piece for each): absolute, or relative going down only, with
 * no `.`, `..` or empty segment, on a system whose only separator is `/` (and no `\`, which the manifest
 * writes as `/` whatever the system).
 */
const isPlainAbsolute = (path: string): boolean => sep === '/' && path.startsWith('/') && isPlainRelative(path.slice(1));
const isPlainRelative = (path: string): boolean => sep === '/' && path !== '' && !path.includes('\\') && !/(^|\/)\.{0,2}(\/|$)/.test(path);

/** A path of the manifest as the file system wants it. */
export const pathFromManifest = memoPaths((outDir: string, path: string): string => join(outDir, path));

/** The key of a document: its data file, and for a document of a batch its name after `#`. */
export const manifestKey = (outDir: string, source: string, name?: string): string => manifestPath(outDir, source) + (name ? `#${name}` : '');

/** The data file of a manifest key. */
export const sourceOfKey = (key: string): string => key.replace(/#.*$/, '');

/** Hashes of files, each read once a run; a file that cannot be read has none. */
export class HashCache {
  private readonly hashes = new Map<string, string | undefined>();

  /** `stamps`: the hashes earlier runs kept (file-stamps.ts); without them every file is read. */
  constructor(private readonly stamps: FileStamps = FileStamps.load(undefined, '')) {}

  /** The hash of something that is not a file of its own (a document of a batch: its fields as made). */
  set(path: string, hash: string): void {
    this.hashes.set(absolute(path), hash);
  }

  of(path: string): string | undefined {
    const key = absolute(path);
    if (!this.hashes.has(key)) this.hashes.set(key, this.stamps.hashOf(key));
    return this.hashes.get(key);
  }

  /** Keeps the hashes read in this run for the next one. */
  save(): void {
    this.stamps.save();
  }
}

/**
 * Whether the last good build of a document still stands: made by this tool, with the same DOCX
 * template choice, from inputs whose content is unchanged, and every output wanted is there as written.
 */
export function isUpToDate(good: GoodBuild | undefined, wanted: { outputs: string[]; docxTemplate: string }, outDir: string, hashes: HashCache): boolean {
  if (!good || good.docxTemplate !== wanted.docxTemplate) return false;
  const outputs = new Map(good.outputs.map((o) => [o.path, o.sha256]));
  const outputsStand = wanted.outputs.every((path) => {
    const recorded = outputs.get(manifestPath(outDir, path));
    return recorded !== undefined && hashes.of(path) === recorded;
  });
  return outputsStand && good.inputs.every((input) => hashes.of(pathFromManifest(outDir, input.path)) === input.sha256);
}
