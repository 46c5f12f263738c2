/** output/index.html as the build writes it: from the run's results, only for a whole data folder, never on a run-level failure. */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, type BuildOptions } from '../src/build/pipeline.ts';
import { programVersion, toolVersion } from '../src/build/version.ts';
import { runBuild } from '../src/cli/run.ts';
import { scratchDir } from './helpers/scratch.ts';

const SAMPLES = ['2023/ke-hoach-tdkt-huyen-vinh-cuu.md', '2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md'];

/** A data folder with the shared files and two samples. */
function project(): { dir: string; options: BuildOptions } {
  const dir = scratchDir();
  cpSync('data/_chung', join(dir, 'data/_chung'), { recursive: true });
  for (const s of SAMPLES) cpSync(join('data', s), join(dir, 'data', s));
  return { dir, options: { dataDir: join(dir, 'data'), outDir: join(dir, 'output'), templatesDir: 'templates', targets: [], formats: ['docx', 'html'] } };
}

const index = (dir: string) => readFileSync(join(dir, 'output/index.html'), 'utf8');

/** The `<tbody>` of the row of a data file. */
const rowOf = (html: string, source: string): string => {
  const at = html.indexOf(`<span class="tep">${source}</span>`);
  expect(at, source).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<tbody', at), html.indexOf('</tbody>', at));
};

