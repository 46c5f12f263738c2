/**
 * Batches (`loai: dot_de_nghi`) as the pipeline sees them before building anything: which data files are
 * batches, where their documents go (a folder named after the batch file), and whether a batch's last
 * good build still stands (every file it and its documents were made from unchanged, every output there).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { sha256 } from '../core/hash.ts';
import { join } from 'node:path';
import { formatsOf, outputPath, templateChoice, type BuildOptions, type DocumentResult, type Format } from './documents.ts';
import { HashCache, isUpToDate, manifestKey, pathFromManifest, type Manifest, type ManifestEntry } from './manifest.ts';

/** Whether a data file is a batch: a YAML or JSON file with `loai: dot_de_nghi` (a look at its text, not a parse). */
export function isBatchFile(path: string): boolean {
  if (!/\.(ya?ml|json)$/i.test(path)) return false;
  try {
    return /^\s*"?loai"?\s*:\s*["']?dot_de_nghi\b/m.test(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}

/** The folder of a batch's documents: the batch file's output path without extension. */
export const batchFolder = (file: string, options: BuildOptions): string => outputPath(file, options, 'docx').replace(/\.docx$/, '');

/** Where a document of a batch goes, one path per format (an XLSX only for a document with a danh sách, when `hasList` is known). */
export const jobTargets = (file: string, name: string, options: BuildOptions, hasList?: boolean): { format: Format; path: string }[] =>
  (hasList === undefined ? options.formats : formatsOf(options.formats, hasList)).map((format) => ({ format, path: join(batchFolder(file, options), `${name}.${format}`) }));

/** A document of a batch whose last good build stands: nothing is made, its warnings are told again. */
export function unchangedJob(file: string, name: string, entry: ManifestEntry, options: BuildOptions): DocumentResult {
  const good = entry.good!;
  const inputs = good.inputs.map((input) => ({ ...input, path: pathFromManifest(options.outDir, input.path) }));
  const outputs = jobTargets(file, name, options, good.danhSach === true).map((t) => t.path);
  return { source: file, key: name, place: entry.place, outputs, problems: good.warnings, ok: true, inputs, state: 'unchanged', summary: good.summary };
}

/** The batch's own result when it and all its documents stand as built last time; undefined when something must be redone. */
export function unchangedBatch(file: string, manifest: Manifest, options: BuildOptions, hashes: HashCache): DocumentResult[] | undefined {
  if (options.all) return undefined;
  const { outDir } = options;
  const entry = manifest.documents[manifestKey(outDir, file)];
  if (!entry?.good || !entry.jobs || entry.state !== 'built') return undefined;
  const jobs = entry.jobs.map((name) => [name, manifest.documents[manifestKey(outDir, file, name)]] as const);
  if (jobs.some(([, e]) => !e?.good || e.state !== 'built')) return undefined;
  const wanted = jobs.flatMap(([name, e]) => jobTargets(file, name, options, e!.good!.danhSach === true).map((t) => t.path));
  if (!isUpToDate(entry.good, { outputs: wanted, docxTemplate: templateChoice(options) }, outDir, hashes)) return undefined;
  const inputs = entry.good.inputs.map((input) => ({ ...input, path: pathFromManifest(outDir, input.path) }));
  const ok = !entry.problems.some((p) => p.severity === 'loi');
  const own: DocumentResult = { source: file, outputs: [], problems: entry.problems, ok, inputs, state: 'unchanged', jobs: entry.jobs, summary: entry.good.summary };
  return [own, ...jobs.map(([name, e]) => unchangedJob(file, name, e!, options))];
}

/**
 * The outputs of a batch document's last good build, but `kept`, go: only files in the batch's folder
 * (`folder`), and not one edited by hand since it was written (its content is not the one recorded).
 */
export function removeEarlierOutputs(entry: ManifestEntry | undefined, kept: string[], outDir: string, folder: string): void {
  for (const output of entry?.good?.outputs ?? []) {
    const path = pathFromManifest(outDir, output.path);
    if (!kept.includes(path) && path.startsWith(folder) && existsSync(path) && sha256(readFileSync(path)) === output.sha256) rmSync(path);
  }
}
