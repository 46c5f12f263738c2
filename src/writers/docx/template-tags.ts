/**
 * The tags of a DOCX template, checked once before any document is written: docxtemplater reads every
 * `{…}` in the body, headers and footers as a tag, so a stray brace is a syntax error and any tag but
 * the content tag is one the program cannot fill. Each is told in Vietnamese with the paragraph it is in.
 */
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { TemplateError } from './template-package.ts';
import { CONTENT_FIELD, CONTENT_TAG } from './template-parts.ts';

/** The paragraph's text as Word shows it: Word may split a tag across several runs. */
export const paragraphText = (p: Element): string => Array.from(p.getElementsByTagName('w:t'), (t) => t.textContent ?? '').join('');

const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

const ONLY_CONTENT_TAG = `Mẫu chỉ dùng một thẻ, ${CONTENT_TAG}, ở một đoạn riêng trong thân; mọi dấu { } khác đều bị hiểu là thẻ: xóa (hoặc sửa) chỗ đó trong Word rồi lưu lại.`;

/** Where a part is, for a user. */
function partName(file: string): string {
  if (file === 'word/document.xml') return 'phần thân (word/document.xml)';
  if (/^word\/header\d*\.xml$/.test(file)) return `đầu trang (${file})`;
  if (/^word\/footer\d*\.xml$/.test(file)) return `chân trang (${file})`;
  return `phần ${file}`;
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** The text of the paragraph holding the character at `offset` of the part's text (as docxtemplater counts). */
function paragraphAt(xml: string, offset: number): string | undefined {
  let seen = 0;
  for (const t of Array.from(parseXml(xml).getElementsByTagName('w:t'))) {
    seen += (t.textContent ?? '').length;
    if (seen <= offset) continue;
    let p: Node | null = t.parentNode;
    while (p && p.nodeName !== 'w:p') p = p.parentNode;
    return p ? paragraphText(p as Element) : undefined;
  }
  return undefined;
}

/** The first paragraph of the part whose text holds `text`. */
function paragraphWith(xml: string, text: string): string | undefined {
  return Array.from(parseXml(xml).getElementsByTagName('w:p'), paragraphText).find((p) => p.includes(text));
}

const inParagraph = (paragraph: string | undefined) => (paragraph ? `, đoạn "${shorten(paragraph)}"` : '');

/** A tag the program does not fill. */
export function unknownTagError(path: string, tag: string, file?: string, paragraph?: string): TemplateError {
  const where = file ? ` ở ${partName(file)}${inParagraph(paragraph)}` : '';
  return new TemplateError(path, `có thẻ "{${tag}}"${where}, mà chương trình không điền. ${ONLY_CONTENT_TAG}`);
}

interface XtError {
  properties?: { id?: string; file?: string; offset?: number; context?: string; xtag?: string; errors?: XtError[] };
}

const SYNTAX: Record<string, string> = {
  unclosed_tag: 'có dấu "{" mở thẻ mà không có dấu "}" đóng',
  unopened_tag: 'có dấu "}" mà không có dấu "{" mở trước nó',
  duplicate_open_tag: 'có hai dấu "{" liền nhau',
  duplicate_close_tag: 'có hai dấu "}" liền nhau',
};

/** docxtemplater's error (one, or several at once) as one message: the first fault, and how many more. */
function syntaxError(path: string, error: XtError, xmlOf: (file: string) => string | undefined): TemplateError {
  const all = error.properties?.errors?.length ? error.properties.errors : [error];
  const first = all[0].properties ?? {};
  const what = SYNTAX[first.id ?? ''] ?? `có thẻ viết sai${first.context ? ` ("${shorten(first.context)}")` : ''}`;
  const xml = first.file ? xmlOf(first.file) : undefined;
  const paragraph = xml !== undefined && first.offset !== undefined ? paragraphAt(xml, first.offset) : undefined;
  const where = first.file ? ` ở ${partName(first.file)}${inParagraph(paragraph ?? first.context)}` : '';
  const more = all.length > 1 ? ` (và ${all.length - 1} chỗ sai khác)` : '';
  return new TemplateError(path, `${what}${where}${more}. ${ONLY_CONTENT_TAG}`);
}

/**
 * Compiles the template as the writer will, and fills it once with nothing: a syntax error, or a tag
 * other than ours (in a part docxtemplater lists, with its paragraph; or in any other part it fills),
 * is a TemplateError.
 */
export function checkTags(bytes: Uint8Array, documentXml: string, path: string, lastSectionField: string): void {
  const zip = new PizZip(bytes);
  zip.file('word/document.xml', documentXml);
  const xmlOf = (file: string) => (file === 'word/document.xml' ? documentXml : zip.file(file)?.asText());
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      // docxtemplater prints its errors as JSON with a stack unless told not to.
      errorLogging: false,
      nullGetter: (part) => {
        throw unknownTagError(path, String(part.value));
      },
    });
  } catch (e) {
    throw syntaxError(path, e as XtError, xmlOf);
  }
  // Only the body holds tags: the content tag, and the last-section tag put there by the program.
  const inBody = new Set([CONTENT_FIELD, lastSectionField]);
  const { document, headers, footers } = (doc as unknown as { getTags(): TagsByPart }).getTags();
  for (const part of [...(document ? [document] : []), ...headers, ...footers]) {
    const unknown = Object.keys(part.tags).find((tag) => part !== document || !inBody.has(tag));
    if (unknown !== undefined) throw unknownTagError(path, unknown, part.target, paragraphWith(xmlOf(part.target) ?? '', unknown));
  }
  try {
    doc.render({ [CONTENT_FIELD]: '', [lastSectionField]: '' });
  } catch (e) {
    if (e instanceof TemplateError) throw e;
    throw syntaxError(path, e as XtError, xmlOf);
  }
}

interface Tagged {
  target: string;
  tags: Record<string, unknown>;
}

/** What docxtemplater's getTags() returns (left out of its type declarations). */
interface TagsByPart {
  document?: Tagged;
  headers: Tagged[];
  footers: Tagged[];
}
