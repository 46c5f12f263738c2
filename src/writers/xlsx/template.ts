/**
 * The input template (`van-ban mau-nhap`): an empty sheet for staff to fill (a batch's or a danh sách's),
 * one column per entry of its column list (core/sheet-columns.ts) with its header, its note (what is
 * required, what to write) as the header cell's comment,
 * its drop-down list and its text format; the header row frozen. Lists longer than Excel takes inline
 * (255 characters) go in a hidden sheet, named by a defined name.
 */
import ExcelJS from 'exceljs';
import { noteOf, type ColumnList, type SheetColumn } from '../../core/sheet-columns.ts';
import { deterministicZip, FIXED_DATE_UTC } from './zip.ts';

export interface TemplateSpec {
  columns: readonly SheetColumn[];
  /** The values of each drop-down list: award names as staff write them, Nam/Nữ, cá nhân/tập thể/hộ gia đình. */
  lists: Record<ColumnList, string[]>;
  /** Rows under the header that get the drop-downs. */
  rows: number;
}

export const TEMPLATE_SHEET = 'Danh sách';
export const LISTS_SHEET = 'Danh mục';
/** Excel refuses an inline list (`"a,b"`) longer than this. */
const INLINE_MAX = 255;
/** The defined name of each list kept in the hidden sheet, and its column there. */
const LIST_NAMES: Record<ColumnList, string> = { awards: 'DanhHieu', genders: 'GioiTinh', targets: 'DoiTuong' };

const FONT = { name: 'Times New Roman', size: 12 };
const thin = { style: 'thin' as const };

export async function writeInputTemplate(spec: TemplateSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = 'van-ban-thi-dua';
  workbook.created = workbook.modified = FIXED_DATE_UTC;
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const header = sheet.getRow(1);
  spec.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width;
    col.font = FONT;
    if (column.text) col.numFmt = '@';
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.note = { texts: [{ text: noteOf(column) }] };
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: thin, bottom: thin, left: thin, right: thin };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    if (column.list) addDropDown(sheet, lists, workbook, column, i + 1, spec);
  });
  header.height = 33;
  return deterministicZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function addDropDown(sheet: ExcelJS.Worksheet, lists: ExcelJS.Worksheet, workbook: ExcelJS.Workbook, column: SheetColumn, index: number, spec: TemplateSpec): void {
  const values = spec.lists[column.list!];
  const inline = `"${values.join(',')}"`;
  const fits = inline.length - 2 <= INLINE_MAX && !values.some((v) => v.includes(','));
  let formula = inline;
  if (!fits) {
    const listColumn = Object.keys(LIST_NAMES).indexOf(column.list!) + 1;
    values.forEach((value, row) => (lists.getRow(row + 1).getCell(listColumn).value = value));
    const letter = lists.getColumn(listColumn).letter;
    formula = LIST_NAMES[column.list!];
    workbook.definedNames.add(`'${LISTS_SHEET}'!$${letter}$1:$${letter}$${values.length}`, formula);
  }
  const letter = sheet.getColumn(index).letter;
  // Award names have other forms the reader knows (CSTĐCS, LĐTT): a name not in the list is warned about, not refused.
  const strict = column.list !== 'awards';
  validations(sheet).add(`${letter}2:${letter}${spec.rows + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: strict ? 'stop' : 'warning',
    errorTitle: column.header,
    error: strict ? 'Chọn một giá trị trong danh sách.' : 'Tên này không có trong danh sách. Nếu là tên viết tắt (ví dụ CSTĐCS), chọn "Yes"/"Có" để giữ; chương trình sẽ kiểm tra khi tạo văn bản.',
    showInputMessage: false,
  });
}

/** exceljs has a worksheet's data validations (ranges, not cell by cell) but leaves them out of its types. */
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
