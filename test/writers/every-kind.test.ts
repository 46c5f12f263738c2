/**
 * Each writer serialises every kind of plan item: paragraph (numbering, indents, alignment, spacing,
 * keep-with-next, frame, every run property), rule, grid (header, table, closing), spacer with an
 * inline and a floating image, page break, and a landscape section.
 */
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFPage } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
import { ptToTwips } from '../../src/layout/nd30.ts';
import { writeDocx } from '../../src/writers/docx/index.ts';
import { writeHtml } from '../../src/writers/html/index.ts';
import { writePdf } from '../../src/writers/pdf/index.ts';
import { everyKindPlan } from '../fixtures/plan-every-kind.ts';
import { fonts } from '../helpers/build.ts';

const plan = everyKindPlan();

describe('DOCX writer', () => {
  const zip = new PizZip(writeDocx(plan, { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) }));
  const xml = zip.file('word/document.xml')!.asText();
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  const all = (node: XmlElement | XmlDocument, tag: string): XmlElement[] => Array.from(node.getElementsByTagName(tag));
  const textOf = (p: XmlElement) => all(p, 'w:t').map((t) => t.textContent).join('');
  const paragraph = (text: string) => all(dom, 'w:p').find((p) => textOf(p).startsWith(text))!;
  const prop = (p: XmlElement, tag: string, attribute: string) => all(p, tag)[0]?.getAttribute(attribute);

  it('serialises every kind of plan item', () => {
    // Paragraph: label run, then the runs; overrides of the style; keep-with-next.
    const numbered = paragraph('a) ');
    expect(textOf(numbered)).toBe('a) Đậm nghiêng gạch chân H2O m2 <a & b>dòng sau');
    expect(all(all(numbered, 'w:r')[0], 'w:b')).toHaveLength(1);
    expect(prop(numbered, 'w:ind', 'w:left')).toBe(String(ptToTwips(20)));
    expect(prop(numbered, 'w:ind', 'w:hanging')).toBe(String(ptToTwips(10)));
    expect(prop(numbered, 'w:jc', 'w:val')).toBe('center');
    expect(prop(numbered, 'w:spacing', 'w:after')).toBe('180');
    expect(all(numbered, 'w:keepNext')).toHaveLength(1);
    expect(all(numbered, 'w:br')).toHaveLength(1);
    expect(all(numbered, 'w:vertAlign').map((v) => v.getAttribute('w:val'))).toEqual(['subscript', 'superscript']);
    expect(all(numbered, 'w:u')).toHaveLength(1);
    expect(all(numbered, 'w:i')).toHaveLength(1);
    // Frame: a box around the paragraph, as wide as the mark.
    const frame = paragraph('DỰ THẢO');
    expect(all(frame, 'w:pBdr')[0].childNodes.length).toBe(4);
    // (467.717 × 0.4 − 65.268) / 2 = 60.909 pt = 1218 twips either side.
    expect(prop(frame, 'w:ind', 'w:left')).toBe('1218');
    // Rule: a paragraph's top border, centred by its side indents; a title rule keeps with the text.
    const rules = all(dom, 'w:p').filter((p) => all(p, 'w:pBdr').length > 0 && all(p, 'w:top').length > 0 && all(p, 'w:left').length === 0);
    // (187.087 − 40) / 2 = 73.543 pt = 1471 twips; (467.717 − 80) / 2 = 193.858 pt = 3877 twips.
    expect(rules.map((p) => prop(p, 'w:ind', 'w:left'))).toEqual(['1471', '3877']);
    expect(all(rules[1], 'w:keepNext')).toHaveLength(1);
    // Grids: the header borderless, the table with borders, a repeated header row and a spanning cell.
    const tables = all(dom, 'w:tbl');
    expect(tables).toHaveLength(3);
    expect(all(all(tables[0], 'w:tcBorders')[0], 'w:top')[0].getAttribute('w:val')).toBe('nil');
    expect(all(tables[1], 'w:tblHeader')).toHaveLength(1);
    expect(all(tables[1], 'w:cantSplit')).toHaveLength(2);
    expect(prop(tables[1], 'w:gridSpan', 'w:val')).toBe('2');
    expect(all(tables[1], 'w:vAlign')[0].getAttribute('w:val')).toBe('center');
    expect(all(tables[1], 'w:tcBorders')[0].getElementsByTagName('w:top')[0].getAttribute('w:sz')).toBe('4');
    // Spacer: a paragraph exactly as tall, or at least, with the signature inline and the seal floating.
    const spacer = all(tables[2], 'w:p').find((p) => all(p, 'w:drawing').length > 0)!;
    expect(prop(spacer, 'w:spacing', 'w:lineRule')).toBe('atLeast');
    expect(all(spacer, 'wp:inline')).toHaveLength(1);
    expect(all(spacer, 'wp:anchor')).toHaveLength(1);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(2);
    // Page break, then a section break into the landscape section, whose properties end the body.
    expect(all(dom, 'w:br').filter((b) => b.getAttribute('w:type') === 'page')).toHaveLength(1);
    const sections = all(dom, 'w:sectPr');
    expect(sections.map((s) => prop(s, 'w:pgSz', 'w:orient'))).toEqual([null, 'landscape']);
    expect((sections[1].parentNode as XmlElement).tagName).toBe('w:body');
  });
});

