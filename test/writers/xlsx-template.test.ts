/**
 * Issue 11, point 5: `van-ban mau-nhap` writes an empty danh sách for staff to fill: the headers the
 * reader reads back (one column table for both), a note per header, drop-down lists (awards from the
 * law data in a hidden sheet, giới tính and đối tượng inline), frozen header, text columns for numbers
 * with leading zeros; never overwriting a file unless told; the same bytes every time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { templateLists } from '../../src/cli/template.ts';
import { NOMINEE_COLUMNS } from '../../src/core/sheet-columns.ts';
import { parseLawData } from '../../src/law/law-data.ts';
import { readNomineeSheet } from '../../src/readers/nominee-sheet.ts';
import { scratchDir } from '../helpers/scratch.ts';

const dir = scratchDir('vbtd-mau-nhap-');

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['mau-nhap', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const law = () => {
  const read = (name: string) => ({ path: `data/_chung/${name}`, text: readFileSync(`data/_chung/${name}`, 'utf8') });
  return parseLawData(read('luong-co-so.yaml'), read('danh-hieu.yaml'));
};

describe('the danh sách template (--loai=danh-sach)', () => {
  const path = join(dir, 'mau.xlsx');

  it('is written atomically, with a Vietnamese line saying so; the same bytes on a second run', async () => {
    expect(await run(path, '--loai=danh-sach')).toEqual({ code: 0, out: [`✓ ${path} (mẫu danh sách: 11 cột, điền từ dòng 2)`], err: [] });
    const first = readFileSync(path);
    expect(await run(path, '--ghi-de', '--loai=danh-sach')).toMatchObject({ code: 0 });
    expect(readFileSync(path).equals(first)).toBe(true);
    // Not the clock: fixed workbook dates and zip entry dates.
    const zip = new PizZip(first);
    expect(zip.file('docProps/core.xml')!.asText()).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-03-05T00:00:00Z</dcterms:created>');
    expect(new Set(Object.values(zip.files).map((f) => f.date.getTime()))).toEqual(new Set([new Date(2020, 2, 5).getTime()]));
  });

  it('has the headers of the column table, each with its note, a frozen header and text columns for CCCD and telephone numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Danh sách')!;
    const headers = NOMINEE_COLUMNS.map((_, i) => sheet.getRow(1).getCell(i + 1).value);
    expect(headers).toEqual(['STT', 'Họ và tên, tên tập thể', 'Giới tính', 'Chức vụ', 'Đơn vị công tác', 'Đối tượng', 'Danh hiệu, hình thức khen thưởng', 'Nhóm', 'Số CCCD', 'Số điện thoại', 'Ghi chú']);
    const note = (cell: string) => sheet.getCell(cell).note;
    expect(note('C1')).toBe('Cá nhân: chọn "Nam" hoặc "Nữ". Tập thể: để trống.');
    expect(note('G1')).toBe('Bắt buộc. Chọn trong danh sách (lấy từ data/_chung/danh-hieu.yaml); cũng đọc được tên viết tắt như "CSTĐCS", "LĐTT".');
    expect(note('I1')).toBe('Cá nhân: số căn cước (12 chữ số, giữ nguyên số 0 ở đầu). Không in trong danh sách.');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([sheet.getColumn('I').numFmt, sheet.getColumn('J').numFmt, sheet.getColumn('B').numFmt]).toEqual(['@', '@', undefined]);
    expect(workbook.getWorksheet('Danh mục')!.state).toBe('hidden');
  });

  it('has drop-down lists: giới tính and đối tượng inline, the award names in the hidden sheet under a defined name', () => {
    const zip = new PizZip(readFileSync(path));
    const sheet = zip.file('xl/worksheets/sheet1.xml')!.asText();
    const validations = /<dataValidations[\s\S]*<\/dataValidations>/.exec(sheet)![0];
    expect(validations).toBe(
      '<dataValidations count="3">' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="Giới tính" error="Chọn một giá trị trong danh sách." sqref="C2:C5001"><formula1>&quot;Nam,Nữ&quot;</formula1></dataValidation>' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="Đối tượng" error="Chọn một giá trị trong danh sách." sqref="F2:F5001"><formula1>&quot;cá nhân,tập thể,hộ gia đình&quot;</formula1></dataValidation>' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" errorTitle="Danh hiệu, hình thức khen thưởng" error="Tên này không có trong danh sách. Nếu là tên viết tắt (ví dụ CSTĐCS), chọn &quot;Yes&quot;/&quot;Có&quot; để giữ; chương trình sẽ kiểm tra khi tạo văn bản." sqref="G2:G5001"><formula1>DanhHieu</formula1></dataValidation>' +
        '</dataValidations>',
    );
    const awards = templateLists(law()).awards;
    const workbook = zip.file('xl/workbook.xml')!.asText();
    expect(workbook).toContain(`<definedName name="DanhHieu">&apos;Danh mục&apos;!$A$1:$A$${awards.length}</definedName>`);
    expect(workbook).toContain('<sheet sheetId="2" name="Danh mục" state="hidden" r:id="rId5"/>');
  });

  it('lists each award name once, as staff write it (not the codes), too long for an inline list', () => {
    const { awards } = templateLists(law());
    expect(awards.slice(0, 4)).toEqual(['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Chiến sĩ thi đua cấp tỉnh', 'Tập thể lao động tiên tiến']);
    expect(awards.filter((a) => a === 'Giấy khen')).toHaveLength(1);
    expect(awards.every((a) => !a.includes('_'))).toBe(true);
    expect(awards.join(',').length).toBeGreaterThan(255);
  });

  it('round-trips: rows filled in the template are read back by the danh sách reader, leading zeros kept', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Danh sách')!;
    sheet.getRow(2).values = [1, 'Nguyễn Thị Lan', 'Nữ', 'Giáo viên', 'Trường THPT Sơn Dương', 'cá nhân', 'Chiến sĩ thi đua cơ sở', '', '001234567890', '0912345678', 'ghi chú'];
    sheet.getRow(3).values = [2, 'Trường Mầm non Hoa Sen', '', '', '', 'tập thể', 'Giấy khen', 'XÃ A'];
    const filled = join(dir, 'da-dien.xlsx');
    await workbook.xlsx.writeFile(filled);
    expect(readNomineeSheet(readFileSync(filled), 'da-dien.xlsx').data.muc).toEqual([
      { ten: 'Nguyễn Thị Lan', gioi_tinh: 'Nữ', chuc_vu: 'Giáo viên', don_vi: 'Trường THPT Sơn Dương', doi_tuong: 'cá nhân', danh_hieu: 'Chiến sĩ thi đua cơ sở', so_cccd: '001234567890', so_dien_thoai: '0912345678' },
      { ten: 'Trường Mầm non Hoa Sen', doi_tuong: 'tập thể', danh_hieu: 'Giấy khen', nhom: 'XÃ A' },
    ]);
  });

  it('refuses to overwrite a file unless --ghi-de, a name without .xlsx, and says in Vietnamese why a path cannot be written', async () => {
    const kept = join(dir, 'co-san.xlsx');
    writeFileSync(kept, 'bản của cán bộ');
    expect(await run(kept)).toEqual({ code: 1, out: [], err: [`Đã có tệp "${kept}": không ghi đè. Chọn tên khác, hoặc thêm --ghi-de để ghi đè.`] });
    expect(readFileSync(kept, 'utf8')).toBe('bản của cán bộ');
    expect(await run(join(dir, 'mau.ods'))).toMatchObject({ code: 2, err: [`Tên tệp "${join(dir, 'mau.ods')}" phải có đuôi .xlsx, ví dụ danh-sach-de-nghi.xlsx.`] });
    const underFile = join(kept, 'mau.xlsx');
    const result = await run(underFile);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`Lỗi: không ghi được tệp "${underFile}": "${kept}" là một tệp nên không tạo được thư mục cùng tên để ghi vào. Đổi tên hoặc xóa tệp "${kept}", hoặc chọn thư mục ra khác: --ra=<thư mục>.`]);
    expect(existsSync(underFile)).toBe(false);
  });

  it('says where the law data was looked for when it is not there', async () => {
    const result = await run(join(dir, 'x.xlsx'), `--du-lieu=${dir}`);
    expect(result).toEqual({ code: 1, out: [], err: [`Lỗi: không đọc được dữ liệu luật trong "${dir}/_chung" (danh-hieu.yaml, luong-co-so.yaml), cần để lấy tên các danh hiệu. Chạy lệnh trong thư mục dự án, hoặc ghi --du-lieu=<thư mục dữ liệu>.`] });
  });
});
