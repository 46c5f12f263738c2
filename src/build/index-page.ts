/**
 * The index page of the output folder (`output/index.html`), from the manifest: every document with its
 * last state, its files and its problems: a function of the manifest, so made only when the manifest
 * changed or the page is missing.
 */
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { problemText, type Problem } from '../core/errors.ts';
import { closeSync, openSync, readSync } from 'node:fs';
import { sha256 } from '../core/hash.ts';
import { FINGERPRINT_META, writeIndexPage, type IndexEntry } from '../writers/index-page/index.ts';
import { programVersion } from './version.ts';
import { INDEX_PAGE, type BuildOptions } from './documents.ts';
import { pathFromManifest, sourceOfKey, type Manifest, type ManifestEntry } from './manifest.ts';
import { writeIfChanged, WriteError } from './output.ts';

/**
 * The index page: every document the manifest knows, as the last run that took it up left it (this run's
 * are recorded already), written when it changed. If it cannot be written, that is said once.
 */
export function writeIndex(manifest: Manifest, options: BuildOptions, problems: Problem[]): string | undefined {
  const path = join(options.outDir, INDEX_PAGE);
  // A batch's own entry has its checks' problems and no output: shown as a row of its own.
  // In the order of their keys: the page sorts its rows itself, and the fingerprint is then the same whichever order the manifest has them in.
  const entries = Object.keys(manifest.documents)
    .sort()
    .map((key) => indexEntry(key, manifest.documents[key], options));
  const generatedFrom = basename(resolve(options.dataDir));
  // A page made from the same entries by the same program is the same page: it is not made again. (The
  // program's code only: the page, unlike the DOCX and PDF, does not depend on the machine's zlib.)
  const fingerprint = sha256(JSON.stringify([programVersion(), generatedFrom, entries])).slice(0, 32);
  if (fingerprintOf(path) === fingerprint) return undefined;
  const page = writeIndexPage(entries, { generatedFrom, fingerprint });
  try {
    return writeIfChanged(path, Buffer.from(page, 'utf8')) ? path : undefined;
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    problems.push({ severity: 'loi', file: path, message: `${e.message} Trang danh sách văn bản chưa được cập nhật.` });
    return undefined;
  }
}

/** The fingerprint in the head of the index page at `path`, if there is one. */
function fingerprintOf(path: string): string | undefined {
  let file: number | undefined;
  try {
    file = openSync(path, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const read = readSync(file, head, 0, HEAD_BYTES, 0);
    return new RegExp(`<meta name="${FINGERPRINT_META}" content="([0-9a-f]+)">`).exec(head.toString('latin1', 0, read))?.[1];
  } catch {
    return undefined;
  } finally {
    if (file !== undefined) closeSync(file);
  }
}

/** The page's head up to its fingerprint: the doctype, `<html lang>`, the charset and the fingerprint's own meta. */
const HEAD_BYTES = 256;

/**
 * A document as the index shows it: its state (built whether made by the last run or before, so that the
 * page depends on the data, not on what a run had to redo), the files of its last good build, its problems.
 */
function indexEntry(key: string, { state, good, problems, place }: ManifestEntry, options: BuildOptions): IndexEntry {
  const files = state === 'error' ? [] : (good?.outputs ?? []);
  const source = shownSource(pathFromManifest(options.outDir, sourceOfKey(key)), options.dataDir);
  // A document of a batch is listed in the batch's folder, under its name, with its row.
  const name = key.slice(sourceOfKey(key).length + 1);
  return {
    source: name ? `${source.replace(/\.[^./]+$/, '')}/${name}` : source,
    ...(place ? { place } : {}),
    state,
    summary: good?.summary,
    outputs: files.map((f) => ({ format: extname(f.path).slice(1), href: f.path })),
    problems: problems.map((p) => ({ severity: p.severity, text: problemText(p) })),
  };
}

/** A data file as the index shows it: from the data folder's name on (`data/2025/a.md`), wherever that folder is. */
function shownSource(source: string, dataDir: string): string {
  const rel = relative(dirname(resolve(dataDir)), resolve(source));
  return (rel.startsWith('..') ? source : rel).split('\\').join('/');
}
