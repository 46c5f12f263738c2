/**
 * The command as users run it (`npm run build:docs`, `npx van-ban`): bin/van-ban.cjs compiles src/ into
 * a fresh folder when there is none or it is older than the sources, then runs the compiled program,
 * which makes the same files, byte for byte, as the TypeScript sources do.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHash, LAZY_NAMED_EXPORTS, LAZY_PACKAGES } from '../../bin/compile.mjs';
import { createRequire } from 'node:module';
import { MANIFEST_FILE } from '../../src/build/manifest.ts';
import { INDEX_PAGE } from '../../src/build/documents.ts';
import { runBuild } from '../../src/cli/run.ts';
import { NODE_REQUIRED, nodeSupported as nodeSupportedTs } from '../../src/cli/start.ts';
import { faultyListing } from '../helpers/faulty-listing.ts';
import { scratchDir } from '../helpers/scratch.ts';

const { nodeMessage, nodeSupported } = createRequire(import.meta.url)('../../bin/node-version.cjs') as { nodeMessage(version: string): string; nodeSupported(version: string): boolean };

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

/**
 * A scratch folder for the compiled program inside the project (.tmp/, ignored by git): the packages
 * left out of the bundle are found from there, in the project's node_modules.
 */
function scratchDist(): string {
  mkdirSync('.tmp', { recursive: true });
  const dist = mkdtempSync(join('.tmp', 'dist-'));
  dists.push(dist);
  return join(dist, 'dist');
}
const dists: string[] = [];
afterAll(() => dists.forEach((d) => rmSync(d, { recursive: true, force: true })));

