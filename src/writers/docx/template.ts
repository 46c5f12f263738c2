/**
 * The DOCX layout template (templates/van-ban.docx or a user's own edited copy), checked and prepared
 * once: it must hold the content tag and every named style; the section properties at the end of its
 * body give way to a second tag, so that the document's last section is written in their place.
 */
import { DOMParser } from '@xmldom/xmldom';
import { STYLES, type StyleId } from '../../layout/nd30.ts';
import { openTemplatePackage, TemplateError } from './template-package.ts';
import { CONTENT_TAG, DEFAULT_DOCX_TEMPLATE } from './template-parts.ts';
import { checkTags, paragraphText } from './template-tags.ts';

export { TemplateError };

/** Our style ids → the ids the template gives those styles (LibreOffice renames ids, keeping names). */
export type StyleIds = Readonly<Record<StyleId, string>>;

/** The tag that stands where the body's final section properties go (put there here, never by users). */
export const LAST_SECTION_FIELD = 'trang_cuoi';
const LAST_SECTION_TAG = `{@${LAST_SECTION_FIELD}}`;

/** A template as loaded by the resolver. */
export interface TemplateFile {
  path: string;
  bytes: Uint8Array;
}

export interface PreparedTemplate {
  path: string;
  /** The parts a document needs, zipped again (template-package.ts). */
  bytes: Uint8Array;
  /** The template's word/document.xml with the last-section tag in place. */
  documentXml: string;
  /** Relationship id of the header that shows the page number, if the template has one. */
  headerRelId?: string;
  styleIds: StyleIds;
}

const prepared = new WeakMap<Uint8Array, PreparedTemplate>();

/** A template prepared in an earlier run (build/template-cache.ts), taken as this template's preparation. */
export function rememberPrepared(template: TemplateFile, ready: PreparedTemplate): void {
  prepared.set(template.bytes, ready);
}

export function prepareTemplate(template: TemplateFile): PreparedTemplate {
  let ready = prepared.get(template.bytes);
  if (!ready) {
    ready = prepare(template);
    prepared.set(template.bytes, ready);
  }
  return ready;
}

function prepare({ path, bytes }: TemplateFile): PreparedTemplate {
  const template = openTemplatePackage(path, bytes);
  const document = template.xml.get('word/document.xml')!;
  const holding = contentParagraph(document, path);
  const documentXml = withLastSectionTag(document, path);
  // A stray brace is told before a missing content tag: it is often the content tag mistyped.
  checkTags(template.bytes, documentXml, path, LAST_SECTION_FIELD);
  if (holding === undefined) {
    throw new TemplateError(path, `thiếu thẻ ${CONTENT_TAG} (một đoạn riêng chứa đúng thẻ này, nơi nội dung văn bản được chèn vào). Gõ lại thẻ vào một đoạn trống, hoặc bắt đầu lại từ ${DEFAULT_DOCX_TEMPLATE}.`);
  }
  const styles = template.xml.get('word/styles.xml');
  if (styles === undefined) throw new TemplateError(path, `thiếu phần kiểu đoạn (word/styles.xml). Bắt đầu lại từ ${DEFAULT_DOCX_TEMPLATE}.`);
  const styleIds = templateStyleIds(styles, path);
  return { path, bytes: template.bytes, documentXml, headerRelId: headerRelId(document), styleIds };
}

const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

/**
 * The text of the paragraph holding the content tag, if any; it must be a paragraph of its own
 * (docxtemplater replaces that whole paragraph).
 */
function contentParagraph(documentXml: string, path: string): string | undefined {
  const paragraphs = Array.from(parseXml(documentXml).getElementsByTagName('w:p'));
  const holding = paragraphs.map(paragraphText).find((text) => text.includes(CONTENT_TAG));
  if (holding !== undefined && holding !== CONTENT_TAG) {
    throw new TemplateError(path, `có thẻ ${CONTENT_TAG} không đứng một mình trong một đoạn: đoạn chứa nó là "${holding}". Thẻ phải ở một đoạn riêng, không kèm chữ hay dấu cách nào: chuyển phần còn lại sang đoạn khác.`);
  }
  return holding;
}

/**
 * Each of our paragraph styles in the template: by its id, or else by its name (LibreOffice saves a
 * template with ids made from the names, "Thân văn bản" → "Thnvnbn").
 */
