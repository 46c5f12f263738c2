/**
 * Issued documents stay as issued (issue 10, point 2): a data file with `da_ban_hanh: true` is never
 * rewritten with different content; the build says what would change, and `--ban-hanh-lai` re-issues.
 */
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideIssued, diffLines } from '../src/build/issued.ts';
import { runBuild } from '../src/cli/run.ts';
import { readMarkdown } from '../src/readers/parse.ts';
import { docxLines } from './helpers/docx-text.ts';
import { scratchDir } from './helpers/scratch.ts';
import { craftZip, deflated } from './helpers/zip-craft.ts';

/** A DOCX of paragraphs (only its document part: what the comparison reads). */
const docx = (paragraphs: string[], style = 'Normal'): Buffer =>
  craftZip([deflated('word/document.xml', `<w:document><w:body>${paragraphs.map((p) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`)]);

const ISSUED = 'data/2024/ke-hoach-tdkt-huyen-vinh-cuu.md';
const NOT_ISSUED = 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md';
const OUT = (plan: string, ext: string) => plan.replace(/^data\//, 'output/').replace(/\.md$/, `.${ext}`);
const FORMATS = ['docx', 'pdf', 'html'];

function project(): string {
  const root = scratchDir();
  for (const dir of ['data/_chung', 'data/2023', 'data/2024']) cpSync(dir, join(root, dir), { recursive: true });
  const plan = join(root, ISSUED);
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('ngay: 2024-01-25\n', 'ngay: 2024-01-25\nda_ban_hanh: true\n'));
  return root;
}

async function build(root: string, ...flags: string[]): Promise<{ exit: number; lines: string[] }> {
  const lines: string[] = [];
  const keep = (text: string) => lines.push(...text.split('\n').map((l) => l.split(`${root}/`).join('')));
  const targets = [ISSUED, NOT_ISSUED].map((p) => join(root, p));
  const exit = await runBuild([...targets, `--dinh-dang=${FORMATS.join(',')}`, ...flags], { out: keep, err: keep }, { dataDir: join(root, 'data'), outDir: join(root, 'output'), templatesDir: 'templates' });
  return { exit, lines: lines.filter((l) => l.trim()) };
}

const read = (root: string, plan: string) => FORMATS.map((ext) => readFileSync(join(root, OUT(plan, ext))));

function renameSigner(root: string): void {
  const path = join(root, 'data/_chung/co-quan.yaml');
  writeFileSync(path, readFileSync(path, 'utf8').replace('dung: { ho_ten: Nguyễn Thị Dung, chuc_vu: PHÓ CHỦ TỊCH }', 'dung: { ho_ten: Lê Văn Bình, chuc_vu: CHỦ TỊCH }'));
}

describe('a document marked issued (da_ban_hanh: true)', () => {
  it('is not rewritten when a signer changes: its outputs stay byte-identical, and the warning says what would change and how to re-issue', async () => {
    const root = project();
    expect((await build(root)).exit).toBe(0);
    const issued = read(root, ISSUED);
    const other = read(root, NOT_ISSUED);
    renameSigner(root);
    const { exit, lines } = await build(root);
    expect(exit).toBe(0);
    expect(read(root, ISSUED)).toEqual(issued);
    const warning = lines.find((l) => l.includes('da_ban_hanh'));
    expect(warning).toBe(
      `Cảnh báo: ${ISSUED}, dòng 8 — trường "da_ban_hanh": văn bản đã ban hành (da_ban_hanh: true) nên không ghi đè: tạo lại thì ${FORMATS.map((f) => `output/2024/ke-hoach-tdkt-huyen-vinh-cuu.${f}`).join(', ')} sẽ khác bản đã ban hành. ` +
        'Chỗ khác (bản đã ban hành → bản tạo lại): "PHÓ CHỦ TỊCH" → "CHỦ TỊCH"; "Nguyễn Thị Dung" → "Lê Văn Bình". Các tệp đã ban hành được giữ nguyên. ' +
        'Nếu dữ liệu, danh mục cơ quan hay mẫu bị đổi nhầm, sửa lại cho khớp bản đã ban hành; nếu thật sự ban hành lại, chạy lại với tùy chọn --ban-hanh-lai.',
    );
    expect(lines).toContain(`■ ${ISSUED}: đã ban hành, giữ nguyên ${FORMATS.map((f) => OUT(ISSUED, f)).join(', ')}.`);
    expect(lines.at(-1)).toBe('Đã tạo 1/2 văn bản (1 văn bản đã ban hành giữ nguyên, không ghi đè).');
    // A document not marked issued is rewritten as before.
    const rewritten = read(root, NOT_ISSUED);
    rewritten.forEach((bytes, i) => expect(bytes.equals(other[i]), FORMATS[i]).toBe(false));
    expect(docxLines(rewritten[0])).toContain('Lê Văn Bình');
  });

  it('is rewritten with --ban-hanh-lai', async () => {
    const root = project();
    await build(root);
    const issued = read(root, ISSUED);
    renameSigner(root);
    const { exit, lines } = await build(root, '--ban-hanh-lai');
    expect(exit).toBe(0);
    expect(lines.filter((l) => l.includes('da_ban_hanh'))).toEqual([]);
    expect(lines.at(-1)).toBe('Đã tạo 2/2 văn bản.');
    const now = read(root, ISSUED);
    now.forEach((bytes, i) => expect(bytes.equals(issued[i]), FORMATS[i]).toBe(false));
    expect(docxLines(now[0])).toContain('Lê Văn Bình');
  });

  it('writes an output it does not have yet when the others would not change, and leaves those untouched', async () => {
    const root = project();
    await build(root);
    const docx = join(root, OUT(ISSUED, 'docx'));
    const pdf = join(root, OUT(ISSUED, 'pdf'));
    const pdfBytes = readFileSync(pdf);
    rmSync(pdf);
    const docxWritten = statSync(docx).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const { exit, lines } = await build(root);
    expect(exit).toBe(0);
    // The other document of the project is unchanged, so not built again (the manifest).
    expect(lines.at(-1)).toBe('Đã tạo 1/1 văn bản có thay đổi; 1 văn bản không đổi, giữ nguyên (thêm --tat-ca để tạo lại tất cả).');
    expect(readFileSync(pdf).equals(pdfBytes)).toBe(true);
    expect(statSync(docx).mtimeMs).toBe(docxWritten);
  });

  it('writes nothing, not even a missing output, when an output it has would change', async () => {
    const root = project();
    await build(root);
    rmSync(join(root, OUT(ISSUED, 'pdf')));
    renameSigner(root);
    const { lines } = await build(root);
    expect(existsSync(join(root, OUT(ISSUED, 'pdf')))).toBe(false);
    expect(lines.some((l) => l.includes(`tạo lại thì ${OUT(ISSUED, 'docx')}, ${OUT(ISSUED, 'html')} sẽ khác`))).toBe(true);
  });
});

