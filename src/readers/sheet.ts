/**
 * A spreadsheet as rows of text cells: the first sheet of an `.xlsx` workbook, or a `.csv` file (UTF-8,
 * with or without a byte-order mark, comma or semicolon separated, quoted fields). Dates become
 * `dd/mm/yyyy` text; numbers stay as the text they were (leading zeros of a text cell kept).
 *
 * The workbook is read with pizzip, synchronously (the resolver that reads list files is synchronous, and
 * exceljs only loads a workbook asynchronously): its small parts with xmldom, the worksheet and its shared
 * strings scanned as text, which is several times faster than a DOM for a sheet of thousands of rows.
 */
import PizZip from 'pizzip';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { DocumentError } from '../core/errors.ts';
import { nfc } from '../core/text.ts';
import { decodeText } from './encoding.ts';
import { normaliseText } from './parse.ts';

export interface SheetRow {
  /** Excel row number, or the CSV line the record starts on. */
  line: number;
  /** Cell texts by column (0 = A), trimmed; empty cells are ''. */
  cells: string[];
}

export interface Sheet {
  /** Sheet name as Excel writes it in a reference (`Sheet1`, `'Danh sách'`); absent for CSV. */
  name?: string;
  rows: SheetRow[];
}

export const SHEET_EXTENSIONS = ['.xlsx', '.csv'];

export function readSheet(bytes: Uint8Array, path: string): Sheet {
  return path.toLowerCase().endsWith('.csv') ? readCsv(decodeText(bytes, path)) : readXlsx(bytes, path);
}

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const columnIndex = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

export function readCsv(input: string): Sheet {
  const text = nfc(normaliseText(input));
  const delimiter = pickDelimiter(text);
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    cells.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
      if (c === '\n') line++;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === delimiter) endField();
    else if (c === '\n') {
      endField();
      rows.push({ line: rowLine, cells });
      cells = [];
      rowLine = ++line;
    } else field += c;
  }
  if (field !== '' || cells.length > 0) {
    endField();
    rows.push({ line: rowLine, cells });
  }
  return { rows };
}

/** `;` when it separates more fields than `,` (Excel in a Vietnamese locale writes `;`). */
function pickDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

const NOT_A_WORKBOOK = 'không đọc được tệp này như một bảng tính Excel .xlsx (có thể là tệp .xls cũ, hoặc tệp hỏng). Mở tệp bằng Excel rồi lưu lại dạng "Excel Workbook (*.xlsx)" hoặc "CSV UTF-8".';

export function readXlsx(bytes: Uint8Array, path: string): Sheet {
  const fail = () => new DocumentError([{ severity: 'loi', file: path, message: NOT_A_WORKBOOK }]);
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw fail();
  }
  const text = (name: string): string => zip.file(name)?.asText() ?? '';
  const xml = (name: string): Element | undefined => {
    const file = zip.file(name);
    return file ? (new DOMParser().parseFromString(file.asText(), 'text/xml').documentElement ?? undefined) : undefined;
  };
  const workbook = xml('xl/workbook.xml');
  const first = workbook && all(workbook, 'sheet')[0];
  if (!first) throw fail();
  const relId = first.getAttribute('r:id') ?? '';
  const rel = all(xml('xl/_rels/workbook.xml.rels'), 'Relationship').find((r) => r.getAttribute('Id') === relId);
  const target = rel?.getAttribute('Target') ?? '';
  const sheetPart = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  if (!zip.file(sheetPart)) throw fail();
  const date1904 = ['1', 'true'].includes(all(workbook, 'workbookPr')[0]?.getAttribute('date1904') ?? '');
  const shared = [...scan(text('xl/sharedStrings.xml'), 'si')].map((si) => stringOf(si.inner));
  const dateStyles = dateStylesOf(xml('xl/styles.xml'));
  const rows = [...scan(text(sheetPart), 'row')].map((row, i): SheetRow => {
    const line = Number(attribute(row.attributes, 'r')) || i + 1;
    const cells: string[] = [];
    let j = 0;
    for (const c of scan(row.inner, 'c')) {
      const ref = /^([A-Z]+)\d+$/.exec(attribute(c.attributes, 'r') ?? '');
      cells[ref ? columnIndex(ref[1]) : j] = cellText(c, shared, dateStyles, date1904);
      j++;
    }
    return { line, cells: Array.from(cells, (c) => c ?? '') };
  });
  return { name: sheetReference(first.getAttribute('name') ?? 'Sheet1'), rows };
}

