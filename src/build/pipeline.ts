/**
 * The build of a run: find the data files; leave those whose last good build still stands (the
 * manifest); build the others (render.ts, loaded only then), a failing one keeping the outputs of its
 * last good build; then record the run in the manifest and the index page.
 */
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Problem } from '../core/errors.ts';
import type { InputFile } from '../model/inputs.ts';
import { collisions, documentsOf, FORMATS, formatsOf, INDEX_PAGE, outputPath, templateChoice, type BuildOptions, type Builder, type DocumentResult, type Format } from './documents.ts';
import { HashCache, isUpToDate, manifestKey, manifestPath, MANIFEST_FILE, manifestText, pathFromManifest, readManifest, sourceOfKey, type GoodBuild, type Manifest } from './manifest.ts';
import { codeOf, makeFolder, StaleTemps, writeErrorVi, writeIfChanged, WriteError } from './output.ts';
import type { RunContext } from './render.ts';
import { inThread } from './builder.ts';
import type { WorkerPool } from './workers.ts';
import { toolVersion } from './version.ts';
import { isBatchFile, unchangedBatch } from './batch-files.ts';
import { cacheFolder } from './cache-folder.ts';
import { FileStamps } from './file-stamps.ts';
import { heapsFor } from './memory.ts';

export * from './documents.ts';

/** Every output of a data file: the temporary files a killed run left beside them go first, whether or not the document builds. */
function removeStaleTemps(file: string, options: BuildOptions, staleTemps: StaleTemps): void {
  for (const format of options.formats) staleTemps.removeFor(outputPath(file, options, format));
}

/** The output folder, made before any document is built: if it cannot be, that is said once, for the run. */
function makeOutputFolder(outDir: string): Problem | undefined {
  try {
    makeFolder(outDir);
    return undefined;
  } catch (e) {
    return { severity: 'loi', file: outDir, message: `không tạo được thư mục ra "${outDir}", nên không tạo được văn bản nào: ${writeErrorVi(codeOf(e), outDir)}` };
  }
}

export interface BuildReport {
  results: DocumentResult[];
  /** The index page, when this run wrote it. */
  index?: string;
  /**
   * Problems of the run as a whole: those that stop it before any document is built (the agency registry,
   * the DOCX template, the output folder); those of a shared file some documents needed (the law data),
   * told once; the HTML pages' fonts, the manifest or the index page that could not be written.
   */
  runProblems: Problem[];
  /** Files written for the run as a whole (the HTML pages' fonts). */
  shared: string[];
}

/** Reports how far the run has got (the terminal's progress line): how many of the data files to make are done, and the last one. */
export interface BuildHooks {
  progress?(done: number, total: number, file: string): void;
}


/** A document whose last good build still stands: nothing is made, its warnings are told again. */
function unchangedResult(source: string, manifest: Manifest, options: BuildOptions): DocumentResult {
  const good = manifest.documents[manifestPath(options.outDir, source)].good!;
  const inputs = good.inputs.map((input) => ({ ...input, path: pathFromManifest(options.outDir, input.path) }));
  const outputs = formatsOf(options.formats, good.danhSach).map((format) => outputPath(source, options, format));
  return { source, outputs, problems: good.warnings, ok: true, inputs, state: 'unchanged', summary: good.summary };
}

/** The documents of the run whose last good build still stands (none with --tat-ca). */
function unchangedDocuments(files: string[], manifest: Manifest, options: BuildOptions, hashes: HashCache): Set<string> {
  if (options.all) return new Set();
  const docxTemplate = templateChoice(options);
  return new Set(
    files.filter((file) => {
      const good = manifest.documents[manifestPath(options.outDir, file)]?.good;
      const outputs = formatsOf(options.formats, good?.danhSach).map((format) => outputPath(file, options, format));
      return isUpToDate(good, { outputs, docxTemplate }, options.outDir, hashes);
    }),
  );
}

/** The same problem told by this thread and by a worker, once. */
const uniqueProblems = (problems: Problem[]): Problem[] => [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()];

/**
 * What makes a number of documents: the run's worker threads when there are enough of them and the run
 * may use them (one pool for the run, started by the first that needs it), else this thread.
 */
