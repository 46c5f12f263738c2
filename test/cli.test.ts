/** The command line: an option without its value, or one it does not know, gets the usage in Vietnamese and exit code 2. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../src/cli/args.ts';

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build:docs -- …args` the way npm runs it: tsx, through the entry that checks the Node version. */
function cli(...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const missing = (option: string, example: string) => `Tùy chọn "${option}" thiếu giá trị: ghi giá trị liền sau dấu "=", ví dụ ${example}.\n${USAGE}`;

describe('build-docs command line', () => {
  it('an option without its value, or an unknown one: a Vietnamese message with the usage', () => {
    const cases: [string[], string][] = [
      [['--ra'], missing('--ra', '--ra=output')],
      [['--ra=', 'data/2023'], missing('--ra', '--ra=output')],
      [['--ra', 'output'], missing('--ra', '--ra=output')],
      [['data/2023', '--du-lieu'], missing('--du-lieu', '--du-lieu=data')],
      [['--mau-docx'], missing('--mau-docx', '--mau-docx=mau-cua-toi.docx')],
      [['--dinh-dang'], missing('--dinh-dang', '--dinh-dang=docx,pdf')],
      [['--formats='], missing('--formats', '--formats=docx,pdf')],
      [['--dinh-dang=docx,doc'], `Định dạng không hỗ trợ: "doc". Chọn trong: docx, pdf, html, json.\n${USAGE}`],
      [['--khong-co'], `Không hiểu tùy chọn "--khong-co".\n${USAGE}`],
      [['-r'], `Không hiểu tùy chọn "-r".\n${USAGE}`],
    ];
    expect(cases.map(([args]) => parseArgs(args))).toEqual(cases.map(([, message]) => message));
  });

  it('a value may hold "="', () => {
    expect(parseArgs(['--ra=ra=1', '--mau-docx=a=b.docx'])).toMatchObject({ outDir: 'ra=1', docxTemplate: 'a=b.docx' });
  });

  it('run: the message and the usage on stderr, exit code 2, nothing built', { timeout: 120_000 }, async () => {
    const [bare, unknown] = await Promise.all([cli('--ra'), cli('data/2023', '--khong-co')]);
    expect(bare).toEqual({ status: 2, stdout: '', stderr: `${missing('--ra', '--ra=output')}\n` });
    expect(unknown).toEqual({ status: 2, stdout: '', stderr: `Không hiểu tùy chọn "--khong-co".\n${USAGE}\n` });
  });
});
