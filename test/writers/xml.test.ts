/** Every text that goes into the DOCX passes one sanitiser: escaped, and without characters XML forbids. */
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { DOMParser } from '@xmldom/xmldom';
import { escapeXml } from '../../src/writers/docx/xml.ts';
import { buildMarkdown, renderDocx } from '../helpers/build.ts';

describe('escapeXml', () => {
  it('escapes markup and drops what XML 1.0 forbids, keeping tabs, line ends and characters outside the BMP', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(escapeXml('kèm\u000Btheo\u000C\u0000\u0008\uFFFE.')).toBe('kèmtheo.');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(escapeXml('tab\there\nline 😀')).toBe('tab\there\nline 😀');
  });

  it('a vertical tab pasted from Word does not make a DOCX that Word refuses', () => {
    const doc = buildMarkdown('---\nloai: ke_hoach\nco_quan: ubnd-tinh-cao-bang\nso: 5\nngay: 2023-01-05\ntrich_yeu: "Thi đua\\vkhen thưởng"\nky: { nguoi_ky: anh, quyen_han: [TM. ỦY BAN NHÂN DÂN] }\nnoi_nhan: [Sở Nội vụ]\nluu: [NC]\n---\nNội dung\u000B./.\n', 'data/thu.md');
    const xml = new PizZip(renderDocx(doc)).file('word/document.xml')!.asText();
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    expect(xml).toContain('Thi đuakhen thưởng');
  });
});
