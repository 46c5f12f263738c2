/**
 * Document model + font metrics → layout plan. Every layout question (the header and closing grids,
 * rules and their lengths, hanging indents, frames, table column widths, what keeps with what, the
 * page of each section) is answered here once, for every writer.
 */
import { imageMediaType } from '../core/image.ts';
import { MANUAL_BREAK, withGluedDashes, withLineBreaks } from '../core/run.ts';
import type { Appendix, Document, ImageRef } from '../document/types.ts';
import type { Fonts } from '../layout/fonts.ts';
import { HEADER, PAGE, PT_PER_MM, STYLES, styleOf, TITLE, type StyleId } from '../layout/nd30.ts';
import { bodyItems } from './body.ts';
import { closingGrid } from './closing.ts';
import { canCuItems, headerGrid, kinhGuiItems, line, rule, titleItems } from './header.ts';
import { linesAt, widestLine } from './measure.ts';
import { PLAN_VERSION, type FlowItem, type LayoutPlan, type LineMetrics, type PageSetup, type Paragraph, type PlanImage, type Section, type SectionRole } from './types.ts';

export interface PlanInputs {
  fonts: Fonts;
  /** The bytes of the document's images, by content hash (the resolver loaded them). */
  imageBytes: ReadonlyMap<string, Uint8Array>;
}

export function buildPlan(doc: Document, inputs: PlanInputs): LayoutPlan {
  return {
    version: PLAN_VERSION,
    info: {
      // A công văn has no tên loại: its V/v line is its title.
      title: [doc.title.tenLoai, ...doc.title.trichYeu, ...(doc.title.tenLoai ? [] : doc.header.vvTrichYeu)].filter(Boolean).join(' ').split(MANUAL_BREAK).join(' '),
      author: doc.header.coQuanBanHanh.join(' '),
      date: doc.info.date,
      language: 'vi-VN',
    },
    sections: documentSections(doc, 'van-ban', inputs.fonts),
    images: planImages(doc, inputs.imageBytes),
    lines: lineMetrics(inputs.fonts),
  };
}

function lineMetrics(fonts: Fonts): Record<StyleId, LineMetrics> {
  const entries = (Object.keys(STYLES) as StyleId[]).map((id): [StyleId, LineMetrics] => [id, linesAt(STYLES[id].sizePt, STYLES[id].lineSpacing, fonts)]);
  return Object.fromEntries(entries) as Record<StyleId, LineMetrics>;
}

/** The page of a section, from the layout module (read at each call: a changed margin moves every writer). */
export function pageSetup(landscape = false): PageSetup {
  const { margins } = PAGE;
  const width = (landscape ? PAGE.heightMm : PAGE.widthMm) * PT_PER_MM;
  const height = (landscape ? PAGE.widthMm : PAGE.heightMm) * PT_PER_MM;
  return {
    widthMm: landscape ? PAGE.heightMm : PAGE.widthMm,
    heightMm: landscape ? PAGE.widthMm : PAGE.heightMm,
    landscape,
    marginsMm: { ...margins },
    textWidthPt: width - (margins.left + margins.right) * PT_PER_MM,
    bodyHeightPt: height - (margins.top + margins.bottom) * PT_PER_MM,
    pageNumbers: { fromTopMm: PAGE.pageNumberFromTopMm, sizePt: PAGE.pageNumberSizePt, showOnFirstPage: false },
  };
}

/** The document, then its phụ lục, then each attached document with its own. */
function documentSections(doc: Document, role: SectionRole, fonts: Fonts): Section[] {
  return [mainSection(doc, role, fonts), ...doc.appendices.map((a) => appendixSection(a, fonts)), ...doc.attachments.flatMap((a) => documentSections(a, 'kem-theo', fonts))];
}

function mainSection(doc: Document, role: SectionRole, fonts: Fonts): Section {
  const page = pageSetup();
  const closing = closingGrid(doc.closing, page, fonts);
  const items: FlowItem[] = [
    headerGrid(doc.header, page, fonts),
    ...titleItems(doc, page, fonts),
    ...kinhGuiItems(doc.kinhGui, fonts),
    ...canCuItems(doc.canCu),
    ...bodyItems(doc.body, page, fonts),
    ...(closing ? [closing] : []),
  ];
  return { role, page, items: withLineRules(gapsBeforeGrids(keptWithFollowers(items))) };
}

