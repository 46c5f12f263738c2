/**
 * DOCX writer: serialises the layout plan into the layout template (templates/van-ban.docx, or a user's
 * own edited copy) as docxtemplater filled it (filled.ts), with fixed zip dates so the bytes are reproducible.
 */
import PizZip from 'pizzip';
import type { LayoutPlan } from '../../plan/types.ts';
import { bodyXml } from './document.ts';
import { DocxImages, type MediaPart } from './images.ts';
import { CONTENT_MARK, filledTemplate, FIXED_ZIP_DATE, LAST_SECTION_MARK } from './filled.ts';
import { prepareTemplate, TemplateError, type TemplateFile } from './template.ts';
import { el } from './xml.ts';

export { prepareTemplate, TemplateError, type TemplateFile };
export { TEMPLATE_LIMITS } from './template-package.ts';
export { FIXED_ZIP_DATE };

const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

export function writeDocx(plan: LayoutPlan, templateFile: TemplateFile): Buffer {
  const template = prepareTemplate(templateFile);
  const images = new DocxImages(plan.images);
  const body = bodyXml(plan, { headerRelId: template.headerRelId, styleIds: template.styleIds, images });
  const filled = filledTemplate(template);
  const documentXml = filled.documentXml.replace(CONTENT_MARK, () => body.content).replace(LAST_SECTION_MARK, () => body.lastSection);
  const zip = new PizZip(filled.bytes);
  zip.file('word/document.xml', documentXml, { date: FIXED_ZIP_DATE });
  addMedia(zip, images.media());
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Inserts `xml` right before the closing tag `close` of a small package part. */
function insertBefore(zip: PizZip, part: string, close: string, xml: string): void {
  const text = zip.file(part)!.asText();
  const at = text.lastIndexOf(close);
  zip.file(part, text.slice(0, at) + xml + text.slice(at), { date: FIXED_ZIP_DATE });
}

/** Media parts and their relationships, and the content type of each image format (a template may lack them). */
function addMedia(zip: PizZip, media: MediaPart[]): void {
  if (media.length === 0) return;
  for (const m of media) zip.file(`word/${m.target}`, m.bytes, { date: FIXED_ZIP_DATE, binary: true });
  const relationships = media.map((m) => el('Relationship', { Id: m.relId, Type: IMAGE_RELATIONSHIP, Target: m.target }));
  insertBefore(zip, 'word/_rels/document.xml.rels', '</Relationships>', relationships.join(''));
  const types = zip.file('[Content_Types].xml')!.asText().toLowerCase();
  const formats = new Map(media.map((m) => [m.extension, m.contentType]));
  const missing = [...formats].filter(([extension]) => !types.includes(`extension="${extension}"`));
  if (missing.length > 0) {
    insertBefore(zip, '[Content_Types].xml', '</Types>', missing.map(([extension, type]) => el('Default', { Extension: extension, ContentType: type })).join(''));
  }
}
