/**
 * The spreadsheet of a batch (`loai: dot_de_nghi`): one row per nominee, with the columns of the báo cáo
 * thành tích besides those of a danh sách. Read as records with their places; what the rows hold is
 * checked later, all rows together (src/batch), so that one faulty cell does not hide the others.
 */
import { DocumentError, type Problem } from '../core/errors.ts';
import { problemAt, type Place, type RecordSet, type SheetRecord } from '../core/records.ts';
import { changeMessage, cleanText } from './characters.ts';
import { BATCH_COLUMNS, columnOfHeader, headerList } from '../core/sheet-columns.ts';
import { columnLetters, readSheet, type SheetRow } from './sheet.ts';

export { BATCH_COLUMNS };

const KNOWN = headerList(BATCH_COLUMNS);
const keyOf = (header: string): string | undefined => columnOfHeader(header, BATCH_COLUMNS)?.key;

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
  const headerAt = sheet.rows.findIndex((r) => r.cells.some((c) => keyOf(c) === 'ten'));
  if (headerAt < 0) {
    throw new DocumentError([{ severity: 'loi', file: path, message: 'không thấy dòng tiêu đề cột: cần một dòng có cột "Họ và tên" (hoặc "Tên tập thể") và cột "Danh hiệu". Thêm dòng tiêu đề đó trên dòng đầu của danh sách.' }]);
  }
  const headerRow = sheet.rows[headerAt];
  const columns: Column[] = [];
  headerRow.cells.forEach((header, index) => {
    if (!header) return;
    const key = keyOf(header);
    if (!key) return void problems.push(problemAt(placeOf(headerRow, index, header), 'loi', `không biết cột này. Các cột đọc được: ${KNOWN}. Đổi tên cột cho đúng hoặc xóa cột (tệp mẫu có đủ các cột: npx van-ban mau-nhap).`));
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
