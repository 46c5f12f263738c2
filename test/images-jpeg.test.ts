/**
 * JPEG signatures and seals: sized from the start-of-frame segment and shown by every writer; any other
 * format is named in the message, with the formats accepted, and never reported as a missing file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from '@cantoo/pdf-lib';
import { readImage } from '../src/core/image.ts';
import { jpegSize } from '../src/core/jpeg.ts';
import { DocumentError, formatProblem } from '../src/core/errors.ts';
import type { Document } from '../src/document/types.ts';
import { buildDocument } from '../src/model/build.ts';
import { readMarkdown } from '../src/readers/parse.ts';
import { loadRegistry } from '../src/resolve/resources.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import { renderDocx, renderHtml, renderPdf, testPlan } from './helpers/build.ts';

const JPEG = new Uint8Array(readFileSync('test/fixtures/anh/chu-ky.jpg'));
const PROGRESSIVE = new Uint8Array(readFileSync('test/fixtures/anh/con-dau-progressive.jpg'));

/** A document in test/fixtures (whose images are there), signed with `images`. */
function signed(images: string): Document {
  const { registry, file } = loadRegistry('data/_chung/co-quan.yaml');
  const resolver = new Resolver({ registry, registryFile: file, templatesDir: 'templates', lawDir: 'data/_chung', roots: ['data', 'templates', 'test/fixtures'] });
  const text = testPlan('').replace('nguoi_ky: anh }', `nguoi_ky: anh, ${images} }`);
  return buildDocument(resolver.resolveSource(readMarkdown(text, 'test/fixtures/thu.md')));
}

function messagesOf(images: string): string[] {
  try {
    signed(images);
  } catch (e) {
    if (e instanceof DocumentError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('expected the document to fail');
}

const ACCEPTED = 'Chỉ dùng được ảnh PNG (.png, nên có nền trong suốt) hoặc JPEG (.jpg, .jpeg): mở ảnh bằng một trình sửa ảnh và lưu lại dạng PNG.';

describe('jpegSize', () => {
  it('reads the pixel size from the start-of-frame segment, past the segments before it', () => {
    expect(jpegSize(JPEG)).toEqual({ width: 48, height: 24 });
    expect(jpegSize(PROGRESSIVE)).toEqual({ width: 30, height: 30 });
  });

  it('gives nothing for bytes that end before the frame, or that are not a JPEG', () => {
    const frame = JPEG.findIndex((b, i) => b === 0xff && JPEG[i + 1] === 0xc0);
    expect(jpegSize(JPEG.subarray(0, frame + 6))).toBeUndefined();
    expect(jpegSize(readFileSync('data/_chung/anh/chu-ky-minh-hoa.png'))).toBeUndefined();
  });
});

describe('readImage', () => {
  it('recognises PNG and JPEG by their bytes, and names the formats it does not take', () => {
    expect(readImage(JPEG)).toEqual({ ok: true, mediaType: 'image/jpeg', size: { width: 48, height: 24 } });
    expect(readImage(readFileSync('data/_chung/anh/chu-ky-minh-hoa.png'))).toMatchObject({ ok: true, mediaType: 'image/png' });
    expect(readImage(readFileSync('test/fixtures/anh/gif-doi-ten.png'))).toEqual({ ok: false, format: 'GIF' });
    expect(readImage(readFileSync('test/fixtures/anh/con-dau.webp'))).toEqual({ ok: false, format: 'WebP' });
    expect(readImage(JPEG.subarray(0, 40))).toEqual({ ok: false, format: 'JPEG', damaged: 'không đọc được kích thước ảnh' });
    expect(readImage(Buffer.from('không phải ảnh'))).toEqual({ ok: false });
  });
});

describe('a JPEG signature and seal', () => {
  const doc = () => signed('chu_ky: anh/chu-ky.jpg, con_dau: anh/con-dau-progressive.jpg');

  it('the model has their pixel sizes', () => {
    const signer = doc().closing.signers[0];
    expect([signer.signatureImage, signer.sealImage].map((i) => [i?.widthPx, i?.heightPx])).toEqual([
      [48, 24],
      [30, 30],
    ]);
  });

  it('DOCX: JPEG media parts with the image/jpeg content type', () => {
    const zip = new PizZip(renderDocx(doc()));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).sort()).toEqual(['word/media/anh1.jpeg', 'word/media/anh2.jpeg']);
    expect(Buffer.from(zip.file('word/media/anh1.jpeg')!.asUint8Array()).equals(Buffer.from(JPEG))).toBe(true);
    expect(zip.file('[Content_Types].xml')!.asText()).toContain('<Default Extension="jpeg" ContentType="image/jpeg"/>');
    expect(zip.file('word/_rels/document.xml.rels')!.asText()).toContain('Target="media/anh1.jpeg"');
  });

  it('PDF: the JPEG bytes embedded as they are (DCTDecode), at their pixel size', async () => {
    const pdf = await PDFDocument.load(await renderPdf(doc()));
    const images = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images.map((i) => [i.dict.get(PDFName.of('Filter')), (i.dict.get(PDFName.of('Width')) as PDFNumber).asNumber()])).toEqual([
      [PDFName.of('DCTDecode'), 48],
      [PDFName.of('DCTDecode'), 30],
    ]);
  });

  it('HTML: data URLs of type image/jpeg', () => {
    expect(renderHtml(doc())).toContain(`src="data:image/jpeg;base64,${Buffer.from(JPEG).toString('base64')}"`);
  });
});

describe('an image in another format', () => {
  it('a GIF named .png: says it is a GIF and which formats are accepted', () => {
    expect(messagesOf('chu_ky: anh/gif-doi-ten.png')).toEqual([`Lỗi: test/fixtures/thu.md, dòng 7 — trường "ky.chu_ky": tệp "anh/gif-doi-ten.png" là ảnh GIF, dù tên có đuôi ".png". ${ACCEPTED}`]);
  });

  it('a WebP seal', () => {
    expect(messagesOf('con_dau: anh/con-dau.webp')).toEqual([`Lỗi: test/fixtures/thu.md, dòng 7 — trường "ky.con_dau": tệp "anh/con-dau.webp" là ảnh WebP. ${ACCEPTED}`]);
  });

  it('a file that is no image at all', () => {
    expect(messagesOf('con_dau: ../fixtures/README.md')).toEqual([
      `Lỗi: test/fixtures/thu.md, dòng 7 — trường "ky.con_dau": tệp "../fixtures/README.md" không phải ảnh PNG hay JPEG (không nhận ra định dạng của tệp). ${ACCEPTED}`,
    ]);
  });
});
