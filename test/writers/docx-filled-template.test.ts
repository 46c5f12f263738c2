/**
 * The DOCX writer fills the template with docxtemplater once per template and run, with marks where a
 * document's content goes, then puts each document's XML in place of the marks and zips the package
 * itself. Each DOCX holds what docxtemplater gives when it fills the template with that document's
 * content itself: the same parts, in the same order, with the same bytes and dates (only the compressed
 * bytes may differ: Node's zlib, not pizzip's deflate): with images, with the default template and with a
 * user's edited copy.
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
import { readZipDirectory, readZipEntry } from '../../src/writers/docx/zip-reader.ts';

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

/** What a package holds: each part's name, date and bytes, in the zip's order. */
function contentsOf(docx: Uint8Array): [string, number, string][] {
  const zip = new PizZip(docx);
  return Object.values(zip.files).map((f) => [f.name, f.date.getTime(), Buffer.from(f.asUint8Array()).toString('base64')]);
}

/** The writer's DOCX holds what docxtemplater's does. */
function expectSamePackage(plan: LayoutPlan, file: TemplateFile, what = ''): void {
  const ours = contentsOf(writeDocx(plan, file));
  expect(ours.length, what).toBeGreaterThan(5);
  expect(ours, what).toEqual(contentsOf(filledByDocxtemplater(plan, file)));
}

/** The zip with a comment after its end record. */
function withComment(zip: Uint8Array, comment: string): Buffer {
  const text = Buffer.from(comment, 'utf8');
  const bytes = Buffer.concat([zip, text]);
  bytes.writeUInt16LE(text.length, zip.length - 2);
  return bytes;
}

describe('DOCX writer: the template filled once, each document put in its place', () => {
  for (const sample of ['data/2025/quyet-dinh-khen-thuong-2025.md', 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'data/vi-du/quyet-dinh-1940-co-thi-dua-ha-giang.md']) {
    it(`${sample}: what docxtemplater gives filling the template with it`, () => {
      expectSamePackage(planOf(buildFile(sample)), DEFAULT);
    });
  }

  it('a document with images (signature, seal): media and their relationships added as docxtemplater would', () => {
    const plan = planOf(buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md'));
    expect(Object.keys(plan.images).length).toBeGreaterThan(0);
    expectSamePackage(plan, DEFAULT);
  });

  it('a template whose zip has a comment: the same package, a valid zip', () => {
    const commented: TemplateFile = { path: 'mau-co-ghi-chu.docx', bytes: new Uint8Array(withComment(EDITED.bytes, 'Mẫu của Sở Nội vụ')) };
    expectSamePackage(planOf(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md')), commented);
  });

  it("a user's edited template: the same too, for two documents in a row", () => {
    for (const sample of ['data/2025/chi-thi-thi-dua-2025.md', 'data/2025/to-trinh-de-nghi-khen-thuong-2025.md']) {
      expectSamePackage(planOf(buildFile(sample)), EDITED, sample);
    }
  });

  it('every part a document puts in is deflated, with the CRC and sizes of its bytes (our zip reader checks them)', () => {
    const bytes = writeDocx(planOf(buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md')), DEFAULT);
    const limits = { maxEntries: 100, maxTotalSize: 1e8, maxEntrySize: 1e8, maxRatio: 1000, ratioFrom: 1e6 };
    const entries = readZipDirectory(bytes, limits);
    const put = entries.filter((e) => e.name === 'word/document.xml' || e.name.startsWith('word/media/') || e.name.endsWith('.rels'));
    expect(put.length).toBeGreaterThan(3);
    expect(put.map((e) => `${e.name} ${e.method}`)).toEqual(put.map((e) => `${e.name} 8`));
    for (const entry of entries) expect(readZipEntry(bytes, entry).length, entry.name).toBe(entry.size);
  });
});
