/**
 * The build command without the process around it: reads the command line, builds, prints through
 * `io`, returns the exit code. The terminal runs it through main.ts; tests run it in-process.
 */
import { buildAll, type BuildOptions, type BuildReport } from '../build/pipeline.ts';
import { formatProblem } from '../core/errors.ts';
import { BUILD_OPTIONS, optionHelp, parseArgs } from './args.ts';
import { paint, paintProblem, type Io } from './io.ts';

export type { Io };

export const BUILD_HELP = [
  'van-ban tao [<tệp hoặc thư mục>…] [tùy chọn]   (cũng là: npm run build:docs -- …)',
  '',
  'Tạo văn bản từ tệp dữ liệu (.md, .yaml, .json) vào thư mục ra, giữ cây thư mục của data/.',
  'Chỉ văn bản có dữ liệu, mẫu, danh mục hoặc dữ liệu luật đã đổi từ lần trước mới được tạo lại',
  '(bảng kê ở output/.bang-ke.json). Văn bản lỗi giữ nguyên bản cũ và được ghi là "chưa cập nhật".',
  '',
  'Tùy chọn:',
  ...optionHelp(BUILD_OPTIONS),
].join('\n');

/** `defaults`: folders used unless the command line names others (tests point them at a scratch project). */
export async function runBuild(argv: string[], io: Io, defaults: Partial<BuildOptions> = {}): Promise<number> {
  const options = optionsOf(argv, io, defaults);
  if (typeof options === 'number') return options;
  const report = await buildAll(options, { progress: progressLine(io) });
  return printReport(report, io);
}

/** The options of the command line with `defaults` under them, or the exit code when there is nothing to build (help, a mistake). */
export function optionsOf(argv: string[], io: Io, defaults: Partial<BuildOptions>, help = BUILD_HELP): BuildOptions | number {
  const parsed = parseArgs(argv, defaults);
  if (parsed === 'help') {
    io.out(help);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.err(parsed);
    return 2;
  }
  return parsed;
}

/** Prints what the run did, and returns its exit code. */
export function printReport({ results, runProblems, shared, index }: BuildReport, io: Io): number {
  // Problems of the run: one every document would fail on (the registry, the DOCX template, the output
  // folder) is told once and nothing is built; a shared file some documents needed (the law data) is told
  // once, before the documents that refer to it.
  for (const p of runProblems) io.err(paintProblem(io, formatProblem(p)));
  if (runProblems.length > 0 && results.length === 0) {
    io.out('\nKhông tạo văn bản nào: sửa lỗi trên rồi chạy lại. Các văn bản đã tạo trước đó được giữ nguyên.');
    return 1;
  }
  const done = paint(io, 'green', '✓');
  for (const out of shared) io.out(`${done} ${out}`);
  for (const r of results) {
    for (const out of r.state === 'built' ? r.outputs : []) io.out(`${done} ${out}`);
    for (const p of r.problems) io.err(paintProblem(io, formatProblem(p)));
    if (!r.ok) io.err(`${paint(io, 'red', '✗')} ${failedNote(r)}${keptNote(r.kept)}`);
    if (r.state === 'held') io.out(`■ ${nameOf(r)}: đã ban hành, giữ nguyên ${r.kept?.join(', ')}.`);
  }
  if (index) io.out(`${done} ${index} (danh sách văn bản)`);
  io.out(`\n${summaryLine(results)}`);
  if (results.length === 0) io.out('Không có tệp dữ liệu nào (.md, .json, .yaml) trong đường dẫn đã chọn.');
  return results.some((r) => !r.ok) || runProblems.length > 0 ? 1 : 0;
}

/** A data file, or a document of a batch: `data/dot.yaml (bao-cao-thanh-tich/nguyen-van-an)`. */
const nameOf = (r: BuildReport['results'][number]): string => (r.key ? `${r.source} (${r.key})` : r.source);

function failedNote(r: BuildReport['results'][number]): string {
  if (!r.jobs) return `${nameOf(r)}: không tạo văn bản này.`;
  if (r.state === 'built' || r.state === 'unchanged') return `${r.source}: các dòng có lỗi ở trên không được tạo văn bản (khi_loi: tiep_tuc); các dòng khác đã được tạo.`;
  return `${r.source}: không tạo văn bản nào của đợt này (sửa các lỗi ở trên, hoặc ghi "khi_loi: tiep_tuc" để bỏ qua dòng lỗi).`;
}

function summaryLine(all: BuildReport['results']): string {
  // A batch's own result is its checks, not a document: its documents are counted.
  const results = all.filter((r) => !r.jobs || (!r.ok && r.state !== 'built' && r.state !== 'unchanged'));
  const count = (state: string) => results.filter((r) => r.state === state).length;
  const [built, unchanged, stale, held] = [count('built'), count('unchanged'), count('stale'), count('held')];
  const failed = results.filter((r) => !r.ok).length;
  const toDo = results.length - unchanged;
  const staleNote = stale ? ` (${stale} văn bản còn bản cũ chưa cập nhật)` : '';
  const heldNote = held ? ` (${held} văn bản đã ban hành giữ nguyên, không ghi đè)` : '';
  const failedNote = `${heldNote}${failed ? `, ${failed} văn bản có lỗi${staleNote}` : ''}`;
  if (unchanged === 0) return `Đã tạo ${built}/${results.length} văn bản${failedNote}.`;
  if (toDo === 0) return `Không có văn bản nào cần tạo lại: ${unchanged} văn bản không đổi từ lần trước, giữ nguyên (thêm --tat-ca để tạo lại tất cả).`;
  return `Đã tạo ${built}/${toDo} văn bản có thay đổi${failedNote}; ${unchanged} văn bản không đổi, giữ nguyên (thêm --tat-ca để tạo lại tất cả).`;
}

/** The progress line of a terminal (none elsewhere): documents made so far and the last one, shown once the run has taken a second, cleared at the end. */
export function progressLine(io: Io, now = Date.now): ((done: number, total: number, file: string) => void) | undefined {
  if (!io.progress) return undefined;
  const started = now();
  return (done, total, file) => {
    if (done === total) io.progress!('');
    else if (now() - started > 1000) io.progress!(`[${done}/${total}] ${file}`);
  };
}

/** A failed document's outputs of an earlier build are kept, and said to be out of date. */
const keptNote = (kept: string[] = []): string =>
  kept.length === 0 ? '' : ` Giữ nguyên bản cũ, chưa cập nhật theo dữ liệu mới: ${kept.join(', ')}.`;
