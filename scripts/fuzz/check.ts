/**
 * Builds one data file with the real pipeline (`buildAll`, DOCX and PDF, in this process) inside a
 * scratch project, and says what is wrong with the outcome: a DOCX that is not well-formed XML, a PDF
 * that does not load, the generic error path, English, a stack trace. Used by test/fuzz.test.ts and
 * scripts/fuzz.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { PDFDocument } from '@cantoo/pdf-lib';
import PizZip from 'pizzip';
import { buildAll, findDocuments, type DocumentResult } from '../../src/build/pipeline.ts';
import { formatProblem } from '../../src/core/errors.ts';
import type { MutantFile } from './mutate.ts';
import { englishWords, hasObjectText, hasStack, isGeneric } from '../../test/helpers/english.ts';

export type Bad = 'docx-hong' | 'pdf-hong' | 'loi-chung' | 'tieng-anh' | 'stack' | 'chu-la' | 'utf8';

/** What each kind of bad outcome is called in a report. */
export const BAD_NAMES: Record<Bad, string> = {
  'docx-hong': 'DOCX không đúng XML',
  'pdf-hong': 'PDF không đọc được',
  'loi-chung': 'lỗi chung (không dịch)',
  'tieng-anh': 'thông báo tiếng Anh',
  stack: 'có stack trace',
  'chu-la': 'văn bản in giá trị máy ([object Object], undefined, NaN, Infinity)',
  utf8: 'tệp không phải UTF-8 mà tạo được văn bản, không một lời báo',
};

/** Bytes that are UTF-8 (or start with a UTF-16 byte-order mark, which the readers may take). */
export function utf8OrUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface Finding {
  bad: Bad;
  detail: string;
}

export interface Outcome {
  /** The data file, relative to the project root. */
  file: string;
  built: boolean;
  /** Every line the build would print for the file. */
  messages: string[];
  findings: Finding[];
}

/** Characters XML 1.0 does not allow, raw or as a character reference. */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const legalCodePoint = (c: number): boolean => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** Why an XML part is not well-formed (xmldom's errors, and characters it lets through); empty when it is. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  try {
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (e) {
    if (errors.length === 0) errors.push(String(e));
  }
  const raw = ILLEGAL_XML.exec(xml);
  if (raw) errors.push(`ký tự U+${raw[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ở vị trí ${raw.index}`);
  for (const m of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = m[1][0] === 'x' ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (!legalCodePoint(code)) errors.push(`tham chiếu ký tự ${m[0]} ở vị trí ${m.index}`);
  }
  return errors;
}

/** Why a DOCX is not well-formed: each XML part that does not parse, with why. */
export function docxErrors(bytes: Uint8Array): string[] {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch (e) {
    return [`không mở được zip: ${String(e)}`];
  }
  return Object.keys(zip.files)
    .filter((name) => /\.(xml|rels)$/.test(name))
    .flatMap((name) => xmlErrors(zip.file(name)!.asText()).map((e) => `${name}: ${e}`));
}

/** Words a document shows when a value of the wrong kind was printed as text. */
const MACHINE_TEXT = /\[object \w+\]|\bundefined\b|\bNaN\b|\bInfinity\b/;

/** Text of a DOCX's parts that print text that looks like a value printed by mistake, with what is around it. */
export function docxMachineText(bytes: Uint8Array): string[] {
  const zip = new PizZip(bytes);
  return Object.keys(zip.files)
    .filter((name) => /^word\/.*\.xml$/.test(name))
    .flatMap((name) => {
      const text = [...zip.file(name)!.asText().matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const m = MACHINE_TEXT.exec(text);
      return m ? [`${name}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`] : [];
    });
}

/** Why a PDF does not load; undefined when it does. */
export async function pdfError(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const pdf = await PDFDocument.load(bytes, { throwOnInvalidObject: true });
    return pdf.getPageCount() > 0 ? undefined : 'không có trang nào';
  } catch (e) {
    return String(e);
  }
}

