/**
 * The PDF carries exactly the text of the DOCX, and paginates like LibreOffice does with our DOCX.
 * Needs pdftotext (poppler-utils) and soffice (LibreOffice): skipped, saying so, when missing.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../src/build/pipeline.ts';
import { renderDocx } from './helpers/build.ts';
import { renderPdf } from './helpers/build.ts';
import { buildFile } from './helpers/build.ts';
import { hasCommand } from './helpers/tools.ts';
import { docxLines } from './helpers/docx-text.ts';
import { scratchDir } from './helpers/scratch.ts';

const hasPdftotext = hasCommand('pdftotext');
const hasSoffice = hasCommand('soffice');
if (!hasPdftotext) console.warn('Bỏ qua so khớp chữ PDF: không có pdftotext (apt-get install poppler-utils).');
if (!hasSoffice) console.warn('Bỏ qua so số trang với LibreOffice: không có soffice.');

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * pdftotext's text with the page-number lines (a number alone at the top of a page) removed.
 * Its default mode reads columns apart but splits a line at a wide blank (the draft's `Số:      /KH-`);
 * `-layout` keeps such a line but runs side-by-side columns together; `-raw` keeps the drawing order,
 * which keeps a cell's `2022 -` / `2023` together. A paragraph may be found in any of them.
 */
function pdfText(path: string, mode: string[] = []): string {
  const pages = execFileSync('pdftotext', [...mode, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f');
  return collapse(pages.map((p) => p.replace(/^\s*\d+\s*\n/, '')).join('\n'));
}

/**
 * A table cell that wraps inside a narrow column comes out of pdftotext interleaved with the words of
 * the cells beside it, in either mode: such a line counts as present when its words appear in order
 * within a window of three times its length.
 */
function appearsInOrder(line: string, text: string): boolean {
  const words = line.split(' ');
  const stream = text.split(' ');
  return stream.some((word, start) => {
    if (word !== words[0]) return false;
    let next = 1;
    for (let i = start + 1; i < stream.length && i < start + words.length * 3 && next < words.length; i++) if (stream[i] === words[next]) next++;
    return next === words.length;
  });
}

const pageCount = (path: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);

const samples = findDocuments('data');
const dir = scratchDir('vbtd-parity-');

describe.skipIf(!hasPdftotext)('PDF text = DOCX text', () => {
  for (const sample of samples) {
    it(`every DOCX paragraph of ${sample} is in the PDF, in NFC`, async () => {
      const doc = buildFile(sample);
      const pdfPath = join(dir, 'check.pdf');
      writeFileSync(pdfPath, await renderPdf(doc));
      const text = pdfText(pdfPath);
      const layoutText = pdfText(pdfPath, ['-layout']);
      const rawText = pdfText(pdfPath, ['-raw']);
      expect(text).toBe(text.normalize('NFC'));
      const missing = docxLines(renderDocx(doc))
        .map(collapse)
        .filter((line) => ![text, layoutText, rawText].some((t) => t.includes(line) || appearsInOrder(line, t)));
      expect(missing).toEqual([]);
    });
  }
});

describe.skipIf(!hasPdftotext || !hasSoffice)('PDF pages ≈ LibreOffice pages of our DOCX', () => {
  it('differ by one page at most for every sample', async () => {
    const docxFiles = await Promise.all(
      samples.map(async (sample, i) => {
        const doc = buildFile(sample);
        writeFileSync(join(dir, `${i}.docx`), renderDocx(doc));
        writeFileSync(join(dir, `${i}-ours.pdf`), await renderPdf(doc));
        return join(dir, `${i}.docx`);
      }),
    );
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docxFiles], { stdio: 'pipe', timeout: 180_000 });
    const counts = samples.map((sample, i) => ({ sample, ours: pageCount(join(dir, `${i}-ours.pdf`)), libreoffice: pageCount(join(dir, `${i}.pdf`)) }));
    for (const c of counts) expect(Math.abs(c.ours - c.libreoffice), JSON.stringify(c)).toBeLessThanOrEqual(1);
  });
});
