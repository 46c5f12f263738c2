/**
 * A danh sách written as a spreadsheet (`danh_sach: { tep: danh-sach.xlsx }`): the header row names the
 * columns as staff write them ("Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu"…), each row below is one
 * record. It becomes the same SourceFile a YAML list file gives (`muc: [{ ten, danh_hieu, … }]`), whose
 * fields a problem locates by cell (`Sheet1!D12`) or CSV line, and column header.
 */
import { DocumentError, type Problem } from '../core/errors.ts';
import type { Path, SourceFile } from '../core/source.ts';
import { isRealDate } from '../core/dates.ts';
import { changeMessage, cleanText } from './characters.ts';
import { columnLetters, readSheet, type SheetRow } from './sheet.ts';
import { columnOfHeader, headerList, NOMINEE_COLUMNS } from '../core/sheet-columns.ts';

interface Column {
  index: number;
  header: string;
  key: string;
  required?: string;
}

const KNOWN_HEADERS = headerList(NOMINEE_COLUMNS);
/** Columns read but not kept in the list entries. */
const NOT_KEPT = new Set(['stt', 'ghi_chu']);

export function readNomineeSheet(bytes: Uint8Array, path: string): SourceFile {
  const sheet = readSheet(bytes, path);
  const problems: Problem[] = [];
  const place = (row: SheetRow, index: number, header?: string) => ({
    file: path,
    line: row.line,
    cell: sheet.name ? `${sheet.name}!${columnLetters(index)}${row.line}` : undefined,
    header,
  });
  const error = (row: SheetRow, index: number, header: string | undefined, message: string) => problems.push({ severity: 'loi', ...place(row, index, header), message });
  const warnings: Problem[] = [];
  /** A cell without the characters a DOCX cannot hold, each taken out with a warning (as in a YAML list). */
  const clean = (row: SheetRow, c: Column): string => {
    const { text, changes } = cleanText(row.cells[c.index] ?? '', '\n');
    for (const change of changes) warnings.push({ severity: 'canh-bao', ...place(row, c.index, c.header), message: changeMessage(change) });
    return text.trim();
  };

  const headerAt = sheet.rows.findIndex((r) => r.cells.some((c) => columnOfHeader(c)?.key === 'ten'));
  if (headerAt < 0) {
    throw new DocumentError([{ severity: 'loi', file: path, message: 'không thấy dòng tiêu đề cột: cần một dòng có cột "Họ và tên" (hoặc "Tên tập thể") và cột "Danh hiệu". Thêm dòng tiêu đề đó trên dòng đầu của danh sách.' }]);
  }
  const headerRow = sheet.rows[headerAt];
  const columns = columnsOf(headerRow, (index, header, message) => error(headerRow, index, header, message));
  const records = sheet.rows.slice(headerAt + 1).filter((r) => columns.some((c) => c.key && r.cells[c.index]));
  const muc = records.map((row) => {
    const entry: Record<string, string> = {};
    row.cells.forEach((text, index) => {
      if (text && !columns.some((c) => c.index === index)) error(row, index, undefined, `ô có dữ liệu "${text}" nhưng cột không có tiêu đề. Thêm tiêu đề cho cột hoặc xóa ô.`);
    });
    for (const c of columns) {
      const text = clean(row, c);
      const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
      if (date && !isRealDate(Number(date[3]), Number(date[2]), Number(date[1]))) {
        error(row, c.index, c.header, `ngày "${text}" không có thật. Ghi ngày dạng ngày/tháng/năm, ví dụ 05/01/2025.`);
      }
      if (!c.key) continue;
      if (text) entry[c.key] = text;
      else if (c.required) error(row, c.index, c.header, `ô trống. ${c.required}, hoặc xóa cả dòng.`);
    }
    return entry;
  });
  if (problems.length > 0) throw new DocumentError(problems);

  const columnOf = (key: unknown) => columns.find((c) => c.key === key);
  const rowOf = (path: Path) => (path[0] === 'muc' && typeof path[1] === 'number' ? records[path[1]] : undefined) ?? headerRow;
  return {
    path,
    data: { muc },
    bodyLine: 1,
    warnings,
    lineOf: (p) => rowOf(p).line,
    cellOf: (p) => {
      const column = columnOf(p[2]);
      if (!column) return {};
      const { cell, header } = place(rowOf(p), column.index, column.header);
      return cell ? { cell, header } : { header };
    },
  };
}

/** The recognised columns of the header row; an unknown or repeated header is an error. */
function columnsOf(row: SheetRow, error: (index: number, header: string, message: string) => void): Column[] {
  const columns: Column[] = [];
  row.cells.forEach((header, index) => {
    if (!header) return;
    const known = columnOfHeader(header);
    if (!known) return error(index, header, `không biết cột này. Các cột đọc được: ${KNOWN_HEADERS}. Đổi tên cột cho đúng hoặc xóa cột (tệp mẫu có đủ các cột: npx van-ban mau-nhap --loai=danh-sach).`);
    const key = NOT_KEPT.has(known.key) ? '' : known.key;
    const required = known.required?.say;
    const same = columns.find((c) => key && c.key === key);
    if (same) return error(index, header, `trùng với cột "${same.header}" (cùng một thông tin). Giữ một cột.`);
    columns.push({ index, header, key, required });
  });
  if (!columns.some((c) => c.key === 'danh_hieu')) error(row.cells.length, 'Danh hiệu', 'thiếu cột này. Thêm cột "Danh hiệu" ghi mã danh hiệu của từng dòng.');
  return columns;
}
