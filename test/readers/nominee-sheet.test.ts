/**
 * Issue 11, point 1: a danh sách file may be a spreadsheet (.xlsx, .csv) with the Vietnamese column
 * headers staff write; it gives the same quyết định as the YAML list, and a problem names its cell.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.ts';
import { DocumentError, formatProblem } from '../../src/core/errors.ts';
import { buildDocument } from '../../src/model/build.ts';
import { readCsv } from '../../src/readers/sheet.ts';
import { loadRegistry } from '../../src/resolve/resources.ts';
import { Resolver } from '../../src/resolve/resolver.ts';
import { renderDocx } from '../helpers/build.ts';
import { edit, sampleProject } from '../helpers/check.ts';
import { scratchDir } from '../helpers/scratch.ts';

const SAMPLE = 'data/2025/quyet-dinh-khen-thuong-2025.md';
const LIST = 'data/2025/_danh-sach-khen-thuong-2025.yaml';
const entries = (parse(readFileSync(LIST, 'utf8')) as { muc: Record<string, string>[] }).muc;
const HEADERS = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Danh hiệu', 'Ghi chú'];
const row = (e: Record<string, string>, i: number) => [String(i + 1), e.ten, e.chuc_vu ?? '', e.don_vi ?? '', e.danh_hieu, ''];

const dir = scratchDir('vbtd-sheet-');

function resolverOver(): Resolver {
  const { registry, file } = loadRegistry('data/_chung/co-quan.yaml');
  return new Resolver({ registry, registryFile: file, templatesDir: 'templates', lawDir: 'data/_chung', roots: [dir, 'data', 'templates'] });
}

/** The sample quyết định with its list read from `list` (a file in the scratch folder), as DOCX bytes, or its problems. */
function build(list: string): Buffer | string[] {
  const path = join(dir, 'qd.md');
  writeFileSync(path, readFileSync(SAMPLE, 'utf8').replace('tep: _danh-sach-khen-thuong-2025.yaml', `tep: ${list}`));
  try {
    const resolved = resolverOver().resolveFile(path);
    if (resolved.problems.some((p) => p.severity === 'loi')) return resolved.problems.map(formatProblem);
    return renderDocx(buildDocument(resolved));
  } catch (e) {
    if (e instanceof DocumentError) return e.problems.map(formatProblem);
    throw e;
  }
}

async function writeXlsx(name: string, rows: (string | number | Date)[][], sheetName = 'Sheet1', merge?: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  if (merge) sheet.mergeCells(merge);
  await workbook.xlsx.writeFile(join(dir, name));
}

