/**
 * npm run bench:rebuild — how long a rebuild takes, whole process as /usr/bin/time sees it (median of
 * several runs), with the command staff run (the compiled launcher, bin/van-ban.cjs):
 *  - the samples of data/ rebuilt with nothing changed (target: under 0.5 s);
 *  - a folder of 200 documents with one data file edited (target: under 0.6 s);
 *  - watch: from the save of a data file to its outputs, the manifest and the index page updated (target: under 1 s).
 * Prints one line per figure; exits 1 if a target is missed, so that a slower change is seen.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { timed } from './time.ts';

const LAUNCHER = 'bin/van-ban.cjs';
const RACY_SECONDS = 2.1;
const RUNS = 7;
const DOCUMENTS = 200;

const command = (args: string[]): string[] => (existsSync(LAUNCHER) ? [process.execPath, LAUNCHER, ...args] : [process.execPath, '--import', 'tsx', 'src/cli/start.ts', ...args]);

/** Seconds of one run of the command, as /usr/bin/time reports them (elapsed, whole process). */
/** Seconds of one run of the command (a run with failing documents exits 1; its time counts the same). */
const timedSeconds = (args: string[]): number => timed(command(args)).wall;

const sleepSeconds = (seconds: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const scratch = mkdtempSync(join(tmpdir(), 'vbtd-bench-'));
const results: { name: string; seconds: number; target: number }[] = [];

function noChangeSamples(): void {
  const out = join(scratch, 'mau');
  timedSeconds([`--ra=${out}`]);
  results.push({ name: `mẫu trong data/ (${countDocuments('data')} văn bản), không đổi gì`, seconds: median(Array.from({ length: RUNS }, () => timedSeconds([`--ra=${out}`]))), target: 0.5 });
}

const countDocuments = (dir: string): number => Number(execFileSync('sh', ['-c', `find ${dir} -name '[!_]*.md' -o -name '[!_]*.yaml' | grep -v /_ | wc -l`], { encoding: 'utf8' }));

/** 200 plans (copies of one sample with their own number), built once; then one is edited before each timed run. */
function oneEditInMany(): void {
  const data = join(scratch, 'nhieu', 'data');
  cpSync('data/_chung', join(data, '_chung'), { recursive: true });
  const plan = readFileSync('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'utf8');
  for (let i = 1; i <= DOCUMENTS; i++) writeFileSync(join(data, `ke-hoach-${String(i).padStart(3, '0')}.md`), plan.replace(/^so: .*$/m, `so: ${i}`));
  const args = [`--du-lieu=${data}`, `--ra=${join(scratch, 'nhieu', 'output')}`];
  timedSeconds(args);
  // Files written less than 2 s before they were hashed are hashed again by the next run (a coarse clock may hide a
  // second write: src/build/file-stamps.ts): right after the first build, the next runs would read the outputs it
  // wrote last. Staff edit a file seconds after a build at the soonest.
  sleepSeconds(RACY_SECONDS);
  const edited = join(data, 'ke-hoach-100.md');
  const times = Array.from({ length: RUNS }, (_, run) => {
    writeFileSync(edited, plan.replace(/^so: .*$/m, 'so: 100').replace('Thành viên 10 cụm thi đua', `Thành viên ${11 + run} cụm thi đua`));
    return timedSeconds(args);
  });
  results.push({ name: `${DOCUMENTS} văn bản, sửa một tệp`, seconds: median(times), target: 0.6 });
}

/** The watch command running; a data file saved; the time until its DOCX, the manifest and the index page have changed. */
async function watchSave(): Promise<void> {
  const data = join(scratch, 'theo-doi', 'data');
  const out = join(scratch, 'theo-doi', 'output');
  cpSync('data/_chung', join(data, '_chung'), { recursive: true });
  const source = join(data, 'ke-hoach.md');
  const plan = readFileSync('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'utf8');
  writeFileSync(source, plan);
  const [program, ...rest] = command(['theo-doi', `--du-lieu=${data}`, `--ra=${out}`, '--khong-xem-truoc']);
  const child = spawn(program, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout.on('data', (chunk) => (printed += chunk));
  await until(() => printed.includes('Đang theo dõi'), 60_000);
  const watched = ['ke-hoach.docx', '.bang-ke.json', 'index.html'].map((f) => join(out, f));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const before = watched.map(stamp);
    const started = performance.now();
    // The trích yếu is on the index page too.
    writeFileSync(source, plan.replace('năm 2023\n', `năm 2023 (lần ${run + 1})\n`));
    await until(() => watched.every((f, i) => stamp(f) !== before[i]), 10_000);
    times.push((performance.now() - started) / 1000);
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGINT');
  results.push({ name: 'theo dõi: lưu tệp → DOCX, bảng kê và trang mục lục đã cập nhật', seconds: median(times), target: 1 });
}

const stamp = (path: string): string => {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return '';
  }
};

function until(check: () => boolean, limitMs: number): Promise<void> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const poll = setInterval(() => {
      if (check()) return clearInterval(poll), done();
      if (performance.now() - started > limitMs) clearInterval(poll), fail(new Error(`quá ${limitMs} ms`));
    }, 5);
  });
}

noChangeSamples();
oneEditInMany();
await watchSave();
rmSync(scratch, { recursive: true, force: true });
console.log(`Máy: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}; lệnh: ${command([]).join(' ')} (trung vị ${RUNS} lần)`);
for (const r of results) console.log(`${r.seconds <= r.target ? '✓' : '✗'} ${r.name}: ${r.seconds.toFixed(2)} s (mục tiêu dưới ${r.target} s)`);
process.exitCode = results.every((r) => r.seconds <= r.target) ? 0 : 1;
