/**
 * A DOCX template from a user, opened without trusting it. The zip is held to limits before anything is
 * inflated (core/zip.ts), and only the parts a document is made of are kept: those reached through
 * relationships from the package root, less the kinds no document needs (custom XML data, thumbnails,
 * macros, building blocks) — an entry nothing refers to is never inflated, nor copied into outputs.
 * Every kept XML part must be well-formed. The kept parts are zipped again, so that the zip library
 * only ever reads a zip made here.
 */
import PizZip from 'pizzip';
import { posix } from 'node:path';
import { DOMParser, XMLSerializer, type Document as XmlDocument } from '@xmldom/xmldom';
import { readZipDirectory, readZipEntry, ZipError, type ZipEntry, type ZipLimits } from './zip-reader.ts';
import { DEFAULT_DOCX_TEMPLATE } from './template-parts.ts';

const MB = 1024 * 1024;

export const TEMPLATE_LIMITS = {
  fileSize: 20 * MB,
  zip: { maxEntries: 1000, maxTotalSize: 100 * MB, maxEntrySize: 20 * MB, maxRatio: 100, ratioFrom: MB } satisfies ZipLimits,
  /** Each XML part is parsed, and the document part filled once per document. */
  xmlPartSize: 5 * MB,
};

/** A template's problem; `detail` reads after "mẫu DOCX …" and says what to do. */
export class TemplateError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`mẫu DOCX "${path}" ${detail}`);
    this.name = 'TemplateError';
  }
}

const RESAVE = `Mở mẫu bằng Word rồi lưu lại (Tệp → Lưu thành → Word Document, .docx), hoặc bắt đầu lại từ ${DEFAULT_DOCX_TEMPLATE}.`;
const SHRINK = `Một mẫu văn bản chỉ cần vài chục KB: bỏ khỏi mẫu các ảnh, tệp nhúng lớn rồi lưu lại, hoặc bắt đầu lại từ ${DEFAULT_DOCX_TEMPLATE}.`;
const damaged = (path: string, what: string) => new TemplateError(path, `hỏng: ${what}. ${RESAVE}`);

/** Files that are often taken for a DOCX, by their first bytes. */
const OTHER_FORMATS: [number[], string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'là tệp Word 97–2003 (.doc), không phải .docx'],
  [[0x25, 0x50, 0x44, 0x46], 'là tệp PDF, không phải .docx'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'là tệp RTF, không phải .docx'],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Relationship kinds whose parts no document needs (and no kept part refers to by id). */
const DROPPED_KINDS = new Set(['customXml', 'thumbnail', 'custom-properties', 'glossaryDocument', 'vbaProject', 'keyMapCustomizations']);

/** Part names are URIs: `%20` stands for a space. */
function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const DOCX_MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const OTHER_MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
]);

