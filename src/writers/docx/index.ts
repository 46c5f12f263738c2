/**
 * DOCX writer: serialises the layout plan into the layout template (templates/van-ban.docx, or a user's
 * own edited copy) as docxtemplater filled it (filled.ts), with fixed zip dates so the bytes are reproducible.
 */
import type { LayoutPlan } from '../../plan/types.ts';
import { bodyParts, lastSectionXml } from './document.ts';
import { DocxImages, type MediaPart } from './images.ts';
import { CONTENT_MARK, filledTemplate, FIXED_ZIP_DATE, LAST_SECTION_MARK, type FilledTemplate } from './filled.ts';
import { prepareTemplate, TemplateError, type TemplateFile } from './template.ts';
import { el } from './xml.ts';
import { inflatedText, packedEntry, readPackage, writePackage, type Package } from './zip-package.ts';

export { prepareTemplate, TemplateError, type TemplateFile };
export { TEMPLATE_LIMITS } from './template-package.ts';
export { FIXED_ZIP_DATE };

const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

export function writeDocx(plan: LayoutPlan, templateFile: TemplateFile): Buffer {
  const template = prepareTemplate(templateFile);
  const images = new DocxImages(plan.images);
  const target = { headerRelId: template.headerRelId, styleIds: template.styleIds, images };
  const filled = filledTemplate(template);
  const documentXml = utf8Pieces(filled.documentXml, { [CONTENT_MARK]: bodyParts(plan, target), [LAST_SECTION_MARK]: [lastSectionXml(plan, target)] });
  const parts = new Map([['word/document.xml', documentXml], ...mediaParts(filled, images.media())]);
  const { entries, comment } = packageOf(filled);
  const put = (name: string) => packedEntry(name, parts.get(name)!, FIXED_ZIP_DATE);
  const added = [...parts.keys()].filter((name) => !entries.some((e) => e.name === name)).map(put);
  return writePackage({ entries: [...entries.map((e) => (parts.has(e.name) ? put(e.name) : e)), ...added], comment });
}

const packages = new WeakMap<FilledTemplate, Package>();

/** The filled template's package, read once per run. */
function packageOf(filled: FilledTemplate): Package {
  let known = packages.get(filled);
  if (!known) packages.set(filled, (known = readPackage(filled.bytes)));
  return known;
}

/**
 * `text` in UTF-8 with the first occurrence of each mark replaced by its pieces, encoded a million characters
 * at a time: a long list's document.xml (25 MB for 10,000 rows) is never one string, nor held twice as text.
 */
function utf8Pieces(text: string, marks: Record<string, Iterable<string>>): Buffer {
  const at = Object.entries(marks)
    .map(([mark, pieces]) => ({ mark, pieces, index: text.indexOf(mark) }))
    .filter((m) => m.index >= 0)
    .sort((a, b) => a.index - b.index);
  const out = new ByteSink();
  let from = 0;
  for (const { mark, pieces, index } of at) {
    out.write(text.slice(from, index));
    for (const piece of pieces) out.write(piece);
    from = index + mark.length;
  }
  out.write(text.slice(from));
  return out.bytes();
}

/**
 * UTF-8 bytes of text written piece by piece: the pieces are joined as text up to about a million
 * characters, then encoded at once; a document's XML is most often one such chunk.
 */
class ByteSink {
  private readonly chunks: Buffer[] = [];
  private pending = '';

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK_CHARACTERS) this.encode();
  }

  bytes(): Buffer {
    this.encode();
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
  }

  private encode(): void {
    if (this.pending.length > 0) this.chunks.push(Buffer.from(this.pending, 'utf8'));
    this.pending = '';
  }
}

const CHUNK_CHARACTERS = 1 << 20;

/** `xml` put right before the closing tag `close` of a package part's text. */
function insertBefore(text: string, close: string, xml: string): string {
  const at = text.lastIndexOf(close);
  return text.slice(0, at) + xml + text.slice(at);
}

/** The media parts, and the relationships and content types that name them (a template may lack an image format's). */
function mediaParts(filled: FilledTemplate, media: MediaPart[]): [string, Uint8Array][] {
  if (media.length === 0) return [];
  const text = (part: string) => partText(filled, part);
  const relationships = media.map((m) => el('Relationship', { Id: m.relId, Type: IMAGE_RELATIONSHIP, Target: m.target }));
  const parts: [string, Uint8Array][] = [
    ...media.map((m): [string, Uint8Array] => [`word/${m.target}`, m.bytes]),
    ['word/_rels/document.xml.rels', utf8(insertBefore(text('word/_rels/document.xml.rels'), '</Relationships>', relationships.join('')))],
  ];
  const types = text('[Content_Types].xml');
  const formats = new Map(media.map((m) => [m.extension, m.contentType]));
  const missing = [...formats].filter(([extension]) => !types.toLowerCase().includes(`extension="${extension}"`));
  if (missing.length > 0) parts.push(['[Content_Types].xml', utf8(insertBefore(types, '</Types>', missing.map(([extension, type]) => el('Default', { Extension: extension, ContentType: type })).join('')))]);
  return parts;
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** The text of a part of the filled template, from its package as read once per run. */
function partText(filled: FilledTemplate, part: string): string {
  const entry = packageOf(filled).entries.find((e) => e.name === part);
  if (!entry) throw new Error(`filled template without ${part}`);
  return inflatedText(entry);
}