describe('what an issued document would change', () => {
  const source = readMarkdown('---\nloai: ke_hoach\nda_ban_hanh: true\n---\n', 'a.md');
  const held = (old: Uint8Array, now: Uint8Array) => decideIssued(source, [{ path: 'a.pdf', bytes: now }], () => old, false).held?.message;

  it('without a DOCX, says the text could not be compared', () => {
    expect(held(Buffer.from('cũ'), Buffer.from('mới'))).toContain('Chỗ khác (bản đã ban hành → bản tạo lại): không so được chữ (chỉ so khi tạo cả bản DOCX).');
    expect(held(Buffer.from('cũ'), Buffer.from('cũ'))).toBeUndefined();
  });

  const heldDocx = (old: Buffer, now: Buffer) => decideIssued(source, [{ path: 'a.docx', bytes: now }], () => old, false).held?.message;
  const changes = (message = '') => message.replace(/^.*bản tạo lại\): /, '').replace(/\. Các tệp đã ban hành.*$/, '');

  it('compares the text of the DOCX: each changed line old → new, a long one cut to where it changes, five at most', () => {
    expect(changes(heldDocx(docx(['Quyết định', 'A &amp; B']), docx(['Quyết định', 'A &amp; C', 'Thêm'])))).toBe('"A & B" → "A & C"; thêm "Thêm"');
    const long = (word: string) => `Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và ${word} hướng dẫn thi hành Luật Thi đua, khen thưởng của Chính phủ`;
    expect(changes(heldDocx(docx([long('Nghị định số 98/2023/NĐ-CP')]), docx([long('Nghị định số 152/2025/NĐ-CP')])))).toBe(
      '"…tháng 6 năm 2022 và Nghị định số 98/2023/NĐ-CP hướng dẫn thi hành Luật…" → "…tháng 6 năm 2022 và Nghị định số 152/2025/NĐ-CP hướng dẫn thi hành Luật…"',
    );
    const many = Array.from({ length: 8 }, (_, i) => `dòng ${i}`);
    expect(changes(heldDocx(docx(many), docx(many.map((l) => `${l}!`))))).toBe('"dòng 0" → "dòng 0!"; "dòng 1" → "dòng 1!"; "dòng 2" → "dòng 2!"; "dòng 3" → "dòng 3!"; "dòng 4" → "dòng 4!"; … và 3 chỗ khác');
  });

  it('says when only the layout would change, or when the DOCX there cannot be read', () => {
    expect(changes(heldDocx(docx(['Một']), docx(['Một'], 'Heading1')))).toBe('chữ không đổi, chỉ khác cách trình bày (mẫu DOCX, phông chữ, ảnh hoặc phiên bản chương trình)');
    expect(changes(heldDocx(Buffer.from('không phải zip'), docx(['Một'])))).toBe('không đọc được chữ của bản DOCX đã có');
  });

  it('groups changed lines, and tells lines added and removed', () => {
    expect(diffLines(['a', 'b', 'c', 'd'], ['a', 'B', 'c', 'd', 'e'])).toEqual([
      { removed: ['b'], added: ['B'] },
      { removed: [], added: ['e'] },
    ]);
    expect(diffLines(['a', 'x', 'y', 'b'], ['a', 'b'])).toEqual([{ removed: ['x', 'y'], added: [] }]);
    expect(diffLines(['a'], ['a'])).toEqual([]);
  });
});