async function contentOf(page: PDFPage): Promise<string> {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  return streams.map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s as PDFRawStream).decode())).join('\n');
}

describe('PDF writer', () => {
  it('serialises every kind of plan item', async () => {
    const pdf = await PDFDocument.load(await writePdf(plan, fonts()));
    // The page break gives the text two pages; the landscape section a page of its own.
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getPage(2).getWidth()).toBeGreaterThan(pdf.getPage(2).getHeight());
    const first = await contentOf(pdf.getPage(0));
    const second = await contentOf(pdf.getPage(1));
    // Rules and the underlines (one a word) are lines; the frame and the five table cells closed rectangles.
    expect(first.match(/ l\nS\n/g)).toHaveLength(2 + 2);
    expect(first.match(/ re\nS\n/g)).toHaveLength(1 + 5);
    // Text is set in the fonts the runs ask for; sub- and superscripts are smaller.
    expect(first).toMatch(/Tinos-Bold[-\d]* 14 Tf/);
    expect(first).toMatch(/Tinos-Italic[-\d]* 14 Tf/);
    expect(first).toMatch(/ 9\.1 Tf/);
    // The closing, after the page break, draws both images.
    expect(second.match(/ Do\b/g)).toHaveLength(2);
    const images = pdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images.length).toBeGreaterThanOrEqual(2);
  });
});

describe('HTML writer', () => {
  it('serialises every kind of plan item', () => {
    const html = writeHtml(plan, { fontUrl: (file) => `../_phong/${file}` });
    expect(html.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    expect(html).toContain('@font-face { font-family: "Tinos"; src: url("../_phong/Tinos-Regular.ttf") format("truetype")');
    // Header grid, with the rule and the frame.
    expect(html).toMatch(/<header class="luoi dau" style="grid-template-columns: 187\.087pt 280\.63pt">/);
    expect(html).toContain('<hr style="margin-top: 3pt; width: 40pt; border-top: 0.75pt solid #000">');
    expect(html).toMatch(/<p class="s-DuThao khung" style="margin-top: 6pt; width: 65\.268pt; padding: 2pt; outline: 0\.75pt solid #000">DỰ THẢO<\/p>/);
    // Title and its rule, kept with the text after it.
    expect(html).toContain('<h1 class="s-TenLoai" style="margin-top: 18pt">KẾ HOẠCH</h1>');
    expect(html).toContain('<hr style="margin-top: 3pt; width: 80pt; border-top: 0.75pt solid #000" class="giu-sau">');
    // Numbered paragraphs as a list, the label kept as printed; every run property; text escaped.
    expect(html).toContain(
      '<ol><li class="s-Than giu-sau" style="margin-top: 12pt; text-align: center; padding-left: 20pt; text-indent: -10pt" value="1"><strong class="nhan">a)</strong> <strong>Đậm</strong><em> nghiêng</em><u> gạch chân</u> H<sub>2</sub>O m<sup>2</sup> &#x3C;a &#x26; b><br>dòng sau</li><li class="s-Than" style="margin-top: 9pt" value="2"><span class="nhan">b)</span> Điểm thứ hai.</li></ol>',
    );
    // Table: columns, a header row in <thead>, a cell spanning two columns, borders.
    expect(html).toMatch(/<table style="margin-top: 6pt; width: 467\.717pt" class="giu-sau"><colgroup><col style="width: 93\.543pt">/);
    expect(html).toMatch(/<thead><tr><th scope="col" style="padding-left: 5\.386pt; padding-right: 5\.386pt; border: 0\.5pt solid #000; vertical-align: middle">/);
    expect(html).toMatch(/<td colspan="2" style="[^"]*"><p class="s-Bang" style="margin-top: 2pt; text-align: center; margin-bottom: 2pt">Ô gộp hai cột<\/p>/);
    // Page break; the closing with its signature space, the signature centred and the seal floating.
    expect(html).toContain('<div class="ngat-trang" aria-hidden="true"></div>');
    expect(html).toMatch(/<footer class="luoi ket-thuc" style="margin-top: 12pt; grid-template-columns: 210\.472pt 257\.244pt">/);
    expect(html).toMatch(/<div class="cho-ky" style="height: 70\.866pt"><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Chữ ký" style="left: 78\.622pt; top: 15\.433pt; width: 100pt; height: 40pt"><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Con dấu"/);
    // The landscape section, on its own named page.
    expect(html).toContain('<section class="trang phu-luc ngang">');
    expect(html).toContain('@page ngang { size: 297mm 210mm;');
  });
});
