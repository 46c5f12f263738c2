/**
 * Every sample DOCX opens in LibreOffice and converts to PDF; a template LibreOffice saved still works.
 * Needs `soffice` (Debian package libreoffice-writer-nogui; .ci/run installs it): skipped, with a
 * message, when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../src/build/pipeline.ts';
import PizZip from 'pizzip';
import { writeDocx } from '../src/writers/docx/index.ts';
import { buildFile, planOf, renderDocx } from './helpers/build.ts';
import { styleNamesUsed } from './helpers/docx-styles.ts';
import { hasCommand } from './helpers/tools.ts';
import { scratchDir } from './helpers/scratch.ts';

const hasSoffice = hasCommand('soffice');
const DEFAULT_TEMPLATE = { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) };
if (!hasSoffice) console.warn('Bỏ qua kiểm tra LibreOffice: không có lệnh soffice (apt-get install libreoffice-writer-nogui).');

describe.skipIf(!hasSoffice)('LibreOffice opens every sample DOCX', () => {
  const dir = scratchDir('vbtd-lo-');
  const soffice = (...args: string[]) => execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...args], { stdio: 'pipe', timeout: 180_000 });

  it('converts each to PDF without error', () => {
    const files = findDocuments('data').map((path, i) => {
      const out = join(dir, `${i}.docx`);
      writeFileSync(out, renderDocx(buildFile(path)));
      return out;
    });
    soffice('--convert-to', 'pdf', '--outdir', dir, ...files);
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBe(files.length);
    for (const f of files) expect(existsSync(f.replace(/\.docx$/, '.pdf'))).toBe(true);
  });

  it('a template saved by LibreOffice (style ids renamed) gives a well-formed document with the same styles', () => {
    const saved = join(dir, 'luu-bang-libreoffice');
    mkdirSync(saved);
    soffice('--convert-to', 'docx:MS Word 2007 XML', '--outdir', saved, 'templates/van-ban.docx');
    const template = { path: 'van-ban.docx', bytes: new Uint8Array(readFileSync(join(saved, 'van-ban.docx'))) };
    expect(new PizZip(template.bytes).file('word/styles.xml')!.asText()).not.toContain('w:styleId="Than"');
    const plan = planOf(buildFile('data/2025/quyet-dinh-khen-thuong-2025.md'));
    const written = writeDocx(plan, template);
    expect(styleNamesUsed(written)).toEqual(styleNamesUsed(writeDocx(plan, DEFAULT_TEMPLATE)));
  });
});