function launch(dist: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/van-ban.cjs', ...args], { encoding: 'utf8', env: { ...process.env, VAN_BAN_DIST: dist } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('launcher bin/van-ban.cjs', () => {
  it('compiles into a missing folder, then builds every sample in every format exactly as the sources do', async () => {
    const dir = scratchDir('vbtd-launcher-');
    const dist = scratchDist();
    // Two worker threads: the worker's bundle runs too (the tests' default is one thread, no workers).
    const first = launch(dist, '--dinh-dang=docx,pdf,html,json', '--luong=2', `--ra=${join(dir, 'compiled')}`);
    expect(first.stderr).toMatch(/^Đang biên dịch chương trình lần đầu \(vài giây\)…\n/);
    expect(first.stdout).toMatch(/\nĐã tạo 58\/58 văn bản\.\n$/);
    expect(first.status).toBe(0);
    // pdf-lib and fontkit are bundles of their own, which the PDF writer requires when it is first used:
    // inside the lazy init of the module that imports them (esbuild's, for what is imported dynamically).
    const main = readFileSync(join(dist, 'main.js'), 'utf8');
    expect(main.includes('node_modules/@cantoo/')).toBe(false);
    for (const library of ['pdf-lib', 'fontkit']) {
      const requires = [...main.matchAll(new RegExp(`.{0,400}require\\("\\./lib/${library}\\.js"\\)`, 'g'))].map((m) => m[0]);
      expect(requires.length, library).toBeGreaterThan(0);
      for (const at of requires) expect(at, library).toMatch(/=[\w$]+\(\(\)=>\{"use strict";[^{}]*$/);
    }
    // Strict mode, as the ES modules they were made from (exceljs was CommonJS, loaded as such).
    for (const f of ['main.js', 'worker.js', 'lib/pdf-lib.js', 'lib/fontkit.js']) expect(readFileSync(join(dist, f), 'utf8').startsWith('"use strict";'), f).toBe(true);
    expect(readFileSync(join(dist, 'lib', 'exceljs.js'), 'utf8').startsWith('"use strict";')).toBe(false);
    const library = (name: string) => createRequire(import.meta.url)(resolve(dist, 'lib', name)) as Record<string, unknown>;
    expect(library('pdf-lib.js').PDFDocument).toBeTypeOf('function');
    // pdf-lib's standard-font encodings, decoded when first used in the compiled bundle (LOAD_PATCHES), still work.
    const { PDFDocument, StandardFonts } = library('pdf-lib.js') as unknown as typeof import('@cantoo/pdf-lib');
    const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    // Helvetica's A is 667 units wide, é 556; WinAnsi codes 41, E9.
    expect([helvetica.widthOfTextAtSize('Aé', 10), helvetica.encodeText('Aé').asString()]).toEqual([12.23, '41E9']);
    expect((library('fontkit.js').default as { create: unknown }).create).toBeTypeOf('function');
    expect((library('exceljs.js').default as { Workbook: unknown }).Workbook).toBeTypeOf('function');
    // exceljs tells merged cells by their class's name: kept in its minified bundle.
    const { Workbook } = library('exceljs.js').default as typeof import('exceljs');
    const sheet = new Workbook().addWorksheet('a');
    sheet.getCell('A2').value = 'gộp';
    sheet.mergeCells('A2:B2');
    sheet.spliceRows(1, 0, ['mới']);
    expect([sheet.getCell('A3').value, sheet.getCell('B3').isMerged, sheet.getCell('B3').master.address]).toEqual(['gộp', true, 'A3']);
    // Packages seldom needed are left out of the bundle, required from node_modules when first used.
    const bundled = ['main.js', 'worker.js', 'lib/pdf-lib.js', 'lib/fontkit.js', 'lib/exceljs.js'].map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    for (const name of Object.keys(LAZY_PACKAGES)) expect(bundled, name).not.toContain(`node_modules/${name.split('/')[0]}/`);
    for (const name of Object.keys(LAZY_NAMED_EXPORTS)) expect(bundled, name).not.toContain(`node_modules/${name}/`);
    // The first run kept the compiled code of each bundle for the next runs (bin/run-bundle.cjs).
    const caches = filesUnder(dist).filter((f) => f.endsWith('.v8-cache')).map((f) => relative(dist, f).split('.')[0]);
    // (fontkit is loaded only when a PDF needs a font subset not kept in the cache folder.)
    expect(caches).toEqual(expect.arrayContaining(['lib/pdf-lib', 'main', 'worker']));
    expect(caches.every((name) => ['lib/fontkit', 'lib/pdf-lib', 'lib/exceljs', 'main', 'worker'].includes(name))).toBe(true);

    const warnings: string[] = [];
    const code = await runBuild(['--dinh-dang=docx,pdf,html,json', `--ra=${join(dir, 'sources')}`], { out: () => {}, err: (l) => warnings.push(l) });
    expect(code).toBe(0);
    expect(first.stderr.split('\n').slice(1, -1)).toEqual(warnings);
    const compiled = filesUnder(join(dir, 'compiled')).map((f) => relative(join(dir, 'compiled'), f)).sort();
    expect(compiled).toEqual(filesUnder(join(dir, 'sources')).map((f) => relative(join(dir, 'sources'), f)).sort());
    expect(compiled.length).toBeGreaterThan(60);
    const differ = compiled.filter((f) => !readFileSync(join(dir, 'compiled', f)).equals(readFileSync(join(dir, 'sources', f))));
    // The manifests differ only in the program's version: the compiled code's hash, the sources' hash; the
    // index pages in their fingerprint, which has that version too (a new program makes the page again).
    expect(differ).toEqual([MANIFEST_FILE, INDEX_PAGE]);
    const [compiledIndex, sourcesIndex] = ['compiled', 'sources'].map((d) => readFileSync(join(dir, d, INDEX_PAGE), 'utf8').replace(/<meta name="van-ban-muc-luc" content="[0-9a-f]{32}">/, ''));
    expect(compiledIndex).toBe(sourcesIndex);
    const [fromCompiled, fromSources] = ['compiled', 'sources'].map((d) => JSON.parse(readFileSync(join(dir, d, MANIFEST_FILE), 'utf8')));
    expect(fromCompiled.tool).not.toBe(fromSources.tool);
    expect({ ...fromCompiled, tool: '' }).toEqual({ ...fromSources, tool: '' });
  }, 180_000);

  it('recompiles a stale folder; the compiled program reads legacy encodings (iconv-lite, loaded on use)', () => {
    const dir = scratchDir('vbtd-launcher-');
    const dist = scratchDist();
    expect(launch(dist, '--dinh-dang=json', 'data/2023', `--ra=${join(dir, 'out')}`).status).toBe(0);
    const fresh = launch(dist, '--dinh-dang=json', 'data/2023', `--ra=${join(dir, 'out')}`);
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
    // A JSON-only run never loads the libraries bundled apart (PDF, fonts, spreadsheets): none has a code cache.
    expect(readdirSync(join(dist, 'lib')).filter((f) => f.endsWith('.v8-cache'))).toEqual([]);

    const old = new Date('2000-01-01');
    utimesSync(join(dist, 'main.js'), old, old);
    mkdirSync(join(dir, 'data'));
    copyFileSync('test/fixtures/ma-cu/chi-thi.windows-1258.md', join(dir, 'data', 'chi-thi.md'));
    const stale = launch(dist, '--dinh-dang=json', join(dir, 'data', 'chi-thi.md'), `--ra=${join(dir, 'out')}`);
    expect(stale.stderr).toMatch(/^Mã nguồn đã thay đổi: đang biên dịch lại chương trình \(vài giây\)…\n/);
    expect(stale.stderr).toContain('tệp được lưu bằng bảng mã Windows-1258, không phải UTF-8');
    expect(stale.status).toBe(1);
  }, 180_000);

  it('with DEBUG=1, the stack of an internal error is told at its places in the sources (the bundles are minified); without it, no stack', () => {
    const dir = scratchDir('vbtd-launcher-');
    const dist = scratchDist();
    const { data, preload } = faultyListing(dir);
    const run = (debug: string) =>
      spawnSync(process.execPath, ['--require', preload, 'bin/van-ban.cjs', `--du-lieu=${data}`, `--ra=${join(dir, 'output')}`], { encoding: 'utf8', env: { ...process.env, VAN_BAN_DIST: dist, DEBUG: debug } });
    expect(run('').stderr).not.toContain(' at ');
    const { status, stderr } = run('1');
    expect(status).toBe(1);
    expect(stderr).toContain('TypeError: text.trim is not a function');
    const places = [...stderr.matchAll(/ at (\/\S+\.ts):(\d+):(\d+)$/gm)].map(([, file, line, column]) => ({ file: relative(process.cwd(), file), line: Number(line), column: Number(column) }));
    expect(places.map((p) => p.file)).toEqual(expect.arrayContaining(['src/build/documents.ts', 'src/build/pipeline.ts']));
    // The first frame in the program is the call that threw, to the character.
    const call = places[0];
    expect(call.file).toBe('src/build/documents.ts');
    expect(readFileSync(call.file, 'utf8').split('\n')[call.line - 1].slice(call.column - 1)).toMatch(/^readdirSync\(target/);
  });

  it('npm run build:docs runs the launcher, not tsx', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.scripts['build:docs']).toBe('node bin/van-ban.cjs');
    expect(pkg.bin).toEqual({ 'van-ban': 'bin/van-ban.cjs' });
    expect(pkg.scripts.prepare).toBe('node bin/compile.mjs');
  });

  it('checks the Node version as src/cli/start.ts does, with the same message', () => {
    const versions = ['18.20.0', '20.0.0', '20.9.0', '20.18.3', '20.19.0', '20.20.2', '21.7.0', '22.11.0', '22.12.0', '24.1.0'];
    expect(versions.map(nodeSupported)).toEqual(versions.map(nodeSupportedTs));
    expect(NODE_REQUIRED).toBe('^20.19.0 || >=22.12.0');
    expect(readFileSync('src/cli/start.ts', 'utf8')).toContain(nodeMessage('${process.versions.node}'));
  });

  it('the compiled program\'s version covers the lock file: a package left out of the bundles (docxtemplater, ajv) changed is another program', () => {
    const dir = scratchDir('vbtd-launcher-');
    writeFileSync(join(dir, 'main.js'), 'console.log(1);\n');
    writeFileSync(join(dir, 'lock.json'), '{"docxtemplater":"3.71.0"}');
    const outputs = [relative(process.cwd(), join(dir, 'main.js'))];
    const first = codeHash(dir, outputs, join(dir, 'lock.json'));
    expect(codeHash(dir, outputs, join(dir, 'lock.json'))).toBe(first);
    writeFileSync(join(dir, 'lock.json'), '{"docxtemplater":"3.72.0"}');
    expect(codeHash(dir, outputs, join(dir, 'lock.json'))).not.toBe(first);
  });
});
