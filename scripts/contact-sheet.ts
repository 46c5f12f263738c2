/**
 * Puts the pages of PDFs side by side on large sheets, to look at every page at once:
 *   npx tsx scripts/contact-sheet.ts out.pdf a.pdf b.pdf …   then   pdftoppm -png -r 50 out.pdf sheet
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';

const COLUMNS = 4;
const ROWS = 2;
const GAP = 12;

const [out, ...inputs] = process.argv.slice(2);
const sheetDoc = await PDFDocument.create();
const pages = [];
for (const input of inputs) {
  const source = await PDFDocument.load(readFileSync(input));
  pages.push(...(await sheetDoc.embedPdf(source, source.getPageIndices())));
}
const [w, h] = [595.28, 841.89];
for (let i = 0; i < pages.length; i += COLUMNS * ROWS) {
  const sheet = sheetDoc.addPage([COLUMNS * (w + GAP) + GAP, ROWS * (h + GAP) + GAP]);
  sheet.drawRectangle({ x: 0, y: 0, width: sheet.getWidth(), height: sheet.getHeight(), color: rgb(0.6, 0.6, 0.6) });
  pages.slice(i, i + COLUMNS * ROWS).forEach((page, j) => {
    const x = GAP + (j % COLUMNS) * (w + GAP);
    const y = sheet.getHeight() - (Math.floor(j / COLUMNS) + 1) * (h + GAP);
    const scale = Math.min(w / page.width, h / page.height);
    sheet.drawRectangle({ x, y, width: w, height: h, color: rgb(1, 1, 1) });
    sheet.drawPage(page, { x, y: y + h - page.height * scale, xScale: scale, yScale: scale });
  });
}
writeFileSync(out, await sheetDoc.save());
console.log(`${pages.length} trang → ${out}`);
