/**
 * Building one document: resolve its inputs, build the model, check it, lay it out once, serialise the
 * plan with every chosen writer, and only then write the outputs (all or none, atomically). Loaded by
 * the pipeline only when a run has something to build; the check command uses its first half.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { DocumentError, type Problem } from '../core/errors.ts';
import { sha256 } from '../core/hash.ts';
import { runChecks } from '../checks/index.ts';
import { documentJson } from '../document/json.ts';
import { summaryOf } from '../document/summary.ts';
import type { Document } from '../document/types.ts';
import { fontsOf, FONT_VARIANTS, type Fonts, type FontVariant } from '../layout/fonts.ts';
import { MissingGlyphError } from '../layout/glyphs.ts';
import { buildDocument } from '../model/build.ts';
import { imageBytesOf, type InputFile, type ResolvedDocument } from '../model/inputs.ts';
import { REGISTRY_FILE, type Registry } from '../model/registry.ts';
import type { LawTables } from '../law/law-data.ts';
import { buildPlan } from '../plan/build.ts';
import type { LayoutPlan } from '../plan/types.ts';
import { loadDocxTemplate, loadFonts, loadRegistry, type LoadedTemplate } from '../resolve/resources.ts';
import { Resolver } from '../resolve/resolver.ts';
import { TemplateError } from '../writers/docx/template.ts';
import { TEMPLATE_LIMITS } from '../writers/docx/template-package.ts';
import { FONT_FILE_NAMES } from '../writers/html/css.ts';
import { earlierOutputs, failed, formatsOf, HTML_FONT_DIR, isFile, outputPath, type BuildOptions, type DocumentResult, type Format } from './documents.ts';
import { decideIssued } from './issued.ts';
import { cacheFolder } from './cache-folder.ts';
import { FileStamps } from './file-stamps.ts';
import { keptValues } from './kept-values.ts';
import { prepareTemplateCached } from './template-cache.ts';
import { keptCleanTexts } from './clean-texts.ts';
import { useCleanTexts } from '../readers/encoding.ts';
import { useKeptTemplateCode } from '../content/templates.ts';
import { fontPackStore } from './font-pack-cache.ts';
import type { PackStore } from '../writers/pdf/font-pack.ts';
import { removeIfExists, StaleTemps, writeFilesTogether, writeIfChanged, WriteError } from './output.ts';

/** What every document of a run shares. */
export interface RunContext {
  options: BuildOptions;
  staleTemps: StaleTemps;
  resolver: Resolver;
  fonts: Fonts;
  fontInputs: Record<FontVariant, InputFile>;
  /** The DOCX template, checked (when DOCX is made). */
  template?: LoadedTemplate;
}

interface Rendered {
  doc: Document;
  plan: LayoutPlan;
  outputPath: string;
}

type Writer = (r: Rendered, run: RunContext) => Promise<Uint8Array> | Uint8Array;

let packStore: PackStore | undefined;

/** Each writer, with its libraries, is loaded when a run first uses it (a DOCX-only run never loads pdf-lib). */
const WRITERS: Record<Format, Writer> = {
  docx: async ({ plan }, run) => (await import('../writers/docx/index.ts')).writeDocx(plan, run.template!),
  pdf: async ({ plan }, run) => (await import('../writers/pdf/index.ts')).writePdf(plan, run.fonts, (packStore ??= fontPackStore(cacheFolder()))),
  html: async ({ plan, outputPath }, run) => {
    const { writeHtml } = await import('../writers/html/index.ts');
    return Buffer.from(writeHtml(plan, { fontUrl: fontUrlFrom(outputPath, run.options.outDir) }), 'utf8');
  },
  json: ({ doc }) => Buffer.from(documentJson(doc), 'utf8'),
  xlsx: async ({ doc }) => (await import('../writers/xlsx/danh-sach.ts')).writeNomineeXlsx(doc.danhSach!, doc.info),
};

/** A target's folder: the files a document names may be in the folder the user pointed at, too. */
const folderOf = (target: string): string => (isFile(target) ? dirname(target) : target);

/** A font of the output's font folder, as a URL relative to an HTML page at `htmlPath`. */
const fontUrlFrom = (htmlPath: string, outDir: string) => (file: string) =>
  relative(dirname(htmlPath), join(outDir, HTML_FONT_DIR, file)).split('\\').join('/');

/** Everything the document is made from: its own inputs, then the fonts and the DOCX template. */
export function allInputs(resolved: ResolvedDocument | undefined, run: RunContext): InputFile[] {
  const template = run.template ? [{ path: run.template.path, sha256: run.template.sha256 }] : [];
  return [...(resolved?.inputs ?? []), ...Object.values(run.fontInputs), ...template];
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
  } catch (e) {
    return { problems: problemsOf(e, path) };
  }
  return checkResolved(resolved, run);
}

/** Builds and checks a resolved document (a data file, or a document of a batch made in memory). */
export function checkResolved(resolved: ResolvedDocument, run: Pick<RunContext, 'fonts'>): CheckedDocument {
  try {
    const doc = buildDocument(resolved);
    const problems = [...readerWarnings(resolved), ...runChecks(doc, resolved, { fonts: run.fonts })];
    return problems.some((p) => p.severity === 'loi') ? { resolved, problems } : { resolved, doc, problems };
  } catch (e) {
    return { resolved, problems: problemsOf(e, resolved.source.path) };
  }
}

/** Where a document goes: one path per format. */
export type Targets = { format: Format; path: string }[];

