/**
 * The build: find the data files; for each, resolve its inputs, build the document model, check it,
 * lay it out once, serialise the plan with every chosen writer, and only then write the outputs
 * (all of a document's outputs or none, atomically). A failing document does not stop the others, and
 * keeps the outputs of its last good build, reported as not updated.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { DocumentError, problemText, type Problem } from '../core/errors.ts';
import { sha256 } from '../core/hash.ts';
import { runChecks } from '../checks/index.ts';
import { documentJson } from '../document/json.ts';
import { summaryOf, type DocumentSummary } from '../document/summary.ts';
import type { Document } from '../document/types.ts';
import { fontsOf, FONT_VARIANTS, type Fonts } from '../layout/fonts.ts';
import { MissingGlyphError } from '../layout/glyphs.ts';
import { buildDocument } from '../model/build.ts';
import { imageBytesOf, type InputFile, type ResolvedDocument } from '../model/inputs.ts';
import { buildPlan } from '../plan/build.ts';
import type { LayoutPlan } from '../plan/types.ts';
import { DOCUMENT_EXTENSIONS } from '../readers/parse.ts';
import { loadDocxTemplate, loadFonts, loadRegistry, type LoadedTemplate } from '../resolve/resources.ts';
import { Resolver } from '../resolve/resolver.ts';
import { REGISTRY_FILE } from '../model/registry.ts';
import { prepareTemplate, TemplateError } from '../writers/docx/template.ts';
import { TEMPLATE_LIMITS } from '../writers/docx/template-package.ts';
import { FONT_FILE_NAMES } from '../writers/html/css.ts';
import { writeIndexPage, type IndexEntry } from '../writers/index-page/index.ts';
import { decideIssued } from './issued.ts';
import { HashCache, isUpToDate, manifestPath, MANIFEST_FILE, manifestText, pathFromManifest, readManifest, type DocumentState, type Manifest, type ManifestEntry } from './manifest.ts';
import { codeOf, makeFolder, StaleTemps, writeErrorVi, writeFilesTogether, writeIfChanged, WriteError } from './output.ts';
import { toolVersion } from './version.ts';

export type Format = 'docx' | 'pdf' | 'html' | 'json';
/** What `npm run build:docs` makes when no format is chosen. */
export const DEFAULT_FORMATS: Format[] = ['docx', 'pdf', 'html'];
export const FORMATS: Format[] = ['docx', 'pdf', 'html', 'json'];

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
  /** The document in one line, for the index page; absent when its model could not be built from the data. */
  summary?: DocumentSummary;
}

/** What every document of a run shares. */
export interface RunContext {
  options: BuildOptions;
  staleTemps: StaleTemps;
  resolver: Resolver;
  fonts: Fonts;
  fontInputs: InputFile[];
  /** The DOCX template, checked (when DOCX is made). */
  template?: LoadedTemplate;
  hashes: HashCache;
}

interface Rendered {
  doc: Document;
  plan: LayoutPlan;
  outputPath: string;
}

type Writer = (r: Rendered, run: RunContext) => Promise<Uint8Array> | Uint8Array;

/** Each writer, with its libraries, is loaded when a run first uses it (a DOCX-only run never loads pdf-lib). */
const WRITERS: Record<Format, Writer> = {
  docx: async ({ plan }, run) => (await import('../writers/docx/index.ts')).writeDocx(plan, run.template!),
  pdf: async ({ plan }, run) => (await import('../writers/pdf/index.ts')).writePdf(plan, run.fonts),
  html: async ({ plan, outputPath }, run) => {
    const { writeHtml } = await import('../writers/html/index.ts');
    return Buffer.from(writeHtml(plan, { fontUrl: fontUrlFrom(outputPath, run.options.outDir) }), 'utf8');
  },
  json: ({ doc }) => Buffer.from(documentJson(doc), 'utf8'),
};

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

