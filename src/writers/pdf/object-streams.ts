/**
 * pdf-lib compresses the object streams it makes when it saves (the dictionaries of pages, fonts and
 * images, packed) with fflate, JavaScript, slowed down by a short run's light JIT. The writer has them
 * compressed by Node's zlib instead, as it does the pages' drawings (render.ts): the same PDF objects,
 * three times as fast. Wrapped once, in the static pdf-lib's save calls; test/pdf/object-streams.test.ts
 * fails should a pdf-lib update stop calling it.
 */
import { PDFObjectStream } from '@cantoo/pdf-lib';
import { deflateSync } from 'node:zlib';

let wrapped = false;

export function objectStreamsByZlib(): void {
  if (wrapped) return;
  wrapped = true;
  const make = PDFObjectStream.withContextAndObjects;
  PDFObjectStream.withContextAndObjects = (context, objects, encode = true) => {
    const stream = make(context, objects, encode);
    if (encode) stream.updateContents(deflateSync(stream.getUnencodedContents()));
    return stream;
  };
}
