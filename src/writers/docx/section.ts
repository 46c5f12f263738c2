/** Section properties (page size, margins, page numbering) from the layout module. */
import { mmToTwips, type PageLayout } from '../../layout/nd30.ts';

export interface SectionOptions {
  headerRelId?: string;
  landscape?: boolean;
}

/**
 * Every section (the document, each phụ lục, each attachment) numbers its pages from 1 and shows
 * no number on its first page (`titlePg` with no first-page header).
 */
export function sectionPropertiesXml(page: PageLayout, options: SectionOptions = {}): string {
  const [w, h] = options.landscape ? [page.heightMm, page.widthMm] : [page.widthMm, page.heightMm];
  const orient = options.landscape ? ' w:orient="landscape"' : '';
  const m = page.margins;
  const header = options.headerRelId ? `<w:headerReference w:type="default" r:id="${options.headerRelId}"/>` : '';
  return (
    `<w:sectPr>${header}<w:type w:val="nextPage"/>` +
    `<w:pgSz w:w="${mmToTwips(w)}" w:h="${mmToTwips(h)}"${orient}/>` +
    `<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}" w:header="${mmToTwips(page.pageNumberFromTopMm)}" w:footer="${mmToTwips(page.pageNumberFromTopMm)}" w:gutter="0"/>` +
    `<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>`
  );
}
