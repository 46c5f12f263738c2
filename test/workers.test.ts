/**
 * Worker threads (src/build/workers.ts): the documents of a run made by two or three workers are the
 * same, byte for byte, as those this thread makes alone — outputs, manifest and index page — and a
 * document that fails in a worker fails alone.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, type BuildOptions } from '../src/build/pipeline.ts';
import { openRun } from '../src/build/render.ts';
import { workerPool } from '../src/build/workers.ts';
import { scratchDir } from './helpers/scratch.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

const options = (dataDir: string, outDir: string, workers: number): BuildOptions => ({ dataDir, outDir, templatesDir: 'templates', targets: [], formats: ['docx', 'pdf', 'html'], workers });

function contents(dir: string): Map<string, Buffer> {
  return new Map(filesUnder(dir).map((f) => [relative(dir, f), readFileSync(f)]));
}

describe('worker threads', () => {
  it('every sample, the batch included, made by 1, 2 and 3 workers: the same files, byte for byte, the manifest and index page too', async () => {
    const dir = scratchDir('vbtd-workers-');
    const made: Map<string, Buffer>[] = [];
    for (const workers of [1, 2, 3]) {
      const report = await buildAll(options('data', join(dir, `ra-${workers}`), workers));
      expect(report.results.filter((r) => !r.ok).map((r) => r.source), `${workers} workers`).toEqual([]);
      made.push(contents(join(dir, `ra-${workers}`)));
    }
    expect(made[0].size).toBeGreaterThan(150);
    for (const other of made.slice(1)) {
      expect([...other.keys()]).toEqual([...made[0].keys()]);
      expect([...other].filter(([file, bytes]) => !bytes.equals(made[0].get(file)!)).map(([file]) => file)).toEqual([]);
    }
  }, 300_000);

  it('a document that fails in a worker fails alone, with its message; the others are made', async () => {
    const dir = scratchDir('vbtd-workers-');
    const data = join(dir, 'data');
    cpSync('data/_chung', join(data, '_chung'), { recursive: true });
    const plan = readFileSync('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'utf8');
    for (let i = 1; i <= 14; i++) writeFileSync(join(data, `ke-hoach-${String(i).padStart(2, '0')}.md`), plan.replace(/^so: .*$/m, `so: ${i}`));
    writeFileSync(join(data, 'ke-hoach-07.md'), plan.replace(/^ngay: .*$/m, 'ngay: 2023-02-30'));
    const report = await buildAll(options(data, join(dir, 'ra'), 2));
    expect(report.results.map((r) => [relative(data, r.source), r.ok])).toEqual(Array.from({ length: 14 }, (_, i) => [`ke-hoach-${String(i + 1).padStart(2, '0')}.md`, i !== 6]));
    const failed = report.results[6];
    expect(failed.problems.map((p) => p.message).join('\n')).toMatch(/2023-02-30/);
    expect(filesUnder(join(dir, 'ra')).filter((f) => f.endsWith('.pdf'))).toHaveLength(13);
  }, 300_000);

  it("a worker makes a batch's document from the job it is sent, without reading the batch's sheet again", async () => {
    const dir = scratchDir('vbtd-workers-');
    const data = join(dir, 'data');
    for (const folder of ['_chung', '2025/dot-khen-thuong']) cpSync(join('data', folder), join(data, folder), { recursive: true });
    const batch = join(data, '2025/dot-khen-thuong/dot-khen-thuong-nam-hoc-2024-2025.yaml');
    const opts = { ...options(data, join(dir, 'ra'), 2), formats: ['docx' as const] };
    const opened = await openRun(opts);
    if (!('run' in opened)) throw new Error('the run did not open');
    const resolved = opened.run.resolver.resolveBatch(batch);
    const job = resolved.plan!.jobs[0];
    // Gone since the main thread read it: a worker that read the sheet again could not make the document.
    rmSync(join(data, '2025/dot-khen-thuong/danh-sach-de-nghi.xlsx'));
    const pool = workerPool(opts, 1);
    try {
      const result = await pool.job(batch, job, resolved.sha256);
      expect(result.problems.filter((p) => p.severity === 'loi')).toEqual([]);
      expect(result.outputs.map((o) => relative(dir, o))).toEqual([`ra/2025/dot-khen-thuong/dot-khen-thuong-nam-hoc-2024-2025/${job.name}.docx`]);
      expect(existsSync(result.outputs[0])).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('workers that keep failing: the pool gives up, every document asked fails with a message in Vietnamese, none waits forever', async () => {
    const dir = scratchDir('vbtd-workers-');
    const opts = { ...options('data', join(dir, 'ra'), 2), formats: ['docx' as const] };
    for (const code of ['throw new Error("không khởi động được")', 'require("node:worker_threads").parentPort.on("message", () => { throw new Error("hỏng"); });']) {
      const pool = workerPool(opts, 2, { code, eval: true });
      try {
        const files = ['data/2025/chi-thi-thi-dua-2025.md', 'data/2025/bao-cao-tong-ket-tdkt-2025.md', 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'];
        const results = await Promise.all(files.map((file) => pool.document(file)));
        const late = await pool.document('data/2025/to-trinh-de-nghi-khen-thuong-2025.md');
        for (const r of [...results, late]) {
          expect(r.state).toBe('error');
          expect(r.problems).toEqual([{ severity: 'loi', file: r.source, message: expect.stringMatching(/^lỗi khi tạo văn bản: luồng tạo văn bản dừng bất thường/) }]);
        }
        expect(results.map((r) => r.source)).toEqual(files);
      } finally {
        await pool.close();
      }
    }
  }, 120_000);
});
