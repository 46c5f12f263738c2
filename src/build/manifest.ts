/**
 * The build manifest (`output/.bang-ke.json`): for each document, the hash of every input its outputs
 * were made from (data file, registry, law data, templates, images, fonts, DOCX template), the hash of
 * each output, and the tool's version. A rebuild redoes a document only when one of these changed.
 * Paths are kept relative to the output folder, so the manifest holds wherever the command runs from.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Problem } from '../core/errors.ts';
import type { DocumentSummary } from '../document/summary.ts';
import type { InputFile } from '../model/inputs.ts';
import { FileStamps } from './file-stamps.ts';
import { memoPaths } from './memo-paths.ts';

export const MANIFEST_FILE = '.bang-ke.json';
const FORMAT_VERSION = 1;

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

/** The manifest of `outDir`; an empty one when there is none, it cannot be read, or another version of the tool wrote it. */
export function readManifest(outDir: string, tool: string): Manifest {
  const empty: Manifest = { tool, documents: {} };
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), 'utf8')) as Manifest & { format?: number };
    if (manifest.format !== FORMAT_VERSION || manifest.tool !== tool || typeof manifest.documents !== 'object') return empty;
    return { tool, documents: manifest.documents };
  } catch {
    return empty;
  }
}

/** The manifest's text: keys sorted, so that the same builds give the same bytes. */
export function manifestText(manifest: Manifest): string {
  const documents = Object.fromEntries(Object.keys(manifest.documents).sort().map((key) => [key, manifest.documents[key]]));
  return `${JSON.stringify({ format: FORMAT_VERSION, tool: manifest.tool, documents }, null, 1)}\n`;
}

const absolute = memoPaths((path: string) => resolve(path));

/** A path as the manifest keeps it: relative to the output folder, with `/`. */
export const manifestPath = memoPaths((outDir: string, path: string): string => relative(resolve(outDir), resolve(path)).split('\\').join('/'));

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
