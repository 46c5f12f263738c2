/** The layout module is the one place for the numbers of Nghị định 30: a margin change moves DOCX and PDF. */
import { execFileSync } from 'node:child_process';
import { needTool } from './helpers/tools.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE, mmToTwips, PT_PER_MM } from '../src/layout/nd30.ts';
import { renderDocx } from './helpers/build.ts';
import { renderPdf } from './helpers/build.ts';
import { buildFile } from './helpers/build.ts';
import { docxXml } from './helpers/docx-text.ts';
import { scratchDir } from './helpers/scratch.ts';

const hasPdftotext = needTool('pdftotext', 'poppler-utils');
const SAMPLE = 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md';
const original = { ...PAGE.margins };
afterEach(() => Object.assign(PAGE.margins, original));

/** Left edge (pt) of the leftmost word on page 1, from pdftotext's word boxes. */
async function leftmostWordPt(): Promise<number> {
  const path = join(scratchDir('vbtd-layout-'), 'a.pdf');
  writeFileSync(path, await renderPdf(buildFile(SAMPLE)));
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
  return Math.min(...[...html.matchAll(/xMin="([\d.]+)"/g)].map((m) => Number(m[1])));
}

describe('one layout module for every writer', () => {
  it('a change of the left margin moves the DOCX section', () => {
    PAGE.margins.left = 35;
    expect(docxXml(renderDocx(buildFile(SAMPLE)))).toContain(`w:left="${mmToTwips(35)}"`);
  });

  it.skipIf(!hasPdftotext)('and moves the PDF text by the same amount', async () => {
    const before = await leftmostWordPt();
    PAGE.margins.left = 35;
    const after = await leftmostWordPt();
    expect(after - before).toBeCloseTo(5 * PT_PER_MM, 0);
  });
});