function templateStyleIds(stylesXml: string, path: string): StyleIds {
  const byId = new Set<string>();
  const byName = new Map<string, string>();
  for (const style of parseXml(stylesXml).getElementsByTagName('w:style')) {
    const id = style.getAttribute('w:styleId');
    if (style.getAttribute('w:type') !== 'paragraph' || !id) continue;
    byId.add(id);
    const name = style.getElementsByTagName('w:name')[0]?.getAttribute('w:val');
    if (name && !byName.has(name.normalize('NFC'))) byName.set(name.normalize('NFC'), id);
  }
  const ids = Object.keys(STYLES) as StyleId[];
  const found = ids.map((id) => (byId.has(id) ? id : byName.get(STYLES[id].name)));
  const missing = ids.filter((_, i) => found[i] === undefined).map((id) => `"${STYLES[id].name}"`);
  if (missing.length > 0) {
    throw new TemplateError(path, `thiếu các kiểu đoạn (style): ${missing.join(', ')}. Sửa kiểu trong Word nhưng giữ nguyên tên kiểu, hoặc bắt đầu lại từ ${DEFAULT_DOCX_TEMPLATE}.`);
  }
  return Object.fromEntries(ids.map((id, i) => [id, found[i]])) as Record<StyleId, string>;
}

function headerRelId(documentXml: string): string | undefined {
  const xml = parseXml(documentXml);
  const reference = xml.getElementsByTagName('w:headerReference')[0];
  return reference?.getAttribute('r:id') ?? undefined;
}

/**
 * The template's body ends with its section properties; they are cut out, and a paragraph holding the
 * last-section tag stands in their place (docxtemplater replaces the whole paragraph). The parsed
 * template says whether the body ends with them; the text is cut at their exact place.
 */
function withLastSectionTag(documentXml: string, path: string): string {
  const body = new DOMParser().parseFromString(documentXml, 'text/xml').getElementsByTagName('w:body')[0];
  const bodyEnd = documentXml.lastIndexOf('</w:body>');
  if (!body || bodyEnd === -1) throw new TemplateError(path, `hỏng: không có phần thân (w:body). Bắt đầu lại từ ${DEFAULT_DOCX_TEMPLATE}.`);
  let last = body.lastChild;
  while (last && last.nodeType !== last.ELEMENT_NODE) last = last.previousSibling;
  const cut = last?.nodeName === 'w:sectPr' ? lastSectionStart(documentXml, bodyEnd) : bodyEnd;
  return `${documentXml.slice(0, cut)}<w:p><w:r><w:t>${LAST_SECTION_TAG}</w:t></w:r></w:p>${documentXml.slice(bodyEnd)}`;
}

const SECTION_OPEN = '<w:sectPr';
const SECTION_CLOSE = '</w:sectPr>';

/** Where `<w:sectPr` opens an element of that name (not `<w:sectPrChange`), searching back from `from`. */
function openingBefore(xml: string, from: number): number {
  let at = xml.lastIndexOf(SECTION_OPEN, from);
  while (at !== -1 && /[\w]/.test(xml.charAt(at + SECTION_OPEN.length))) at = xml.lastIndexOf(SECTION_OPEN, at - 1);
  return at;
}

/**
 * The start of the body's last element, a w:sectPr ending right before `</w:body>`: walking back from its
 * closing tag past any section properties nested in it (a tracked change of page setup holds one).
 */
function lastSectionStart(xml: string, bodyEnd: number): number {
  const close = xml.lastIndexOf(SECTION_CLOSE, bodyEnd);
  const selfClosed = openingBefore(xml, bodyEnd);
  if (close === -1 || close < selfClosed) return selfClosed;
  let depth = 1;
  let at = close;
  while (depth > 0) {
    const open = openingBefore(xml, at - 1);
    const nested = xml.lastIndexOf(SECTION_CLOSE, at - 1);
    if (nested > open) {
      depth++;
      at = nested;
    } else {
      // An element that closes itself (`<w:sectPr/>`) opens and ends at once.
      if (!xml.startsWith('/>', xml.indexOf('>', open) - 1)) depth--;
      at = open;
    }
  }
  return at;
}