/**
 * Lays out a checked document and writes it to `targets` (all files or none); throws when it cannot be
 * made. A function of the resolved input and the run's shared resources, whatever the document came from.
 */
export async function writeChecked(checked: CheckedDocument, targets: Targets, run: RunContext): Promise<{ rendered: { path: string; bytes: Uint8Array }[]; held?: Problem }> {
  const { resolved, doc, problems } = checked;
  if (!doc) throw new DocumentError(problems);
  const plan = buildPlan(doc, { fonts: run.fonts, imageBytes: imageBytesOf(resolved!) });
  const rendered = [];
  for (const t of targets.filter((t) => formatsOf([t.format], doc.danhSach !== undefined).length > 0)) rendered.push({ ...t, bytes: await WRITERS[t.format]({ doc, plan, outputPath: t.path }, run) });
  const issued = decideIssued(resolved!.source, rendered, readIfFile, run.options.reissue === true);
  writeFilesTogether(issued.write);
  return { rendered, ...(issued.held ? { held: issued.held } : {}) };
}

export async function buildDocumentFile(path: string, run: RunContext): Promise<DocumentResult> {
  const { options } = run;
  const targets = options.formats.map((format) => ({ format, path: outputPath(path, options, format) }));
  const checked = checkDocument(path, run);
  const inputs = allInputs(checked.resolved, run);
  try {
    const { rendered, held } = await writeChecked(checked, targets, run);
    const { problems, doc } = checked;
    // A danh sách taken out of the data: its spreadsheet of an earlier build would no longer match the document.
    if (options.formats.includes('xlsx') && !doc!.danhSach && !held) removeIfExists(outputPath(path, options, 'xlsx'));
    if (held) return { source: path, outputs: [], problems: [...problems, held], ok: true, inputs, kept: earlierOutputs(path, options), state: 'held' };
    const written = rendered.map((r) => ({ path: r.path, sha256: sha256(r.bytes) }));
    return { source: path, outputs: rendered.map((r) => r.path), problems, ok: true, inputs, state: 'built', written, summary: summaryOf(doc!), danhSach: doc!.danhSach !== undefined };
  } catch (e) {
    return failed(path, problemsOf(e, path), options, inputs);
  }
}

const readIfFile = (path: string): Uint8Array | undefined => (isFile(path) ? readFileSync(path) : undefined);

export function problemsOf(e: unknown, path: string): Problem[] {
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
    prepareTemplateCached(loaded);
  } catch (e) {
    if (e instanceof TemplateError) return { problem: templateProblem(e) };
    throw e;
  }
  return loaded;
}

/**
 * The HTML pages' fonts, written into the output folder when missing or different (`hashOf`: the hash of
 * a file as it is, kept from an earlier run when the file is unchanged since); if one cannot be written,
 * that is a problem of the run, said once.
 */
export function writeHtmlFonts(run: RunContext, problems: Problem[], hashOf: (path: string) => string | undefined): string[] {
  const written: string[] = [];
  for (const variant of FONT_VARIANTS) {
    const path = join(run.options.outDir, HTML_FONT_DIR, FONT_FILE_NAMES[variant]);
    run.staleTemps.removeFor(path);
    if (hashOf(path) === run.fontInputs[variant].sha256) continue;
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

let keptResultsUsed = false;

/**
 * What earlier runs found out spares this run the work: texts found clean of pasted legacy text
 * (clean-texts.ts), content templates compiled (kept-values.ts).
 */
function useKeptResults(folder: string | undefined): void {
  if (keptResultsUsed) return;
  useCleanTexts(keptCleanTexts(folder));
  useKeptTemplateCode(keptValues<string>('mau-noi-dung', folder, KEPT_TEMPLATE_CODE));
  keptResultsUsed = true;
}

/** Enough for every content template of a project, in a few versions. */
const KEPT_TEMPLATE_CODE = 64;

/**
 * What every document of a run shares, read and checked before any output is touched (the registry,
 * the DOCX template when DOCX is made or `withTemplate`, the fonts); or the problem every document
 * would fail on, told once.
 */
export function openRun(options: BuildOptions, withTemplate = options.formats.includes('docx'), staleTemps = new StaleTemps()): { run: RunContext } | { problems: Problem[] } {
  // Looked up once: finding it resolves a package's path.
  const folder = cacheFolder();
  useKeptResults(folder);
  const registryPath = join(options.dataDir, REGISTRY_FILE);
  let loaded;
  try {
    loaded = loadRegistry(registryPath, keptValues<Registry>('danh-muc', folder));
  } catch (e) {
    return { problems: problemsOf(e, registryPath) };
  }
  const template = withTemplate ? openDocxTemplate(options) : undefined;
  if (template && 'problem' in template) return { problems: [template.problem] };
  const fontStamps = FileStamps.shared(folder);
  const fontResources = loadFonts((path) => fontStamps.hashOf(path));
  fontStamps.save();
  const hashes = Object.fromEntries(FONT_VARIANTS.map((variant) => [variant, fontResources.inputs[variant].sha256])) as Record<FontVariant, string>;
  const run: RunContext = {
    options,
    staleTemps,
    fonts: fontsOf(fontResources.files, hashes),
    fontInputs: fontResources.inputs,
    template,
    resolver: new Resolver({
      registry: loaded.registry,
      registryFile: loaded.file,
      templatesDir: options.templatesDir,
      lawDir: dirname(registryPath),
      roots: [options.dataDir, options.templatesDir, ...options.targets.map(folderOf)],
      keptLaw: keptValues<LawTables>('luat', folder),
    }),
  };
  return { run };
}
