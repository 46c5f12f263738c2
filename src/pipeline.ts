/**
 * The build: find the data files, read each into the document model, check it, render it with every
 * chosen writer, and only then write the outputs (atomically). A failing document does not stop
 * the others and leaves no file behind.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { DocumentError, type Problem } from './errors.ts';
import { buildDocument } from './model/build.ts';
import { loadRegistry, REGISTRY_FILE, type Registry } from './model/registry.ts';
import type { Document } from './model/types.ts';
import { readSourceFile, DOCUMENT_EXTENSIONS } from './readers/read-file.ts';
import { runChecks } from './checks/index.ts';
import { renderDocx, TemplateError } from './writers/docx/index.ts';
import { writeFileAtomic, removeIfExists } from './output.ts';

export type Format = 'docx' | 'pdf';
export const FORMATS: Format[] = ['docx', 'pdf'];

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
}

type Writer = (doc: Document, options: BuildOptions) => Promise<Uint8Array>;

const WRITERS: Record<Format, Writer> = {
  docx: async (doc, options) => renderDocx(doc, { templatePath: options.docxTemplate ?? join(options.templatesDir, 'van-ban.docx') }),
  pdf: async (doc) => (await import('./writers/pdf/index.ts')).renderPdf(doc),
};

/** Files and folders whose name starts with `_` or `.` are not documents (registry, law data, parts). */
const isDocumentName = (name: string): boolean =>
  !name.startsWith('_') && !name.startsWith('.') && name !== 'README.md' && DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase());

export function findDocuments(target: string): string[] {
  if (!existsSync(target)) return [];
  if (statSync(target).isFile()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? findDocuments(join(target, e.name)) : isDocumentName(e.name) ? [join(target, e.name)] : []));
}

export function outputPath(source: string, options: BuildOptions, format: Format): string {
  const rel = relative(resolve(options.dataDir), resolve(source));
  const inside = rel.startsWith('..') ? relative(process.cwd(), resolve(source)).replace(/^(\.\.\/)+/, '') : rel;
  return join(options.outDir, inside.replace(/\.[^.\/]+$/, `.${format}`));
}

export async function buildDocumentFile(path: string, registry: Registry, options: BuildOptions): Promise<DocumentResult> {
  const targets = options.formats.map((format) => ({ format, path: outputPath(path, options, format) }));
  try {
    const source = readSourceFile(path);
    const doc = buildDocument(source, { registry, templatesDir: options.templatesDir });
    const problems = runChecks(doc, source);
    if (problems.some((p) => p.severity === 'loi')) throw new DocumentError(problems);
    const rendered = await Promise.all(targets.map(async (t) => ({ ...t, bytes: await WRITERS[t.format](doc, options) })));
    for (const r of rendered) writeFileAtomic(r.path, r.bytes);
    return { source: path, outputs: rendered.map((r) => r.path), problems, ok: true };
  } catch (e) {
    for (const t of targets) removeIfExists(t.path);
    return { source: path, outputs: [], problems: problemsOf(e, path), ok: false };
  }
}

function problemsOf(e: unknown, path: string): Problem[] {
  if (e instanceof DocumentError) return e.problems;
  if (e instanceof TemplateError) return [{ severity: 'loi', file: path, message: e.message }];
  const message = e instanceof Error ? e.message : String(e);
  return [{ severity: 'loi', file: path, message: `lỗi khi tạo văn bản: ${message}. Nếu lỗi lặp lại, hãy báo cho nhóm phát triển kèm tệp này.` }];
}

export async function buildAll(options: BuildOptions): Promise<{ results: DocumentResult[]; registryProblems: Problem[] }> {
  let registry: Registry;
  try {
    registry = loadRegistry(join(options.dataDir, REGISTRY_FILE));
  } catch (e) {
    return { results: [], registryProblems: problemsOf(e, join(options.dataDir, REGISTRY_FILE)) };
  }
  const targets = options.targets.length > 0 ? options.targets : [options.dataDir];
  const files = [...new Set(targets.flatMap(findDocuments))];
  const results: DocumentResult[] = [];
  for (const file of files) results.push(await buildDocumentFile(file, registry, options));
  return { results, registryProblems: [] };
}
