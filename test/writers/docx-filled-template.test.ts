/**
 * The DOCX writer fills the template with docxtemplater once per template and run, with marks where a
 * document's content goes, then puts each document's XML in place of the marks. Each DOCX is the very
 * one docxtemplater gives when it fills the template with that document's content itself, byte for
 * byte: with images, with the default template and with a user's edited copy.
 */
import { readFileSync } from 'node:fs';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { DocxImages, type MediaPart } from '../../src/writers/docx/images.ts';
import { bodyXml } from '../../src/writers/docx/document.ts';
import { FIXED_ZIP_DATE, prepareTemplate, writeDocx, type TemplateFile } from '../../src/writers/docx/index.ts';
import { LAST_SECTION_FIELD } from '../../src/writers/docx/template.ts';
import { CONTENT_FIELD, templateParts } from '../../src/writers/docx/template-parts.ts';
import type { LayoutPlan } from '../../src/plan/types.ts';
import { buildFile, planOf } from '../helpers/build.ts';
import { craftZip, deflated } from '../helpers/zip-craft.ts';

/** What the writer made before: docxtemplater fills the template with this document's content (media added as the writer adds them). */
function filledByDocxtemplater(plan: LayoutPlan, file: TemplateFile): Buffer {
  const template = prepareTemplate(file);
  const images = new DocxImages(plan.images);
  const body = bodyXml(plan, { headerRelId: template.headerRelId, styleIds: template.styleIds, images });
  const zip = new PizZip(template.bytes);
  zip.file('word/document.xml', template.documentXml, { date: FIXED_ZIP_DATE });
  const docx = new Docxtemplater(zip, { paragraphLoop: true, errorLogging: false });
  docx.render({ [CONTENT_FIELD]: body.content, [LAST_SECTION_FIELD]: body.lastSection });
  const out = docx.getZip();
  addMedia(out, images.media());
  return out.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The media parts, their relationships and any content type missing, added with pizzip, as the writer did before it zipped packages itself. */
function addMedia(zip: PizZip, media: MediaPart[]): void {
  if (media.length === 0) return;
  const insertBefore = (part: string, close: string, xml: string) => {
    const text = zip.file(part)!.asText();
    const at = text.lastIndexOf(close);
    zip.file(part, text.slice(0, at) + xml + text.slice(at), { date: FIXED_ZIP_DATE });
  };
  for (const m of media) zip.file(`word/${m.target}`, m.bytes, { date: FIXED_ZIP_DATE, binary: true });
  const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
  insertBefore('word/_rels/document.xml.rels', '</Relationships>', media.map((m) => `<Relationship Id="${m.relId}" Type="${type}" Target="${m.target}"/>`).join(''));
  const types = zip.file('[Content_Types].xml')!.asText().toLowerCase();
  const missing = [...new Map(media.map((m) => [m.extension, m.contentType]))].filter(([extension]) => !types.includes(`extension="${extension}"`));
  if (missing.length > 0) insertBefore('[Content_Types].xml', '</Types>', missing.map(([extension, t]) => `<Default Extension="${extension}" ContentType="${t}"/>`).join(''));
}

const DEFAULT: TemplateFile = { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) };
/** A user's copy of the template, edited: another header text, crafted as a zip of its own (entries in another order). */
const parts = templateParts();
const EDITED: TemplateFile = {
  path: 'mau-cua-tinh.docx',
  bytes: new Uint8Array(craftZip(Object.keys(parts).sort().reverse().map((name) => deflated(name, name === 'word/header1.xml' ? parts[name].replace('<w:t>2</w:t>', '<w:t>Trang 2</w:t>') : parts[name])))),
};

/** The zip with a comment after its end record. */
function withComment(zip: Uint8Array, comment: string): Buffer {
  const text = Buffer.from(comment, 'utf8');
  const bytes = Buffer.concat([zip, text]);
  bytes.writeUInt16LE(text.length, zip.length - 2);
  return bytes;
}

describe('DOCX writer: the template filled once, each document put in its place', () => {
  for (const sample of ['data/2025/quyet-dinh-khen-thuong-2025.md', 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'data/vi-du/quyet-dinh-1940-co-thi-dua-ha-giang.md']) {
    it(`${sample}: the same bytes as docxtemplater filling the template with it`, () => {
      const plan = planOf(buildFile(sample));
      expect(writeDocx(plan, DEFAULT).equals(filledByDocxtemplater(plan, DEFAULT))).toBe(true);
    });
  }

  it('a document with images (signature, seal): the same bytes, media and their relationships added as docxtemplater would', () => {
    const plan = planOf(buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md'));
    expect(Object.keys(plan.images).length).toBeGreaterThan(0);
    expect(writeDocx(plan, DEFAULT).equals(filledByDocxtemplater(plan, DEFAULT))).toBe(true);
  });

  it('a template whose zip has a comment: the same bytes', () => {
    const commented: TemplateFile = { path: 'mau-co-ghi-chu.docx', bytes: new Uint8Array(withComment(EDITED.bytes, 'Mẫu của Sở Nội vụ')) };
    const plan = planOf(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'));
    expect(writeDocx(plan, commented).equals(filledByDocxtemplater(plan, commented))).toBe(true);
  });

  it("a user's edited template: the same bytes too, for two documents in a row", () => {
    for (const sample of ['data/2025/chi-thi-thi-dua-2025.md', 'data/2025/to-trinh-de-nghi-khen-thuong-2025.md']) {
      const plan = planOf(buildFile(sample));
      expect(writeDocx(plan, EDITED).equals(filledByDocxtemplater(plan, EDITED)), sample).toBe(true);
    }
  });
});
