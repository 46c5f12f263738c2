/** The command line: an option without its value, or one it does not know, gets the usage in Vietnamese and exit code 2. */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../src/cli/args.ts';
import { testPlan } from './helpers/build.ts';
import { scratchDir } from './helpers/scratch.ts';

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
      [['--ra', '--tat-ca'], missing('--ra', '--ra=output')],
      [['--tat-ca=1'], `Tùy chọn "--tat-ca" không nhận giá trị: chỉ ghi "--tat-ca".\n${USAGE}`],
      [['data/2023', '--du-lieu'], missing('--du-lieu', '--du-lieu=data')],
      [['--mau-docx'], missing('--mau-docx', '--mau-docx=mau-cua-toi.docx')],
      [['--dinh-dang'], missing('--dinh-dang', '--dinh-dang=docx,pdf')],
      [['--formats='], missing('--formats', '--formats=docx,pdf')],
      [['--dinh-dang=docx,doc'], `Định dạng không hỗ trợ: "doc". Chọn trong: docx, pdf, html, json, xlsx.\n${USAGE}`],
      [['--khong-co'], `Không hiểu tùy chọn "--khong-co".\n${USAGE}`],
      [['-r'], `Không hiểu tùy chọn "-r".\n${USAGE}`],
    ];
    expect(cases.map(([args]) => parseArgs(args))).toEqual(cases.map(([, message]) => message));
  });

  it('a value may hold "=", and may follow its option as the next argument (node:util parseArgs)', () => {
    expect(parseArgs(['--ra=ra=1', '--mau-docx=a=b.docx'])).toMatchObject({ outDir: 'ra=1', docxTemplate: 'a=b.docx' });
    expect(parseArgs(['--ra', 'ra', '--du-lieu', 'data', '--tat-ca', 'data/2023'])).toMatchObject({ outDir: 'ra', dataDir: 'data', all: true, targets: ['data/2023'] });
    expect(parseArgs(['--', '--help'])).toBe('Không tìm thấy "--help". Ghi đường dẫn tệp hoặc thư mục, ví dụ data/2023.');
    expect(parseArgs(['-h'])).toBe('help');
  });

  it('run: the message and the usage on stderr, exit code 2, nothing built', { timeout: 120_000 }, async () => {
    const [bare, unknown] = await Promise.all([cli('--ra'), cli('data/2023', '--khong-co')]);
    expect(bare).toEqual({ status: 2, stdout: '', stderr: `${missing('--ra', '--ra=output')}\n` });
    expect(unknown).toEqual({ status: 2, stdout: '', stderr: `Không hiểu tùy chọn "--khong-co".\n${USAGE}\n` });
  });
});

describe('nothing is lost on the way out', () => {
  /**
   * 300 documents, a third with three errors each: some 125 kB of output, more than a pipe holds (64 kB on Linux), so
   * the command writes while its reader (a CI log, here `sleep 1; cat`) is not reading yet, and ends
   * before the reader has read it all. Every line must still come out.
   */
  it('a run of 300 documents piped through a slow reader prints every ✓, every problem, every ✗ and the summary', { timeout: 120_000 }, () => {
    const dir = scratchDir();
    cpSync('data/_chung', join(dir, 'data/_chung'), { recursive: true });
    const stems = Array.from({ length: 300 }, (_, i) => `${String(i).padStart(3, '0')}-ke-hoach-thi-dua-khen-thuong-nam-2025-cua-uy-ban-nhan-dan-xa-son-duong`);
    const isBad = (i: number) => i % 3 === 1;
    const badPlan = testPlan('').replace('so: 5', 'so: 0').replace('trich_yeu: Thử', 'trich_yeu: 5').replace('luu: [NC]', 'luu: 5');
    stems.forEach((stem, i) => writeFileSync(join(dir, 'data', `${stem}.md`), isBad(i) ? badPlan : testPlan('')));
    const [data, out] = [join(dir, 'data'), join(dir, 'output')];
    const command = `{ "${process.execPath}" --import tsx src/cli/start.ts --dinh-dang=json --du-lieu="${data}" --ra="${out}"; echo "mã thoát $?"; } 2>&1 | (sleep 1; cat)`;
    const lines = execFileSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n');

    const expected = stems.flatMap((stem, i) => {
      const source = join(data, `${stem}.md`);
      if (!isBad(i)) return [`✓ ${join(out, `${stem}.json`)}`];
      return [`Lỗi: ${source}, dòng 4 — trường "so": `, `Lỗi: ${source}, dòng 6 — trường "trich_yeu": `, `Lỗi: ${source}, dòng 9 — trường "luu": `, `✗ ${source}: không tạo văn bản này.`];
    });
    expected.push(`✓ ${join(out, 'index.html')} (danh sách văn bản)`);
    const missing = expected.filter((start) => !lines.some((line) => line.startsWith(start)));
    expect(missing).toEqual([]);
    expect(lines.filter((line) => line !== '')).toHaveLength(expected.length + 2);
    // The summary is the last line of standard output; the ✗ lines, on standard error, may come after it.
    expect(lines).toContain('Đã tạo 200/300 văn bản, 100 văn bản có lỗi.');
    expect(lines.slice(-2)).toEqual(['mã thoát 1', '']);
    expect(Buffer.byteLength(lines.join('\n'))).toBeGreaterThan(64 * 1024);
  });
});
