/** Text of a DOCX, paragraph by paragraph in document order (table cells included), as Word shows it. */
import PizZip from 'pizzip';

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function docxXml(bytes: Uint8Array, part = 'word/document.xml'): string {
  return new PizZip(bytes).file(part)!.asText();
}

export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = docxXml(bytes);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs.map((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
      .map((m) => (m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? '\t' : decode(m[1])))
      .join(''),
  );
}

/** Lines of text: paragraphs split at line breaks, whitespace collapsed, empty lines dropped. */
export function docxLines(bytes: Uint8Array): string[] {
  return docxParagraphs(bytes).flatMap(toLines);
}

export const toLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
