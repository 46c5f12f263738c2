/**
 * The HTML page of every sample in a real browser: Debian's Chromium driven by playwright-core opens it
 * from the file system, finds the header, the title, the numbering and the closing, and prints it to
 * PDF: as many pages as our PDF, the same text on page 1, and page numbers where the browser can set them.
 * Needs /usr/bin/chromium and pdftotext (see needTool).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildAll, findDocuments } from '../src/build/pipeline.ts';
import { isBatchFile } from '../src/build/batch-files.ts';
import type { Document } from '../src/document/types.ts';
import { QUOC_HIEU, TIEU_NGU } from '../src/layout/nd30.ts';
import { buildFile } from './helpers/build.ts';
import { CHROMIUM, launchChromium } from './helpers/chromium.ts';
import { scratchDir } from './helpers/scratch.ts';
import { needTool } from './helpers/tools.ts';

const hasChromium = needTool('chromium', 'chromium', CHROMIUM);
const hasPdftotext = needTool('pdftotext', 'poppler-utils');

const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** The words of a page, sorted, for comparing what is on it (dashes included: both keep them at line ends). */
const pageWords = (pdf: string, page: number): string[] =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => w !== '')
    .sort();

/** The page number printed at the top of each page, or '' (pdftotext gives it as the page's first line). */
const pageNumbers = (pdf: string): string[] =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, pageCount(pdf))
    .map((page) => /^(\d+)\n/.exec(page)?.[1] ?? '');

/**
 * The browser numbers the pages of the first section as the PDF does (none on page 1), and leaves the
 * pages of the later sections (phụ lục, văn bản gửi kèm) unnumbered: it cannot start again from 1.
 */
function expectedBrowserNumbers(ours: string[]): string[] {
  const firstSection = ours.findIndex((n, i) => i > 0 && n !== String(i + 1));
  return ours.map((n, i) => (firstSection === -1 || i < firstSection ? n : ''));
}

/** The label of the first numbered or bulleted paragraph of the text. */
function firstLabel(doc: Document): string {
  for (const block of doc.body) if (block.kind === 'paragraph' && block.label) return block.label;
  return '';
}

describe.skipIf(!hasChromium || !hasPdftotext)('the HTML page of each sample in Chromium', () => {
  const dir = scratchDir('vbtd-browser-');
  const samples = findDocuments('data').filter((f) => !isBatchFile(f));
  let browser: Browser;

  beforeAll(async () => {
    const { results } = await buildAll({ dataDir: 'data', outDir: dir, templatesDir: 'templates', targets: [], formats: ['pdf', 'html'] });
    expect(results.every((r) => r.ok)).toBe(true);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const sample of samples) {
    it(sample, async () => {
      const doc = buildFile(sample);
      const base = join(dir, sample.replace(/^data\//, '').replace(/\.\w+$/, ''));
      const page = await browser.newPage();
      await page.goto(`file://${base}.html`);
      await page.evaluate(() => document.fonts.ready);
      const shown = await page.evaluate(() => ({
        fonts: [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.style} ${f.status}`),
        header: document.querySelector('section header')?.textContent ?? '',
        title: document.querySelector('section h1')?.textContent ?? '',
        label: document.querySelector('section')?.querySelector('.nhan')?.textContent ?? '',
        closing: document.querySelector('section footer')?.textContent ?? '',
      }));
      expect(shown.fonts.filter((f) => f.endsWith('loaded')).length).toBeGreaterThan(0);
      expect(shown.fonts.filter((f) => f.endsWith('error'))).toEqual([]);
      // A spaced dash is glued to the word before it by a no-break space (core/run.ts withGluedDashes).
      const header = shown.header.replace(/\u00a0/g, ' ');
      for (const line of [QUOC_HIEU, TIEU_NGU, ...doc.header.coQuanBanHanh]) expect(header).toContain(line);
      expect(shown.title).toBe(doc.title.tenLoai ?? '');
      expect(shown.label).toBe(firstLabel(doc));
      for (const name of doc.closing.signers.flatMap((s) => (s.name ? [s.name] : []))) expect(shown.closing).toContain(name);

      const printed = `${base}.chromium.pdf`;
      writeFileSync(printed, await page.pdf({ preferCSSPageSize: true }));
      await page.close();
      expect(pageCount(printed)).toBe(pageCount(`${base}.pdf`));
      expect(pageNumbers(printed)).toEqual(expectedBrowserNumbers(pageNumbers(`${base}.pdf`)));
      expect(pageWords(printed, 1)).toEqual(pageWords(`${base}.pdf`, 1));
    });
  }
});
