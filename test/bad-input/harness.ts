/**
 * The bad-input matrix: each case is a small project in a scratch folder, built by the real command
 * (in-process); the harness checks what a user would: the exit code, each expected message with its
 * file, line and field, and that nothing else went wrong — no English, no stack, no generic error, no
 * output but the expected ones, no temporary file, no input changed, every DOCX and PDF sound, and
 * nothing read from outside the project. See the README of this folder for how to add a case.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/run.ts';
import { MANIFEST_FILE } from '../../src/build/manifest.ts';
import { HTML_FONT_DIR, INDEX_PAGE } from '../../src/build/pipeline.ts';
import { sha256 } from '../../src/core/hash.ts';
import { messageFaults } from '../helpers/english.ts';
import { scratchDir } from '../helpers/scratch.ts';
import { docxProblems, pdfProblems } from '../helpers/well-formed.ts';

export interface ExpectedMessage {
  /** The data file as printed, relative to the project (e.g. `data/a.md`). */
  file?: string;
  line?: number;
  field?: string;
  /** A substring of the message, or a pattern it matches. */
  text: string | RegExp;
}

export interface Case {
  name: string;
  /** Files of the project, relative to its root; the shared data and templates are there already. */
  files: Record<string, string | Uint8Array>;
  /** Command-line arguments; paths relative to the project root. Default: the whole data folder. */
  args?: string[];
  /** Files outside the project (in a sibling folder `ngoai/`), each marked with OUTSIDE_MARKER. */
  outside?: Record<string, string | Uint8Array>;
  /** Anything else to prepare (symbolic links, permissions), given the project root and the outside folder. */
  setup?: (root: string, outside: string) => void;
  exit: number;
  messages?: ExpectedMessage[];
  /** Files expected in output/ afterwards, relative to it (the HTML font folder and the index page aside). */
  produced?: string[];
}

export const OUTSIDE_MARKER = 'BI-MAT-NGOAI-DU-AN';

export interface Outcome {
  exit: number;
  /** Every printed line, with the scratch folder taken out of paths. */
  lines: string[];
  root: string;
}

/** The folders every case starts with, copied from the repository. */
const SHARED = ['data/_chung', 'templates'];

/** Registers one test per case. */
export function matrix(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const c of cases) it(c.name, () => checkCase(c));
  });
}

export async function checkCase(c: Case): Promise<Outcome> {
  const root = project(c);
  const before = snapshot(root);
  const outcome = await run(c, root);
  const report = `${c.name}\n${outcome.lines.join('\n')}`;
  expect(outcome.exit, report).toBe(c.exit);
  for (const m of c.messages ?? []) expect(outcome.lines.some((line) => matches(line, m)), `${describeMessage(m)}\n--- printed:\n${report}`).toBe(true);
  expect(outcome.lines.flatMap(messageFaults), report).toEqual([]);
  const after = snapshot(root);
  expect(changedInputs(before, after), report).toEqual([]);
  const outputs = [...after.keys()].filter((p) => p.startsWith('output/')).map((p) => p.slice('output/'.length)).filter((p) => p !== MANIFEST_FILE);
  // The HTML fonts and the index page are the run's, not a document's (test/index-page-build.test.ts checks the index).
  expect(outputs.filter((p) => !isRunFile(p)).sort(), report).toEqual([...(c.produced ?? [])].sort());
  // Files a case put in output/ beforehand (an earlier build's) are the case's own; what the run wrote is checked.
  const written = outputs.filter((path) => before.get(`output/${path}`) !== after.get(`output/${path}`));
  for (const path of written) await checkOutput(join(root, 'output', path), c);
  return outcome;
}

/** Files of the run rather than of one document: the HTML pages' fonts, the index page (and the manifest, left out before). */
const isRunFile = (path: string): boolean => path.startsWith(`${HTML_FONT_DIR}/`) || path === INDEX_PAGE;

