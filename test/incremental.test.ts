/**
 * Rebuilds: the manifest (output/.bang-ke.json) makes a rebuild redo only the documents whose inputs
 * changed, and a rebuild never loses a good document (issue 10, points 1 and 3). Each test is a small
 * project in a scratch folder, built in-process by the real command.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, manifestFromText, type Manifest } from '../src/build/manifest.ts';
import { documentsOf } from '../src/build/pipeline.ts';
import { HELP, main } from '../src/cli/main.ts';
import { progressLine, runBuild } from '../src/cli/run.ts';
import { scratchDir } from './helpers/scratch.ts';

const CHI_THI = 'data/2025/chi-thi-thi-dua-2025.md';
const QUYET_DINH = 'data/2025/quyet-dinh-khen-thuong-2025.md';
const KE_HOACH = 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md';
const LIST = 'data/2025/_danh-sach-khen-thuong-2025.yaml';
/** Sent with the chỉ thị (kem_theo), and a document of its own. */
const DE_CUONG = 'data/2025/de-cuong-bao-cao-tong-ket-2025.md';

/** A project with four samples (one uses a danh sách file and the law data, one is sent with another), built once. */
async function builtProject(formats = 'docx,html') {
  const root = scratchDir('vbtd-inc-');
  for (const path of ['data/_chung', CHI_THI, DE_CUONG, QUYET_DINH, KE_HOACH, LIST]) cpSync(path, join(root, path), { recursive: true });
  // The quyết định sample is issued (da_ban_hanh): here it is a draft being edited (test/issued.test.ts has issued ones).
  const decision = join(root, QUYET_DINH);
  writeFileSync(decision, readFileSync(decision, 'utf8').replace(/^da_ban_hanh: true.*\n/m, ''));
  const project = {
    root,
    out: join(root, 'output'),
    formats,
    async build(...args: string[]) {
      const lines: string[] = [];
      const keep = (line: string) => lines.push(line);
      const exit = await runBuild([`--dinh-dang=${formats}`, ...args], { out: keep, err: keep }, { dataDir: join(root, 'data'), outDir: join(root, 'output') });
      return { exit, lines, text: lines.join('\n') };
    },
    edit(path: string, change: (text: string) => string) {
      const file = join(root, path);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
    },
    /** Every file of the output folder with its bytes and modification time. */
    outputs(): Map<string, { bytes: Buffer; mtime: number }> {
      const files = readdirSync(join(root, 'output'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      return new Map(files.map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(join(root, 'output'), path), { bytes: readFileSync(path), mtime: statSync(path).mtimeMs }];
      }));
    },
    manifest: (): Manifest => manifestFromText(readFileSync(join(root, 'output', MANIFEST_FILE), 'utf8'))!,
  };
  const first = await project.build();
  expect(first.text).toContain('Đã tạo 4/4 văn bản.');
  return project;
}

