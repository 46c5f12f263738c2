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
import { DocxImages } from '../../src/writers/docx/images.ts';
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
  return docx.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const DEFAULT: TemplateFile = { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) };
/** A user's copy of the template, edited: another header text, crafted as a zip of its own (entries in another order). */
const parts = templateParts();
const EDITED: TemplateFile = {
  path: 'mau-cua-tinh.docx',
  bytes: new Uint8Array(craftZip(Object.keys(parts).sort().reverse().map((name) => deflated(name, name === 'word/header1.xml' ? parts[name].replace('<w:t>2</w:t>', '<w:t>Trang 2</w:t>') : parts[name])))),
};

describe('DOCX writer: the template filled once, each document put in its place', () => {
  for (const sample of ['data/2025/quyet-dinh-khen-thuong-2025.md', 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'data/vi-du/quyet-dinh-1940-co-thi-dua-ha-giang.md']) {
    it(`${sample}: the same bytes as docxtemplater filling the template with it`, () => {
      const plan = planOf(buildFile(sample));
      expect(writeDocx(plan, DEFAULT).equals(filledByDocxtemplater(plan, DEFAULT))).toBe(true);
    });
  }

  it("a user's edited template: the same bytes too, for two documents in a row", () => {
    for (const sample of ['data/2025/chi-thi-thi-dua-2025.md', 'data/2025/to-trinh-de-nghi-khen-thuong-2025.md']) {
      const plan = planOf(buildFile(sample));
      expect(writeDocx(plan, EDITED).equals(filledByDocxtemplater(plan, EDITED)), sample).toBe(true);
    }
  });
});
