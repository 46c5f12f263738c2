/**
 * The spreadsheet of a batch (`loai: dot_de_nghi`): one row per nominee, with the columns of the báo cáo
 * thành tích besides those of a danh sách. Read as records with their places; what the rows hold is
 * checked later, all rows together (src/batch), so that one faulty cell does not hide the others.
 */
import { DocumentError, type Problem } from '../core/errors.ts';
import { problemAt, type Place, type RecordSet, type SheetRecord } from '../core/records.ts';
import { changeMessage, cleanText } from './characters.ts';
import { headerKey } from '../core/nominee-columns.ts';
import { columnLetters, readSheet, type SheetRow } from './sheet.ts';

/** A column of the batch sheet: its key, and the headers (lower case, without diacritics) it is known by. */
interface ColumnSpec {
  key: string;
  headers: string[];
}

export const BATCH_COLUMNS: ColumnSpec[] = [
  { key: 'stt', headers: ['stt', 'tt', 'so thu tu'] },
  { key: 'ten', headers: ['ho va ten', 'ho ten', 'ten', 'ten tap the', 'ten don vi', 'ten tap the, ca nhan', 'ten tap the, ho va ten ca nhan', 'ho va ten, ten tap the', 'ho va ten/ten tap the'] },
  { key: 'doi_tuong', headers: ['doi tuong', 'ca nhan/tap the'] },
  { key: 'ngay_sinh', headers: ['ngay sinh', 'ngay, thang, nam sinh', 'sinh ngay'] },
  { key: 'gioi_tinh', headers: ['gioi tinh'] },
  { key: 'que_quan', headers: ['que quan'] },
  { key: 'tru_quan', headers: ['tru quan', 'noi o', 'noi o hien nay'] },
  { key: 'chuc_vu', headers: ['chuc vu'] },
  { key: 'don_vi', headers: ['don vi', 'don vi cong tac'] },
  { key: 'trinh_do', headers: ['trinh do', 'trinh do chuyen mon', 'trinh do chuyen mon, nghiep vu'] },
  { key: 'dia_chi', headers: ['dia chi', 'dia chi tru so', 'dia chi tru so, dien thoai'] },
  { key: 'nam_thanh_lap', headers: ['nam thanh lap'] },
  { key: 'danh_hieu', headers: ['danh hieu', 'hinh thuc khen thuong', 'danh hieu, hinh thuc khen thuong', 'danh hieu de nghi'] },
  { key: 'dac_diem', headers: ['dac diem', 'dac diem, tinh hinh'] },
  { key: 'nhiem_vu', headers: ['nhiem vu', 'quyen han, nhiem vu', 'chuc nang, nhiem vu', 'quyen han, nhiem vu duoc giao'] },
  { key: 'thanh_tich', headers: ['thanh tich', 'thanh tich dat duoc', 'tom tat thanh tich'] },
  { key: 'tep_thanh_tich', headers: ['tep thanh tich', 'tep bao cao thanh tich'] },
  { key: 'thu_truong', headers: ['thu truong don vi', 'thu truong', 'ho ten thu truong don vi'] },
  { key: 'so_phieu', headers: ['so phieu dong y', 'so phieu', 'phieu dong y'] },
  { key: 'nhom', headers: ['nhom'] },
  { key: 'ghi_chu', headers: ['ghi chu'] },
];

const KEY_OF = new Map(BATCH_COLUMNS.flatMap((c) => c.headers.map((h) => [h, c.key] as const)));

const KNOWN = '"Họ và tên" (hoặc "Tên tập thể"), "Đối tượng", "Ngày sinh", "Giới tính", "Quê quán", "Trú quán", "Chức vụ", "Đơn vị", "Trình độ", "Địa chỉ", "Năm thành lập", "Danh hiệu", "Đặc điểm", "Nhiệm vụ", "Thành tích", "Tệp thành tích", "Thủ trưởng đơn vị", "Số phiếu đồng ý", "Nhóm", "STT", "Ghi chú"';

interface Column {
  index: number;
  header: string;
  key: string;
}

export function readBatchSheet(bytes: Uint8Array, path: string): RecordSet {
  const sheet = readSheet(bytes, path);
  const problems: Problem[] = [];
  const placeOf = (row: SheetRow, index: number, header?: string): Place => ({
    file: path,
    line: row.line,
    ...(sheet.name ? { cell: `${sheet.name}!${columnLetters(index)}${row.line}` } : {}),
    ...(header ? { header } : {}),
  });
  const headerAt = sheet.rows.findIndex((r) => r.cells.some((c) => KEY_OF.get(headerKey(c)) === 'ten'));
  if (headerAt < 0) {
    throw new DocumentError([{ severity: 'loi', file: path, message: 'không thấy dòng tiêu đề cột: cần một dòng có cột "Họ và tên" (hoặc "Tên tập thể") và cột "Danh hiệu". Thêm dòng tiêu đề đó trên dòng đầu của danh sách.' }]);
  }
  const headerRow = sheet.rows[headerAt];
  const columns: Column[] = [];
  headerRow.cells.forEach((header, index) => {
    if (!header) return;
    const key = KEY_OF.get(headerKey(header));
    if (!key) return void problems.push(problemAt(placeOf(headerRow, index, header), 'loi', `không biết cột này. Các cột đọc được: ${KNOWN}. Đổi tên cột cho đúng hoặc xóa cột.`));
    const same = columns.find((c) => c.key === key);
    if (same) return void problems.push(problemAt(placeOf(headerRow, index, header), 'loi', `trùng với cột "${same.header}" (cùng một thông tin). Giữ một cột.`));
    columns.push({ index, header, key });
  });
  if (!columns.some((c) => c.key === 'danh_hieu')) {
    problems.push(problemAt(placeOf(headerRow, headerRow.cells.length, 'Danh hiệu'), 'loi', 'thiếu cột này. Thêm cột "Danh hiệu" ghi danh hiệu đề nghị của từng dòng.'));
  }
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const records: SheetRecord[] = [];
  for (const row of sheet.rows.slice(headerAt + 1)) {
    const values: Record<string, string> = {};
    for (const c of columns) {
      const { text, changes } = cleanText(row.cells[c.index] ?? '', '\n');
      for (const change of changes) problems.push(problemAt(placeOf(row, c.index, c.header), 'canh-bao', changeMessage(change)));
      if (text.trim()) values[c.key] = text.trim();
    }
    const keyed = Object.keys(values).filter((k) => k !== 'stt');
    if (keyed.length === 0) continue;
    row.cells.forEach((text, index) => {
      if (text && !headerRow.cells[index]) problems.push(problemAt(placeOf(row, index), 'loi', `ô có dữ liệu "${text}" nhưng cột không có tiêu đề. Thêm tiêu đề cho cột hoặc xóa ô.`));
    });
    records.push({
      line: row.line,
      values,
      place: (key) => {
        const c = byKey.get(key);
        return c ? placeOf(row, c.index, c.header) : { file: path, line: row.line };
      },
    });
  }
  return { file: path, records, columns: columns.map((c) => c.key), problems };
}
