/** The whole build: outputs per document, byte-identical rebuilds, failures isolated, no partial files. */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildAll, type BuildOptions } from '../src/build/pipeline.ts';
import { templateParts } from '../src/writers/docx/template-parts.ts';
import { zipTemplateParts } from '../src/writers/docx/template-zip.ts';
import { publishedSchemas } from '../src/schema/published.ts';
import { contentTemplateSchemas } from '../src/resolve/resources.ts';
import { scratchDir } from './helpers/scratch.ts';

function scratchData(): string {
  const dir = scratchDir();
  cpSync('data', join(dir, 'data'), { recursive: true });
  return dir;
}

const options = (dir: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
  dataDir: join(dir, 'data'),
  outDir: join(dir, 'output'),
  templatesDir: 'templates',
  targets: [],
  formats: ['docx'],
  ...extra,
});

describe('build pipeline', () => {
  it('removes the temporary files a killed run left beside an output, and only those', async () => {
    const dir = scratchData();
    const folder = join(dir, 'output/2023');
    cpSync(join(dir, 'data/2023'), join(dir, 'keep'), { recursive: true });
    const stale = ['ke-hoach-tdkt-huyen-vinh-cuu.docx.4242.tmp', 'ke-hoach-tdkt-huyen-vinh-cuu.docx.7.tmp'];
    const kept = ['ke-hoach-tdkt-huyen-vinh-cuu.docx.tmp', 'ghi-chu.docx.4242.tmp', 'ke-hoach-tdkt-huyen-vinh-cuu.docx.abc.tmp'];
    for (const name of [...stale, ...kept]) {
      cpSync(join(dir, 'keep/ke-hoach-tdkt-huyen-vinh-cuu.md'), join(folder, name), { recursive: true });
    }
    await buildAll(options(dir, { targets: [join(dir, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md')] }));
    expect(readdirSync(folder).sort()).toEqual([...kept, 'ke-hoach-tdkt-huyen-vinh-cuu.docx'].sort());
  });

  it('refuses two data files that would write the same outputs, naming both, and builds the others', async () => {
    const dir = scratchData();
    const plan = join(dir, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md');
    const twin = join(dir, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.yaml');
    writeFileSync(twin, readFileSync(join(dir, 'data/2024/ke-hoach-tdkt-huyen-trang-bom.yaml')));
    const out = join(dir, 'output/2023/ke-hoach-tdkt-huyen-vinh-cuu.docx');
    writeFileSync(join(dir, 'stale.docx'), 'bản cũ');
    cpSync(join(dir, 'stale.docx'), out, { recursive: true });
    const report = await buildAll(options(dir, { targets: [join(dir, 'data/2023')] }));
    const failed = report.results.filter((r) => !r.ok);
    expect(failed.map((r) => r.source).sort()).toEqual([plan, twin]);
    expect(failed.find((r) => r.source === plan)!.problems.map((p) => p.message)).toEqual([
      `tệp này và "${twin}" cùng ra một văn bản (${out}): không tạo tệp nào để khỏi ghi đè lên nhau. Đổi tên một trong các tệp, hoặc xóa tệp thừa.`,
    ]);
    expect(readFileSync(out, 'utf8')).toBe('bản cũ');
    expect(report.results.filter((r) => r.ok).map((r) => r.source)).toEqual([join(dir, 'data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md')]);
  });

  it('writes byte-identical DOCX files on two builds', async () => {
    const dir = scratchData();
    const first = await buildAll(options(dir, { outDir: join(dir, 'a') }));
    const second = await buildAll(options(dir, { outDir: join(dir, 'b') }));
    const outputs = first.results.flatMap((r) => r.outputs);
    expect(outputs.length).toBeGreaterThanOrEqual(3);
    for (const out of outputs) {
      expect(readFileSync(out).equals(readFileSync(out.replace(join(dir, 'a'), join(dir, 'b')))), out).toBe(true);
    }
    expect(second.results.every((r) => r.ok)).toBe(true);
  });

  it("rewrites only an HTML font of the output that differs from the program's (one damaged since the last run)", async () => {
    const dir = scratchData();
    const opts = options(dir, { outDir: join(dir, 'a'), formats: ['html'], targets: [join(dir, 'data/2025/chi-thi-thi-dua-2025.md')], all: true });
    const first = await buildAll(opts);
    const bold = first.shared.find((f) => f.endsWith('Tinos-Bold.ttf'))!;
    const good = readFileSync(bold);
    writeFileSync(bold, 'hỏng');
    const again = await buildAll(opts);
    expect(again.shared).toEqual([bold]);
    expect(readFileSync(bold).equals(good)).toBe(true);
    expect((await buildAll(opts)).shared).toEqual([]);
  });

  it('writes the HTML page beside the DOCX and PDF, its fonts once, and the same bytes on every build', async () => {
    const dir = scratchData();
    const all: BuildOptions['formats'] = ['docx', 'pdf', 'html', 'json'];
    const first = await buildAll(options(dir, { outDir: join(dir, 'a'), formats: all, targets: [join(dir, 'data/2025')] }));
    await buildAll(options(dir, { outDir: join(dir, 'b'), formats: all, targets: [join(dir, 'data/2025')] }));
    const bien = first.results.find((r) => r.source.endsWith('bien-ban-hop-xet-khen-thuong-2025.md'))!;
    expect(bien.outputs.map((o) => o.replace(join(dir, 'a'), ''))).toEqual(['docx', 'pdf', 'html', 'json'].map((ext) => `/2025/bien-ban-hop-xet-khen-thuong-2025.${ext}`));
    expect(first.shared.map((f) => f.replace(join(dir, 'a'), ''))).toEqual(['Regular', 'Bold', 'Italic', 'BoldItalic'].map((v) => `/_phong/Tinos-${v}.ttf`));
    expect(readFileSync(bien.outputs[2], 'utf8')).toContain('src: url("../_phong/Tinos-Regular.ttf")');
    for (const out of [...first.results.flatMap((r) => r.outputs), ...first.shared]) {
      expect(readFileSync(out).equals(readFileSync(out.replace(join(dir, 'a'), join(dir, 'b')))), out).toBe(true);
    }
    expect(bien.inputs.map((i) => i.path.replace(dir + '/', ''))).toEqual([
      'data/2025/bien-ban-hop-xet-khen-thuong-2025.md',
      'data/_chung/co-quan.yaml',
      'templates/noi-dung/bien-ban-hop-xet-khen-thuong.md.hbs',
      'data/_chung/luong-co-so.yaml',
      'data/_chung/danh-hieu.yaml',
      ...['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'].map((v) => expect.stringContaining(`Tinos_${v}.ttf`)),
      'templates/van-ban.docx',
    ]);
    expect(bien.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
  });

  it('builds the other documents when one is wrong, and leaves no file for the wrong one', async () => {
    const dir = scratchData();
    const bad = join(dir, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md');
    writeFileSync(bad, readFileSync(bad, 'utf8').replace('ngay: 2023-02-06', 'ngay: 2023-02-30'));
    const { results } = await buildAll(options(dir));
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => r.source)).toEqual([bad]);
    expect(failed[0].problems[0]).toMatchObject({ line: 7, field: 'ngay' });
    expect(results.filter((r) => r.ok).length).toBe(results.length - 1);
    const written = readdirSync(join(dir, 'output/2023'));
    expect(written.some((f) => f.startsWith('ke-hoach-tdkt-huyen-vinh-cuu'))).toBe(false);
    expect(written.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('a failing edit keeps the outputs of the last good build, byte for byte, and says they are not updated', async () => {
    const dir = scratchData();
    const plan = join(dir, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md');
    const all = { targets: [plan], formats: ['docx', 'pdf', 'html'] as BuildOptions['formats'] };
    const first = await buildAll(options(dir, all));
    const outputs = first.results[0].outputs;
    const before = outputs.map((path) => readFileSync(path));
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('ngay: 2023-02-06', 'ngay: 2023-02-30'));
    const failed = (await buildAll(options(dir, all))).results[0];
    expect(failed.ok).toBe(false);
    expect(failed.kept).toEqual(outputs);
    expect(outputs.map((path) => readFileSync(path))).toEqual(before);
  });

  it('writes all of a document’s outputs or none: one that cannot be written leaves the others as they were', async () => {
    const dir = scratchData();
    const plan = join(dir, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md');
    const first = await buildAll(options(dir, { targets: [plan], formats: ['docx', 'pdf'] }));
    const [docx, pdf] = first.results[0].outputs;
    const before = [readFileSync(docx), readFileSync(pdf)];
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('Vĩnh Cửu', 'Vĩnh Cửu mới'));
    mkdirSync(join(dir, 'output/2023/ke-hoach-tdkt-huyen-vinh-cuu.html'));
    const failed = (await buildAll(options(dir, { targets: [plan], formats: ['docx', 'pdf', 'html'] }))).results[0];
    expect(failed.ok).toBe(false);
    expect(failed.problems[0].message).toContain('đã có một thư mục trùng tên');
    expect([readFileSync(docx), readFileSync(pdf)]).toEqual(before);
    expect(readdirSync(join(dir, 'output/2023')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('can be limited to one folder or one file', async () => {
    const dir = scratchData();
    const { results } = await buildAll(options(dir, { targets: [join(dir, 'data/2022')] }));
    expect(results.map((r) => r.source)).toEqual([join(dir, 'data/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.md')]);
    expect(existsSync(join(dir, 'output/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.docx'))).toBe(true);
  });

  it('the command exits non-zero with a Vietnamese message and no stack trace', () => {
    const dir = scratchData();
    const bad = join(dir, 'data/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.md');
    writeFileSync(bad, readFileSync(bad, 'utf8').replace('co_quan: khoi-tham-muu-tong-hop-quang-tri', 'co_quan: khoi-khong-co'));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/build-docs.ts', '--dinh-dang=docx', `--du-lieu=${join(dir, 'data')}`, `--ra=${join(dir, 'output')}`], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      stderr = err.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain(`Lỗi: ${bad}, dòng 5 — trường "co_quan": không có cơ quan "khoi-khong-co"`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('--dinh-dang=json writes the document model, versioned', () => {
    const dir = scratchData();
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/build-docs.ts', '--dinh-dang=json', join(dir, 'data/2023'), `--du-lieu=${join(dir, 'data')}`, `--ra=${join(dir, 'output')}`], { encoding: 'utf8' });
    expect(out).toContain('Đã tạo 2/2 văn bản.');
    const json = JSON.parse(readFileSync(join(dir, 'output/2023/ke-hoach-tdkt-huyen-vinh-cuu.json'), 'utf8'));
    expect(json).toMatchObject({ dinh_dang: 'van-ban-thi-dua/mo-hinh-van-ban', phien_ban: 2, van_ban: { header: { soKyHieu: 'Số: 25/KH-UBND' } } });
    expect(readdirSync(join(dir, 'output/2023')).sort()).toEqual(['ke-hoach-tdkt-huyen-vinh-cuu.json', 'ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.json']);
  });
});

describe('published files are up to date with the code', () => {
  it('templates/van-ban/ and templates/van-ban.docx match the layout module (run npm run build:template)', () => {
    const parts = templateParts();
    for (const [name, content] of Object.entries(parts)) expect(readFileSync(join('templates/van-ban', name), 'utf8'), name).toBe(content);
    expect(readFileSync('templates/van-ban.docx').equals(zipTemplateParts(parts))).toBe(true);
  });

  it('schema/*.schema.json match the schema in code (run npm run build:schema)', () => {
    for (const [path, content] of Object.entries(publishedSchemas(contentTemplateSchemas('templates')))) expect(readFileSync(path, 'utf8'), path).toBe(content);
  });
});