function buildersOf(run: RunContext): { builderFor(documents: number): Promise<Builder>; startWorkers(): void; lawProblems(): Promise<Problem[]>; close(): Promise<void> } {
  let pool: Promise<WorkerPool> | undefined;
  const startWorkers = (): Promise<WorkerPool> => (pool ??= import('./workers.ts').then((w) => w.workerPool(run.options, run.options.workers!)));
  return {
    builderFor: async (documents) => {
      heapsFor(documents);
      const workers = Math.min(run.options.workers ?? 1, documents);
      if (workers < 2 || documents < MIN_DOCUMENTS_FOR_WORKERS) return inThread(run);
      return startWorkers();
    },
    // Started early; a pool that fails to start is reported by the first document that asks for it.
    startWorkers: () => {
      if ((run.options.workers ?? 1) >= 2) startWorkers().catch(() => undefined);
    },
    lawProblems: async () => (await pool)?.lawProblems() ?? [],
    close: async () => (await pool)?.close(),
  };
}

/** A worker starts cold (loading the program, opening the run, its code not yet optimised): fewer documents than this are made in this thread. */
const MIN_DOCUMENTS_FOR_WORKERS = 12;

export async function buildAll(options: BuildOptions, hooks: BuildHooks = {}): Promise<BuildReport> {
  const files = documentsOf(options);
  const manifest = readManifest(options.outDir, toolVersion());
  const hashes = new HashCache(FileStamps.load(cacheFolder(), options.outDir));
  const staleTemps = new StaleTemps();
  const batches = new Set(files.filter(isBatchFile));
  const collided = collisions(files.filter((f) => !batches.has(f)), options);
  const unchangedBatches = new Map([...batches].flatMap((file) => {
    const results = unchangedBatch(file, manifest, options, hashes);
    return results ? [[file, results] as const] : [];
  }));
  const unchanged = unchangedDocuments(files.filter((f) => !collided.has(f) && !batches.has(f)), manifest, options, hashes);
  const toBuild = new Set(files.filter((f) => !collided.has(f) && !unchanged.has(f) && !unchangedBatches.has(f)));
  let run: RunContext | undefined;
  let render: typeof import('./render.ts') | undefined;
  let builder: Builder | undefined;
  let builders: ReturnType<typeof buildersOf> | undefined;
  if (toBuild.size > 0) {
    render = await import('./render.ts');
    const opened = render.openRun(options, options.formats.includes('docx'), staleTemps);
    if ('problems' in opened) return { results: [], runProblems: opened.problems, shared: [] };
    const folderProblem = makeOutputFolder(options.outDir);
    if (folderProblem) return { results: [], runProblems: [folderProblem], shared: [] };
    run = opened.run;
    builders = buildersOf(run);
    // A batch made whole (its first build, or --tat-ca) makes many documents: the workers open the run while this thread reads its sheet.
    if ([...toBuild].some((f) => batches.has(f) && (options.all || !manifest.documents[manifestKey(options.outDir, f)]?.good))) builders.startWorkers();
    builder = await builders.builderFor([...toBuild].filter((f) => !batches.has(f)).length);
  }
  let done = 0;
  const counted = <T>(file: string, result: Promise<T>): Promise<T> =>
    result.then((r) => {
      if (toBuild.has(file)) hooks.progress?.(++done, toBuild.size, file);
      return r;
    });
  const pending = files.map((file): Promise<DocumentResult[]> => {
    if (batches.has(file)) return counted(file, unchangedBatches.has(file) ? Promise.resolve(unchangedBatches.get(file)!) : import('./batch.ts').then((b) => b.buildBatch(file, run!, manifest, hashes, builders!.builderFor)));
    if (!unchanged.has(file)) removeStaleTemps(file, options, staleTemps);
    const made = collided.get(file) ?? (unchanged.has(file) ? unchangedResult(file, manifest, options) : builder!.document(file));
    return counted(file, Promise.resolve(made).then((r) => [r]));
  });
  const results = (await Promise.all(pending)).flat();
  await builders?.close();
  hooks.progress?.(toBuild.size, toBuild.size, '');
  // A shared file's problems are told once, for the run; each document that needed it only refers to them.
  const runProblems: Problem[] = uniqueProblems([...(run?.resolver.neededLawProblems() ?? []), ...((await builders?.lawProblems()) ?? [])]);
  const shared = run && options.formats.includes('html') && results.some((r) => r.state === 'built') ? render!.writeHtmlFonts(run, runProblems, (path) => hashes.of(path)) : [];
  if (!existsSync(options.outDir)) return { results, runProblems, shared };
  const changed = saveManifest(manifest, results, options, hashes, runProblems);
  hashes.save();
  const index = changed || !existsSync(join(options.outDir, INDEX_PAGE)) ? (await import('./index-page.ts')).writeIndex(manifest, options, runProblems) : undefined;
  return { results, runProblems, shared, index };
}