const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/** The relationships part of `part` ('' for the package root). */
const relsOf = (part: string) => (part === '' ? '_rels/.rels' : posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`));

/** A relationship's target as a part name, or undefined when it points outside the package. */
function targetPart(source: string, target: string): string | undefined {
  const decoded = decodeSafe(target);
  const name = decoded.startsWith('/') ? posix.normalize(decoded.slice(1)) : posix.normalize(posix.join(posix.dirname(source), decoded));
  return name.startsWith('..') ? undefined : name;
}

export interface TemplatePackage {
  /** The kept parts, as a new zip. */
  bytes: Uint8Array;
  /** The text of each kept XML part. */
  xml: Map<string, string>;
}

/** Opens the template's zip, keeps the parts a document needs, zips them again; throws a TemplateError. */
export function openTemplatePackage(path: string, bytes: Uint8Array): TemplatePackage {
  if (bytes.length === 0) throw new TemplateError(path, `là tệp rỗng (0 byte). ${RESAVE}`);
  const other = OTHER_FORMATS.find(([magic]) => startsWith(bytes, magic));
  if (other) throw new TemplateError(path, `${other[1]}. Mở tệp bằng Word, chọn Tệp → Lưu thành → Word Document (.docx), rồi dùng tệp .docx đó.`);
  if (bytes.length > TEMPLATE_LIMITS.fileSize) throw new TemplateError(path, `nặng ${Math.ceil(bytes.length / MB)} MB, quá giới hạn ${TEMPLATE_LIMITS.fileSize / MB} MB. ${SHRINK}`);
  if (!startsWith(bytes, [0x50, 0x4b])) throw new TemplateError(path, `không phải tệp .docx (tệp .docx là một tệp nén zip, bắt đầu bằng "PK"). ${RESAVE}`);
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, TEMPLATE_LIMITS.zip);
  } catch (e) {
    if (!(e instanceof ZipError)) throw e;
    throw e.limit ? new TemplateError(path, `bị từ chối: ${e.message}. ${SHRINK}`) : damaged(path, e.message);
  }
  return new PackageReader(path, bytes, entries).read();
}

class PackageReader {
  private readonly byName: Map<string, ZipEntry>;
  private readonly kept = new Set<string>();
  private readonly content = new Map<string, Uint8Array>();
  private readonly xml = new Map<string, string>();
  private readonly dom = new Map<string, XmlDocument>();
  private readonly edited = new Set<string>();

  constructor(
    private readonly path: string,
    private readonly bytes: Uint8Array,
    private readonly entries: ZipEntry[],
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  read(): TemplatePackage {
    for (const required of ['[Content_Types].xml', 'word/document.xml']) {
      if (!this.byName.has(required)) throw damaged(this.path, `thiếu phần "${required}", nên không phải văn bản Word (có thể là tệp nén khác, hay tệp Excel, PowerPoint đổi đuôi)`);
    }
    this.keep('[Content_Types].xml');
    const visited = new Set<string>();
    const queue = ['', 'word/document.xml'];
    for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
      if (visited.has(source)) continue;
      visited.add(source);
      if (source !== '') this.keep(source);
      queue.push(...this.followRelationships(source));
    }
    this.dropOverrides();
    return { bytes: this.zip(), xml: this.xml };
  }

  /** Reads a part (inflated to its declared size at most); XML parts must be well-formed. */
  private keep(name: string): void {
    if (this.kept.has(name)) return;
    const entry = this.byName.get(name)!;
    if (isXml(name) && entry.size > TEMPLATE_LIMITS.xmlPartSize) {
      throw new TemplateError(this.path, `bị từ chối: phần "${name}" dài ${Math.ceil(entry.size / MB)} MB, quá giới hạn ${TEMPLATE_LIMITS.xmlPartSize / MB} MB một phần XML. ${SHRINK}`);
    }
    let content: Buffer;
    try {
      content = readZipEntry(this.bytes, entry);
    } catch (e) {
      if (e instanceof ZipError) throw damaged(this.path, e.message);
      throw e;
    }
    this.kept.add(name);
    this.content.set(name, content);
    if (isXml(name)) this.parse(name, content.toString('utf8'));
  }

  private parse(name: string, text: string): void {
    let where: { lineNumber?: number; columnNumber?: number } | undefined;
    const onError = (level: string, _message: string, context: unknown) => {
      if (level !== 'warning') where ??= (context as { locator?: typeof where } | undefined)?.locator ?? {};
    };
    let dom: XmlDocument | undefined;
    try {
      dom = new DOMParser({ onError }).parseFromString(text, 'text/xml');
    } catch {
      where ??= {};
    }
    if (where || !dom?.documentElement) {
      const at = where?.lineNumber ? ` ở dòng ${where.lineNumber}, cột ${where.columnNumber}` : '';
      throw damaged(this.path, `phần "${name}" không phải XML hợp lệ${at}`);
    }
    this.xml.set(name, text);
    this.dom.set(name, dom);
  }

  /** The parts `source` refers to; relationships to dropped kinds are taken out of its relationships part. */
  private followRelationships(source: string): string[] {
    const rels = relsOf(source);
    if (!this.byName.has(rels)) return [];
    this.keep(rels);
    const targets: string[] = [];
    for (const relationship of Array.from(this.dom.get(rels)!.getElementsByTagName('Relationship'))) {
      if (relationship.getAttribute('TargetMode') === 'External') continue;
      const kind = (relationship.getAttribute('Type') ?? '').split('/').pop()!;
      if (DROPPED_KINDS.has(kind)) {
        relationship.parentNode!.removeChild(relationship);
        this.edited.add(rels);
        continue;
      }
      const part = targetPart(source, relationship.getAttribute('Target') ?? '');
      if (part !== undefined && this.byName.has(part)) targets.push(part);
    }
    return targets;
  }

  /**
   * Content types declared for parts not kept are taken out; a Word template (.dotx) or a document with
   * macros (.docm, .dotm) becomes a plain document, as the outputs are .docx files (Word refuses a .docx
   * whose main part says otherwise).
   */
  private dropOverrides(): void {
    const types = this.dom.get('[Content_Types].xml')!;
    for (const override of Array.from(types.getElementsByTagName('Override'))) {
      const part = decodeSafe((override.getAttribute('PartName') ?? '').replace(/^\//, ''));
      if (!this.kept.has(part)) {
        override.parentNode!.removeChild(override);
        this.edited.add('[Content_Types].xml');
      } else if (part === 'word/document.xml' && OTHER_MAIN_TYPES.has(override.getAttribute('ContentType') ?? '')) {
        override.setAttribute('ContentType', DOCX_MAIN_TYPE);
        this.edited.add('[Content_Types].xml');
      }
    }
  }

  /** The kept parts in their order, with their dates; edited XML parts serialised again. */
  private zip(): Uint8Array {
    for (const name of this.edited) this.xml.set(name, new XMLSerializer().serializeToString(this.dom.get(name)!));
    const zip = new PizZip();
    for (const entry of this.entries.filter((e) => this.kept.has(e.name))) {
      const content = this.edited.has(entry.name) ? this.xml.get(entry.name)! : this.content.get(entry.name)!;
      zip.file(entry.name, content, { date: entry.date, binary: typeof content !== 'string', createFolders: false });
    }
    return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  }
}
