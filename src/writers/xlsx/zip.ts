/**
 * exceljs stamps the workbook with the clock (docProps/core.xml) and every zip entry with the time of
 * writing. The workbook gets the document's own date before it is written; the zip is then written
 * again here, entries in a fixed order with a fixed date, so the same input gives the same bytes.
 */
import PizZip from 'pizzip';

/** Zip entry date (local time, as zip stores it): the one the DOCX writer uses. */
export const FIXED_ZIP_DATE = new Date(2020, 2, 5, 0, 0, 0);

/** The same day in UTC, for the workbook's own created/modified dates (written in UTC, whatever the time zone). */
export const FIXED_DATE_UTC = new Date(Date.UTC(2020, 2, 5));

/** The package's parts, `[Content_Types].xml` first (as Office writes it), the others by name. */
export function deterministicZip(bytes: Uint8Array): Buffer {
  const source = new PizZip(bytes);
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name].dir)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out = new PizZip();
  for (const name of names) out.file(name, source.files[name].asUint8Array(), { date: FIXED_ZIP_DATE, binary: true, createFolders: false });
  return out.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const rank = (name: string): number => (name === '[Content_Types].xml' ? 0 : name.startsWith('_rels/') ? 1 : 2);