/** What is wrong with a printed line: generic error path, English, a stack trace, a printed object. */
export function messageFindings(line: string): Finding[] {
  const findings: Finding[] = [];
  if (isGeneric(line)) findings.push({ bad: 'loi-chung', detail: line });
  const english = englishWords(line);
  if (english.length > 0 || hasObjectText(line)) findings.push({ bad: 'tieng-anh', detail: `${line}  [${english.join(', ') || '[object …]'}]` });
  if (hasStack(line)) findings.push({ bad: 'stack', detail: line });
  return findings;
}

/** What the build prints past the pipeline's own messages: console output and process warnings. */
const printed: string[] = [];
let capturing = false;
process.on('warning', (w) => {
  if (capturing) printed.push(`${w.name}: ${w.message}`);
});

/** Runs `build` with console output captured (not shown) and process warnings recorded; returns them as lines. */
async function capturePrinted(build: () => Promise<void>): Promise<string[]> {
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
  // Node prints process warnings through the console too; they are recorded once, by the listener.
  const keep = (...args: unknown[]): void => {
    const line = args.map(String).join(' ');
    if (!/^\(node:\d+\) /.test(line)) printed.push(line);
  };
  Object.assign(console, { log: keep, warn: keep, error: keep, info: keep, debug: keep });
  capturing = true;
  try {
    await build();
    await new Promise((done) => setImmediate(done));
  } finally {
    capturing = false;
    Object.assign(console, saved);
  }
  return printed.splice(0);
}

/** A scratch project: a copy of the repository's data/ (samples, lists, registry, law data, images) and templates/. */
export function scratchProject(repo = '.'): string {
  const root = mkdtempSync(join(tmpdir(), 'vbtd-fuzz-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(repo, 'templates'), join(root, 'templates'), { recursive: true });
  return root;
}

/** The samples a project's data folder holds, relative to it. */
export const samplesOf = (root: string): string[] => findDocuments(join(root, 'data')).map((f) => relative(join(root, 'data'), f));

/**
 * Writes the files into the project's data folder, builds the first as DOCX and PDF, checks every
 * message and every output, and removes the outputs (kept when `keep`).
 */
export async function buildAndCheck(root: string, files: MutantFile[], keep = false): Promise<Outcome> {
  const dataDir = join(root, 'data');
  for (const f of files) writeFileSync(join(dataDir, f.path), f.bytes);
  const path = join(dataDir, files[0].path);
  const outcome: Outcome = { file: relative(root, path), built: false, messages: [], findings: [] };
  let result: DocumentResult | undefined;
  const printedLines = await capturePrinted(async () => {
    try {
      const report = await buildAll({ dataDir, outDir: join(root, 'output'), templatesDir: join(root, 'templates'), targets: [path], formats: ['docx', 'pdf'] });
      result = report.results[0];
      outcome.messages.push(...[...report.runProblems, ...(result?.problems ?? [])].map(formatProblem));
    } catch (e) {
      // What the command line prints for an error that escapes the build.
      outcome.messages.push(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  outcome.messages.push(...printedLines);
  outcome.findings.push(...outcome.messages.flatMap(messageFindings));
  outcome.built = result?.ok ?? false;
  if (result && !result.ok && !result.problems.some((p) => p.severity === 'loi')) outcome.findings.push({ bad: 'loi-chung', detail: 'không tạo văn bản mà không báo lỗi nào' });
  if (result?.ok && result.problems.length === 0 && !utf8OrUtf16(files[0].bytes)) outcome.findings.push({ bad: 'utf8', detail: 'tạo được văn bản (có "�" thay cho các byte hỏng), không có lỗi hay cảnh báo nào' });
  for (const out of result?.outputs ?? []) {
    outcome.findings.push(...(await outputFindings(out)));
    if (!keep) rmSync(out, { force: true });
  }
  return outcome;
}

async function outputFindings(out: string): Promise<Finding[]> {
  const made = new Uint8Array(readFileSync(out));
  if (out.endsWith('.docx')) {
    const errors = docxErrors(made).slice(0, 3).map((detail): Finding => ({ bad: 'docx-hong', detail }));
    return errors.length > 0 ? errors : docxMachineText(made).map((detail) => ({ bad: 'chu-la', detail }));
  }
  const error = out.endsWith('.pdf') ? await pdfError(made) : undefined;
  return error ? [{ bad: 'pdf-hong', detail: error }] : [];
}

/** Absolute path of the repository this script runs from. */
export const REPO = resolve(import.meta.dirname, '../..');
