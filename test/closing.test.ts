/** Nơi nhận lines that wrap continue under their text, after the `- `, in both writers. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mmToTwips, RECIPIENT_DASH } from '../src/layout/nd30.ts';
import { fonts, renderDocx } from './helpers/build.ts';
import { renderPdf } from './helpers/build.ts';
import { buildFile } from './helpers/build.ts';
import { docxXml } from './helpers/docx-text.ts';
import { needTool } from './helpers/tools.ts';
import { scratchDir } from './helpers/scratch.ts';

const SAMPLE = 'data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md';

describe('wrapped Nơi nhận lines', () => {
  it('DOCX: each recipient paragraph hangs by the width of "- "', () => {
    const hang = mmToTwips(fonts().styledWidthMm(RECIPIENT_DASH, 'NoiNhan'));
    const xml = docxXml(renderDocx(buildFile(SAMPLE)));
    const recipients = xml.match(/<w:p><w:pPr><w:pStyle w:val="NoiNhan"\/>.*?<\/w:p>/g) ?? [];
    expect(recipients).toHaveLength(11 + 2); // the plan's, then its attached Đề cương's
    for (const p of recipients) expect(p).toContain(`<w:ind w:left="${hang}" w:hanging="${hang}"/>`);
  });

  it.skipIf(!needTool('pdftotext', 'poppler-utils'))('PDF: the second line of a wrapped recipient starts where its text does', async () => {
    const path = join(scratchDir('vbtd-closing-'), 'a.pdf');
    writeFileSync(path, await renderPdf(buildFile(SAMPLE)));
    const words = [...execFileSync('pdftotext', ['-bbox', '-f', '7', '-l', '7', path, '-'], { encoding: 'utf8' }).matchAll(/xMin="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), text: m[2] }));
    const dash = words.find((w, i) => w.text === '-' && words[i + 1]?.text === 'UBND')!;
    const ubnd = words[words.indexOf(dash) + 1];
    const continuation = words.find((w) => w.text === 'núi')!;
    expect(continuation.x).toBeCloseTo(ubnd.x, 0);
    expect(continuation.x).toBeGreaterThan(dash.x);
  });
});
