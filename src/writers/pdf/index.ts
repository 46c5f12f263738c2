/** PDF writer: our own layout engine (line breaking, justification, pagination) drawn with pdf-lib. */
import type { Document } from '../../model/types.ts';
import { sectionsOf } from './document.ts';
import { paginate } from './paginate.ts';
import { renderSections } from './render.ts';

export async function renderPdf(doc: Document): Promise<Uint8Array> {
  const sections = sectionsOf(doc).map(({ box, chunks }) => ({ box, pages: paginate(chunks, box.bodyHeight) }));
  return renderSections(sections, {
    title: [doc.title.tenLoai, ...doc.title.trichYeu].filter(Boolean).join(' '),
    author: doc.header.coQuanBanHanh.join(' '),
    // The document's own date, not the clock: the same Document gives the same bytes.
    date: new Date(Date.UTC(doc.info.date.year, (doc.info.date.month ?? 1) - 1, doc.info.date.day ?? 1)),
  });
}
