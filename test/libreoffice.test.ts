/**
 * Every sample DOCX opens in LibreOffice and converts to PDF. Needs `soffice` (Debian package
 * libreoffice-writer-nogui; .ci/run installs it): skipped, with a message, when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../src/build/pipeline.ts';
import { renderDocx } from './helpers/build.ts';
import { buildFile } from './helpers/build.ts';
import { hasCommand } from './helpers/tools.ts';
import { scratchDir } from './helpers/scratch.ts';

const hasSoffice = hasCommand('soffice');
if (!hasSoffice) console.warn('Bỏ qua kiểm tra LibreOffice: không có lệnh soffice (apt-get install libreoffice-writer-nogui).');

describe.skipIf(!hasSoffice)('LibreOffice opens every sample DOCX', () => {
  it('converts each to PDF without error', () => {
    const dir = scratchDir('vbtd-lo-');
    const files = findDocuments('data').map((path, i) => {
      const out = join(dir, `${i}.docx`);
      writeFileSync(out, renderDocx(buildFile(path)));
      return out;
    });
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 180_000 });
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBe(files.length);
    for (const f of files) expect(existsSync(f.replace(/\.docx$/, '.pdf'))).toBe(true);
  });
});
