/**
 * The last resorts (issue 9, point 9): a fault of the program itself — never bad data, which has its own
 * messages — is said in Vietnamese, without the English message of the JavaScript error or a stack.
 * The fault is made here by hand: a layout step that throws, a folder listing that throws.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildAll } from '../src/build/pipeline.ts';
import { formatProblem } from '../src/core/errors.ts';
import { testPlan } from './helpers/build.ts';
import { englishWords } from './helpers/english.ts';
import { faultyListing } from './helpers/faulty-listing.ts';
import { scratchDir } from './helpers/scratch.ts';

vi.mock('../src/plan/build.ts', async (importOriginal) => {
  const plan = await importOriginal<typeof import('../src/plan/build.ts')>();
  return {
    ...plan,
    buildPlan: (...args: Parameters<typeof plan.buildPlan>) => {
      if (args[0].source.includes('hong')) throw new TypeError('text.trim is not a function');
      return plan.buildPlan(...args);
    },
  };
});

describe('a fault of the program', () => {
  it('in one document: that document fails with a Vietnamese message, without the internal one; the others build', async () => {
    const dir = scratchDir();
    cpSync('data/_chung', join(dir, 'data/_chung'), { recursive: true });
    writeFileSync(join(dir, 'data/hong.md'), testPlan(''));
    writeFileSync(join(dir, 'data/tot.md'), testPlan(''));
    const { results } = await buildAll({ dataDir: join(dir, 'data'), outDir: join(dir, 'output'), templatesDir: 'templates', targets: [], formats: ['docx'] });
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    const lines = results[0].problems.map(formatProblem);
    expect(lines).toEqual([
      `Lỗi: ${join(dir, 'data/hong.md')} — lỗi khi tạo văn bản: chương trình gặp lỗi bên trong, không phải do một trường nào của tệp này. Hãy báo cho nhóm phát triển, gửi kèm tệp này (chạy lại với biến môi trường DEBUG=1 để in chi tiết).`,
    ]);
    expect(lines.flatMap(englishWords)).toEqual([]);
  });

  it('in the run: the command says so in Vietnamese, exit code 1, the detail only with DEBUG=1', () => {
    const dir = scratchDir();
    const { data, preload } = faultyListing(dir);
    const run = (env: NodeJS.ProcessEnv) => {
      try {
        execFileSync(process.execPath, ['--require', preload, '--import', 'tsx', 'src/cli/start.ts', `--du-lieu=${data}`, `--ra=${join(dir, 'output')}`], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });
        return { status: 0, stderr: '' };
      } catch (e) {
        return e as { status: number; stderr: string };
      }
    };
    const plain = run({ DEBUG: '' });
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe(
      'Lỗi không mong đợi: chương trình gặp lỗi bên trong và dừng lại. Hãy báo cho nhóm phát triển, gửi kèm lệnh đã chạy và thư mục dữ liệu (chạy lại với biến môi trường DEBUG=1 để in chi tiết).\n',
    );
    expect(run({ DEBUG: '1' }).stderr).toContain('TypeError: text.trim is not a function');
  });
});