/** The data files of `target` (a file, or a folder searched through); `skip`: folders left out (the output folder). */
export function findDocuments(target: string, skip: string[] = []): string[] {
  if (!existsSync(target)) return [];
  if (statSync(target).isFile()) return [target];
  if (skip.includes(resolve(target))) return [];
  return readdirSync(target, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.') && !NOT_DATA_FOLDERS.includes(e.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? findDocuments(join(target, e.name), skip) : isFileEntry(e, target) && isDocumentName(e.name) ? [join(target, e.name)] : []));
}

export function outputPath(source: string, options: BuildOptions, format: Format): string {
  const rel = relative(resolve(options.dataDir), resolve(source));
  const inside = rel.startsWith('..') ? relative(process.cwd(), resolve(source)).replace(/^(\.\.\/)+/, '') : rel;
  return join(options.outDir, inside.replace(/\.[^.\/]+$/, `.${format}`));
}

/** A target's folder: the files a document names may be in the folder the user pointed at, too. */
const folderOf = (target: string): string => (existsSync(target) && statSync(target).isFile() ? dirname(target) : target);

/** A font of the output's font folder, as a URL relative to an HTML page at `htmlPath`. */
const fontUrlFrom = (htmlPath: string, outDir: string) => (file: string) =>
  relative(dirname(htmlPath), join(outDir, HTML_FONT_DIR, file)).split('\\').join('/');

/** Everything the document is made from: its own inputs, then the fonts and the DOCX template. */
function allInputs(resolved: ResolvedDocument | undefined, run: RunContext): InputFile[] {
  const template = run.template ? [{ path: run.template.path, sha256: run.template.sha256 }] : [];
  return [...(resolved?.inputs ?? []), ...run.fontInputs, ...template];
}

/** The warnings of reading a document and the documents sent with it (their errors stop the build before). */
const readerWarnings = (resolved: ResolvedDocument): Problem[] => [
  ...resolved.problems.filter((p) => p.severity === 'canh-bao'),
  ...Object.values(resolved.attachments).flatMap(readerWarnings),
];

export interface CheckedDocument {
  /** What the resolver read, when it could read the data file. */
  resolved?: ResolvedDocument;
  /** The document, when it has no error. */
  doc?: Document;
  problems: Problem[];
}

/** Reads, resolves, builds and checks one data file, writing nothing: the build's first half, and the whole of the check command. */
export function checkDocument(path: string, run: Pick<RunContext, 'resolver' | 'fonts'>): CheckedDocument {
  let resolved: ResolvedDocument | undefined;
  try {
    resolved = run.resolver.resolveFile(path);
    const doc = buildDocument(resolved);
    const problems = [...readerWarnings(resolved), ...runChecks(doc, resolved, { fonts: run.fonts })];
    return problems.some((p) => p.severity === 'loi') ? { resolved, problems } : { resolved, doc, problems };
  } catch (e) {
    return { resolved, problems: problemsOf(e, path) };
  }
}

async function buildDocumentFile(path: string, run: RunContext): Promise<DocumentResult> {
  const { options } = run;
  const targets = options.formats.map((format) => ({ format, path: outputPath(path, options, format) }));
  const { resolved, doc, problems } = checkDocument(path, run);
  try {
    if (!doc) throw new DocumentError(problems);
    const plan = buildPlan(doc, { fonts: run.fonts, imageBytes: imageBytesOf(resolved!) });
    const rendered = [];
    for (const t of targets) rendered.push({ ...t, bytes: await WRITERS[t.format]({ doc, plan, outputPath: t.path }, run) });
    const issued = decideIssued(resolved!.source, rendered, readIfFile, options.reissue === true);
    writeFilesTogether(issued.write);
    const inputs = allInputs(resolved, run);
    if (issued.held) return { source: path, outputs: [], problems: [...problems, issued.held], ok: true, inputs, kept: earlierOutputs(path, options), state: 'held' };
    const written = rendered.map((r) => ({ path: r.path, sha256: sha256(r.bytes) }));
    return { source: path, outputs: rendered.map((r) => r.path), problems, ok: true, inputs, state: 'built', written, summary: summaryOf(doc) };
  } catch (e) {
    return failed(path, problemsOf(e, path), options, allInputs(resolved, run));
  }
}

/** A document that failed: the outputs of its last good build stay (stale), or it has none (error). */
function failed(source: string, problems: Problem[], options: BuildOptions, inputs: InputFile[] = []): DocumentResult {
  const kept = earlierOutputs(source, options);
  return { source, outputs: [], problems, ok: false, inputs, kept, state: kept.length > 0 ? 'stale' : 'error' };
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();
const readIfFile = (path: string): Uint8Array | undefined => (isFile(path) ? readFileSync(path) : undefined);

/** The outputs an earlier build made for a data file that fails now: kept as they were. */
const earlierOutputs = (file: string, options: BuildOptions): string[] => options.formats.map((format) => outputPath(file, options, format)).filter(isFile);

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

function problemsOf(e: unknown, path: string): Problem[] {
  if (e instanceof DocumentError) return e.problems;
  if (e instanceof TemplateError) return [templateProblem(e)];
  if (e instanceof MissingGlyphError || e instanceof WriteError) return [{ severity: 'loi', file: path, message: e.message }];
  // The last resort, for a fault of the program: its message is English and internal, so it is not shown.
  if (process.env.DEBUG) console.error(e);
  return [{ severity: 'loi', file: path, message: 'lỗi khi tạo văn bản: chương trình gặp lỗi bên trong, không phải do một trường nào của tệp này. Hãy báo cho nhóm phát triển, gửi kèm tệp này (chạy lại với biến môi trường DEBUG=1 để in chi tiết).' }];
}

const templateProblem = (e: TemplateError): Problem => ({ severity: 'loi', file: e.path, message: `mẫu DOCX này ${e.detail}` });

/**
 * The DOCX template, read and checked before any document is built: a template every document would
 * fail on is one problem for the run, told once.
 */
export function openDocxTemplate(options: BuildOptions): LoadedTemplate | { problem: Problem } {
  const maxBytes = TEMPLATE_LIMITS.fileSize;
  const loaded = options.docxTemplate
    ? loadDocxTemplate(options.docxTemplate, { maxBytes })
    : loadDocxTemplate(join(options.templatesDir, 'van-ban.docx'), { maxBytes, templatesDir: options.templatesDir });
  if ('problem' in loaded) return loaded;
  try {
    prepareTemplate(loaded);
  } catch (e) {
    if (e instanceof TemplateError) return { problem: templateProblem(e) };
    throw e;
  }
  return loaded;
}

/** The HTML pages' fonts, written into the output folder when missing or different; if one cannot be written, that is a problem of the run, said once. */
function writeHtmlFonts(run: RunContext, problems: Problem[]): string[] {
  const written: string[] = [];
  for (const variant of FONT_VARIANTS) {
    const path = join(run.options.outDir, HTML_FONT_DIR, FONT_FILE_NAMES[variant]);
    run.staleTemps.removeFor(path);
    try {
      if (writeIfChanged(path, run.fonts.files[variant])) written.push(path);
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      problems.push({ severity: 'loi', file: path, message: `${e.message} Các trang HTML sẽ hiện bằng phông chữ khác.` });
      break;
    }
  }
  return written;
}

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
   * the DOCX template, the output folder), and the HTML pages' fonts that could not be written.
   */
  runProblems: Problem[];
  /** Files written for the run as a whole (the HTML pages' fonts). */
  shared: string[];
}

