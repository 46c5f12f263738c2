/**
 * Output that cannot be written (issue 9, point 4): every error the system gives when writing is said in
 * Vietnamese with what to do, and fails only its document. A full disk and a folder without write
 * permission cannot be made in a test run as root: the file system is simulated for those.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildAll, type BuildOptions } from '../src/build/pipeline.ts';
import { writeErrorVi } from '../src/build/output.ts';
import { formatProblem } from '../src/core/errors.ts';
import { testPlan } from './helpers/build.ts';
import { messageFaults } from './helpers/english.ts';
import { scratchDir } from './helpers/scratch.ts';

/** Writes to a path holding `failing.code` fail with that code, as the system would. */
const failing = vi.hoisted(() => ({ marker: '', code: '' }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync = (...args: Parameters<typeof fs.writeFileSync>) => {
    if (failing.marker && String(args[0]).includes(failing.marker)) {
      throw Object.assign(new Error(`${failing.code}: simulated, write '${String(args[0])}'`), { code: failing.code });
    }
    return fs.writeFileSync(...args);
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

function project(): { options: BuildOptions; dir: string } {
  const dir = scratchDir();
  cpSync('data/_chung', join(dir, 'data/_chung'), { recursive: true });
  for (const name of ['a.md', 'b.md']) writeFileSync(join(dir, 'data', name), testPlan(''));
  return { dir, options: { dataDir: join(dir, 'data'), outDir: join(dir, 'output'), templatesDir: 'templates', targets: [], formats: ['docx', 'pdf'] } };
}

describe('output that cannot be written', () => {
  it.each([
    ['ENOSPC', 'ổ đĩa đã hết chỗ trống. Giải phóng chỗ trên ổ đĩa rồi chạy lại'],
    ['EACCES', 'không có quyền ghi vào thư mục'],
    ['EPERM', 'không có quyền ghi vào thư mục'],
    ['EROFS', 'nằm trên ổ đĩa chỉ đọc'],
    ['EIO', 'lỗi đọc ghi ổ đĩa'],
  ])('%s while writing one document: that document fails with a Vietnamese message, the other builds', async (code, text) => {
    const { dir, options } = project();
    Object.assign(failing, { marker: 'a.pdf', code });
    try {
      const { results } = await buildAll(options);
      const [a, b] = results;
      expect(a.ok).toBe(false);
      expect(a.outputs).toEqual([]);
      expect(a.problems.map(formatProblem)).toEqual([
        `Lỗi: ${join(dir, 'data/a.md')} — không ghi được tệp "${join(dir, 'output/a.pdf')}": ${writeErrorVi(code, join(dir, 'output/a.pdf'))}`,
      ]);
      expect(a.problems[0].message).toContain(text);
      expect(b.ok).toBe(true);
    } finally {
      failing.marker = '';
    }
  });

  it('every error code of a write is said in Vietnamese, with what to do', () => {
    const codes = ['EACCES', 'EPERM', 'EBUSY', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ENAMETOOLONG', 'ENOSPC', 'EDQUOT', 'EROFS', 'ELOOP', 'ENOENT', 'EMFILE', 'ENFILE', 'EIO', 'EXYZ', undefined];
    const dir = scratchDir();
    const path = join(dir, 'output/2025/a.docx');
    const messages = codes.map((code) => writeErrorVi(code, path));
    expect(messages.flatMap(messageFaults)).toEqual([]);
    expect(new Set(messages).size).toBe(codes.length - 4); // EACCES/EPERM, ENOTDIR/EEXIST, ENOSPC/EDQUOT, EMFILE/ENFILE say the same
    // The folder named is the one whose permissions and disk decide: the first that exists.
    expect(writeErrorVi('EXYZ', path)).toBe(`hệ thống không cho ghi (mã EXYZ). Kiểm tra quyền ghi và chỗ trống của thư mục "${dir}", hoặc chọn thư mục ra khác: --ra=<thư mục>.`);
    expect(writeErrorVi('ENOENT', path)).toBe(`không tạo được thư mục "${join(dir, 'output/2025')}". Kiểm tra đường dẫn, hoặc chọn thư mục ra khác: --ra=<thư mục>.`);
  });

  it('an output folder that cannot be made is said once for the run, and no document is built', async () => {
    const { dir, options } = project();
    writeFileSync(join(dir, 'ra'), 'tệp của người dùng');
    const report = await buildAll({ ...options, outDir: join(dir, 'ra/con') });
    expect(report.runProblems.map(formatProblem)).toEqual([
      `Lỗi: ${join(dir, 'ra/con')} — không tạo được thư mục ra "${join(dir, 'ra/con')}", nên không tạo được văn bản nào: "${join(dir, 'ra')}" là một tệp nên không tạo được thư mục cùng tên để ghi vào. Đổi tên hoặc xóa tệp "${join(dir, 'ra')}", hoặc chọn thư mục ra khác: --ra=<thư mục>.`,
    ]);
    expect(report.results).toEqual([]);
  });

  it('HTML fonts that cannot be written are a problem of the run, said once; the pages are still written', async () => {
    const { dir, options } = project();
    Object.assign(failing, { marker: 'Tinos-Bold.ttf', code: 'ENOSPC' });
    try {
      const report = await buildAll({ ...options, formats: ['html'] });
      expect(report.results.every((r) => r.ok)).toBe(true);
      expect(report.shared.map((f) => f.replace(dir, ''))).toEqual(['/output/_phong/Tinos-Regular.ttf']);
      expect(report.runProblems.map((p) => p.message)).toEqual([
        `không ghi được tệp "${join(dir, 'output/_phong/Tinos-Bold.ttf')}": ${writeErrorVi('ENOSPC', '')} Các trang HTML sẽ hiện bằng phông chữ khác.`,
      ]);
    } finally {
      failing.marker = '';
    }
  });
});