/**
 * The outputs of a build, with those of other formats an earlier build made from inputs that are all
 * unchanged (a JSON-only run leaves the DOCX and PDF of the run before it up to date), in the order of FORMATS.
 */
function withOtherFormats(built: GoodBuild, earlier: GoodBuild | undefined, options: BuildOptions, hashes: HashCache): InputFile[] {
  const paths = new Set(built.outputs.map((o) => o.path));
  const others = earlier?.outputs.filter((o) => !paths.has(o.path)) ?? [];
  const stand = others.length > 0 && isUpToDate(earlier, { outputs: others.map((o) => pathFromManifest(options.outDir, o.path)), docxTemplate: built.docxTemplate }, options.outDir, hashes);
  const rank = (path: string) => FORMATS.indexOf(extname(path).slice(1) as Format);
  return [...built.outputs, ...(stand ? others : [])].sort((a, b) => rank(a.path) - rank(b.path));
}

/** Records each document of the run in the manifest, drops those whose data file is gone, and writes it if it changed (whether it did). */
function saveManifest(manifest: Manifest, results: DocumentResult[], options: BuildOptions, hashes: HashCache, runProblems: Problem[]): boolean {
  const { outDir } = options;
  const relativeInput = (input: InputFile) => ({ ...input, path: manifestPath(outDir, input.path) });
  for (const r of results.filter((r) => !r.jobs)) {
    const key = manifestKey(outDir, r.source, r.key);
    const earlier = manifest.documents[key]?.good;
    let good = earlier;
    if (r.state === 'built') {
      const built: GoodBuild = { inputs: r.inputs.map(relativeInput), outputs: r.written!.map(relativeInput), docxTemplate: templateChoice(options), summary: r.summary, ...(r.danhSach ? { danhSach: true as const } : {}), warnings: r.problems };
      good = { ...built, outputs: withOtherFormats(built, earlier, options, hashes) };
    }
    manifest.documents[key] = { ...(good ? { good } : {}), state: r.state === 'unchanged' ? 'built' : r.state, problems: r.problems, ...(r.place ? { place: r.place } : {}) };
  }
  for (const r of results.filter((r) => r.jobs)) saveBatch(manifest, r, options, relativeInput);
  // The data files of this run were found by it; only the others' are looked for.
  const found = new Set(results.map((r) => manifestPath(outDir, r.source)));
  for (const key of Object.keys(manifest.documents)) {
    const source = sourceOfKey(key);
    if (!found.has(source) && !existsSync(pathFromManifest(outDir, source))) delete manifest.documents[key];
  }
  try {
    return writeIfChanged(join(outDir, MANIFEST_FILE), Buffer.from(manifestText(manifest), 'utf8'));
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    runProblems.push({ severity: 'loi', file: join(outDir, MANIFEST_FILE), message: `${e.message} Lần chạy sau sẽ tạo lại mọi văn bản.` });
    return true;
  }
}

/**
 * A batch's own entry: what it and all its documents were made from and made (so that the next run can
 * find it all unchanged without reading the sheet), its checks' problems, its documents' names. When the
 * checks stopped it, its documents' entries are marked stale (their outputs are those of an earlier build);
 * the entries of documents it no longer makes go.
 */
function saveBatch(manifest: Manifest, r: DocumentResult, options: BuildOptions, relativeInput: (input: InputFile) => InputFile): void {
  const { outDir } = options;
  const key = manifestKey(outDir, r.source);
  const jobKeys = new Set(r.jobs!.map((name) => manifestKey(outDir, r.source, name)));
  const earlier = manifest.documents[key];
  if (r.state === 'unchanged') return;
  if (r.state !== 'built') {
    manifest.documents[key] = { ...(earlier?.good ? { good: earlier.good } : {}), state: r.state, problems: r.problems, jobs: r.jobs };
    for (const jobKey of jobKeys) if (manifest.documents[jobKey]) manifest.documents[jobKey] = { ...manifest.documents[jobKey], state: 'stale', problems: [] };
    return;
  }
  for (const other of Object.keys(manifest.documents)) if (other.startsWith(`${key}#`) && !jobKeys.has(other)) delete manifest.documents[other];
  const outputs = [...jobKeys].flatMap((jobKey) => manifest.documents[jobKey]?.good?.outputs ?? []);
  const good: GoodBuild = { inputs: r.inputs.map(relativeInput), outputs, docxTemplate: templateChoice(options), summary: r.summary, warnings: r.problems };
  manifest.documents[key] = { good, state: 'built', problems: r.problems, jobs: r.jobs };
}