/** Reports how far the run has got (the terminal's progress line). */
export interface BuildHooks {
  progress?(done: number, total: number, file: string): void;
}

/**
 * What every document of a run shares, read and checked before any output is touched (the registry,
 * the DOCX template when DOCX is made or `withTemplate`, the fonts); or the problem every document
 * would fail on, told once.
 */
export function openRun(options: BuildOptions, withTemplate = options.formats.includes('docx'), hashes = new HashCache()): { run: RunContext } | { problems: Problem[] } {
  const registryPath = join(options.dataDir, REGISTRY_FILE);
  let loaded;
  try {
    loaded = loadRegistry(registryPath);
  } catch (e) {
    return { problems: problemsOf(e, registryPath) };
  }
  const template = withTemplate ? openDocxTemplate(options) : undefined;
  if (template && 'problem' in template) return { problems: [template.problem] };
  const fontResources = loadFonts();
  const run: RunContext = {
    options,
    hashes,
    staleTemps: new StaleTemps(),
    fonts: fontsOf(fontResources.files),
    fontInputs: fontResources.inputs,
    template,
    resolver: new Resolver({
      registry: loaded.registry,
      registryFile: loaded.file,
      templatesDir: options.templatesDir,
      lawDir: dirname(registryPath),
      roots: [options.dataDir, options.templatesDir, ...options.targets.map(folderOf)],
    }),
  };
  return { run };
}

