/**
 * Issue 11, point 6: the danh sách as a formatted .xlsx (`--dinh-dang=xlsx`), for documents that have a
 * danh sách only: title rows, header, borders, frozen header, Times New Roman, tiền thưởng as numbers
 * with `#,##0`, group rows and the total, all taken from the document model; byte-identical on every
 * rebuild; recorded in the manifest and linked from the index page.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/run.ts';
import { lineCount, MONEY_FORMAT } from '../../src/writers/xlsx/danh-sach.ts';
import { deterministicZip } from '../../src/writers/xlsx/zip.ts';
import { buildFile } from '../helpers/build.ts';
import { scratchDir } from '../helpers/scratch.ts';

const QUYET_DINH = 'data/2025/quyet-dinh-khen-thuong-2025.md';
const TO_TRINH = 'data/2025/to-trinh-de-nghi-khen-thuong-2025.md';
const CONG_VAN = 'data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md';
const LIST = 'data/2025/_danh-sach-khen-thuong-2025.yaml';

/** A scratch project with the quyết định (a draft here), the tờ trình and a công văn without danh sách. */
function project() {
  const root = scratchDir('vbtd-xlsx-');
  for (const path of ['data/_chung', QUYET_DINH, TO_TRINH, CONG_VAN, LIST]) cpSync(path, join(root, path), { recursive: true });
  const decision = join(root, QUYET_DINH);
  writeFileSync(decision, readFileSync(decision, 'utf8').replace(/^da_ban_hanh: true.*\n/m, ''));
  return {
    root,
    out: (path: string) => join(root, 'output', path.replace(/^data\//, '')),
    async build(...args: string[]) {
      const lines: string[] = [];
      const keep = (line: string) => lines.push(line.split(`${root}/`).join(''));
      const exit = await runBuild(args, { out: keep, err: keep }, { dataDir: join(root, 'data'), outDir: join(root, 'output') });
      return { exit, lines };
    },
  };
}

const xlsxOf = (path: string) => path.replace(/\.md$/, '.xlsx');

describe('the danh sách as .xlsx', () => {
  it('is made for the documents with a danh sách only, byte-identical on a rebuild, and a rebuild with nothing changed redoes nothing', { timeout: 60_000 }, async () => {
    const p = project();
    const first = await p.build('--dinh-dang=docx,xlsx');
    expect(first.exit).toBe(0);
    expect(first.lines.filter((l) => l.startsWith('✓') && l.endsWith('.xlsx'))).toEqual([`✓ ${xlsxOf(p.out(QUYET_DINH).split(`${p.root}/`)[1])}`, `✓ ${xlsxOf(p.out(TO_TRINH).split(`${p.root}/`)[1])}`]);
    expect(existsSync(xlsxOf(p.out(CONG_VAN)))).toBe(false);
    const bytes = readFileSync(xlsxOf(p.out(QUYET_DINH)));
    // Unchanged inputs: nothing is built again (the công văn has no xlsx and needs none).
    expect((await p.build('--dinh-dang=docx,xlsx')).lines.at(-1)).toBe('\nKhông có văn bản nào cần tạo lại: 3 văn bản không đổi từ lần trước, giữ nguyên (thêm --tat-ca để tạo lại tất cả).');
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second step
    expect((await p.build('--dinh-dang=docx,xlsx', '--tat-ca')).exit).toBe(0);
    expect(readFileSync(xlsxOf(p.out(QUYET_DINH))).equals(bytes)).toBe(true);
  });

  it('is made when asked after a build without it, and the index page links it', { timeout: 60_000 }, async () => {
    const p = project();
    await p.build('--dinh-dang=docx');
    expect(existsSync(xlsxOf(p.out(QUYET_DINH)))).toBe(false);
    const second = await p.build('--dinh-dang=docx,xlsx');
    expect(second.lines.at(-1)).toBe('\nĐã tạo 2/2 văn bản có thay đổi; 1 văn bản không đổi, giữ nguyên (thêm --tat-ca để tạo lại tất cả).');
    const index = readFileSync(join(p.root, 'output/index.html'), 'utf8');
    expect(index).toContain('href="2025/quyet-dinh-khen-thuong-2025.xlsx"');
  });

  it('is taken away when the document no longer has a danh sách', { timeout: 60_000 }, async () => {
    const p = project();
    await p.build('--dinh-dang=xlsx', join(p.root, TO_TRINH));
    expect(existsSync(xlsxOf(p.out(TO_TRINH)))).toBe(true);
    const file = join(p.root, TO_TRINH);
    // The same data file now holds a công văn (no danh sách).
    writeFileSync(file, readFileSync(join(p.root, CONG_VAN)));
    const rebuilt = await p.build('--dinh-dang=xlsx', file);
    expect(rebuilt.exit, rebuilt.lines.join('\n')).toBe(0);
    expect(existsSync(xlsxOf(p.out(TO_TRINH)))).toBe(false);
  });

  it('holds the title rows, header, groups, amounts and total of the model, in Times New Roman, header frozen', async () => {
    const doc = buildFile(QUYET_DINH);
    const { writeNomineeXlsx } = await import('../../src/writers/xlsx/danh-sach.ts');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeNomineeXlsx(doc.danhSach!, doc.info)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Danh sách')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG', 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG', 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG']);
    expect([3, 4, 5].map((r) => sheet.getCell(`A${r}`).value)).toEqual([
      'DANH SÁCH',
      'Tập thể, cá nhân được khen thưởng năm học 2024 - 2025',
      '(Kèm theo Quyết định số 2368/QĐ-UBND ngày 10 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)',
    ]);
    expect((sheet.model as unknown as { merges: string[] }).merges.sort()).toEqual(['A14:E14', 'A1:C1', 'A21:D21', 'A23:E23', 'A3:E3', 'A4:E4', 'A5:E5', 'A8:E8']);
    expect(values(7)).toEqual(['STT', 'Tên tập thể, họ và tên cá nhân', 'Chức vụ, đơn vị', 'Danh hiệu, hình thức khen thưởng', 'Tiền thưởng (đồng)']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7, topLeftCell: 'A8' });
    expect(sheet.pageSetup.printTitlesRow).toBe('7:7');
    expect([values(8)[0], values(14)[0]]).toEqual(['I. TẬP THỂ', 'II. CÁ NHÂN']);
    expect(['A9', 'B9', 'C9', 'D9', 'E9'].map((c) => sheet.getCell(c).value)).toEqual([1, 'Trường THPT Sơn Dương', null, 'Tập thể lao động xuất sắc', 3510000]);
    expect(values(15)).toEqual([1, 'Lý Văn Bình', 'Phó Hiệu trưởng, Trường THCS Phan Thiết', 'Chiến sĩ thi đua cấp tỉnh', 7020000]);
    expect(sheet.getCell('E9').numFmt).toBe('#,##0');
    expect(MONEY_FORMAT).toBe('#,##0');
    expect(sheet.getCell('B9').font).toEqual({ name: 'Times New Roman', size: 12 });
    expect(sheet.getCell('B9').border).toEqual({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
    expect([sheet.getCell('A21').value, sheet.getCell('E21').value, sheet.getCell('E21').numFmt]).toEqual(['Tổng cộng', 52650000, '#,##0']);
    // The total is the model's, the sum of the lines.
    expect(doc.danhSach!.total).toBe(52650000);
    const amounts = doc.danhSach!.rows.flatMap((r) => (r.kind === 'entry' ? [r.cells[4] as number] : []));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(52650000);
    expect(sheet.getCell('A23').value).toBe('(Danh sách ấn định 05 tập thể và 06 cá nhân)');
  });

  it('carries the document date, not the clock, and fixed zip dates', async () => {
    const doc = buildFile(QUYET_DINH);
    const { writeNomineeXlsx } = await import('../../src/writers/xlsx/danh-sach.ts');
    const zip = new PizZip(await writeNomineeXlsx(doc.danhSach!, doc.info));
    expect(zip.file('docProps/core.xml')!.asText()).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-10T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-10T00:00:00Z</dcterms:modified>');
    const dates = new Set(Object.values(zip.files).map((f) => f.date.getTime()));
    expect([...dates]).toEqual([new Date(2020, 2, 5).getTime()]);
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
  });

  it('re-zips any package the same whatever its entry dates and order', () => {
    const a = new PizZip();
    a.file('b.xml', '<b/>', { date: new Date(2021, 0, 1) });
    a.file('[Content_Types].xml', '<Types/>', { date: new Date(2022, 5, 6) });
    const b = new PizZip();
    b.file('[Content_Types].xml', '<Types/>', { date: new Date(2023, 1, 2) });
    b.file('b.xml', '<b/>', { date: new Date(2024, 3, 4) });
    const bytes = (z: PizZip) => deterministicZip(z.generate({ type: 'uint8array' }));
    expect(bytes(a).equals(bytes(b))).toBe(true);
  });

  it('gives each row the lines its longest cell wraps to', () => {
    expect(lineCount('Trường THPT Sơn Dương', 30)).toBe(1);
    expect(lineCount('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 22.5)).toBe(3);
    expect(lineCount('', 10)).toBe(1);
  });
});
