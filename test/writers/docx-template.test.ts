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

const plan = planOf(buildFile('data/2026/ke-hoach-tdkt-xa-son-duong-du-thao.md'));
const FINAL = '<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>';

/** The default template with its word/document.xml changed by `edit`. */
function template(edit: (documentXml: string) => string): { path: string; bytes: Uint8Array } {
  const parts = templateParts();
  return { path: 'mau-cua-toi.docx', bytes: zipTemplateParts({ ...parts, 'word/document.xml': edit(parts['word/document.xml']) }) };
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
      new TemplateError('mẫu DOCX "hong.docx" không mở được (không phải tệp .docx, hoặc tệp đã hỏng). Lưu lại mẫu bằng Word dạng .docx, hoặc bắt đầu lại từ templates/van-ban.docx.'),
    );
    expect(() => writeDocx(plan, template((x) => x.replace('{@noi_dung}', 'nội dung')))).toThrow(/thiếu thẻ \{@noi_dung\}/);
  });
});