/** The DOCX template as the manifest records the choice: '' for the default one. */
const templateChoice = (options: BuildOptions): string => (options.docxTemplate ? resolve(options.docxTemplate) : '');

/** The data files of the run: the targets, or the whole data folder; never inside the output folder. */
export const documentsOf = (options: BuildOptions): string[] => {
  const targets = options.targets.length > 0 ? options.targets : [options.dataDir];
  return [...new Set(targets.flatMap((target) => findDocuments(target, [resolve(options.outDir)])))];
};

/** A document whose last good build still stands: nothing is made, its warnings are told again. */
function unchangedResult(source: string, manifest: Manifest, options: BuildOptions): DocumentResult {
  const good = manifest.documents[manifestPath(options.outDir, source)].good!;
  const inputs = good.inputs.map((input) => ({ ...input, path: pathFromManifest(options.outDir, input.path) }));
  const outputs = options.formats.map((format) => outputPath(source, options, format));
  return { source, outputs, problems: good.warnings, ok: true, inputs, state: 'unchanged', summary: good.summary };
}

/** The documents of the run whose last good build still stands (none with --tat-ca). */
function unchangedDocuments(files: string[], manifest: Manifest, options: BuildOptions, hashes: HashCache): Set<string> {
  if (options.all) return new Set();
  const docxTemplate = templateChoice(options);
  return new Set(
    files.filter((file) => {
      const good = manifest.documents[manifestPath(options.outDir, file)]?.good;
      const outputs = options.formats.map((format) => outputPath(file, options, format));
      return isUpToDate(good, { outputs, docxTemplate }, options.outDir, hashes);
    }),
  );
}

export async function buildAll(options: BuildOptions, hooks: BuildHooks = {}): Promise<BuildReport> {
  const files = documentsOf(options);
  const manifest = readManifest(options.outDir, toolVersion());
  const hashes = new HashCache();
  const staleTemps = new StaleTemps();
  const collided = collisions(files, options);
  const unchanged = unchangedDocuments(files.filter((f) => !collided.has(f)), manifest, options, hashes);
  const toBuild = new Set(files.filter((f) => !collided.has(f) && !unchanged.has(f)));
  let run: RunContext | undefined;
  if (toBuild.size > 0) {
    const opened = openRun(options, options.formats.includes('docx'), hashes);
    if ('problems' in opened) return { results: [], runProblems: opened.problems, shared: [] };
    const folderProblem = makeOutputFolder(options.outDir);
    if (folderProblem) return { results: [], runProblems: [folderProblem], shared: [] };
    run = { ...opened.run, staleTemps };
  }
  const results: DocumentResult[] = [];
  for (const [done, file] of files.entries()) {
    if (toBuild.has(file)) hooks.progress?.(done, files.length, file);
    if (!unchanged.has(file)) removeStaleTemps(file, options, staleTemps);
    results.push(collided.get(file) ?? (unchanged.has(file) ? unchangedResult(file, manifest, options) : await buildDocumentFile(file, run!)));
  }
  hooks.progress?.(files.length, files.length, '');
  // A shared file's problems are told once, for the run; each document that needed it only refers to them.
  const runProblems: Problem[] = [...(run?.resolver.neededLawProblems() ?? [])];
  const shared = run && options.formats.includes('html') && results.some((r) => r.state === 'built') ? writeHtmlFonts(run, runProblems) : [];
  if (!existsSync(options.outDir)) return { results, runProblems, shared };
  saveManifest(manifest, results, options, runProblems);
  const index = writeIndex(manifest, results, options, runProblems);
  return { results, runProblems, shared, index };
}

