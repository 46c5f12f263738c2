/**
 * Issue 11, point 5: `van-ban mau-nhap` writes, by default, the sheet of a batch (`loai: dot_de_nghi`)
 * for staff to fill: the headers of the one column table (core/sheet-columns.ts) that the batch reader
 * reads back, a note per header saying what is required (for whom) and what to write, drop-down lists,
 * frozen header, ngày sinh as text; the same bytes every time. The table's requirements are held to what
 * the batch checks (src/batch/rows.ts) really require.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { checkRows } from '../../src/batch/rows.ts';
import type { DocumentError } from '../../src/core/errors.ts';
import { HELP, main } from '../../src/cli/main.ts';
import { TEMPLATE_USAGE } from '../../src/cli/template.ts';
import { BATCH_COLUMNS, columnOfHeader, NOMINEE_COLUMNS, type SheetColumn } from '../../src/core/sheet-columns.ts';
import { AWARDS_FILE, BASE_SALARY_FILE, parseLawData } from '../../src/law/law-data.ts';
import { readBatchSheet } from '../../src/readers/batch-sheet.ts';
import { readNomineeSheet } from '../../src/readers/nominee-sheet.ts';
import { scratchDir } from '../helpers/scratch.ts';

const dir = scratchDir('vbtd-mau-dot-');
const law = parseLawData(
  { path: 'data/_chung/luong-co-so.yaml', text: readFileSync(`data/_chung/${BASE_SALARY_FILE}`, 'utf8') },
  { path: 'data/_chung/danh-hieu.yaml', text: readFileSync(`data/_chung/${AWARDS_FILE}`, 'utf8') },
);

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['mau-nhap', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const column = (key: string): SheetColumn => BATCH_COLUMNS.find((c) => c.key === key)!;

describe('the batch template (the default of mau-nhap)', () => {
  const path = join(dir, 'dot.xlsx');

  it('is the default, said in Vietnamese; the same bytes on a second run', async () => {
    expect(await run(path)).toEqual({ code: 0, out: [`✓ ${path} (mẫu đợt đề nghị: 21 cột, điền từ dòng 2)`], err: [] });
    const first = readFileSync(path);
    expect(await run(path, '--ghi-de', '--loai=dot-de-nghi')).toMatchObject({ code: 0 });
    expect(readFileSync(path).equals(first)).toBe(true);
  });

  it('has the headers of the batch columns, a note per header saying what is required and for whom, a frozen header, ngày sinh as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Danh sách')!;
    expect(BATCH_COLUMNS.map((_, i) => sheet.getRow(1).getCell(i + 1).value)).toEqual([
      'STT', 'Họ và tên, tên tập thể', 'Đối tượng', 'Danh hiệu, hình thức khen thưởng', 'Ngày sinh', 'Giới tính', 'Quê quán', 'Trú quán', 'Chức vụ',
      'Đơn vị công tác', 'Trình độ chuyên môn', 'Địa chỉ trụ sở, điện thoại', 'Năm thành lập', 'Đặc điểm, tình hình', 'Nhiệm vụ', 'Thành tích đạt được',
      'Tệp thành tích', 'Thủ trưởng đơn vị', 'Số phiếu đồng ý', 'Nhóm', 'Ghi chú',
    ]);
    const note = (cell: string) => sheet.getCell(cell).note;
    expect(note('B1')).toBe('Bắt buộc. Cá nhân: họ và tên đầy đủ, không viết tắt (ví dụ "Nguyễn Thị Lan"). Tập thể: tên đầy đủ (ví dụ "Trường Mầm non Hoa Lan, xã Mèo Vạc").');
    expect(note('E1')).toBe('Cá nhân: ngày/tháng/năm, ví dụ 05/01/1985 (không rõ ngày, tháng: chỉ ghi năm, ví dụ 1985). Ô để dạng chữ nên giữ đúng như gõ. Tập thể: để trống.');
    expect(note('J1')).toBe('Bắt buộc với cá nhân. Đơn vị công tác của cá nhân, ví dụ "Trường THPT Sơn Dương" (in ở báo cáo thành tích, dùng để tính hạn mức mỗi đơn vị). Tập thể: để trống.');
    expect(note('N1')).toMatch(/^Bắt buộc với tập thể khi đợt tạo báo cáo thành tích\. Tập thể: đặc điểm, tình hình, ví dụ "Trường có 28 lớp/);
    expect(note('R1')).toMatch(/^Bắt buộc khi đợt tạo báo cáo thành tích\. Họ và tên thủ trưởng đơn vị/);
    expect(note('U1')).toMatch(/Ghi "#" ở đầu ô để bỏ qua cả dòng/);
    expect(BATCH_COLUMNS.every((_, i) => (sheet.getRow(1).getCell(i + 1).note as string).length > 20)).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(BATCH_COLUMNS.flatMap((c, i) => (sheet.getColumn(i + 1).numFmt === '@' ? [c.key] : []))).toEqual(['ngay_sinh']);
    expect(workbook.getWorksheet('Danh mục')!.state).toBe('hidden');
  });

  it('has drop-down lists: đối tượng (cá nhân, tập thể) and giới tính inline, the award names from the hidden sheet', () => {
    const zip = new PizZip(readFileSync(path));
    const sheet = zip.file('xl/worksheets/sheet1.xml')!.asText();
    expect(/<dataValidations[\s\S]*<\/dataValidations>/.exec(sheet)![0]).toBe(
      '<dataValidations count="3">' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="Đối tượng" error="Chọn một giá trị trong danh sách." sqref="C2:C5001"><formula1>&quot;cá nhân,tập thể&quot;</formula1></dataValidation>' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" errorTitle="Danh hiệu, hình thức khen thưởng" error="Tên này không có trong danh sách. Nếu là tên viết tắt (ví dụ CSTĐCS), chọn &quot;Yes&quot;/&quot;Có&quot; để giữ; chương trình sẽ kiểm tra khi tạo văn bản." sqref="D2:D5001"><formula1>DanhHieu</formula1></dataValidation>' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="Giới tính" error="Chọn một giá trị trong danh sách." sqref="F2:F5001"><formula1>&quot;Nam,Nữ&quot;</formula1></dataValidation>' +
        '</dataValidations>',
    );
    const names = [...new Set(law.awards.map((a) => a.ten))];
    expect(zip.file('xl/workbook.xml')!.asText()).toContain(`<definedName name="DanhHieu">&apos;Danh mục&apos;!$A$1:$A$${names.length}</definedName>`);
  });

  it('round-trips: rows filled in the template are read back by the batch reader into the expected records, ngày sinh typed or pasted as a date, and pass the batch checks', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Danh sách')!;
    const fill = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [key, value] of Object.entries(values)) sheet.getRow(row).getCell(BATCH_COLUMNS.indexOf(column(key)) + 1).value = value;
    };
    fill(2, {
      stt: 1, ten: 'Nguyễn Thị Lan', doi_tuong: 'cá nhân', danh_hieu: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', ngay_sinh: '05/01/1985', gioi_tinh: 'Nữ',
      que_quan: 'xã Hồng Thái, tỉnh Tuyên Quang', chuc_vu: 'Giáo viên', don_vi: 'Trường THPT Sơn Dương', trinh_do: 'Cử nhân Sư phạm Toán',
      nhiem_vu: 'Giảng dạy môn Toán', thanh_tich: '- Hoàn thành xuất sắc nhiệm vụ.\n- Sáng kiến cấp tỉnh.', thu_truong: 'Nông Văn Thạch', nhom: 'KHỐI THPT',
    });
    // Pasted from another workbook: a real date, with the date format it brings.
    fill(3, { stt: 2, ten: 'Lê Văn Bình', danh_hieu: 'CSTĐ tỉnh', ngay_sinh: new Date(Date.UTC(1982, 1, 14)), chuc_vu: 'Tổ trưởng', don_vi: 'Trường THCS Phan Thiết', nhiem_vu: 'Tổ trưởng chuyên môn', thanh_tich: 'Sáng kiến cấp tỉnh.', thu_truong: 'Lê Thị Hạnh' });
    sheet.getCell(`E3`).numFmt = 'dd/mm/yyyy';
    fill(4, { stt: 3, ten: 'Trường Mầm non Hoa Sen', doi_tuong: 'tập thể', danh_hieu: 'Tập thể lao động xuất sắc', dia_chi: 'phường Tân Quang', nam_thanh_lap: 1962, dac_diem: '12 lớp', nhiem_vu: 'Nuôi dạy trẻ', thanh_tich: 'Dẫn đầu cụm thi đua.', thu_truong: 'Đỗ Minh Châu', ghi_chu: 'hồ sơ đủ' });
    const filled = join(dir, 'da-dien.xlsx');
    await workbook.xlsx.writeFile(filled);

    const read = readBatchSheet(readFileSync(filled), filled);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.values)).toEqual([
      {
        stt: '1', ten: 'Nguyễn Thị Lan', doi_tuong: 'cá nhân', danh_hieu: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', ngay_sinh: '05/01/1985', gioi_tinh: 'Nữ',
        que_quan: 'xã Hồng Thái, tỉnh Tuyên Quang', chuc_vu: 'Giáo viên', don_vi: 'Trường THPT Sơn Dương', trinh_do: 'Cử nhân Sư phạm Toán',
        nhiem_vu: 'Giảng dạy môn Toán', thanh_tich: '- Hoàn thành xuất sắc nhiệm vụ.\n- Sáng kiến cấp tỉnh.', thu_truong: 'Nông Văn Thạch', nhom: 'KHỐI THPT',
      },
      { stt: '2', ten: 'Lê Văn Bình', danh_hieu: 'CSTĐ tỉnh', ngay_sinh: '14/02/1982', chuc_vu: 'Tổ trưởng', don_vi: 'Trường THCS Phan Thiết', nhiem_vu: 'Tổ trưởng chuyên môn', thanh_tich: 'Sáng kiến cấp tỉnh.', thu_truong: 'Lê Thị Hạnh' },
      { stt: '3', ten: 'Trường Mầm non Hoa Sen', doi_tuong: 'tập thể', danh_hieu: 'Tập thể lao động xuất sắc', dia_chi: 'phường Tân Quang', nam_thanh_lap: '1962', dac_diem: '12 lớp', nhiem_vu: 'Nuôi dạy trẻ', thanh_tich: 'Dẫn đầu cụm thi đua.', thu_truong: 'Đỗ Minh Châu', ghi_chu: 'hồ sơ đủ' },
    ]);
    expect(read.records[2].place('dac_diem')).toEqual({ file: filled, line: 4, cell: "'Danh sách'!N4", header: 'Đặc điểm, tình hình' });
    const checked = checkRows(read.records, { law, date: '2025-11-24', reports: { defaults: {} }, quotas: { perAward: [] }, achievements: {} });
    expect(checked.problems.filter((p) => p.severity === 'loi')).toEqual([]);
    expect(checked.rows.map((r) => [r.award.ma, r.target])).toEqual([
      ['bang_khen_chu_tich_tinh_ca_nhan', 'ca_nhan'],
      ['chien_si_thi_dua_cap_tinh', 'ca_nhan'],
      ['tap_the_lao_dong_xuat_sac', 'tap_the'],
    ]);
  });

  it('says what each kind is in --help, in Vietnamese; an unknown kind is refused, naming the kinds', async () => {
    const help = await run('--help');
    expect(help.out).toEqual([TEMPLATE_USAGE]);
    expect(TEMPLATE_USAGE).toContain('--loai=dot-de-nghi  (mặc định; tệp danh-sach-de-nghi.xlsx) bảng tính của một đợt đề nghị khen thưởng');
    // The command's line in the general help, its names apart from its summary.
    expect(HELP).toContain('\n  mau-nhap, template  ghi bảng tính Excel trống (tiêu đề, ghi chú, danh sách chọn) để cán bộ điền: mặc định bảng tính của đợt đề nghị; --loai=danh-sach: danh sách kèm văn bản\n');
    expect(TEMPLATE_USAGE).toContain('--loai=danh-sach    (tệp mau-danh-sach.xlsx) danh sách kèm một tờ trình, quyết định viết tay');
    expect(await run(join(dir, 'x.xlsx'), '--loai=bao-cao')).toEqual({
      code: 2,
      out: [],
      err: ['Không có loại bảng tính "bao-cao". Chọn --loai=dot-de-nghi (bảng tính của đợt đề nghị, mặc định) hoặc --loai=danh-sach (danh sách kèm văn bản).'],
    });
  });
});

describe('one column table for both readers', () => {
  /** A sheet with the headers of `columns` and one row, read by the batch reader and checked as a batch would. */
  const checkOne = (values: Record<string, string>, reports: boolean) => {
    const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const csv = [BATCH_COLUMNS.map((c) => quote(c.header)).join(','), BATCH_COLUMNS.map((c) => quote(values[c.key] ?? '')).join(',')].join('\n');
    const read = readBatchSheet(Buffer.from(csv), 'ds.csv');
    expect(read.problems).toEqual([]);
    const rules = { law, date: '2025-11-24', quotas: { perAward: [] }, achievements: {}, ...(reports ? { reports: { defaults: {} } } : {}) };
    return checkRows(read.records, rules).problems.filter((p) => p.severity === 'loi');
  };
  const person = {
    ten: 'Nguyễn Thị Lan', doi_tuong: 'cá nhân', danh_hieu: 'Bằng khen Chủ tịch tỉnh', ngay_sinh: '05/01/1985', gioi_tinh: 'Nữ', que_quan: 'Tuyên Quang', tru_quan: 'Tuyên Quang',
    chuc_vu: 'Giáo viên', don_vi: 'Trường THPT Sơn Dương', trinh_do: 'Cử nhân', nhiem_vu: 'Giảng dạy', thanh_tich: 'Tốt.', thu_truong: 'Nông Văn Thạch', nhom: 'A', ghi_chu: 'x',
  };
  const collective = {
    ten: 'Trường Mầm non Hoa Sen', doi_tuong: 'tập thể', danh_hieu: 'Tập thể lao động xuất sắc', dia_chi: 'Tân Quang', nam_thanh_lap: '1962', dac_diem: '12 lớp',
    nhiem_vu: 'Nuôi dạy trẻ', thanh_tich: 'Tốt.', thu_truong: 'Đỗ Minh Châu', nhom: 'A', ghi_chu: 'x',
  };

  it('says as required exactly the cells the batch checks require, for cá nhân and tập thể, with and without báo cáo thành tích', () => {
    for (const [who, row] of [['ca_nhan', person], ['tap_the', collective]] as const) {
      for (const reports of [false, true]) {
        expect(checkOne(row, reports), `${who}, báo cáo: ${reports}`).toEqual([]);
        for (const key of Object.keys(row)) {
          const { [key]: _left, ...rest } = row as Record<string, string>;
          const required = column(key).required;
          const applies = !!required && (!required.who || required.who === who) && (!required.report || reports);
          const faults = checkOne(rest, reports).filter((p) => p.header === column(key).header);
          expect(faults.length > 0, `${who}, báo cáo: ${reports}, thiếu "${column(key).header}"`).toBe(applies);
        }
      }
    }
  });

  it('gives the batch reader every header it read before the table was shared, for the same key', () => {
    const before: Record<string, string[]> = {
      stt: ['STT', 'TT', 'Số thứ tự'],
      ten: ['Họ và tên', 'Họ tên', 'Tên', 'Tên tập thể', 'Tên đơn vị', 'Tên tập thể, cá nhân', 'Tên tập thể, họ và tên cá nhân', 'Họ và tên, tên tập thể', 'Họ và tên/Tên tập thể'],
      doi_tuong: ['Đối tượng', 'Cá nhân/Tập thể'],
      ngay_sinh: ['Ngày sinh', 'Ngày, tháng, năm sinh', 'Sinh ngày'],
      gioi_tinh: ['Giới tính'],
      que_quan: ['Quê quán'],
      tru_quan: ['Trú quán', 'Nơi ở', 'Nơi ở hiện nay'],
      chuc_vu: ['Chức vụ'],
      don_vi: ['Đơn vị', 'Đơn vị công tác'],
      trinh_do: ['Trình độ', 'Trình độ chuyên môn', 'Trình độ chuyên môn, nghiệp vụ'],
      dia_chi: ['Địa chỉ', 'Địa chỉ trụ sở', 'Địa chỉ trụ sở, điện thoại'],
      nam_thanh_lap: ['Năm thành lập'],
      danh_hieu: ['Danh hiệu', 'Hình thức khen thưởng', 'Danh hiệu, hình thức khen thưởng', 'Danh hiệu đề nghị'],
      dac_diem: ['Đặc điểm', 'Đặc điểm, tình hình'],
      nhiem_vu: ['Nhiệm vụ', 'Quyền hạn, nhiệm vụ', 'Chức năng, nhiệm vụ', 'Quyền hạn, nhiệm vụ được giao'],
      thanh_tich: ['Thành tích', 'Thành tích đạt được', 'Tóm tắt thành tích'],
      tep_thanh_tich: ['Tệp thành tích', 'Tệp báo cáo thành tích'],
      thu_truong: ['Thủ trưởng đơn vị', 'Thủ trưởng', 'Họ tên thủ trưởng đơn vị'],
      so_phieu: ['Số phiếu đồng ý', 'Số phiếu', 'Phiếu đồng ý'],
      nhom: ['Nhóm'],
      ghi_chu: ['Ghi chú'],
    };
    expect(BATCH_COLUMNS.map((c) => c.key).sort()).toEqual(Object.keys(before).sort());
    for (const [key, headers] of Object.entries(before)) {
      for (const header of headers) expect(columnOfHeader(header, BATCH_COLUMNS)?.key, header).toBe(key);
    }
  });

  it('lists the known headers of each reader in its message about an unknown column, and the command that writes the template', () => {
    const batch = readBatchSheet(Buffer.from('Họ và tên,Danh hiệu,Số CCCD\nA,B,1'), 'ds.csv');
    expect(batch.problems.map((p) => `${p.header}: ${p.message}`)).toEqual([
      `Số CCCD: không biết cột này. Các cột đọc được: ${BATCH_COLUMNS.map((c) => `"${c.header}"`).join(', ')}. Đổi tên cột cho đúng hoặc xóa cột (tệp mẫu có đủ các cột: npx van-ban mau-nhap).`,
    ]);
    const nominee = (() => {
      try {
        return readNomineeSheet(Buffer.from('Họ và tên,Danh hiệu,Ngày sinh\nA,B,'), 'ds.csv');
      } catch (e) {
        return (e as DocumentError).problems.map((p) => `${p.header}: ${p.message}`);
      }
    })();
    expect(nominee).toEqual([
      `Ngày sinh: không biết cột này. Các cột đọc được: ${NOMINEE_COLUMNS.map((c) => `"${c.header}"`).join(', ')}. Đổi tên cột cho đúng hoặc xóa cột (tệp mẫu có đủ các cột: npx van-ban mau-nhap --loai=danh-sach).`,
    ]);
  });
});
