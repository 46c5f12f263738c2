/**
 * Large documents: a quyết định with a danh sách of 5,000 people, with their posts, units and tiền thưởng
 * (the size that overflowed the stack when the last section was found with a regular expression over the
 * XML), and a plan of 20,000 paragraphs.
 */
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { readFileSync } from 'node:fs';
import { pageSetup } from '../../src/plan/build.ts';
import type { LayoutPlan, Paragraph } from '../../src/plan/types.ts';
import { writeDocx } from '../../src/writers/docx/index.ts';
import { writeHtml } from '../../src/writers/html/index.ts';
import { everyKindPlan } from '../fixtures/plan-every-kind.ts';
import { buildMarkdown, renderDocx } from '../helpers/build.ts';

const TEMPLATE = { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) };
const documentXml = (docx: Uint8Array): string => new PizZip(docx).file('word/document.xml')!.asText();
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('large documents', () => {
  it('a quyết định with 5,000 people in its danh sách', () => {
    const people = Array.from({ length: 5000 }, (_, i) => `  - { ten: Người thứ ${i + 1}, chuc_vu: Giáo viên, don_vi: Trường THPT số ${i}, danh_hieu: chien_si_thi_dua_co_so }`).join('\n');
    const doc = buildMarkdown(
      `---
loai: quyet_dinh
co_quan: ubnd-tinh-tuyen-quang
so: 12
ngay: 2025-12-10
trich_yeu: Về việc khen thưởng
tham_quyen: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
ky: { quyen_han: [KT. CHỦ TỊCH], nguoi_ky: pho-chu-tich }
noi_nhan: [Như Điều 3]
luu: [NC]
danh_sach:
  muc:
${people}
---
# Tặng danh hiệu cho 5000 cá nhân (có danh sách kèm theo).
`,
      'data/lon.md',
    );
    const xml = documentXml(renderDocx(doc));
    expect(count(xml, '<w:tr>')).toBeGreaterThan(5000);
    expect(xml.trimEnd().endsWith('<w:titlePg/></w:sectPr></w:body></w:document>')).toBe(true);
  });

  it('a plan of 20,000 paragraphs, in DOCX and HTML', () => {
    const plan: LayoutPlan = everyKindPlan();
    const paragraphs: Paragraph[] = Array.from({ length: 20_000 }, (_, i) => ({ kind: 'paragraph', style: 'Than', runs: [{ text: `Đoạn thứ ${i + 1}.` }] }));
    const big: LayoutPlan = { ...plan, sections: [{ role: 'van-ban', page: pageSetup(), items: paragraphs }] };
    const xml = documentXml(writeDocx(big, TEMPLATE));
    expect(count(xml, '<w:pStyle w:val="Than"/>')).toBe(20_000);
    expect(xml).toContain('Đoạn thứ 20000.');
    expect(count(writeHtml(big, { fontUrl: (f) => f }), '<p class="s-Than"')).toBe(20_000);
  });
});
