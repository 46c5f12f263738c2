/**
 * npm run chuyen-ma -- <tệp>: a file in a legacy encoding is rewritten in UTF-8, the original kept as
 * <tệp>.bak; a file the build reads already, or one whose encoding is not recognised, is left as it is.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../src/cli/chuyen-ma.ts';
import { readText } from '../../src/readers/encoding.ts';
import { scratchDir } from '../helpers/scratch.ts';

const FIXTURES = 'test/fixtures/ma-cu';
const ORIGINAL = readFileSync(join(FIXTURES, 'chi-thi.md'), 'utf8');

function copied(name: string): { dir: string; path: string } {
  const dir = scratchDir();
  const path = join(dir, 'chi-thi.md');
  copyFileSync(join(FIXTURES, name), path);
  return { dir, path };
}

describe('chuyen-ma', () => {
  it('converts a TCVN3 file to the original UTF-8 text, keeps the old one as .bak, leaves no other file', () => {
    const { dir, path } = copied('chi-thi.tcvn3.md');
    expect(convertFile(path)).toEqual({
      ok: true,
      message: `✓ ${path}: đã chuyển tệp từ bảng mã TCVN3 (ABC, phông .VnTime) sang UTF-8; bản cũ giữ lại ở "${path}.bak". Mở tệp kiểm tra lại rồi tạo văn bản. Chữ in hoa gõ bằng phông .VnTimeH có thể thành chữ thường: sửa lại nếu có.`,
    });
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(readFileSync(`${path}.bak`)).toEqual(readFileSync(join(FIXTURES, 'chi-thi.tcvn3.md')));
    expect(readdirSync(dir).sort()).toEqual(['chi-thi.md', 'chi-thi.md.bak']);
    expect(convertFile(path)).toEqual({ ok: true, message: `${path}: tệp đã đọc được (mã Unicode), không cần chuyển; tệp giữ nguyên.` });
  });

  it('every legacy fixture converts back to exactly the original', () => {
    for (const variant of ['windows-1258', 'vni', 'tcvn3-chep', 'vni-chep']) {
      const { path } = copied(`chi-thi.${variant}.md`);
      expect(convertFile(path).ok, variant).toBe(true);
      expect(readFileSync(path, 'utf8'), variant).toBe(ORIGINAL);
    }
  });

  it('an existing .bak, or bytes in no known encoding: the file is left as it is', () => {
    const { dir, path } = copied('chi-thi.vni.md');
    writeFileSync(`${path}.bak`, 'bản sao cũ');
    expect(convertFile(path)).toEqual({
      ok: false,
      message: `✗ ${path}: không tạo được tệp giữ lại bản cũ "${path}.bak" (đã có tệp tên đó, hoặc không có quyền ghi); tệp giữ nguyên. Đổi tên hoặc xóa "${path}.bak" rồi chạy lại.`,
    });
    expect(readFileSync(path)).toEqual(readFileSync(join(FIXTURES, 'chi-thi.vni.md')));
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('bản sao cũ');
    const unknown = join(dir, 'hong.md');
    const bytes = Buffer.from([0x61, 0x0a, 0x62, 0xff, 0xfe, 0x81, 0x0a]);
    writeFileSync(unknown, bytes);
    expect(convertFile(unknown)).toMatchObject({ ok: false, message: expect.stringMatching(/^✗ .*hong\.md, dòng 2: tệp không lưu bằng mã UTF-8 và không nhận ra bảng mã/) });
    expect(readFileSync(unknown)).toEqual(bytes);
    expect(readdirSync(dir).sort()).toEqual(['chi-thi.md', 'chi-thi.md.bak', 'hong.md']);
  });

  it('npm run chuyen-ma: one line per file, exit code 1 when one could not be converted', () => {
    const { dir, path } = copied('chi-thi.windows-1258.md');
    const missing = join(dir, 'khong-co.md');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chuyen-ma.ts', path, missing], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`✓ ${path}: đã chuyển tệp từ bảng mã Windows-1258 sang UTF-8; bản cũ giữ lại ở "${path}.bak". Mở tệp kiểm tra lại rồi tạo văn bản.\n`);
    expect(run.stderr).toBe(`✗ ${missing}: không có tệp này. Ghi đường dẫn một tệp, ví dụ data/2025/ke-hoach.md.\n`);
    expect(readText(readFileSync(path))).toEqual({ ok: true, text: ORIGINAL });
    const usage = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chuyen-ma.ts'], { encoding: 'utf8' });
    expect([usage.status, usage.stderr]).toEqual([2, 'Cách dùng: npm run chuyen-ma -- <tệp>… (ví dụ: npm run chuyen-ma -- data/2025/ke-hoach.md)\n']);
  });
});