const all = (root: Element | undefined, name: string): Element[] => (root ? Array.from(root.getElementsByTagNameNS('*', name)) : []);

/**
 * The elements `name` (any namespace prefix) in a part's XML, with their attributes' text and their inner
 * XML. The worksheet and its shared strings, the large parts, are scanned thus rather than parsed into a
 * DOM (xmldom took about 1 s for 1,000 rows); their elements do not nest in themselves.
 */
function* scan(xml: string, name: string): Generator<{ attributes: string; inner: string }> {
  for (const m of xml.matchAll(pattern(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`, 'g'))) yield { attributes: m[1], inner: m[2] ?? '' };
}

const attribute = (attributes: string, name: string): string | undefined => {
  const m = pattern(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, '').exec(attributes);
  return m ? xmlText(m[1] ?? m[2]) : undefined;
};

const patterns = new Map<string, RegExp>();
/** A regular expression made once (a global one is only used through matchAll, which copies it). */
const pattern = (source: string, flags: string): RegExp => {
  let made = patterns.get(source + flags);
  if (!made) patterns.set(source + flags, (made = new RegExp(source, flags)));
  return made;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An element's text as an XML parser gives it: line ends as `\n`, entities and character references replaced, CDATA as is. */
function xmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.slice(9, -3).replace(/\r\n?/g, '\n')
        : part
            .replace(/<[^>]*>/g, '')
            .replace(/\r\n?/g, '\n')
            .replace(/&(?:#x([0-9A-Fa-f]+)|#(\d+)|(\w+));/g, (m, hex?: string, dec?: string, name?: string) =>
              hex || dec ? codePoint(parseInt(hex ?? dec!, hex ? 16 : 10), m) : (ENTITIES[name!] ?? m),
            ),
    )
    .join('');
}

const codePoint = (n: number, written: string): string => (n <= 0x10ffff ? String.fromCodePoint(n) : written);

/** Text of a shared or inline string: its runs' `<t>`, without phonetic hints (`<rPh>`). */
const stringOf = (inner: string): string =>
  [...scan(inner.replace(/<(?:[\w.-]+:)?rPh(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>)/g, ''), 't')].map((t) => unescapeExcel(xmlText(t.inner))).join('');

/** Excel writes a control character in a string as `_x000B_` (and a literal `_x` as `_x005F_x`). */
const unescapeExcel = (text: string): string => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const firstInner = (xml: string, name: string): string | undefined => {
  for (const e of scan(xml, name)) return e.inner;
  return undefined;
};

function cellText(c: { attributes: string; inner: string }, shared: string[], dateStyles: Set<number>, date1904: boolean): string {
  const type = attribute(c.attributes, 't');
  const value = xmlText(firstInner(c.inner, 'v') ?? '');
  let text: string;
  if (type === 's') text = shared[Number(value)] ?? '';
  else if (type === 'inlineStr') {
    const inline = firstInner(c.inner, 'is');
    text = inline !== undefined ? stringOf(inline) : '';
  } else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
  else if (type === 'str' || type === 'e' || value === '') text = value;
  else text = dateStyles.has(Number(attribute(c.attributes, 's') ?? 0)) ? excelDate(Number(value), date1904) : String(Number(value));
  return nfc(text).trim();
}

/** Built-in number formats that are dates (ECMA-376 18.8.30, and the East Asian ones). */
const DATE_FORMAT_IDS = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

/** Indexes of the cell styles whose number format shows a date. */
function dateStylesOf(styles: Element | undefined): Set<number> {
  const custom = new Map(all(styles, 'numFmt').map((f) => [Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? '']));
  const isDate = (id: number) => DATE_FORMAT_IDS.includes(id) || /[dy]/i.test((custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, ''));
  const xfs = all(all(styles, 'cellXfs')[0], 'xf');
  return new Set(xfs.flatMap((xf, i) => (isDate(Number(xf.getAttribute('numFmtId'))) ? [i] : [])));
}

function excelDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 86400) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** `Sheet1`, or `'Danh sách 2025'` when the name has a space or a sign (as Excel writes a reference). */
const sheetReference = (name: string): string => (/^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
