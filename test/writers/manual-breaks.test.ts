/**
 * Word's Shift+Enter becomes a vertical tab (U+000B) when text is copied out of Word, a page break a
 * form feed (U+000C). Pasted into the data, each is a manual line break in every writer, and the DOCX
 * stays well-formed XML (Word refuses a part holding U+000B).
 */
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { DOMParser } from '@xmldom/xmldom';
import { withLineBreaks } from '../../src/core/run.ts';
import type { Paragraph } from '../../src/plan/types.ts';
import { layoutParagraph } from '../../src/writers/pdf/paragraph.ts';
import { buildMarkdown, fonts, planOf, renderDocx, renderHtml, testPlan } from '../helpers/build.ts';
import { docxParagraphs } from '../helpers/docx-text.ts';

const doc = () =>
  buildMarkdown(
    testPlan('', 'Nội dung dòng một\u000Bdòng hai.\n\n| Cột\u000Cmột | Cột hai |\n|---|---|\n| a | b |\n').replace('trich_yeu: Thử', 'trich_yeu: "Thi đua\\vkhen thưởng"'),
    'data/thu.md',
  );

/** Parses a part, throwing on any error; xmldom does not check characters, so those XML 1.0 forbids are looked for too. */
function strictXml(xml: string, part: string): void {
  new DOMParser({
    onError: (level, message) => {
      throw new Error(`${part}: ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  expect(xml, part).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
}

describe('U+000B and U+000C pasted from Word', () => {
  it('become manual line breaks in the runs, the spaces around them and breaks at the ends dropped', () => {
    expect(withLineBreaks([{ text: '\u000BA \u000B B\u000C\u000BC\u000B' }, { text: 'D', bold: true }])).toEqual([
      { text: 'A', breakAfter: true },
      { text: 'B', breakAfter: true },
      { text: '', breakAfter: true },
      { text: 'C', breakAfter: true },
      { text: 'D', bold: true },
    ]);
    expect(withLineBreaks([{ text: 'A\u000B' }])).toEqual([{ text: 'A' }]);
  });

  it('DOCX: every part is well-formed XML and the lines break with <w:br/>', () => {
    const bytes = renderDocx(doc());
    const zip = new PizZip(bytes);
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) strictXml(zip.file(part)!.asText(), part);
    const paragraphs = docxParagraphs(bytes);
    expect(paragraphs).toContain('Thi đua\nkhen thưởng');
    expect(paragraphs).toContain('Nội dung dòng một\ndòng hai.');
    expect(paragraphs).toContain('Cột\nmột');
    expect(zip.file('word/document.xml')!.asText()).toContain('<w:t xml:space="preserve">Thi đua</w:t><w:br/></w:r>');
  });

  it('HTML: a <br> at each break', () => {
    const html = renderHtml(doc());
    expect(html).toContain('Thi đua<br>khen thưởng');
    expect(html).toContain('Nội dung dòng một<br>dòng hai.');
    expect(html).toContain('Cột<br>một');
    expect(html).not.toMatch(/[\u000B\u000C]/);
  });

  it('PDF: a new line at each break', () => {
    const plan = planOf(doc());
    const items = plan.sections[0].items;
    const title = items.find((i): i is Paragraph => i.kind === 'paragraph' && i.style === 'TrichYeu')!;
    const body = items.find((i): i is Paragraph => i.kind === 'paragraph' && i.style === 'Than')!;
    const lineTexts = (p: Paragraph) =>
      layoutParagraph(p, 0, 400, { fonts: fonts(), lines: plan.lines }).lines.map((line) =>
        line.ops.flatMap((op) => (op.kind === 'text' ? op.texts.map((t) => t.spaceBefore + t.text) : [])).join(''),
      );
    expect(lineTexts(title)).toEqual(['Thi đua', 'khen thưởng']);
    expect(lineTexts(body)).toEqual(['Nội dung dòng một', 'dòng hai.']);
  });
});

describe('a newline left in a text (a YAML value written with "|", a code block)', () => {
  const text = testPlan('', '```\nmã 1\nmã 2\n```').replace('trich_yeu: Thử', 'trich_yeu: "Một\\nHai"');
  const withNewlines = () => buildMarkdown(text, 'data/thu.md');

  it('breaks the line in the DOCX as it does in the PDF, not shown as a space', () => {
    const xml = new PizZip(renderDocx(withNewlines())).file('word/document.xml')!.asText();
    expect(xml).toContain('<w:t xml:space="preserve">Một</w:t><w:br/></w:r><w:r><w:t xml:space="preserve">Hai</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">mã 1</w:t><w:br/>');
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });

  it('is a manual break of the plan, so every writer breaks there', () => {
    const title = planOf(withNewlines()).sections[0].items.find((i): i is Paragraph => i.kind === 'paragraph' && i.style === 'TrichYeu')!;
    expect(title.runs).toEqual([{ text: 'Một', breakAfter: true }, { text: 'Hai' }]);
    expect(renderHtml(withNewlines())).toContain('Một<br>Hai');
  });
});
