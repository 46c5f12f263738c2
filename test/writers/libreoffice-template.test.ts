/** A DOCX template saved by LibreOffice (style ids renamed, names kept) still works as --mau-docx. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { writeDocx } from '../../src/writers/docx/index.ts';
import { buildFile, planOf } from '../helpers/build.ts';
import { styleNamesUsed } from '../helpers/docx-styles.ts';
import { needTool } from '../helpers/tools.ts';
import { scratchDir } from '../helpers/scratch.ts';

const hasSoffice = needTool('soffice', 'libreoffice-writer-nogui');
const DEFAULT_TEMPLATE = { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) };

describe.skipIf(!hasSoffice)('a template saved by LibreOffice', () => {
  it('gives a well-formed document with the same styles', () => {
    const dir = scratchDir('vbtd-lo-template-');
    const saved = join(dir, 'luu-bang-libreoffice');
    mkdirSync(saved);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', saved, 'templates/van-ban.docx'], { stdio: 'pipe', timeout: 180_000 });
    const template = { path: 'van-ban.docx', bytes: new Uint8Array(readFileSync(join(saved, 'van-ban.docx'))) };
    expect(new PizZip(template.bytes).file('word/styles.xml')!.asText()).not.toContain('w:styleId="Than"');
    const plan = planOf(buildFile('data/2025/quyet-dinh-khen-thuong-2025.md'));
    expect(styleNamesUsed(writeDocx(plan, template))).toEqual(styleNamesUsed(writeDocx(plan, DEFAULT_TEMPLATE)));
  }, 200_000);
});
