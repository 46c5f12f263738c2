/**
 * A user's DOCX template, as Word saves it: the document's own last section replaces the template's,
 * whatever shape the template's last section properties have; a broken template is refused in Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { DOMParser } from '@xmldom/xmldom';
import { TemplateError, writeDocx } from '../../src/writers/docx/index.ts';
import { templateParts } from '../../src/writers/docx/template-parts.ts';
import { zipTemplateParts } from '../../src/writers/docx/template-zip.ts';
import { buildFile, planOf } from '../helpers/build.ts';
import { STYLES, type StyleId } from '../../src/layout/nd30.ts';
import { styleNamesUsed } from '../helpers/docx-styles.ts';

const plan = planOf(buildFile('data/2026/ke-hoach-tdkt-xa-son-duong-du-thao.md'));
const FINAL = '<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>';

/** The default template with its word/document.xml changed by `edit`. */
function template(edit: (documentXml: string) => string): { path: string; bytes: Uint8Array } {
  return templateOf({ 'word/document.xml': edit });
}

/** The default template with some of its parts changed. */
function templateOf(edits: Record<string, (xml: string) => string>): { path: string; bytes: Uint8Array } {
  const parts = templateParts();
  for (const [name, edit] of Object.entries(edits)) parts[name] = edit(parts[name]);
  return { path: 'mau-cua-toi.docx', bytes: zipTemplateParts(parts) };
}

/** The body of a written DOCX: well-formed, and its last element. */
function body(docx: Uint8Array): { lastElement: string; sections: number; xml: string } {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  const errors: string[] = [];
  const dom = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  const element = dom.getElementsByTagName('w:body')[0];
  let last = element.lastChild;
  while (last && last.nodeType !== last.ELEMENT_NODE) last = last.previousSibling;
  return { lastElement: last!.nodeName, sections: dom.getElementsByTagName('w:sectPr').length, xml };
}

describe('a user’s DOCX template', () => {
  const reference = body(writeDocx(plan, template((x) => x)));

  it('ends with the document’s last section whatever the template’s last section looks like', () => {
    const variants = {
      'attributes, as Word writes them': (x: string) => x.replace('<w:sectPr>', '<w:sectPr w:rsidR="00A1B2C3" w:rsidSect="00A1B2C3">'),
      'a tracked change of page setup inside': (x: string) =>
        x.replace('<w:titlePg/></w:sectPr>', '<w:titlePg/><w:sectPrChange w:id="1" w:author="A" w:date="2020-01-01T00:00:00Z"><w:sectPr><w:pgSz w:w="1" w:h="1"/></w:sectPr></w:sectPrChange></w:sectPr>'),
      'an empty tracked change': (x: string) => x.replace('<w:titlePg/></w:sectPr>', '<w:titlePg/><w:sectPrChange w:id="1"><w:sectPr/></w:sectPrChange></w:sectPr>'),
      'no section properties at all': (x: string) => x.replace(/<w:sectPr>.*<\/w:sectPr>/s, ''),
    };
    for (const [name, edit] of Object.entries(variants)) {
      const written = body(writeDocx(plan, template(edit)));
      expect(written.lastElement, name).toBe('w:sectPr');
      expect(written.sections, name).toBe(reference.sections);
      expect(written.xml.trimEnd().endsWith(`${FINAL}</w:body></w:document>`), name).toBe(true);
    }
  });

  it('is refused, with what to do, when it is not a DOCX or lacks the content tag', () => {
    expect(() => writeDocx(plan, { path: 'hong.docx', bytes: new TextEncoder().encode('không phải zip') })).toThrow(
      new TemplateError('hong.docx', 'không phải tệp .docx (tệp .docx là một tệp nén zip, bắt đầu bằng "PK"). Mở mẫu bằng Word rồi lưu lại (Tệp → Lưu thành → Word Document, .docx), hoặc bắt đầu lại từ templates/van-ban.docx.'),
    );
    expect(() => writeDocx(plan, template((x) => x.replace('{@noi_dung}', 'nội dung')))).toThrow(
      new TemplateError('mau-cua-toi.docx', 'thiếu thẻ {@noi_dung} (một đoạn riêng chứa đúng thẻ này, nơi nội dung văn bản được chèn vào). Gõ lại thẻ vào một đoạn trống, hoặc bắt đầu lại từ templates/van-ban.docx.'),
    );
    expect(() => writeDocx(plan, template((x) => x.replace('{@noi_dung}', '{@noi_dung} ')))).toThrow(
      new TemplateError('mau-cua-toi.docx', 'có thẻ {@noi_dung} không đứng một mình trong một đoạn: đoạn chứa nó là "{@noi_dung} ". Thẻ phải ở một đoạn riêng, không kèm chữ hay dấu cách nào: chuyển phần còn lại sang đoạn khác.'),
    );
  });

  it('is refused, naming the styles by their Vietnamese names, when it lacks one', () => {
    const withoutStyles = templateOf({ 'word/styles.xml': (x) => x.replace(/<w:style [^>]*w:styleId="(Than|Muc)">.*?<\/w:style>/g, '') });
    expect(() => writeDocx(plan, withoutStyles)).toThrow(
      new TemplateError('mau-cua-toi.docx', 'thiếu các kiểu đoạn (style): "Thân văn bản", "Mục". Sửa kiểu trong Word nhưng giữ nguyên tên kiểu, hoặc bắt đầu lại từ templates/van-ban.docx.'),
    );
  });
});

describe('a user’s DOCX template saved by another program', () => {
  const sample = planOf(buildFile('data/2025/quyet-dinh-khen-thuong-2025.md'));
  const expected = styleNamesUsed(writeDocx(sample, template((x) => x)));

  it('saved by LibreOffice, which renames the style ids after their names, gets its own ids written', () => {
    // LibreOffice's ids keep the ASCII letters of the name: "Thân văn bản" → "Thnvnbn".
    const loId = (id: StyleId) => STYLES[id].name.replace(/[^A-Za-z0-9]/g, '');
    const ids = Object.keys(STYLES) as StyleId[];
    expect(new Set(ids.map(loId)).size).toBe(ids.length);
    const rename = (attribute: string) => (xml: string) => ids.reduce((x, id) => x.replaceAll(`${attribute}="${id}"`, `${attribute}="${loId(id)}"`), xml);
    const saved = templateOf({ 'word/styles.xml': rename('w:styleId'), 'word/header1.xml': (x) => x.replace('<w:pStyle w:val="SoTrang"/>', '<w:pStyle w:val="Strang"/>') });
    const written = writeDocx(sample, saved);
    expect(styleNamesUsed(written)).toEqual(expected);
    expect(expected).toContain('Bảng - ô');
    const documentXml = new PizZip(written).file('word/document.xml')!.asText();
    expect(documentXml).toContain('<w:pStyle w:val="Thnvnbn"/>');
    expect(documentXml).not.toContain('<w:pStyle w:val="Than"/>');
  });

  it('where Word split the content tag across runs, is filled like the default', () => {
    const split = template((x) =>
      x.replace('<w:r><w:t>{@noi_dung}</w:t></w:r>', '<w:r w:rsidR="00A1"><w:t>{@noi</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00B2"><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t>_dung}</w:t></w:r><w:proofErr w:type="spellEnd"/>'),
    );
    const written = writeDocx(sample, split);
    expect(styleNamesUsed(written)).toEqual(expected);
    expect(new PizZip(written).file('word/document.xml')!.asText()).not.toContain('{@');
  });
});