describe('a danh sách in a spreadsheet', () => {
  let yamlDocx: Buffer;
  beforeAll(async () => {
    writeFileSync(join(dir, 'ds.yaml'), readFileSync(LIST));
    yamlDocx = build('ds.yaml') as Buffer;
    expect(Buffer.isBuffer(yamlDocx)).toBe(true);
    // A title row (merged across the columns) and an empty row above the header, an empty row inside.
    await writeXlsx('ds.xlsx', [['DANH SÁCH KHEN THƯỞNG'], [], HEADERS, ...entries.slice(0, 3).map(row), [], ...entries.slice(3).map((e, i) => row(e, i + 3))], 'Sheet1', 'A1:F1');
  });

  it('gives the same quyết định from a .xlsx as from the YAML list', () => {
    expect(Buffer.isBuffer(build('ds.xlsx'))).toBe(true);
    expect((build('ds.xlsx') as Buffer).equals(yamlDocx)).toBe(true);
  });

  it('gives the same quyết định from a .csv (semicolons, byte-order mark, quoted fields) as from the YAML list', () => {
    const quote = (s: string) => (/[;"\n]/.test(s) || s.includes(',') ? `"${s.replace(/"/g, '""')}"` : s);
    const csv = [HEADERS, ...entries.map(row)].map((r) => r.map(quote).join(';')).join('\r\n');
    writeFileSync(join(dir, 'ds.csv'), '\uFEFF' + csv + '\r\n');
    expect((build('ds.csv') as Buffer).equals(yamlDocx)).toBe(true);
  });

  it('gives the same quyết định from a comma-separated .csv without byte-order mark, headers in other case and without diacritics', () => {
    const csv = ['HỌ VÀ TÊN,chuc vu,Đơn vị công tác,Danh hiệu:', ...entries.map((e) => [e.ten, e.chuc_vu ?? '', e.don_vi ?? '', e.danh_hieu].map((s) => (s.includes(',') ? `"${s}"` : s)).join(','))].join('\n');
    writeFileSync(join(dir, 'ds2.csv'), csv);
    expect((build('ds2.csv') as Buffer).equals(yamlDocx)).toBe(true);
  });

  it('names the sheet and cell of an impossible date, an unknown column and an empty required cell, in Vietnamese', async () => {
    const [a, b] = entries;
    await writeXlsx('sai.xlsx', [['Họ và tên', 'Danh hiệu', 'Ngày sinh', 'Ghi chú'], [a.ten, a.danh_hieu, '', '31/02/2025'], [b.ten, '', '', '']], 'Danh sách');
    expect(build('sai.xlsx')).toEqual([
      `Lỗi: ${dir}/sai.xlsx, 'Danh sách'!C1 — cột "Ngày sinh": không biết cột này. Các cột đọc được: "STT", "Họ và tên, tên tập thể", "Giới tính", "Chức vụ", "Đơn vị công tác", "Đối tượng", "Danh hiệu, hình thức khen thưởng", "Nhóm", "Số CCCD", "Số điện thoại", "Ghi chú". Đổi tên cột cho đúng hoặc xóa cột (tệp mẫu có đủ các cột: npx van-ban mau-nhap --loai=danh-sach).`,
      `Lỗi: ${dir}/sai.xlsx, 'Danh sách'!D2 — cột "Ghi chú": ngày "31/02/2025" không có thật. Ghi ngày dạng ngày/tháng/năm, ví dụ 05/01/2025.`,
      `Lỗi: ${dir}/sai.xlsx, 'Danh sách'!B3 — cột "Danh hiệu": ô trống. Ghi mã danh hiệu trong data/_chung/danh-hieu.yaml (ví dụ "chien_si_thi_dua_co_so"), hoặc xóa cả dòng.`,
    ]);
  });

  it('names the CSV line and column of an empty name, and the cell of an unknown award found after reading', async () => {
    writeFileSync(join(dir, 'sai.csv'), 'Tên tập thể;Danh hiệu\n;tap_the_lao_dong_xuat_sac\n');
    expect(build('sai.csv')).toEqual([`Lỗi: ${dir}/sai.csv, dòng 2 — cột "Tên tập thể": ô trống. Ghi tên tập thể hoặc họ và tên cá nhân, hoặc xóa cả dòng.`]);
    await writeXlsx('sai2.xlsx', [['Tên tập thể', 'Danh hiệu'], ['Trường A', 'khong_co']]);
    const problems = build('sai2.xlsx') as string[];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^Lỗi: ${dir}/sai2\\.xlsx, Sheet1!B2 — cột "Danh hiệu": .*khong_co`));
  });

  it('reads an Excel date cell as dd/mm/yyyy and keeps the leading zeros of a text cell', async () => {
    await writeXlsx('ngay.xlsx', [['Họ và tên', 'Danh hiệu', 'Đơn vị'], ['Lê Văn A', 'lao_dong_tien_tien', new Date(Date.UTC(2025, 0, 5))], ['Lê Văn B', 'lao_dong_tien_tien', '007']]);
    const { readNomineeSheet } = await import('../../src/readers/nominee-sheet.ts');
    const source = readNomineeSheet(readFileSync(join(dir, 'ngay.xlsx')), 'ngay.xlsx');
    expect(source.data.muc).toEqual([
      { ten: 'Lê Văn A', danh_hieu: 'lao_dong_tien_tien', don_vi: '05/01/2025' },
      { ten: 'Lê Văn B', danh_hieu: 'lao_dong_tien_tien', don_vi: '007' },
    ]);
  });

  it('reads quoted CSV fields with the delimiter, a doubled quote and a line break, numbering rows by their first line', () => {
    expect(readCsv('a,b\n"x, ""y""","dòng\nhai"\nc,d\n').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'dòng\nhai'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });
});

describe('the check command on a spreadsheet list', () => {
  it('prints the cell and column header of each fault, two faults with the same message in one row each once', { timeout: 120_000 }, async () => {
    const root = sampleProject();
    await writeXlsxAt(join(root, 'data/2025/_ds.xlsx'), [['Họ và tên', 'Danh hiệu', 'Ngày sinh', 'Quê quán'], ['Lê Văn A', 'lao_dong_tien_tien']]);
    edit(root, 'data/2025/quyet-dinh-khen-thuong-2025.md', 'tep: _danh-sach-khen-thuong-2025.yaml', 'tep: _ds.xlsx');
    const out: string[] = [];
    const io = { out: (line: string) => out.push(line.split(`${root}/`).join('')), err: (line: string) => out.push(line) };
    expect(await runCheck([], io, { dataDir: join(root, 'data'), templatesDir: join(root, 'templates') })).toBe(1);
    const unknown = 'không biết cột này.';
    expect(out.filter((l) => l.includes(unknown)).map((l) => l.slice(0, l.indexOf(unknown)))).toEqual([
      'data/2025/_ds.xlsx:1:1: lỗi: Sheet1!C1, cột "Ngày sinh": ',
      'data/2025/_ds.xlsx:1:1: lỗi: Sheet1!D1, cột "Quê quán": ',
    ]);
  });
});

async function writeXlsxAt(path: string, rows: string[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const r of rows) sheet.addRow(r);
  await workbook.xlsx.writeFile(path);
}

describe('characters a DOCX cannot hold, in a spreadsheet cell', () => {
  it('are taken out with a warning naming the cell (Excel writes them as _x0008_)', async () => {
    const dir2 = scratchDir('vbtd-sheet-chars-');
    const path = join(dir2, 'ds.xlsx');
    await writeXlsxAt(path, [['Họ và tên', 'Danh hiệu'], ['Lê Văn_x0008_ A', 'lao_dong_tien_tien']]); // as Excel writes U+0008 (exceljs drops the character itself)
    const { readNomineeSheet } = await import('../../src/readers/nominee-sheet.ts');
    const source = readNomineeSheet(readFileSync(path), 'ds.xlsx');
    expect(source.data.muc).toEqual([{ ten: 'Lê Văn A', danh_hieu: 'lao_dong_tien_tien' }]);
    expect(source.warnings!.map(formatProblem)).toEqual([
      'Cảnh báo: ds.xlsx, Sheet1!A2 — cột "Họ và tên": ký tự U+0008 (ký tự điều khiển, không nhìn thấy) không được có trong văn bản (Word không mở được tệp DOCX chứa nó) nên đã bị xóa. Ký tự này thường lẫn vào khi chép chữ từ chương trình khác: xóa nó khỏi tệp (gõ lại đoạn chữ đó) để hết cảnh báo.',
    ]);
  });
});