describe('the index page of a build', () => {
  it('lists every document built, with its summary and links relative to the page; the same bytes on a rebuild', async () => {
    const { dir, options } = project();
    const report = await buildAll(options);
    expect(report.index).toBe(join(dir, 'output/index.html'));
    const html = index(dir);
    expect(html).toContain('<p class="nguon">Tạo từ thư mục <code>data</code>.</p>');
    expect(html).toContain('<li class="tong"><strong>2</strong> văn bản</li><li class="tt-built"><strong>2</strong> đã tạo</li>');
    const row = rowOf(html, 'data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md');
    expect(row).toContain('<td>Công văn</td><th scope="row" class="so">1532/SNV-TĐKT</th><td class="ngay">15/10/2025</td>');
    expect(row).toContain('<td>Ma Thị Liên</td>');
    expect(row).toContain('<a href="2025/cong-van-huong-dan-ho-so-khen-thuong-2025.html"');
    expect(row).toContain('<a href="2025/cong-van-huong-dan-ho-so-khen-thuong-2025.docx"');
    for (const href of [...html.matchAll(/<a href="([^"#]+)"/g)].map((m) => m[1])) expect(existsSync(join(dir, 'output', decodeURIComponent(href))), href).toBe(true);
    await buildAll(options);
    expect(index(dir)).toBe(html);
  });

  it('is made again only when what it shows changed: an edit of a body leaves it; a new title, or a page without its fingerprint, makes it again', async () => {
    const { dir, options } = project();
    // A data file whose place in Vietnamese order (the run's) is not its place in the manifest's (by code unit): the same page either way.
    const other = readFileSync(join(dir, 'data', SAMPLES[0]), 'utf8').replace(/^so: .*$/m, 'so: 26');
    writeFileSync(join(dir, 'data/2023/đ-ke-hoach.md'), other);
    await buildAll(options);
    const page = join(dir, 'output/index.html');
    const html = index(dir);
    expect(html.slice(0, 200)).toMatch(/^<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="van-ban-muc-luc" content="[0-9a-f]{32}">/);
    // Marked, to see whether the next runs make it again.
    writeFileSync(page, html.replace('</body>', '<!-- cũ --></body>'));
    const plan = join(dir, 'data', SAMPLES[0]);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('Thành viên 10 cụm thi đua', 'Thành viên 11 cụm thi đua'));
    expect((await buildAll(options)).results.filter((r) => r.state === 'built')).toHaveLength(1);
    expect(index(dir)).toContain('<!-- cũ -->');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('năm 2023\n', 'năm 2023 (sửa)\n'));
    await buildAll(options);
    expect(index(dir)).not.toContain('<!-- cũ -->');
    expect(index(dir)).toContain('năm 2023 (sửa)');
    writeFileSync(page, index(dir).replace(/<meta name="van-ban-muc-luc" content="[0-9a-f]+">/, '').replace('</body>', '<!-- cũ --></body>'));
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('Thành viên 11 cụm thi đua', 'Thành viên 12 cụm thi đua'));
    await buildAll(options);
    expect(index(dir)).not.toContain('<!-- cũ -->');
  });

  it("is fingerprinted with the program's version, which has no part of the machine's (the manifest's has its Node and zlib)", async () => {
    const { dir, options } = project();
    await buildAll(options);
    expect(toolVersion()).toBe(`${programVersion()}+node-${process.version}-${process.arch}-zlib-${process.versions.zlib}`);
    expect(programVersion()).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    expect((JSON.parse(readFileSync(join(dir, 'output/.bang-ke.json'), 'utf8')) as { tool: string }).tool).toBe(toolVersion());
  });

  it('a document that fails after a good build is stale, with its error beside it and its old files linked; one never built is an error', async () => {
    const { dir, options } = project();
    await buildAll(options);
    const plan = join(dir, 'data', SAMPLES[0]);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('ngay: 2023-02-06', 'ngay: 2023-02-30'));
    writeFileSync(join(dir, 'data/2023/moi.md'), readFileSync(plan, 'utf8'));
    await buildAll(options);
    const html = index(dir);
    const stale = rowOf(html, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md');
    expect(stale).toContain('<tbody id="vb-1-1" class="tt-stale">');
    expect(stale).toContain('<span class="nhan tt-stale"><span class="dau tt-stale" aria-hidden="true">!</span> Bản cũ, chưa cập nhật</span>');
    expect(stale).toContain(`<li class="loi"><strong>Lỗi:</strong> ${join(dir, 'data', SAMPLES[0])}, dòng 7 — trường "ngay": ngày 2023-02-30 không có thật`);
    expect(stale).toContain('<a href="2023/ke-hoach-tdkt-huyen-vinh-cuu.docx" aria-label="DOCX 25/KH-UBND (bản cũ)">DOCX</a>');
    const error = rowOf(html, 'data/2023/moi.md');
    expect(error).toContain('✗</span> Lỗi, chưa tạo được');
    expect(error).toContain('<td class="lien-ket"></td>');
    expect(html).toContain('<li class="tt-built"><strong>1</strong> đã tạo</li><li class="tt-stale"><strong>1</strong> bản cũ, chưa cập nhật</li><li class="tt-error"><strong>1</strong> lỗi, chưa tạo được</li>');
  });

  it('a run stopped by a shared file or option (registry, --mau-docx) leaves the index page as it was', async () => {
    const { dir, options } = project();
    await buildAll(options);
    const before = index(dir);
    const noOutput = { out: () => {}, err: () => {} };
    expect(await runBuild([`--mau-docx=${join(dir, 'khong-co.docx')}`], noOutput, options)).toBe(1);
    expect(index(dir)).toBe(before);
    writeFileSync(join(dir, 'data/_chung/co-quan.yaml'), 'co_quan: [');
    const broken = await buildAll(options);
    expect(broken.runProblems).toHaveLength(1);
    expect(broken.index).toBeUndefined();
    expect(index(dir)).toBe(before);
  });

  it('a build of part of the data lists the other documents as the manifest knows them; with no document found none is written', async () => {
    const { dir, options } = project();
    await buildAll(options);
    const before = index(dir);
    expect((await buildAll({ ...options, targets: [join(dir, 'data/2023')] })).index).toBeUndefined();
    expect(index(dir)).toBe(before);
    writeFileSync(join(dir, 'data/2023/moi.md'), readFileSync(join(dir, 'data', SAMPLES[0]), 'utf8').replace(/^so: .*$/m, 'so: 26'));
    expect((await buildAll({ ...options, targets: [join(dir, 'data/2023')] })).index).toBe(join(dir, 'output/index.html'));
    for (const source of ['data/2023/moi.md', ...SAMPLES.map((s) => `data/${s}`)]) expect(index(dir)).toContain(`<span class="tep">${source}</span>`);
    const empty = scratchDir();
    mkdirSync(join(empty, 'data'));
    cpSync('data/_chung', join(empty, 'data/_chung'), { recursive: true });
    expect((await buildAll({ ...options, dataDir: join(empty, 'data'), outDir: join(empty, 'output') })).index).toBeUndefined();
    expect(existsSync(join(empty, 'output/index.html'))).toBe(false);
  });

  it('an index page that cannot be written is a problem of the run, said once; the documents are built', async () => {
    const { dir, options } = project();
    mkdirSync(join(dir, 'output/index.html'), { recursive: true });
    const report = await buildAll(options);
    expect(report.results.every((r) => r.ok)).toBe(true);
    expect(report.index).toBeUndefined();
    expect(report.runProblems.map((p) => p.message)).toEqual([
      `không ghi được tệp "${join(dir, 'output/index.html')}": đã có một thư mục trùng tên "${join(dir, 'output/index.html')}". Đổi tên hoặc xóa thư mục đó rồi chạy lại. Trang danh sách văn bản chưa được cập nhật.`,
    ]);
  });

  it('the command says where the index page is', async () => {
    const { options } = project();
    const out: string[] = [];
    expect(await runBuild([], { out: (l) => out.push(l), err: () => {} }, options)).toBe(0);
    expect(out).toContain(`✓ ${join(options.outDir, 'index.html')} (danh sách văn bản)`);
  });
});