/**
 * A phụ lục on a new page: its label, its title, the `(Kèm theo …)` line and a short rule under the
 * title, then its text. Without a title there is no rule; the text starts the same 12 pt lower.
 */
function appendixSection(appendix: Appendix, fonts: Fonts): Section {
  const page = pageSetup(appendix.landscape === true);
  const heading: Paragraph[] = [
    ...(appendix.label ? [line('PhuLucSo', appendix.label)] : []),
    ...appendix.title.map((text) => line('PhuLucTieuDe', text)),
    ...(appendix.attachedTo ? [line('PhuLucKemTheo', appendix.attachedTo)] : []),
  ];
  const items: FlowItem[] = [...heading];
  if (appendix.title.length > 0) {
    items.push(rule(HEADER.shortRuleFraction * widestLine(appendix.title, STYLES.PhuLucTieuDe, page.textWidthPt, fonts), { title: true }));
  } else if (heading.length > 0) {
    heading[heading.length - 1].spaceAfterPt = TITLE.spaceAfterRulePt;
  }
  items.push(...bodyItems(appendix.body, page, fonts));
  return { role: 'phu-luc', page, items: withLineRules(gapsBeforeGrids(keptWithFollowers(items))) };
}

/** An item that stays with the one before it (a title's rule, the closing) makes that one keep with it. */
const keepsWithPrevious = (item: FlowItem | undefined): boolean =>
  (item?.kind === 'rule' && item.keepWithPrevious) || (item?.kind === 'grid' && item.keepWithPreviousLines > 0);

function keptWithFollowers(items: FlowItem[]): FlowItem[] {
  items.forEach((item, i) => {
    if (!keepsWithPrevious(items[i + 1])) return;
    if (item.kind === 'paragraph' && !styleOf(item.style).keepWithNext) item.keepWithNext = true;
    else if (item.kind === 'rule' || item.kind === 'grid') item.keepWithNext = true;
  });
  return items;
}

/**
 * The space before a grid that follows a paragraph becomes that paragraph's space after (the sum is
 * the same). In a DOCX the space would otherwise need a paragraph of its own, and LibreOffice keeps at
 * most two keep-with-next paragraphs with a table: a heading was left alone at the foot of a page.
 */
function gapsBeforeGrids(items: FlowItem[]): FlowItem[] {
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (item.kind !== 'paragraph' || next?.kind !== 'grid' || next.spaceBeforePt === 0) return;
    item.spaceAfterPt = (item.spaceAfterPt ?? styleOf(item.style).spaceAfterPt ?? 0) + next.spaceBeforePt;
    next.spaceBeforePt = 0;
  });
  return items;
}

/**
 * Every paragraph, in the flow and in grid cells, with the newlines, U+000B and U+000C of its text
 * turned into manual line breaks, and each spaced dash glued to the word before it, so that every
 * writer breaks the lines alike.
 */
function withLineRules<T extends FlowItem>(items: T[]): T[] {
  for (const item of items) {
    if (item.kind === 'paragraph') item.runs = withGluedDashes(withLineBreaks(item.runs));
    else if (item.kind === 'grid') for (const row of item.rows) for (const cell of row.cells) withLineRules(cell.items);
  }
  return items;
}

function planImages(doc: Document, bytes: ReadonlyMap<string, Uint8Array>): Record<string, PlanImage> {
  const images: Record<string, PlanImage> = {};
  for (const ref of documentImages(doc)) {
    const data = bytes.get(ref.sha256);
    if (!data) throw new Error(`thiếu dữ liệu ảnh ${ref.path} (${ref.sha256}) khi dàn trang`);
    images[ref.sha256] = { sha256: ref.sha256, mediaType: imageMediaType(data), widthPx: ref.widthPx, heightPx: ref.heightPx, bytes: data };
  }
  return images;
}

function documentImages(doc: Document): ImageRef[] {
  const own = doc.closing.signers.flatMap((s) => [s.signatureImage, s.sealImage]).filter((i): i is ImageRef => i !== undefined);
  return [...own, ...doc.attachments.flatMap(documentImages)];
}
