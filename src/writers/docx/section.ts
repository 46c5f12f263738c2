/** Section properties (page size, margins, page numbering) of a plan's page setup. */
import { mmToTwips } from '../../layout/nd30.ts';
import type { PageSetup } from '../../plan/types.ts';
import { el, val } from './xml.ts';

export type SectionPage = Pick<PageSetup, 'widthMm' | 'heightMm' | 'landscape' | 'marginsMm'> & { pageNumbers: Pick<PageSetup['pageNumbers'], 'fromTopMm'> };

/**
 * Every section (the document, each phụ lục, each attachment) numbers its pages from 1 and shows no
 * number on its first page (`titlePg` with no first-page header).
 */
export function sectionPropertiesXml(page: SectionPage, headerRelId?: string): string {
  const m = page.marginsMm;
  const numberAt = mmToTwips(page.pageNumbers.fromTopMm);
  return el('w:sectPr', null, [
    ...(headerRelId ? [el('w:headerReference', { 'w:type': 'default', 'r:id': headerRelId })] : []),
    val('w:type', 'nextPage'),
    el('w:pgSz', { 'w:w': mmToTwips(page.widthMm), 'w:h': mmToTwips(page.heightMm), 'w:orient': page.landscape ? 'landscape' : undefined }),
    el('w:pgMar', {
      'w:top': mmToTwips(m.top),
      'w:right': mmToTwips(m.right),
      'w:bottom': mmToTwips(m.bottom),
      'w:left': mmToTwips(m.left),
      'w:header': numberAt,
      'w:footer': numberAt,
      'w:gutter': 0,
    }),
    el('w:pgNumType', { 'w:start': 1 }),
    el('w:titlePg'),
  ]);
}
