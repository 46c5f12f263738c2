/**
 * npm run bench:start — one plan, DOCX only, from a cold start: the whole process as /usr/bin/time sees
 * it (wall time, CPU time, peak memory), median of several runs, for
 *  - the command as users run it: `node bin/van-ban.cjs --dinh-dang=docx --tat-ca <file>` (compiled JavaScript;
 *    --tat-ca so that every run builds the document, rather than finding it unchanged in the manifest);
 *  - the same through `npm run build:docs` (npm's own start-up shown apart: `npm --version`);
 *  - the command as it ran before issue 10: TypeScript through tsx (`node --import tsx src/cli/start.ts`);
 *  - `node -e 0` (Node's own start-up) and pandoc making a DOCX from the same Markdown body, for reference.
 * `npm run bench:start -- --so-lan=N` sets the number of runs (default 10). Pandoc and /usr/bin/time
 * rows say so when the program is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { timed, type Figures } from './time.ts';
import { join } from 'node:path';

const SAMPLE = 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md';
const runs = Number(process.argv.find((a) => a.startsWith('--so-lan='))?.slice('--so-lan='.length) ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'vbtd-start-'));
const TIME = '/usr/bin/time';

/** One run of `command`; a failing one stops the benchmark. */
function timedOk(command: string[]): Figures {
  const figures = timed(command);
  if (figures.status !== 0) throw new Error(`${command.join(' ')} failed:\n${figures.stderr}`);
  return figures;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function row(name: string, command: string[]): string {
  const all = Array.from({ length: runs }, () => timedOk(command));
  const f = (key: 'wall' | 'cpu' | 'memory') => all.map((x) => x[key]);
  const s = (x: number) => x.toFixed(2);
  return `| ${name} | ${s(median(f('wall')))} | ${s(Math.min(...f('wall')))} | ${s(median(f('cpu')))} | ${Math.round(median(f('memory')) / 1024)} |`;
}

const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

if (!existsSync(TIME)) {
  console.log(`${TIME} is missing (Debian: apt-get install -y time): nothing measured.`);
  process.exit(1);
}
// Compiles dist/ if it is missing or stale, so that the runs below measure the command, not the compiler.
execFileSync(process.execPath, ['bin/van-ban.cjs', '--dinh-dang=docx', SAMPLE, `--ra=${dir}/out`], { stdio: 'ignore' });
const body = readFileSync(SAMPLE, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
writeFileSync(join(dir, 'body.md'), body);

const commands: [string, string[]][] = [
  ['`node -e 0` (Node alone)', [process.execPath, '-e', '0']],
  ['**`node bin/van-ban.cjs --dinh-dang=docx --tat-ca`**', [process.execPath, 'bin/van-ban.cjs', '--dinh-dang=docx', '--tat-ca', SAMPLE, `--ra=${dir}/a`]],
  ['`npm run build:docs -- --dinh-dang=docx --tat-ca`', ['npm', 'run', '--silent', 'build:docs', '--', '--dinh-dang=docx', '--tat-ca', SAMPLE, `--ra=${dir}/b`]],
  ['`npm --version` (npm alone)', ['npm', '--version']],
  ['TypeScript through tsx, as before issue 10: `node --import tsx src/cli/start.ts --dinh-dang=docx --tat-ca`', [process.execPath, '--import', 'tsx', 'src/cli/start.ts', '--dinh-dang=docx', '--tat-ca', SAMPLE, `--ra=${dir}/c`]],
];
const pandoc = has('pandoc');
if (pandoc) commands.push(['pandoc, same Markdown body → DOCX', ['pandoc', '-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), join(dir, 'body.md')]]);

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`One plan, DOCX only (${SAMPLE}), ${runs} runs each, /usr/bin/time:\n`);
console.log('| command | wall median (s) | wall best (s) | CPU user+sys median (s) | peak memory (MB) |');
console.log('|---|---|---|---|---|');
for (const [name, command] of commands) console.log(row(name, command));
if (!pandoc) console.log('\npandoc: not installed, not measured (Debian: apt-get install -y pandoc).');
else console.log(`\n${execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0]}; its DOCX has the body only (no ND30 header, signature or layout).`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
rmSync(dir, { recursive: true, force: true });
