/**
 * The PDF carries exactly the text of the DOCX, and LibreOffice sets our DOCX with our PDF's pages and
 * line breaks. Needs pdftotext (poppler-utils) and soffice (LibreOffice), see needTool.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDocuments } from '../src/build/pipeline.ts';
import { isBatchFile } from '../src/build/batch-files.ts';
import { renderDocx } from './helpers/build.ts';
import { renderPdf } from './helpers/build.ts';
import { buildFile } from './helpers/build.ts';
import { needTool } from './helpers/tools.ts';
import { docxLines } from './helpers/docx-text.ts';
import { scratchDir } from './helpers/scratch.ts';

const hasPdftotext = needTool('pdftotext', 'poppler-utils');
const hasSoffice = needTool('soffice', 'libreoffice-writer-nogui');

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

const samples = findDocuments('data').filter((f) => !isBatchFile(f));
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

/** Each page's lines as pdftotext `-layout` sets them (side-by-side cells on one line), spaces collapsed. */
const pageLines = (pdf: string): string[][] =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((page) => page.split('\n').map(collapse).filter(Boolean));

describe.skipIf(!hasPdftotext || !hasSoffice)('LibreOffice sets our DOCX as our PDF is set', () => {
  const rendered = samples.map((sample, i) => ({ sample, ours: join(dir, `${i}-ours.pdf`), docx: join(dir, `${i}.docx`), libreoffice: join(dir, `${i}.pdf`) }));

  beforeAll(async () => {
    for (const r of rendered) {
      const doc = buildFile(r.sample);
      writeFileSync(r.docx, renderDocx(doc));
      writeFileSync(r.ours, await renderPdf(doc));
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...rendered.map((r) => r.docx)], { stdio: 'pipe', timeout: 300_000 });
  }, 300_000);

  for (const [i, sample] of samples.entries()) {
    it(`${sample}: the same pages, each with the same lines`, () => {
      const { ours, libreoffice } = rendered[i];
      expect(pageCount(libreoffice)).toBe(pageCount(ours));
      expect(pageLines(libreoffice)).toEqual(pageLines(ours));
    });
  }

  it('no line of our PDFs starts with a spaced dash in mid-sentence', () => {
    const midSentence = rendered.flatMap(({ sample, ours, docx }) => {
      const paragraphs = docxLines(readFileSync(docx)).map(collapse);
      const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', ours, '-'], { encoding: 'utf8' }).split('\n').map(collapse);
      // pdftotext joins a line ending in a dash to the next, dash dropped: compare the starts only.
      const startsParagraph = (line: string): boolean => paragraphs.some((p) => p.startsWith(line.slice(0, 20)));
      return lines.filter((line) => /^[-–] /.test(line) && !startsParagraph(line)).map((line) => `${sample}: ${line}`);
    });
    expect(midSentence).toEqual([]);
  });
});
