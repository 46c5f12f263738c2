/**
 * A danh sách never leaves a heading alone at the foot of a page: a group line ("* HUYỆN …: 03 tập
 * thể") or a group's title row stays with its first member, and the Tổng cộng row with the last one.
 * Groups of every size from 1 to 24 move the headings through every position on the page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFile, buildMarkdown, renderDocx, renderHtml, renderPdf } from '../helpers/build.ts';
import { docxXml } from '../helpers/docx-text.ts';
import { scratchDir } from '../helpers/scratch.ts';
import { needTool } from '../helpers/tools.ts';

const hasPdftotext = needTool('pdftotext', 'poppler-utils');
const SAMPLE = readFileSync('data/vi-du/quyet-dinh-1940-co-thi-dua-ha-giang.md', 'utf8');
const dir = scratchDir('vbtd-keep-');

/** The 1940 decision with a list of three groups, the first `size` long, as lines or as a table. */
function decision(size: number, layout: 'liet_ke' | 'bang'): string {
  const member = (group: string, i: number) => `    - { ten: 'Trường Tiểu học số ${i} ${group}', danh_hieu: co_thi_dua_ubnd_tinh, nhom: ${group} }`;
  const groups = [['HUYỆN MÈO VẠC', size], ['HUYỆN ĐỒNG VĂN', 5], ['HUYỆN YÊN MINH', 4]] as const;
  const muc = groups.flatMap(([name, count]) => Array.from({ length: count }, (_, i) => member(name, i + 1)));
  const trinhBay = layout === 'liet_ke' ? 'liet_ke' : 'bang';
  return SAMPLE.replace('  trinh_bay: liet_ke', `  trinh_bay: ${trinhBay}`).replace('  tep: _danh-sach-1940.yaml', `  muc:\n${muc.join('\n')}`);
}

async function pages(size: number, layout: 'liet_ke' | 'bang'): Promise<string[][]> {
  const path = join(dir, `${layout}-${size}.pdf`);
  writeFileSync(path, await renderPdf(buildMarkdown(decision(size, layout), 'data/vi-du/thu.md')));
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => page.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '' && !/^\d+$/.test(l)));
}

const SIZES = Array.from({ length: 24 }, (_, i) => i + 1);
const GROUP_LINE = /^\*? ?HUYỆN [^:]+: \d+ tập thể$/;

describe.skipIf(!hasPdftotext)('headings of a danh sách stay with what they head', () => {
  it('a "* HUYỆN …" line never ends a page', async () => {
    const alone: string[] = [];
    for (const size of SIZES) for (const page of await pages(size, 'liet_ke')) if (GROUP_LINE.test(page.at(-1) ?? '')) alone.push(`${size}: ${page.at(-1)}`);
    expect(alone).toEqual([]);
  });

  it('a group title row never ends a page, the Tổng cộng row never starts one', async () => {
    const alone: string[] = [];
    for (const size of SIZES) {
      for (const page of await pages(size, 'bang')) {
        if (GROUP_LINE.test(page.at(-1) ?? '')) alone.push(`${size}: ${page.at(-1)}`);
        const total = page.findIndex((l) => l.startsWith('Tổng cộng'));
        if (total >= 0 && !page.slice(0, total).some((l) => /^\d+ Trường/.test(l))) alone.push(`${size}: Tổng cộng`);
      }
    }
    expect(alone).toEqual([]);
  });
});

describe('the DOCX and the HTML page keep the same rows with the next', () => {
  const doc = buildFile('data/2025/quyet-dinh-khen-thuong-2025.md');
  const keptRows = ['I. TẬP THỂ', 'II. CÁ NHÂN'];

  it('DOCX: every paragraph of a kept row has w:keepNext', () => {
    const rows = docxXml(renderDocx(doc)).match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const kept = rows.filter((row) => keptRows.some((title) => row.includes(`>${title}<`)));
    expect(kept).toHaveLength(2);
    for (const row of kept) expect(row.match(/<w:p>/g)?.length).toBe(row.match(/<w:keepNext\/>/g)?.length);
    const beforeTotal = rows[rows.findIndex((row) => row.includes('>Tổng cộng<')) - 1];
    expect(beforeTotal).toContain('<w:keepNext/>');
  });

  it('HTML: a kept row avoids a page break after it', () => {
    const html = renderHtml(doc);
    expect(html.match(/<tr class="giu-sau">/g)).toHaveLength(3);
    expect(html).toContain('.giu-sau { break-after: avoid; }');
  });
});
