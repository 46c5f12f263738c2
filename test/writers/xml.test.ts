/** Every text that goes into the DOCX passes one sanitiser: escaped, and without characters XML forbids. */
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/writers/docx/xml.ts';

describe('escapeXml', () => {
  it('escapes markup and drops what XML 1.0 forbids, keeping tabs, line ends and characters outside the BMP', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(escapeXml('kèm\u000Btheo\u000C\u0000\u0008\uFFFE.')).toBe('kèmtheo.');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(escapeXml('tab\there\nline 😀')).toBe('tab\there\nline 😀');
  });
});
