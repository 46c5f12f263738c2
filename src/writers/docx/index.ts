/**
 * DOCX writer: serialises the layout plan into the layout template (templates/van-ban.docx, or a user's
 * own edited copy) through docxtemplater, then fixes zip dates so the bytes are reproducible.
 */
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import type { LayoutPlan } from '../../plan/types.ts';
import { bodyXml } from './document.ts';
import { DocxImages, type MediaPart } from './images.ts';
import { LAST_SECTION_FIELD, prepareTemplate, TemplateError, type PreparedTemplate, type TemplateFile } from './template.ts';
import { CONTENT_FIELD } from './template-parts.ts';
import { unknownTagError } from './template-tags.ts';
import { el } from './xml.ts';

export { prepareTemplate, TemplateError, type TemplateFile };
export { TEMPLATE_LIMITS } from './template-package.ts';

/** Zip entry date for reproducible files (pizzip stamps rewritten entries with "now" otherwise). */
export const FIXED_ZIP_DATE = new Date(2020, 2, 5, 0, 0, 0);

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

/**
 * Where docxtemplater puts a document's content and its last section: raw XML it inserts as given, which
 * no generated XML holds (an XML comment; text is escaped), replaced by each document's own.
 */
const CONTENT_MARK = '<!--van-ban:noi-dung-->';
const LAST_SECTION_MARK = '<!--van-ban:trang-cuoi-->';

interface FilledTemplate {
  /** The package docxtemplater made, zipped: a document's zip reuses its compressed parts. */
  bytes: Uint8Array;
  documentXml: string;
}

const filledTemplates = new WeakMap<PreparedTemplate, FilledTemplate>();

/**
 * The template filled by docxtemplater once per template and run, with marks where the content goes;
 * filling it again for every document (parsing every part, zipping them all again) took a third of the
 * time a DOCX takes.
 */
function filledTemplate(template: PreparedTemplate): FilledTemplate {
  let filled = filledTemplates.get(template);
  if (filled) return filled;
  const zip = new PizZip(template.bytes);
  zip.file('word/document.xml', template.documentXml, { date: FIXED_ZIP_DATE });
  const docx = new Docxtemplater(zip, {
    paragraphLoop: true,
    // docxtemplater prints its errors as JSON with a stack unless told not to; ours say it in Vietnamese.
    errorLogging: false,
    nullGetter: (part) => {
      throw unknownTagError(template.path, String(part.value));
    },
  });
  docx.render({ [CONTENT_FIELD]: CONTENT_MARK, [LAST_SECTION_FIELD]: LAST_SECTION_MARK });
  const out = docx.getZip();
  filled = { bytes: out.generate({ type: 'uint8array', compression: 'DEFLATE' }), documentXml: out.file('word/document.xml')!.asText() };
  filledTemplates.set(template, filled);
  return filled;
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

// pizzip stamps every entry it rewrites with this date.
(PizZip as unknown as { defaults: { date: Date } }).defaults.date = FIXED_ZIP_DATE;
