/**
 * pdf-lib compresses its streams with fflate, JavaScript, slowed down by a short run's light JIT. The
 * writer has the pages' drawings (render.ts) and the object streams pdf-lib packs when it saves (the
 * dictionaries of pages, fonts and images) compressed by Node's zlib instead: the same PDF objects, three
 * times as fast. Node, the processor family and zlib are part of the program's version (build/version.ts).
 * The object streams' factory is wrapped once; test/pdf/object-streams.test.ts fails should a pdf-lib
 * update stop calling it.
 */
import { PDFName, PDFObjectStream, type PDFFlateStream } from '@cantoo/pdf-lib';
import { deflateSync } from 'node:zlib';

/** The stream's content, compressed when its dictionary says /FlateDecode (pdf-lib set it so), as it is otherwise. */
export function byZlib(stream: PDFFlateStream): Uint8Array {
  const content = stream.getUnencodedContents();
  return stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode') ? deflateSync(content) : content;
}

let wrapped = false;

export function objectStreamsByZlib(): void {
  if (wrapped) return;
  wrapped = true;
  const make = PDFObjectStream.withContextAndObjects;
  PDFObjectStream.withContextAndObjects = (context, objects, encode = true) => {
    const stream = make(context, objects, encode);
    stream.updateContents(byZlib(stream));
    return stream;
  };
}
