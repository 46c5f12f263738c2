/**
 * The CI preview (issue 10, point 9): the pull-request workflow runs only the project's own npm scripts,
 * its problem matcher turns the check command's lines into annotations with their file, line, column and
 * severity, and the workflow passes the linter (action-validator, a devDependency).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { edit, runCheckCommand, sampleProject } from './helpers/check.ts';
import { scratchDir } from './helpers/scratch.ts';

const WORKFLOW = '.github/workflows/xem-truoc.yml';
const MATCHER = '.github/van-ban-matcher.json';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** What a `run:` step may be: `npm ci`, `npm run <a script of package.json>`, or the registration of a problem matcher file of the repository. */
function runFault(run: string): string | undefined {
  const command = run.trim();
  if (command === 'npm ci') return undefined;
  const script = /^npm run ([\w:-]+)(?: -- .*)?$/.exec(command)?.[1];
  if (script !== undefined) return scripts[script] ? undefined : `"${command}": package.json không có script "${script}"`;
  const matcher = /^echo "::add-matcher::([^"]+)"$/.exec(command)?.[1];
  if (matcher !== undefined) return existsSync(matcher) ? undefined : `"${command}": không có tệp ${matcher}`;
  return `"${command}" không phải npm ci, npm run <script> hay echo "::add-matcher::…"`;
}

describe('the pull-request workflow', () => {
  it('runs on pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
  });

  it('every run step is npm ci, an npm script that exists, or the problem matcher', () => {
    const runs = steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
    expect(runs.map((r) => r.trim())).toEqual(['npm ci', `echo "::add-matcher::${MATCHER}"`, 'npm run check', 'npm run build:docs']);
    expect(runs.map(runFault)).toEqual(runs.map(() => undefined));
    expect([runFault('npm run khong-co'), runFault('make all'), runFault('echo "::add-matcher::khong-co.json"')]).toEqual([
      '"npm run khong-co": package.json không có script "khong-co"',
      '"make all" không phải npm ci, npm run <script> hay echo "::add-matcher::…"',
      '"echo "::add-matcher::khong-co.json"": không có tệp khong-co.json',
    ]);
  });

  it('checks out, sets up Node 20 with the npm cache, and uploads output/ even when documents fail', () => {
    const uses = (action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));
    expect(uses('actions/checkout')?.uses).toBe('actions/checkout@v4');
    expect(uses('actions/setup-node')).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': 20, cache: 'npm' } });
    expect(uses('actions/upload-artifact')).toMatchObject({ uses: 'actions/upload-artifact@v4', with: { path: 'output/' } });
    // The drafts are built and uploaded after a failed check too (the check fails the run all the same).
    const build = steps.find((s) => s.run === 'npm run build:docs');
    expect([build?.if, uses('actions/upload-artifact')?.if]).toEqual([expect.stringContaining('!cancelled()'), expect.stringContaining('!cancelled()')]);
  });
});

interface Matcher {
  owner: string;
  severity: 'error' | 'warning';
  pattern: { regexp: string; file: number; line: number; column: number; message: number }[];
}

/** What GitHub makes of a printed line: the annotation of the first matcher that matches it. */
function annotation(line: string): Record<string, string> | undefined {
  const matchers = (JSON.parse(readFileSync(MATCHER, 'utf8')) as { problemMatcher: Matcher[] }).problemMatcher;
  for (const m of matchers) {
    const [pattern] = m.pattern;
    const found = new RegExp(pattern.regexp).exec(line);
    if (found) return { severity: m.severity, file: found[pattern.file], line: found[pattern.line], column: found[pattern.column], message: found[pattern.message] };
  }
  return undefined;
}

describe('the problem matcher', () => {
  it('reads file, line, column, severity and message from the lines the check prints on a broken sample', { timeout: 120_000 }, async () => {
    const root = sampleProject();
    edit(root, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'ngay: 2023-02-06', 'ngay: 2023-02-30');
    const { status, stdout } = await runCheckCommand(root, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'data/2025/bien-ban-hop-xet-khen-thuong-2025.md');
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map(annotation)).toEqual([
      {
        severity: 'error',
        file: 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md',
        line: '7',
        column: '7',
        message: 'trường "ngay": ngày 2023-02-30 không có thật (tháng 2 năm 2023 không có ngày 30). Sửa lại ngày ban hành.',
      },
      { severity: 'warning', file: 'data/2025/bien-ban-hop-xet-khen-thuong-2025.md', line: '29', column: '43', message: expect.stringMatching(/^trường "bien_ban\.ket_qua\[0\]\.danh_hieu": văn bản dùng giá trị luật .* \[luat-chua-xac-nhan\]$/) },
      { severity: 'warning', file: 'data/2025/bien-ban-hop-xet-khen-thuong-2025.md', line: '32', column: '48', message: expect.stringContaining('Cờ thi đua của Ủy ban nhân dân tỉnh') },
      undefined, // the summary
    ]);
  });
});

/** The linter's command, from node_modules/.bin (npm ci installs it). */
const LINTER_BIN = resolve('node_modules/.bin');
const lint = (file: string) =>
  spawnSync('action-validator', [file], { encoding: 'utf8', env: { ...process.env, PATH: `${LINTER_BIN}${delimiter}${process.env.PATH}` } });

function needLinter(): boolean {
  if (spawnSync('sh', ['-c', 'command -v action-validator'], { env: { ...process.env, PATH: `${LINTER_BIN}${delimiter}${process.env.PATH}` } }).status === 0) return true;
  if ((process.env.BO_QUA_CONG_CU ?? '').split(',').includes('action-validator')) {
    console.warn(`BỎ QUA kiểm thử lint:workflow (BO_QUA_CONG_CU=${process.env.BO_QUA_CONG_CU}).`);
    return false;
  }
  throw new Error('Thiếu action-validator (devDependency @action-validator/cli): chạy "npm ci", hoặc đặt BO_QUA_CONG_CU=action-validator để bỏ qua, có báo, kiểm thử này.');
}

describe.runIf(needLinter())('npm run lint:workflow', () => {
  it('passes on the workflow', () => {
    const { status, stdout, stderr } = spawnSync('npm', ['run', '-s', 'lint:workflow'], { encoding: 'utf8', env: { ...process.env, PATH: `${LINTER_BIN}${delimiter}${process.env.PATH}` } });
    expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('fails on a workflow with a mistake (a job without runs-on)', () => {
    const dir = scratchDir();
    const broken = join(dir, 'xem-truoc.yml');
    copyFileSync(WORKFLOW, broken);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('    runs-on: ubuntu-latest\n', ''));
    const { status, stdout, stderr } = lint(broken);
    expect(status).toBe(1);
    expect(stdout + stderr).toContain('"path": "/jobs/xem-truoc/runs-on"');
  });
});
