/**
 * The build command without the process around it: reads the command line, builds, prints through
 * `io`, returns the exit code. `build-docs.ts` runs it for the terminal; tests run it in-process.
 */
import { buildAll, type BuildOptions } from '../build/pipeline.ts';
import { formatProblem } from '../core/errors.ts';
import { parseArgs } from './args.ts';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** `defaults`: folders used unless the command line names others (tests point them at a scratch project). */
export async function runBuild(argv: string[], io: Io, defaults: Partial<BuildOptions> = {}): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err(parsed);
    return 2;
  }
  const options = { ...parsed, ...definedOnly(defaults, argv) };
  const { results, runProblems, shared } = await buildAll(options);
  // Problems of the run: one every document would fail on (the registry, the DOCX template, the output
  // folder) is told once and nothing is built; the HTML fonts that could not be written, beside the results.
  for (const p of runProblems) io.err(formatProblem(p));
  if (runProblems.length > 0 && results.length === 0) {
    io.out('\nKhông tạo văn bản nào: sửa lỗi trên rồi chạy lại.');
    return 1;
  }
  for (const out of shared) io.out(`✓ ${out}`);
  for (const r of results) {
    for (const out of r.outputs) io.out(`✓ ${out}`);
    for (const p of r.problems) io.err(formatProblem(p));
    if (!r.ok) io.err(`✗ ${r.source}: không tạo văn bản này.${keptNote(r.kept)}`);
    if (r.held) io.out(`■ ${r.source}: đã ban hành, giữ nguyên ${r.kept?.join(', ')}.`);
  }
  const failed = results.filter((r) => !r.ok).length;
  const held = results.filter((r) => r.held).length;
  const built = results.length - failed - held;
  const stale = results.filter((r) => !r.ok && r.kept?.length).length;
  const heldNote = held ? ` (${held} văn bản đã ban hành giữ nguyên, không ghi đè)` : '';
  const staleNote = stale ? ` (${stale} văn bản còn bản cũ chưa cập nhật)` : '';
  io.out(`\nĐã tạo ${built}/${results.length} văn bản${heldNote}${failed ? `, ${failed} văn bản có lỗi${staleNote}` : ''}.`);
  if (results.length === 0) io.out('Không có tệp dữ liệu nào (.md, .json, .yaml) trong đường dẫn đã chọn.');
  return failed > 0 || runProblems.length > 0 ? 1 : 0;
}

/** A failed document's outputs of an earlier build are kept, and said to be out of date. */
const keptNote = (kept: string[] = []): string =>
  kept.length === 0 ? '' : ` Giữ nguyên bản cũ, chưa cập nhật theo dữ liệu mới: ${kept.join(', ')}.`;

const FLAG_OF: Partial<Record<keyof BuildOptions, string>> = { dataDir: '--du-lieu', outDir: '--ra', docxTemplate: '--mau-docx' };

/** The defaults the command line did not override. */
function definedOnly(defaults: Partial<BuildOptions>, argv: string[]): Partial<BuildOptions> {
  const given = (key: keyof BuildOptions) => FLAG_OF[key] !== undefined && argv.some((a) => a.startsWith(`${FLAG_OF[key]}=`));
  return Object.fromEntries(Object.entries(defaults).filter(([key, value]) => value !== undefined && !given(key as keyof BuildOptions)));
}
