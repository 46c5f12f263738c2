/**
 * The build: find the data files; for each, resolve its inputs, build the document model, check it,
 * lay it out once, serialise the plan with every chosen writer, and only then write the outputs
 * (all of a document's outputs or none, atomically). A failing document does not stop the others, and
 * keeps the outputs of its last good build, reported as not updated.
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { DocumentError, type Problem } from '../core/errors.ts';
import { runChecks } from '../checks/index.ts';
import { documentJson } from '../document/json.ts';
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
import { codeOf, makeFolder, StaleTemps, writeErrorVi, writeFileAtomic, writeFilesTogether, WriteError } from './output.ts';

export type Format = 'docx' | 'pdf' | 'html' | 'json';
/** What `npm run build:docs` makes when no format is chosen. */
export const DEFAULT_FORMATS: Format[] = ['docx', 'pdf', 'html'];
export const FORMATS: Format[] = ['docx', 'pdf', 'html', 'json'];

/** Folder of the output where the HTML pages find their fonts. */
export const HTML_FONT_DIR = '_phong';

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  templatesDir: string;
  /** Files or folders to build; the whole data folder when empty. */
  targets: string[];
  formats: Format[];
  docxTemplate?: string;
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
}

/** What every document of a run shares. */
interface RunContext {
  options: BuildOptions;
  staleTemps: StaleTemps;
  resolver: Resolver;
  fonts: Fonts;
  fontInputs: InputFile[];
  /** The DOCX template, checked (when DOCX is made). */
  template?: LoadedTemplate;
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

export function findDocuments(target: string): string[] {
  if (!existsSync(target)) return [];
  if (statSync(target).isFile()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? findDocuments(join(target, e.name)) : isFileEntry(e, target) && isDocumentName(e.name) ? [join(target, e.name)] : []));
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

async function buildDocumentFile(path: string, run: RunContext): Promise<DocumentResult> {
  const { options } = run;
  const targets = options.formats.map((format) => ({ format, path: outputPath(path, options, format) }));
  let resolved: ResolvedDocument | undefined;
  try {
    resolved = run.resolver.resolveFile(path);
    const doc = buildDocument(resolved);
    const problems = [...readerWarnings(resolved), ...runChecks(doc, resolved, { fonts: run.fonts })];
    if (problems.some((p) => p.severity === 'loi')) throw new DocumentError(problems);
    const plan = buildPlan(doc, { fonts: run.fonts, imageBytes: imageBytesOf(resolved) });
    const rendered = [];
    for (const t of targets) rendered.push({ ...t, bytes: await WRITERS[t.format]({ doc, plan, outputPath: t.path }, run) });
    writeFilesTogether(rendered);
    return { source: path, outputs: rendered.map((r) => r.path), problems, ok: true, inputs: allInputs(resolved, run) };
  } catch (e) {
    const kept = earlierOutputs(path, options);
    return { source: path, outputs: [], problems: problemsOf(e, path), ok: false, inputs: allInputs(resolved, run), kept };
  }
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The outputs an earlier build made for a data file that fails now: kept as they were. */
const earlierOutputs = (file: string, options: BuildOptions): string[] => options.formats.map((format) => outputPath(file, options, format)).filter(isFile);

/**
 * Data files that would write the same outputs (`a.md` and `a.yaml`; `A.md` and `a.md` on Windows or
 * macOS): each fails, naming the others, before anything is built; their outputs are left as they are.
 */
function collisions(files: string[], options: BuildOptions): Map<string, DocumentResult> {
  const byOutput = new Map<string, string[]>();
  for (const file of files) {
    const key = outputPath(file, options, 'docx').replace(/\.docx$/, '').normalize('NFC').toLowerCase();
    byOutput.set(key, [...(byOutput.get(key) ?? []), file]);
  }
  const failed = new Map<string, DocumentResult>();
  for (const group of byOutput.values()) {
    if (group.length < 2) continue;
    const output = outputPath(group[0], options, options.formats[0]);
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => `"${f}"`).join(', ');
      const message = `tệp này và ${others} cùng ra một văn bản (${output}): không tạo tệp nào để khỏi ghi đè lên nhau. Đổi tên một trong các tệp, hoặc xóa tệp thừa.`;
      failed.set(file, { source: file, outputs: [], problems: [{ severity: 'loi', file, message }], ok: false, inputs: [], kept: earlierOutputs(file, options) });
    }
  }
  return failed;
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
function openDocxTemplate(options: BuildOptions): LoadedTemplate | { problem: Problem } {
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

/** The HTML pages' fonts, written once into the output folder; if one cannot be written, that is a problem of the run, said once. */
function writeHtmlFonts(run: RunContext, problems: Problem[]): string[] {
  const written: string[] = [];
  for (const variant of FONT_VARIANTS) {
    const path = join(run.options.outDir, HTML_FONT_DIR, FONT_FILE_NAMES[variant]);
    run.staleTemps.removeFor(path);
    try {
      writeFileAtomic(path, run.fonts.files[variant]);
      written.push(path);
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      problems.push({ severity: 'loi', file: path, message: `${e.message} Các trang HTML sẽ hiện bằng phông chữ khác.` });
      break;
    }
  }
  return written;
}

/** Every output of a data file: the temporary files a killed run left beside them go first, whether or not the document builds. */
function removeStaleTemps(file: string, run: RunContext): void {
  for (const format of run.options.formats) run.staleTemps.removeFor(outputPath(file, run.options, format));
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
  /**
   * Problems of the run as a whole: those that stop it before any document is built (the agency registry,
   * the DOCX template, the output folder), and the HTML pages' fonts that could not be written.
   */
  runProblems: Problem[];
  /** Files written for the run as a whole (the HTML pages' fonts). */
  shared: string[];
}

export async function buildAll(options: BuildOptions): Promise<BuildReport> {
  const registryPath = join(options.dataDir, REGISTRY_FILE);
  let loaded;
  try {
    loaded = loadRegistry(registryPath);
  } catch (e) {
    return { results: [], runProblems: problemsOf(e, registryPath), shared: [] };
  }
  const template = options.formats.includes('docx') ? openDocxTemplate(options) : undefined;
  if (template && 'problem' in template) return { results: [], runProblems: [template.problem], shared: [] };
  const fontResources = loadFonts();
  const run: RunContext = {
    options,
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
  const targets = options.targets.length > 0 ? options.targets : [options.dataDir];
  const files = [...new Set(targets.flatMap(findDocuments))];
  const folderProblem = files.length > 0 ? makeOutputFolder(options.outDir) : undefined;
  if (folderProblem) return { results: [], runProblems: [folderProblem], shared: [] };
  const collided = collisions(files, options);
  const results: DocumentResult[] = [];
  for (const file of files) {
    removeStaleTemps(file, run);
    results.push(collided.get(file) ?? (await buildDocumentFile(file, run)));
  }
  const runProblems: Problem[] = [];
  const shared = options.formats.includes('html') && results.some((r) => r.ok) ? writeHtmlFonts(run, runProblems) : [];
  return { results, runProblems, shared };
}
