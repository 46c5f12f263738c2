/**
 * DOCX writer: fills the layout template (templates/van-ban.docx, or a user's own edited copy) with
 * the generated content through docxtemplater, then fixes zip dates so the bytes are reproducible.
 */
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { PAGE, STYLES, type PageLayout } from '../../layout/nd30.ts';
import type { Document } from '../../model/types.ts';
import { contentXml, documentSections } from './content.ts';
import { sectionPropertiesXml } from './section.ts';
import { DocxImages, type MediaPart } from './images.ts';
import { CONTENT_TAG } from './template-parts.ts';

export const DEFAULT_DOCX_TEMPLATE = 'templates/van-ban.docx';

/** Zip entry date for reproducible files (pizzip stamps rewritten entries with "now" otherwise). */
export const FIXED_ZIP_DATE = new Date(2020, 2, 5, 0, 0, 0);

export class TemplateError extends Error {}

interface LoadedTemplate {
  bytes: Buffer;
  headerRelId?: string;
}

const templates = new Map<string, LoadedTemplate>();

function loadTemplate(path: string): LoadedTemplate {
  let t = templates.get(path);
  if (t) return t;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new TemplateError(`không mở được mẫu DOCX "${path}". Kiểm tra đường dẫn, hoặc chạy "npm run build:template" để tạo lại mẫu mặc định.`);
  }
  const zip = new PizZip(bytes);
  const document = zip.file('word/document.xml')?.asText() ?? '';
  if (!document.includes(CONTENT_TAG)) {
    throw new TemplateError(`mẫu DOCX "${path}" thiếu thẻ ${CONTENT_TAG} (một đoạn riêng chứa đúng thẻ này, nơi nội dung văn bản được chèn vào).`);
  }
  const styles = zip.file('word/styles.xml')?.asText() ?? '';
  const missing = Object.keys(STYLES).filter((id) => !styles.includes(`w:styleId="${id}"`));
  if (missing.length > 0) {
    throw new TemplateError(`mẫu DOCX "${path}" thiếu các kiểu đoạn (style): ${missing.join(', ')}. Sửa kiểu trong Word nhưng giữ nguyên tên mã kiểu, hoặc bắt đầu lại từ ${DEFAULT_DOCX_TEMPLATE}.`);
  }
  const headerRelId = /<w:headerReference [^>]*r:id="([^"]+)"/.exec(document)?.[1];
  t = { bytes, headerRelId };
  templates.set(path, t);
  return t;
}

export interface DocxOptions {
  templatePath?: string;
  page?: PageLayout;
}

export function renderDocx(doc: Document, options: DocxOptions = {}): Buffer {
  const page = options.page ?? PAGE;
  const template = loadTemplate(options.templatePath ?? DEFAULT_DOCX_TEMPLATE);
  const headerRelId = template.headerRelId ?? '';
  const images = new DocxImages();
  const sections = documentSections(doc, page, images);
  const zip = new PizZip(template.bytes);
  const docx = new Docxtemplater(zip, {
    paragraphLoop: true,
    nullGetter: (part) => {
      throw new TemplateError(`mẫu DOCX có thẻ "${part.value}" mà chương trình không điền. Chỉ dùng thẻ ${CONTENT_TAG}.`);
    },
  });
  docx.render({ noi_dung: contentXml(sections, page, headerRelId) });
  const out = docx.getZip();
  const last = sections[sections.length - 1];
  const finalSection = sectionPropertiesXml(page, { headerRelId: template.headerRelId, landscape: last.landscape });
  const xml = out.file('word/document.xml')!.asText().replace(/<w:sectPr>(?:(?!<w:sectPr>)[\s\S])*<\/w:sectPr>\s*<\/w:body>/, `${finalSection}</w:body>`);
  out.file('word/document.xml', xml, { date: FIXED_ZIP_DATE });
  addMedia(out, images.media());
  return out.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Media parts and their relationships (and the PNG content type, should a user's template lack it). */
function addMedia(zip: PizZip, media: MediaPart[]): void {
  if (media.length === 0) return;
  for (const m of media) zip.file(`word/${m.target}`, m.bytes, { date: FIXED_ZIP_DATE, binary: true });
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = media.map((m) => `<Relationship Id="${m.relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${m.target}"/>`).join('');
  zip.file(relsPath, zip.file(relsPath)!.asText().replace('</Relationships>', `${rels}</Relationships>`), { date: FIXED_ZIP_DATE });
  const types = zip.file('[Content_Types].xml')!.asText();
  if (!/Extension="png"/i.test(types)) {
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'), { date: FIXED_ZIP_DATE });
  }
}

// pizzip stamps every entry it rewrites with this date.
(PizZip as unknown as { defaults: { date: Date } }).defaults.date = FIXED_ZIP_DATE;
