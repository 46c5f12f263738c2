/**
 * A cơ quan name set at 12 pt to fit its column (plan/header.ts) is 12 pt in every writer, and
 * LibreOffice sets the DOCX header on the same lines as our PDF.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMarkdown, renderDocx, renderHtml, renderPdf, testPlan } from '../helpers/build.ts';
import { docxXml } from '../helpers/docx-text.ts';
import { scratchDir } from '../helpers/scratch.ts';
import { needTool } from '../helpers/tools.ts';

const hasTools = needTool('soffice', 'libreoffice-writer-nogui') && needTool('pdftotext', 'poppler-utils');
const AGENCY = 'co_quan: { ten: [BỘ NỘI VỤ, BAN THI ĐUA - KHEN THƯỞNG, TRUNG ƯƠNG], viet_tat: BTĐKT, dia_danh: Hà Nội, nguoi_ky: { anh: { ho_ten: Nguyễn Văn Anh, chuc_vu: TRƯỞNG BAN } } }';
const doc = buildMarkdown(testPlan('').replace('co_quan: ubnd-tinh-cao-bang', AGENCY).replace('quyen_han: [TM. ỦY BAN NHÂN DÂN], ', ''), 'data/thu.md');

describe('a cơ quan name at 12 pt', () => {
  it('DOCX: its runs and paragraph marks are 12 pt (w:sz 24), the Quốc hiệu keeps its style', () => {
    const xml = docxXml(renderDocx(doc));
    const paragraph = (text: string) => xml.match(new RegExp(`<w:p>(?:(?!</w:p>).)*>${text}<[\\s\\S]*?</w:p>`))![0];
    for (const text of ['BAN THI ĐUA\u00a0- KHEN THƯỞNG', 'TRUNG ƯƠNG']) {
      expect(paragraph(text).match(/<w:sz w:val="24"\/>/g)).toHaveLength(2);
    }
    expect(paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).not.toContain('<w:sz ');
  });

  it('HTML: the paragraph says font-size: 12pt with its line height', () => {
    expect(renderHtml(doc)).toMatch(/style="[^"]*font-size: 12pt; line-height: 13\.79\d*pt[^"]*">BAN THI ĐUA\u00a0- KHEN THƯỞNG</);
  });

  it.skipIf(!hasTools)('LibreOffice sets the header lines as our PDF does', async () => {
    const dir = scratchDir('vbtd-header-');
    writeFileSync(join(dir, 'a.docx'), renderDocx(doc));
    writeFileSync(join(dir, 'ours.pdf'), await renderPdf(doc));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'a.docx')], { stdio: 'pipe', timeout: 120_000 });
    const lines = (pdf: string) => execFileSync('pdftotext', ['-layout', '-l', '1', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 5);
    expect(lines(join(dir, 'a.pdf'))).toEqual(lines(join(dir, 'ours.pdf')));
    expect(lines(join(dir, 'ours.pdf'))[1]).toBe('BAN THI ĐUA - KHEN THƯỞNG Độc lập - Tự do - Hạnh phúc');
  });
});
