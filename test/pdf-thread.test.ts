/**
 * The thread that writes the PDFs of a run made in the main thread (src/build/pdf-thread.ts): the same
 * bytes as this thread writes; a thread that fails or stops leaves each PDF to this thread, none waits
 * forever; and a PDF asked for keeps the process alive until it comes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cacheFolder } from '../src/build/cache-folder.ts';
import { fontPackStore } from '../src/build/font-pack-cache.ts';
import { startPdfThread } from '../src/build/pdf-thread.ts';
import { buildAll, type BuildOptions } from '../src/build/pipeline.ts';
import { writePdf } from '../src/writers/pdf/index.ts';
import { buildFile, fonts, planOf } from './helpers/build.ts';
import { scratchDir } from './helpers/scratch.ts';

const SAMPLES = ['data/2025/chi-thi-thi-dua-2025.md', 'data/2025/quyet-dinh-khen-thuong-2025.md'];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
const contents = (dir: string) => new Map(filesUnder(dir).map((f) => [relative(dir, f), readFileSync(f)]));

describe('the PDF thread', () => {
  it('writes the same bytes as this thread', async () => {
    const thread = startPdfThread();
    try {
      for (const file of SAMPLES) {
        const plan = planOf(buildFile(file));
        const here = await writePdf(plan, fonts(), fontPackStore(cacheFolder()));
        expect(Buffer.from((await thread.write(plan))!).equals(Buffer.from(here)), file).toBe(true);
      }
    } finally {
      await thread.close();
    }
  }, 120_000);

  it('a run of a few documents with two threads makes the same files as with one', async () => {
    const dir = scratchDir('vbtd-pdf-thread-');
    const options = (workers: number): BuildOptions => ({ dataDir: 'data', outDir: join(dir, String(workers)), templatesDir: 'templates', targets: SAMPLES, formats: ['docx', 'pdf'], workers });
    for (const workers of [1, 2]) expect((await buildAll(options(workers))).results.map((r) => r.state)).toEqual(['built', 'built']);
    const one = contents(join(dir, '1'));
    expect([...one.keys()].filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    expect(contents(join(dir, '2'))).toEqual(one);
  }, 120_000);

  it('a thread that fails to start, or cannot write a plan, leaves every PDF to this thread', async () => {
    const entries = [
      'throw new Error("không khởi động được")',
      'const { parentPort } = require("node:worker_threads"); parentPort.on("message", ({ id }) => parentPort.postMessage({ id, failed: true }));',
      'const { parentPort } = require("node:worker_threads"); parentPort.on("message", () => process.exit(3));',
    ];
    for (const code of entries) {
      const thread = startPdfThread({ code, eval: true });
      try {
        expect(await Promise.all([thread.write({} as never), thread.write({} as never)]), code).toEqual([undefined, undefined]);
        expect(await thread.write({} as never)).toBeUndefined();
      } finally {
        await thread.close();
      }
    }
  }, 60_000);

  it('a PDF asked for keeps the process alive until its answer (an idle thread does not)', () => {
    const entry = 'const { parentPort } = require("node:worker_threads"); parentPort.on("message", ({ id }) => setTimeout(() => parentPort.postMessage({ id, bytes: new Uint8Array([1, 2, 3]) }), 300));';
    const script = join(scratchDir('vbtd-pdf-thread-'), 'hoi.mjs');
    writeFileSync(script, `import { startPdfThread } from ${JSON.stringify(pathToFileURL('src/build/pdf-thread.ts').href)};
const thread = startPdfThread({ code: ${JSON.stringify(entry)}, eval: true });
thread.write({}).then((bytes) => console.log('PDF', bytes?.length));`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
    expect(child.stdout).toBe('PDF 3\n');
    expect(child.status).toBe(0);
  }, 60_000);
});
