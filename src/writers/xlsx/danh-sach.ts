/**
 * The danh sách as a spreadsheet (`--dinh-dang=xlsx`), as Sở Nội vụ asks to receive it with the hồ sơ:
 * the agency, `DANH SÁCH` and its title, the `(Kèm theo …)` line, the header row (frozen, repeated on
 * every printed page), the rows with thin borders, title rows across the columns, the total of tiền
 * thưởng; Times New Roman. It only lays out the document model's NomineeSheet: every value (numbering,
 * amounts, total) comes computed. The bytes depend on the document alone (its date, never the clock).
 */
import ExcelJS from 'exceljs';
import type { DocumentInfo, NomineeSheet } from '../../document/types.ts';
import { deterministicZip } from './zip.ts';

const FONT = 'Times New Roman';
/** Số tiền: grouped thousands; the grouping sign is the reader's locale's (`1.234.000` in Vietnamese). */
export const MONEY_FORMAT = '#,##0';
/** Characters across the printed width (A4 portrait within the ND30 margins, Times New Roman 12): the columns share it. */
const PAGE_CHARS = 88;
/** Height of one line of Times New Roman 12, in points, and the padding of a row. */
const LINE_PT = 15.75;
const ROW_PADDING_PT = 3;
const thin = { style: 'thin' as const };
const BOX = { top: thin, bottom: thin, left: thin, right: thin };

export async function writeNomineeXlsx(list: NomineeSheet, info: Pick<DocumentInfo, 'date'>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const { year, month = 1, day = 1 } = info.date;
  workbook.creator = workbook.lastModifiedBy = list.agency;
  workbook.created = workbook.modified = new Date(Date.UTC(year, month - 1, day));
  workbook.title = [...list.title].join(' ');
  const span = list.columns.length;
  const sheet = workbook.addWorksheet('Danh sách', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  // ND30 margins: top and bottom 20 mm, left 30 mm, right 15 mm (in inches).
  sheet.pageSetup.margins = { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 };
  const sum = list.columns.reduce((total, c) => total + c.width, 0);
  const widths = list.columns.map((c) => Math.round((c.width / sum) * PAGE_CHARS * 10) / 10);
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  /** Neither Excel nor LibreOffice sizes a row to its wrapped text on opening: each row gets the height of its tallest cell. */
  const fit = (row: ExcelJS.Row, texts: { text: string; first: number; last: number }[], size = 12) => {
    const lines = Math.max(1, ...texts.map((t) => lineCount(t.text, widths.slice(t.first - 1, t.last).reduce((a, b) => a + b, 0) * (12 / size))));
    row.height = Math.round((lines * LINE_PT * (size / 12) + ROW_PADDING_PT) * 100) / 100;
  };

  const line = (text: string, font: Partial<ExcelJS.Font>, last = span) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, last);
    const cell = row.getCell(1);
    cell.font = { name: FONT, size: 13, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    fit(row, [{ text, first: 1, last }], font.size ?? 13);
    return row;
  };
  line(list.agency, { bold: true, size: 12 }, Math.max(1, Math.ceil(span / 2)));
  sheet.addRow([]);
  list.title.forEach((text, i) => line(text, { bold: true, size: i === 0 ? 14 : 13 }));
  if (list.attachedTo) line(list.attachedTo, { italic: true });
  sheet.addRow([]);

  const header = sheet.addRow(list.columns.map((c) => c.title));
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
  });
  fit(header, list.columns.map((c, i) => ({ text: c.title, first: i + 1, last: i + 1 })));
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number, topLeftCell: `A${header.number + 1}`, activeCell: `A${header.number + 1}` }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;

  for (const row of list.rows) {
    if (row.kind === 'title') boxedRow([row.text], 1, span, { bold: true, horizontal: 'left' });
    else {
      const added = sheet.addRow(row.cells.map((value) => (value === '' ? null : value)));
      list.columns.forEach((c, i) => {
        const cell = added.getCell(i + 1);
        cell.font = { name: FONT, size: 12 };
        cell.border = BOX;
        cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c.kind === 'number' ? 'center' : c.kind === 'money' ? 'right' : 'left' };
        if (c.kind === 'money') cell.numFmt = MONEY_FORMAT;
      });
      fit(added, row.cells.map((value, i) => ({ text: String(value), first: i + 1, last: i + 1 })));
    }
  }
  if (list.total !== undefined) {
    const row = boxedRow(['Tổng cộng'], 1, span - 1, { bold: true, horizontal: 'center' });
    const cell = row.getCell(span);
    cell.value = list.total;
    cell.numFmt = MONEY_FORMAT;
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  }
  sheet.addRow([]);
  line(list.countLine, { italic: true, size: 12 });
  return deterministicZip(new Uint8Array(await workbook.xlsx.writeBuffer()));

  /** A row whose first cell spans columns 1 to `last`, every cell of the row bordered and in the font. */
  function boxedRow(values: string[], first: number, last: number, style: { bold: boolean; horizontal: 'left' | 'center' }): ExcelJS.Row {
    const row = sheet.addRow(values);
    if (last > first) sheet.mergeCells(row.number, first, row.number, last);
    for (let i = 1; i <= span; i++) {
      const cell = row.getCell(i);
      cell.font = { name: FONT, size: 12, bold: style.bold };
      cell.border = BOX;
      cell.alignment = { horizontal: style.horizontal, vertical: 'middle', wrapText: true };
    }
    fit(row, [{ text: values[0], first, last }]);
    return row;
  }
}

/** Lines `text` takes in a column `width` characters wide, broken between words (a little room kept for the cell's padding). */
export function lineCount(text: string, width: number): number {
  const room = Math.max(1, width - 1.5);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = [...word].length;
    if (used > 0 && used + 1 + length > room) {
      lines++;
      used = length;
    } else used += (used > 0 ? 1 : 0) + length;
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}
