/** The page-1 header grid, the title block, Kính gửi and the căn cứ lines. */
import type { Document, Header } from '../document/types.ts';
import type { Fonts } from '../layout/fonts.ts';
import { HEADER, KINH_GUI, PT_PER_MM, STYLES, TITLE, type StyleId } from '../layout/nd30.ts';
import { fitHeader } from '../layout/header-fit.ts';
import { balancedLines, linesAt, widestLine } from './measure.ts';
import type { CellItem, FlowItem, Grid, PageSetup, Paragraph, Rule } from './types.ts';

export const line = (style: StyleId, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ kind: 'paragraph', style, runs: [{ text }], ...extra });

/** A rule under a block of text; under a title it stays with the title and what follows. */
export function rule(lengthPt: number, options: { title?: boolean } = {}): Rule {
  return {
    kind: 'rule',
    lengthPt,
    weightPt: HEADER.ruleWeightPt,
    gapPt: HEADER.ruleGapPt,
    spaceAfterPt: options.title ? TITLE.spaceAfterRulePt : 0,
    keepWithPrevious: options.title === true,
    keepWithNext: options.title === true,
  };
}

/** A mark framed just wide enough for its text (độ khẩn, độ mật, DỰ THẢO). */
function framed(text: string, style: StyleId, columnPt: number, fonts: Fonts): Paragraph {
  const padding = TITLE.framePaddingPt;
  const textWidth = widestLine([text], STYLES[style], columnPt, fonts);
  return line(style, text, { frame: { widthPt: textWidth + 2 * padding, paddingPt: padding, weightPt: HEADER.ruleWeightPt } });
}

/** A header line, at `sizePt` when fitting asked for a size other than its style's. */
function sizedLine(style: StyleId, text: string, sizePt: number | undefined, fonts: Fonts): Paragraph {
  if (sizePt === undefined) return line(style, text);
  return line(style, text, { size: { pt: sizePt, line: linesAt(sizePt, STYLES[style].lineSpacing, fonts) } });
}

/**
 * Two borderless columns, two rows. Row 1: cơ quan (left), Quốc hiệu and Tiêu ngữ (right); row 2,
 * below the taller of those: số, ký hiệu and the marks (left), địa danh and ngày (right). The columns
 * are fitted to the text (layout/header-fit.ts).
 */
export function headerGrid(h: Header, page: PageSetup, fonts: Fonts): Grid {
  const fit = fitHeader(h, page.textWidthPt, fonts);
  const left = fit.leftPt;
  const right = page.textWidthPt - left;
  const agency: CellItem[] = [
    ...h.coQuanChuQuan.map((text) => sizedLine('CoQuanChuQuan', text, fit.agencySizePt, fonts)),
    ...h.coQuanBanHanh.map((text) => sizedLine('CoQuanBanHanh', text, fit.agencySizePt, fonts)),
  ];
  const agencyStyle = { ...STYLES.CoQuanBanHanh, sizePt: fit.agencySizePt ?? STYLES.CoQuanBanHanh.sizePt };
  if (h.coQuanBanHanh.length > 0) agency.push(rule(HEADER.shortRuleFraction * widestLine(h.coQuanBanHanh, agencyStyle, left, fonts)));
  const nation: CellItem[] = [sizedLine('QuocHieu', h.quocHieu, fit.quocHieuSizePt, fonts), line('TieuNgu', h.tieuNgu), rule(widestLine([h.tieuNgu], STYLES.TieuNgu, right, fonts))];
  const number: CellItem[] = [
    line('SoKyHieu', h.soKyHieu),
    ...h.vvTrichYeu.map((text) => line('VvTrichYeu', text)),
    ...h.khanMat.map((mark) => framed(mark, 'KhanMat', left, fonts)),
    ...(h.duThao ? [framed(h.duThao, 'DuThao', left, fonts)] : []),
  ];
  const date: CellItem[] = h.diaDanhNgay ? [line('DiaDanhNgay', h.diaDanhNgay)] : [];
  const row = (l: CellItem[], r: CellItem[]) => ({ cells: [{ colSpan: 1, items: l }, { colSpan: 1, items: r }], cantSplit: false });
  return {
    kind: 'grid',
    role: 'header',
    columnsPt: [left, right],
    rows: [row(agency, nation), row(number, date)],
    headerRows: 0,
    cellPaddingPt: 0,
    readingOrder: 'rows',
    verticalAlign: 'top',
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    keepTogether: true,
    keepWithNext: true,
    keepWithPreviousLines: 0,
  };
}

/**
 * Tên loại, the trích yếu lines, the `(Kèm theo …)` line of a document sent with another, the short rule
 * under them (as long as the trích yếu's), then the authority line of a quyết định.
 */
export function titleItems(doc: Document, page: PageSetup, fonts: Fonts): FlowItem[] {
  const { tenLoai, trichYeu, attachedTo } = doc.title;
  const items: FlowItem[] = [];
  if (tenLoai) items.push(line('TenLoai', tenLoai));
  const lines = trichYeu.map((text) => balancedLines(text, STYLES.TrichYeu, page.textWidthPt, fonts));
  items.push(...lines.map((parts) => ({ ...line('TrichYeu', ''), runs: parts.map((text, i) => (i < parts.length - 1 ? { text, breakAfter: true } : { text })) })));
  if (attachedTo) items.push(line('PhuLucKemTheo', attachedTo));
  if (trichYeu.length > 0) items.push(rule(HEADER.shortRuleFraction * widestLine(lines.flat(), STYLES.TrichYeu, page.textWidthPt, fonts), { title: true }));
  if (doc.authority) items.push(line('ThamQuyen', doc.authority));
  return items;
}

/** `Kính gửi: X.` on one line, or `Kính gửi:` then one addressee a line, hanging after the colon. */
export function kinhGuiItems(addressees: string[], fonts: Fonts): Paragraph[] {
  if (addressees.length === 0) return [];
  const label = fonts.styledWidth(KINH_GUI.label, STYLES.KinhGui);
  const runs =
    addressees.length === 1
      ? [{ text: KINH_GUI.label + addressees[0] }]
      : [{ text: KINH_GUI.label.trimEnd(), breakAfter: true }, ...addressees.map((text, i) => ({ text, breakAfter: i < addressees.length - 1 }))];
  return [{ kind: 'paragraph', style: 'KinhGui', runs, indent: { leftPt: KINH_GUI.indentMm * PT_PER_MM + label, firstLinePt: -label } }];
}

export const canCuItems = (lines: string[]): Paragraph[] => lines.map((text) => line('CanCu', text));
