/**
 * The PDF writer compresses the pages' drawings and the object streams pdf-lib packs at save with Node's
 * zlib (render.ts, object-streams.ts), not pdf-lib's own deflate: each such stream is the very bytes zlib
 * gives for its content. Fails should a pdf-lib update bypass the wrapped factory.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { buildFile, renderPdf } from '../helpers/build.ts';

describe('PDF streams compressed by zlib', () => {
  it('the object streams and the pages drawings of a quyết định', async () => {
    const pdf = await PDFDocument.load(await renderPdf(buildFile('data/2025/quyet-dinh-khen-thuong-2025.md')));
    const flate = (o: unknown): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode');
    const objectStreams = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((o): o is PDFRawStream => flate(o) && o.dict.get(PDFName.of('Type')) === PDFName.of('ObjStm'));
    const drawings = pdf.getPages().flatMap((page) => {
      const contents = page.node.Contents();
      return (contents instanceof PDFArray ? contents.asArray() : [contents]).map((ref) => pdf.context.lookup(ref)).filter(flate);
    });
    expect(objectStreams.length).toBeGreaterThan(0);
    expect(drawings.length).toBeGreaterThanOrEqual(pdf.getPageCount());
    // Each page's drawing compressed once, not emptied by a second pass.
    for (const drawing of drawings) expect(inflateSync(drawing.contents).toString('latin1')).toMatch(/BT[\s\S]*T[jJ][\s\S]*ET/);
    for (const [what, streams] of [['object stream', objectStreams], ['drawing', drawings]] as const) {
      for (const stream of streams) expect(Buffer.from(stream.contents).equals(deflateSync(inflateSync(stream.contents))), what).toBe(true);
    }
  });
});
