/**
 * Turns a Document into sections — the main text, each phụ lục, each attached document — each a flow of
 * chunks on its own pages with its own page numbering.
 */
import { paragraphRuns, type Appendix, type Block, type Document } from '../../model/types.ts';
import { HEADER, KINH_GUI, PAGE, PT_PER_MM, STYLES, type ParagraphStyle } from '../../layout/nd30.ts';
import { textWidthPt, variantOf } from '../../layout/fonts.ts';
import { headerPiece, titlePieces, titleRulePiece } from './header.ts';
import { closingPiece } from './closing.ts';
import { layoutParagraph, paragraphPiece } from './paragraph.ts';
import { tablePiece } from './table.ts';
import { widestLine } from './column.ts';
import { joinPieces, PAGE_BREAK, type FlowItem } from './paginate.ts';
import type { Chunk, PageBox, Piece } from './ops.ts';

export interface Section {
  box: PageBox;
  chunks: Chunk[];
}

export function pageBox(landscape = false): PageBox {
  const { margins } = PAGE;
  const width = (landscape ? PAGE.heightMm : PAGE.widthMm) * PT_PER_MM;
  const height = (landscape ? PAGE.widthMm : PAGE.heightMm) * PT_PER_MM;
  return {
    width,
    height,
    left: margins.left * PT_PER_MM,
    top: margins.top * PT_PER_MM,
    textWidth: width - (margins.left + margins.right) * PT_PER_MM,
    bodyHeight: height - (margins.top + margins.bottom) * PT_PER_MM,
  };
}

function bodyItems(blocks: Block[], box: PageBox): FlowItem[] {
  return blocks.map((block): FlowItem => {
    if (block.kind === 'page-break') return PAGE_BREAK;
    if (block.kind === 'table') return { ...tablePiece(block, box), keepWithNext: block.keepWithNext ?? false };
    const spec = { runs: paragraphRuns(block), style: STYLES[block.style], align: block.align, firstLineIndent: block.firstLineIndent };
    const piece = paragraphPiece(layoutParagraph(spec, box.left, box.textWidth));
    return block.keepWithNext ? { ...piece, keepWithNext: true } : piece;
  });
}

/** `Kính gửi: X.` on one line, or `Kính gửi:` then one addressee a line, the dashes after the colon. */
function kinhGuiPiece(addressees: string[], box: PageBox): Piece | undefined {
  const style = STYLES.KinhGui;
  if (addressees.length === 0) return undefined;
  const label = textWidthPt(KINH_GUI.label, style.sizePt, variantOf(style.bold, style.italic));
  const runs =
    addressees.length === 1
      ? [{ text: KINH_GUI.label + addressees[0] }]
      : [{ text: KINH_GUI.label.trimEnd(), breakAfter: true }, ...addressees.map((text, i) => ({ text, breakAfter: i < addressees.length - 1 }))];
  const leftIndent = KINH_GUI.indentMm * PT_PER_MM + label;
  return paragraphPiece(layoutParagraph({ runs, style, leftIndent, firstLineIndentPt: -label }, box.left, box.textWidth));
}

function mainSection(doc: Document): Section {
  const box = pageBox();
  const items: (Piece | undefined | FlowItem)[] = [
    headerPiece(doc.header, box),
    ...titlePieces(doc, box),
    kinhGuiPiece(doc.kinhGui, box),
    ...doc.canCu.map((text) => paragraphPiece(layoutParagraph({ runs: [{ text }], style: STYLES.CanCu }, box.left, box.textWidth))),
    ...bodyItems(doc.body, box),
    closingPiece(doc.closing, box),
  ];
  return { box, chunks: joinPieces(items.filter((item) => item !== undefined)) };
}

function appendixSection(appendix: Appendix): Section {
  const box = pageBox(appendix.landscape);
  const centred = (text: string, style: ParagraphStyle) =>
    layoutParagraph({ runs: [{ text }], style }, box.left, box.textWidth);
  const title = appendix.title.map((line) => centred(line, STYLES.PhuLucTieuDe));
  const items: FlowItem[] = [
    ...(appendix.label ? [paragraphPiece(centred(appendix.label, STYLES.PhuLucSo))] : []),
    ...title.map(paragraphPiece),
    ...(appendix.attachedTo ? [paragraphPiece(centred(appendix.attachedTo, STYLES.PhuLucKemTheo))] : []),
    ...(title.length > 0 ? [titleRulePiece(HEADER.shortRuleFraction * widestLine(title), box)] : []),
    ...bodyItems(appendix.body, box),
  ];
  return { box, chunks: joinPieces(items) };
}

export function sectionsOf(doc: Document): Section[] {
  return [mainSection(doc), ...doc.appendices.map(appendixSection), ...doc.attachments.flatMap(sectionsOf)];
}