/** The data files a run built (its ✓ lines), by their output's stem. */
const builtStems = (lines: string[]): string[] =>
  [...new Set(lines.filter((l) => l.startsWith('✓') && l.endsWith('.docx')).map((l) => l.replace(/^.*\//, '').replace(/\.docx$/, '')))].sort();

const stem = (path: string) => path.replace(/^.*\//, '').replace(/\.md$/, '');

describe('incremental builds', () => {
  it('nothing changed: nothing is built or rewritten, and the summary says so', { timeout: 120_000 }, async () => {
    const p = await builtProject();
    const before = p.outputs();
    const again = await p.build();
    expect(again.exit).toBe(0);
    expect(builtStems(again.lines)).toEqual([]);
    expect(again.lines.at(-1)!.trim()).toBe('Không có văn bản nào cần tạo lại: 4 văn bản không đổi từ lần trước, giữ nguyên (thêm --tat-ca để tạo lại tất cả).');
    expect(p.outputs()).toEqual(before);
    // The warnings of an unchanged document are told again: they are still true of it.
    expect(again.text).toContain('[luat-chua-xac-nhan]');
  });

  it('one edited data file rebuilds that document only; an edited danh sách file the documents that use it', { timeout: 120_000 }, async () => {
    const p = await builtProject();
    p.edit(CHI_THI, (t) => t.replace('thi đua', 'thi  đua'));
    const one = await p.build();
    expect(builtStems(one.lines)).toEqual([stem(CHI_THI)]);
    expect(one.lines.at(-1)!.trim()).toBe('Đã tạo 1/1 văn bản có thay đổi; 3 văn bản không đổi, giữ nguyên (thêm --tat-ca để tạo lại tất cả).');
    p.edit(LIST, (t) => t.replace('Lý Văn Bình', 'Lý Văn Bính'));
    expect(builtStems((await p.build()).lines)).toEqual([stem(QUYET_DINH)]);
    p.edit(DE_CUONG, (t) => t.replace('thi đua', 'thi  đua'));
    expect(builtStems((await p.build()).lines)).toEqual([stem(CHI_THI), stem(DE_CUONG)].sort());
  });

  it('the registry, the law data and the DOCX template are inputs too; --tat-ca builds everything again, to the same bytes', { timeout: 180_000 }, async () => {
    const p = await builtProject();
    p.edit('data/_chung/danh-hieu.yaml', (t) => `${t}\n# ghi chú\n`);
    expect(builtStems((await p.build()).lines)).toEqual([stem(QUYET_DINH)]);
    p.edit('data/_chung/co-quan.yaml', (t) => `${t}\n# ghi chú\n`);
    expect(builtStems((await p.build()).lines)).toEqual([stem(KE_HOACH), stem(CHI_THI), stem(DE_CUONG), stem(QUYET_DINH)].sort());
    const before = p.outputs();
    const all = await p.build('--tat-ca');
    expect(builtStems(all.lines)).toHaveLength(4);
    const after = p.outputs();
    expect([...after].map(([path, f]) => [path, f.bytes])).toEqual([...before].map(([path, f]) => [path, f.bytes]));
    const template = join(p.root, 'mau.docx');
    cpSync('templates/van-ban.docx', template);
    expect(builtStems((await p.build(`--mau-docx=${template}`)).lines)).toHaveLength(4);
    expect(builtStems((await p.build(`--mau-docx=${template}`)).lines)).toEqual([]);
  });

  it('an output deleted or changed by hand is made again; a new format is made for every document', { timeout: 120_000 }, async () => {
    const p = await builtProject();
    rmSync(join(p.out, '2025/chi-thi-thi-dua-2025.docx'));
    writeFileSync(join(p.out, '2023/ke-hoach-tdkt-huyen-vinh-cuu.html'), 'sửa tay');
    expect(builtStems((await p.build()).lines)).toEqual([stem(KE_HOACH), stem(CHI_THI)].sort());
    const lines: string[] = [];
    const json = () => runBuild(['--dinh-dang=json'], { out: (l) => lines.push(l), err: (l) => lines.push(l) }, { dataDir: join(p.root, 'data'), outDir: p.out });
    await json();
    expect(lines.filter((l) => l.startsWith('✓') && l.endsWith('.json'))).toHaveLength(4);
    // The DOCX and HTML made before from the same inputs still stand: the next full run has nothing to do.
    expect(builtStems((await p.build()).lines)).toEqual([]);
    expect(p.manifest().documents['../data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'].good!.outputs.map((o) => o.path)).toEqual(['2023/ke-hoach-tdkt-huyen-vinh-cuu.docx', '2023/ke-hoach-tdkt-huyen-vinh-cuu.html', '2023/ke-hoach-tdkt-huyen-vinh-cuu.json']);
  });

  it('the manifest records each output and input with its hash, paths relative to the output folder', { timeout: 120_000 }, async () => {
    const p = await builtProject();
    const entry = p.manifest().documents['../data/2025/quyet-dinh-khen-thuong-2025.md'];
    expect(entry.state).toBe('built');
    expect(entry.good!.outputs.map((o) => o.path)).toEqual(['2025/quyet-dinh-khen-thuong-2025.docx', '2025/quyet-dinh-khen-thuong-2025.html']);
    const inputs = entry.good!.inputs.map((i) => i.path.replace(/^.*node_modules\//, 'node_modules/'));
    expect(inputs).toEqual(expect.arrayContaining(['../data/2025/quyet-dinh-khen-thuong-2025.md', '../data/2025/_danh-sach-khen-thuong-2025.yaml', '../data/_chung/co-quan.yaml', '../data/_chung/luong-co-so.yaml', '../data/_chung/danh-hieu.yaml']));
    expect(inputs.filter((i) => i.endsWith('/templates/van-ban.docx'))).toHaveLength(1);
    expect(inputs.filter((i) => i.startsWith('node_modules/@expo-google-fonts/tinos/'))).toHaveLength(4);
    expect(entry.good!.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
  });
});

describe('a rebuild never loses a good document', () => {
  it('a failing edit keeps the previous outputs byte-identical, marked stale; undoing the edit needs no rebuild', { timeout: 120_000 }, async () => {
    const p = await builtProject();
    const before = p.outputs();
    const good = readFileSync(join(p.root, CHI_THI), 'utf8');
    p.edit(CHI_THI, (t) => t.replace(/^ngay: .*$/m, 'ngay: 2025-02-30'));
    const broken = await p.build();
    expect(broken.exit).toBe(1);
    const kept = ['docx', 'html'].map((f) => join(p.out, `2025/chi-thi-thi-dua-2025.${f}`));
    expect(broken.lines).toContain(`✗ ${join(p.root, CHI_THI)}: không tạo văn bản này. Giữ nguyên bản cũ, chưa cập nhật theo dữ liệu mới: ${kept.join(', ')}.`);
    expect(broken.lines.at(-1)!.trim()).toBe('Đã tạo 0/1 văn bản có thay đổi, 1 văn bản có lỗi (1 văn bản còn bản cũ chưa cập nhật); 3 văn bản không đổi, giữ nguyên (thêm --tat-ca để tạo lại tất cả).');
    const after = p.outputs();
    for (const path of ['2025/chi-thi-thi-dua-2025.docx', '2025/chi-thi-thi-dua-2025.html']) expect(after.get(path)).toEqual(before.get(path));
    expect(p.manifest().documents['../data/2025/chi-thi-thi-dua-2025.md'].state).toBe('stale');
    writeFileSync(join(p.root, CHI_THI), good);
    const undone = await p.build();
    expect([undone.exit, builtStems(undone.lines)]).toEqual([0, []]);
    expect(p.manifest().documents['../data/2025/chi-thi-thi-dua-2025.md'].state).toBe('built');
  });

  it('a wrong --mau-docx path changes no output, the manifest included', { timeout: 120_000 }, async () => {
    const p = await builtProject();
    p.edit(CHI_THI, (t) => t.replace('thi đua', 'thi  đua'));
    const before = p.outputs();
    const run = await p.build('--mau-docx=khong-co.docx');
    expect(run.exit).toBe(1);
    expect(run.lines.at(-1)!.trim()).toBe('Không tạo văn bản nào: sửa lỗi trên rồi chạy lại. Các văn bản đã tạo trước đó được giữ nguyên.');
    expect(p.outputs()).toEqual(before);
  });

  it('a read-only output file fails its document only, naming the file and the likely cause; the others build', { timeout: 120_000 }, async () => {
    const p = await builtProject();
    const locked = join(p.out, '2025/chi-thi-thi-dua-2025.docx');
    const before = readFileSync(locked);
    chmodSync(locked, 0o444);
    p.edit(CHI_THI, (t) => t.replace('thi đua', 'thi  đua'));
    p.edit(KE_HOACH, (t) => t.replace('thi đua', 'thi  đua'));
    const run = await p.build();
    expect(run.exit).toBe(1);
    expect(builtStems(run.lines)).toEqual([stem(KE_HOACH)]);
    expect(run.lines).toContain(
      `Lỗi: ${join(p.root, CHI_THI)} — không ghi được tệp "${locked}": tệp đang đặt chế độ chỉ đọc (có thể vì đang mở trong Word, trình đọc PDF, hoặc được khóa để giữ bản đã ban hành), nên giữ nguyên bản cũ. Đóng tệp hoặc bỏ thuộc tính chỉ đọc của tệp rồi chạy lại, hoặc chọn thư mục ra khác: --ra=<thư mục>.`,
    );
    expect(readFileSync(locked)).toEqual(before);
    expect(existsSync(join(p.out, '2025/chi-thi-thi-dua-2025.html'))).toBe(true);
  });

  it('a broken law data file is told once, with its line; documents that need it keep their outputs, the others build', { timeout: 120_000 }, async () => {
    const p = await builtProject();
    p.edit('data/_chung/luong-co-so.yaml', (t) => t.replace('muc: 2340000', "muc: '2.340.000'"));
    p.edit(CHI_THI, (t) => t.replace('thi đua', 'thi  đua'));
    const run = await p.build();
    const salary = join(p.root, 'data/_chung/luong-co-so.yaml');
    const told = run.lines.filter((l) => l.includes(`${salary}, dòng`));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^Lỗi: .*luong-co-so\.yaml, dòng \d+ — trường "muc": /);
    expect(run.lines.indexOf(told[0])).toBe(0);
    expect(run.text).toContain(`cần dữ liệu luật trong ${join(p.root, 'data/_chung')} nhưng ${salary} có lỗi (đã báo riêng ở trên). Sửa tệp đó rồi chạy lại.`);
    expect(builtStems(run.lines)).toEqual([stem(CHI_THI)]);
    expect(run.text).toContain(`✗ ${join(p.root, QUYET_DINH)}: không tạo văn bản này. Giữ nguyên bản cũ`);
  });
});

describe('the command line', () => {
  it('--help explains every command and option, exit 0', async () => {
    const lines: string[] = [];
    expect(await main(['--help'], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual([HELP]);
    for (const word of ['tao', 'kiem-tra', 'theo-doi', '--dinh-dang', '--mau-docx', '--ra', '--du-lieu', '--tat-ca', '--help']) expect(HELP).toContain(word);
    const own: string[] = [];
    expect(await main(['tao', '-h'], { out: (l) => own.push(l), err: (l) => own.push(l) })).toBe(0);
    expect(own[0]).toMatch(/^van-ban tao /);
  });

  it('a progress line on a terminal once a run has taken a second, cleared at the end; none without a terminal', () => {
    const shown: string[] = [];
    let clock = 0;
    const progress = progressLine({ out: () => {}, err: () => {}, progress: (line) => shown.push(line) }, () => clock)!;
    progress(0, 3, 'data/a.md');
    clock = 1500;
    progress(1, 3, 'data/b.md');
    progress(3, 3, '');
    expect(shown).toEqual(['[1/3] data/b.md', '']);
    expect(progressLine({ out: () => {}, err: () => {} })).toBeUndefined();
  });

  it('building a folder skips node_modules, .git, output and the chosen output folder', () => {
    const root = scratchDir();
    for (const path of ['node_modules/goi/README.md', 'node_modules/goi/a.md', '.git/b.md', 'output/c.md', 'ra/d.md', 'data/e.md']) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '---\n---\n');
    }
    const found = documentsOf({ dataDir: join(root, 'data'), outDir: join(root, 'ra'), templatesDir: 'templates', targets: [root], formats: ['docx'] });
    expect(found.map((f) => relative(root, f))).toEqual(['data/e.md']);
    const inOutput = documentsOf({ dataDir: join(root, 'data'), outDir: join(root, 'output'), templatesDir: 'templates', targets: [root], formats: ['docx'] });
    expect(inOutput.map((f) => relative(root, f))).toEqual(['data/e.md', 'ra/d.md']);
  });
});