/**
 * The index page: every document the manifest knows (this run's as it ended; the others as their last run
 * left them), written when it changed. If it cannot be written, that is said once.
 */
function writeIndex(manifest: Manifest, results: DocumentResult[], options: BuildOptions, problems: Problem[]): string | undefined {
  const path = join(options.outDir, INDEX_PAGE);
  const ofRun = new Map(results.map((r) => [manifestPath(options.outDir, r.source), r]));
  const entries = Object.entries(manifest.documents).map(([key, entry]) => indexEntry(key, entry, ofRun.get(key), options));
  const page = writeIndexPage(entries, { generatedFrom: basename(resolve(options.dataDir)) });
  try {
    return writeIfChanged(path, Buffer.from(page, 'utf8')) ? path : undefined;
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    problems.push({ severity: 'loi', file: path, message: `${e.message} Trang danh sách văn bản chưa được cập nhật.` });
    return undefined;
  }
}

/**
 * A document as the index shows it: its state as it stands (built whether made now or before, so that the
 * page depends on the data, not on what this run had to redo), its files, its problems.
 */
function indexEntry(key: string, entry: ManifestEntry, result: DocumentResult | undefined, options: BuildOptions): IndexEntry {
  const state = !result || result.state === 'unchanged' ? entry.state : result.state;
  const files = state === 'error' ? [] : (entry.good?.outputs ?? []);
  return {
    source: shownSource(pathFromManifest(options.outDir, key), options.dataDir),
    state,
    summary: result?.summary ?? entry.good?.summary,
    outputs: files.map((f) => ({ format: extname(f.path).slice(1), href: f.path })),
    problems: entry.problems.map((p) => ({ severity: p.severity, text: problemText(p) })),
  };
}

/** A data file as the index shows it: from the data folder's name on (`data/2025/a.md`), wherever that folder is. */
function shownSource(source: string, dataDir: string): string {
  const rel = relative(dirname(resolve(dataDir)), resolve(source));
  return (rel.startsWith('..') ? source : rel).split('\\').join('/');
}

/** Records each document of the run in the manifest, drops those whose data file is gone, and writes it if it changed. */
function saveManifest(manifest: Manifest, results: DocumentResult[], options: BuildOptions, runProblems: Problem[]): void {
  const { outDir } = options;
  const relativeInput = (input: InputFile) => ({ ...input, path: manifestPath(outDir, input.path) });
  for (const r of results) {
    const key = manifestPath(outDir, r.source);
    const earlier = manifest.documents[key];
    const good =
      r.state === 'built'
        ? { inputs: r.inputs.map(relativeInput), outputs: r.written!.map(relativeInput), docxTemplate: templateChoice(options), summary: r.summary, warnings: r.problems }
        : earlier?.good;
    manifest.documents[key] = { ...(good ? { good } : {}), state: r.state === 'unchanged' ? 'built' : r.state, problems: r.problems };
  }
  for (const key of Object.keys(manifest.documents)) if (!existsSync(pathFromManifest(outDir, key))) delete manifest.documents[key];
  try {
    writeIfChanged(join(outDir, MANIFEST_FILE), Buffer.from(manifestText(manifest), 'utf8'));
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    runProblems.push({ severity: 'loi', file: join(outDir, MANIFEST_FILE), message: `${e.message} Lần chạy sau sẽ tạo lại mọi văn bản.` });
  }
}