function project(c: Case): string {
  const scratch = scratchDir('vbtd-bad-');
  const root = join(scratch, 'du-an');
  const outside = join(scratch, 'ngoai');
  for (const dir of SHARED) cpSync(dir, join(root, dir), { recursive: true });
  mkdirSync(outside, { recursive: true });
  for (const [path, content] of Object.entries(c.files)) put(join(root, path), content);
  for (const [path, content] of Object.entries(c.outside ?? {})) put(join(outside, path), marked(content));
  c.setup?.(root, outside);
  return root;
}

function put(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** An outside file with the marker: appended to text; binary files are recognised by their bytes. */
const marked = (content: string | Uint8Array) => (typeof content === 'string' ? `${content}\n${OUTSIDE_MARKER}\n` : content);

async function run(c: Case, root: string): Promise<Outcome> {
  const lines: string[] = [];
  const scratch = dirname(root);
  const keep = (text: string) => lines.push(...text.split('\n').map((l) => l.split(`${root}/`).join('').split(`${scratch}/`).join('')));
  const argv = (c.args ?? []).map((arg) => inProject(arg, root));
  const defaults = { dataDir: join(root, 'data'), outDir: join(root, 'output'), templatesDir: join(root, 'templates') };
  const exit = await runBuild(argv, { out: keep, err: keep }, defaults);
  return { exit, lines: lines.filter((l) => l.trim() !== ''), root };
}

/** A path argument (alone or after `--option=`) made absolute in the project. */
function inProject(arg: string, root: string): string {
  const equals = arg.indexOf('=');
  if (arg.startsWith('-')) {
    if (equals === -1 || /^--(dinh-dang|formats)=/.test(arg)) return arg;
    const value = arg.slice(equals + 1);
    return `${arg.slice(0, equals + 1)}${isAbsolute(value) ? value : join(root, value)}`;
  }
  return isAbsolute(arg) ? arg : join(root, arg);
}

function matches(line: string, m: ExpectedMessage): boolean {
  if (m.file !== undefined && !line.includes(m.file)) return false;
  if (m.line !== undefined && !new RegExp(`\\bdòng ${m.line}\\b`).test(line)) return false;
  if (m.field !== undefined && !line.includes(`"${m.field}"`)) return false;
  return typeof m.text === 'string' ? line.includes(m.text) : m.text.test(line);
}

const describeMessage = (m: ExpectedMessage) =>
  `expected a line with${m.file ? ` file ${m.file}` : ''}${m.line !== undefined ? `, dòng ${m.line}` : ''}${m.field ? `, field "${m.field}"` : ''}: ${String(m.text)}`;

/** Every file under `root` with its hash, by path relative to the root. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.set(relative(root, path), sha256(readFileSync(path)));
      else if (entry.isSymbolicLink() && safeIsFile(path)) files.set(relative(root, path), 'link');
    }
  };
  walk(root);
  return files;
}

const safeIsFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Files outside output/ that were added, removed or changed by the run. */
function changedInputs(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()].filter((p) => !p.startsWith('output/')));
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

async function checkOutput(path: string, c: Case): Promise<void> {
  expect(path.endsWith('.tmp'), `temporary file left: ${path}`).toBe(false);
  const bytes = readFileSync(path);
  if (path.endsWith('.docx')) expect(docxProblems(bytes), path).toEqual([]);
  if (path.endsWith('.pdf')) expect(await pdfProblems(bytes), path).toEqual([]);
  const texts = path.endsWith('.docx') ? docxEntries(bytes) : [bytes];
  for (const content of Object.values(c.outside ?? {})) {
    const needle = Buffer.from(typeof content === 'string' ? OUTSIDE_MARKER : content);
    for (const text of texts) expect(Buffer.from(text).includes(needle), `${path} holds an outside file's content`).toBe(false);
  }
}

/** The uncompressed bytes of each entry of a DOCX. */
const docxEntries = (docx: Uint8Array): Uint8Array[] => Object.values(new PizZip(docx).files).map((f) => f.asUint8Array());
