/**
 * Typed builders for the WordprocessingML the DOCX writer emits. Every element is made by `el`, which
 * escapes every attribute value and text node through the one sanitiser (`escapeXml`); nothing is
 * made by pasting strings or by regular expressions over XML.
 */
import { NOT_XML } from '../../layout/glyphs.ts';
import { mmToTwips, ptToTwips, type Align, type ParagraphStyle } from '../../layout/nd30.ts';
import type { Run } from '../../plan/types.ts';

type Prefix = 'w' | 'wp' | 'a' | 'pic' | 'r';
/** WordprocessingML and DrawingML elements, and the two of the package parts (relationships, content types). */
export type Tag = `${Prefix}:${string}` | 'Relationship' | 'Default';
export type Attributes = Record<string, string | number | undefined>;

/**
 * The one function every text and attribute value passes through on its way into the XML. The readers
 * have already taken out of the data what XML forbids (`NOT_XML`), with a warning; this drops anything
 * that got through another way.
 */
export const escapeXml = (text: string): string =>
  text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `<tag a="v">children</tag>`; attributes whose value is undefined are left out. Without `children`
 * the element closes itself (`<w:b/>`); with an empty list it is written open and closed.
 */
export function el(tag: Tag, attributes: Attributes | null = null, children?: readonly string[]): string {
  let xml = `<${tag}`;
  if (attributes) {
    for (const name in attributes) {
      const value = attributes[name];
      if (value !== undefined) xml += ` ${name}="${escapeXml(String(value))}"`;
    }
  }
  return children === undefined ? `${xml}/>` : `${xml}>${children.join('')}</${tag}>`;
}

/** An element with only a `w:val` attribute: `<w:pStyle w:val="Than"/>`. */
export const val = (tag: Tag, value: string | number): string => el(tag, { 'w:val': value });

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };
export const jc = (align: Align): string => val('w:jc', JC[align]);

/** A run; `sizeHalfPoints` when its paragraph is set at a size other than its style's. */
export function runXml(run: Run, sizeHalfPoints?: number): string {
  const props = [
    ...(run.bold ? [el('w:b'), el('w:bCs')] : []),
    ...(run.italic ? [el('w:i'), el('w:iCs')] : []),
    ...(sizeHalfPoints ? [val('w:sz', sizeHalfPoints), val('w:szCs', sizeHalfPoints)] : []),
    ...(run.underline ? [val('w:u', 'single')] : []),
    ...(run.sub ? [val('w:vertAlign', 'subscript')] : run.sup ? [val('w:vertAlign', 'superscript')] : []),
  ];
  return el('w:r', null, [
    ...(props.length > 0 ? [el('w:rPr', null, props)] : []),
    ...(run.text ? [el('w:t', { 'xml:space': 'preserve' }, [escapeXml(run.text)])] : []),
    ...(run.breakAfter ? [el('w:br')] : []),
  ]);
}

/** Paragraph properties beyond the style, in the order the schema wants them. */
export interface ParagraphProperties {
  keepNext?: boolean;
  /** Sides of a box drawn around the paragraph (a frame): weight in pt and gap to the text in pt. */
  border?: { weightPt: number; spacePt: number; sides: readonly ('top' | 'left' | 'bottom' | 'right')[] };
  spacing?: { beforePt?: number; afterPt?: number; line?: { twips: number; rule: 'exact' | 'atLeast' } };
  indent?: { leftPt?: number; rightPt?: number; firstLinePt?: number };
  align?: Align;
  /** Run properties of the paragraph mark. */
  markSizeHalfPoints?: number;
  /** Section properties that end a section with this paragraph. */
  sectionXml?: string;
}

const borderSize = (weightPt: number): number => Math.max(2, Math.round(weightPt * 8));

/** `styleId`: the id the template gives the paragraph's style. */
export function paragraphPropertiesXml(styleId: string, p: ParagraphProperties): string {
  const parts = [val('w:pStyle', styleId)];
  if (p.keepNext) parts.push(el('w:keepNext'));
  if (p.border) {
    const { weightPt, spacePt, sides } = p.border;
    parts.push(el('w:pBdr', null, sides.map((side) => el(`w:${side}`, { 'w:val': 'single', 'w:sz': borderSize(weightPt), 'w:space': Math.round(spacePt), 'w:color': '000000' }))));
  }
  if (p.spacing) {
    const { beforePt, afterPt, line } = p.spacing;
    parts.push(
      el('w:spacing', {
        'w:before': beforePt === undefined ? undefined : ptToTwips(beforePt),
        'w:after': afterPt === undefined ? undefined : ptToTwips(afterPt),
        'w:line': line?.twips,
        'w:lineRule': line?.rule,
      }),
    );
  }
  if (p.indent) {
    const { leftPt, rightPt, firstLinePt } = p.indent;
    const hanging = firstLinePt !== undefined && firstLinePt < 0;
    parts.push(
      el('w:ind', {
        'w:left': leftPt === undefined ? undefined : ptToTwips(leftPt),
        'w:right': rightPt === undefined ? undefined : ptToTwips(rightPt),
        'w:hanging': hanging ? ptToTwips(-firstLinePt) : undefined,
        'w:firstLine': firstLinePt !== undefined && !hanging ? ptToTwips(firstLinePt) : undefined,
      }),
    );
  }
  if (p.align) parts.push(jc(p.align));
  if (p.markSizeHalfPoints !== undefined) parts.push(el('w:rPr', null, [val('w:sz', p.markSizeHalfPoints)]));
  if (p.sectionXml) parts.push(p.sectionXml);
  return el('w:pPr', null, parts);
}

export const paragraphXml = (styleId: string, properties: ParagraphProperties, content: readonly string[]): string =>
  el('w:p', null, [paragraphPropertiesXml(styleId, properties), ...content]);

/** Paragraph properties of a style, for styles.xml. */
export function stylePPr(s: ParagraphStyle): string {
  return el('w:pPr', null, [
    ...(s.keepWithNext ? [el('w:keepNext')] : []),
    el('w:widowControl'),
    el('w:spacing', { 'w:before': ptToTwips(s.spaceBeforePt ?? 0), 'w:after': ptToTwips(s.spaceAfterPt ?? 0), 'w:line': Math.round(s.lineSpacing * 240), 'w:lineRule': 'auto' }),
    el('w:ind', { 'w:left': 0, 'w:right': 0, 'w:firstLine': mmToTwips(s.firstLineIndentMm ?? 0) }),
    jc(s.align),
  ]);
}

export function styleRPr(s: ParagraphStyle): string {
  const size = Math.round(s.sizePt * 2);
  return el('w:rPr', null, [...(s.bold ? [el('w:b'), el('w:bCs')] : []), ...(s.italic ? [el('w:i'), el('w:iCs')] : []), val('w:sz', size), val('w:szCs', size)]);
}

export interface CellSpec {
  widthPt: number;
  content: string[];
  gridSpan: number;
  vAlign: 'top' | 'center';
}

export interface TableSpec {
  columnsPt: number[];
  rows: { cells: CellSpec[]; header: boolean; cantSplit: boolean }[];
  /** Cell padding left and right (0 for the header and closing layout grids). */
  paddingPt: number;
  /** Border weight of every cell, in points; borderless when absent. */
  borderWeightPt?: number;
}

const SIDES = ['top', 'left', 'bottom', 'right'] as const;

function cellXml(cell: CellSpec, borderWeightPt: number | undefined): string {
  const borders = SIDES.map((side) =>
    borderWeightPt ? el(`w:${side}`, { 'w:val': 'single', 'w:sz': borderSize(borderWeightPt), 'w:space': 0, 'w:color': '000000' }) : val(`w:${side}`, 'nil'),
  );
  const tcPr = el('w:tcPr', null, [
    el('w:tcW', { 'w:w': ptToTwips(cell.widthPt), 'w:type': 'dxa' }),
    ...(cell.gridSpan > 1 ? [val('w:gridSpan', cell.gridSpan)] : []),
    el('w:tcBorders', null, borders),
    val('w:vAlign', cell.vAlign),
  ]);
  // A cell must hold a paragraph.
  return el('w:tc', null, [tcPr, ...(cell.content.length > 0 ? cell.content : [el('w:p')])]);
}

/** A table's start: its properties and column grid; its rows follow (`tableRowXml`), then `TABLE_END`. */
export function tableStartXml(t: Omit<TableSpec, 'rows'>): string {
  const pad = ptToTwips(t.paddingPt);
  const dxa = (w: number) => ({ 'w:w': w, 'w:type': 'dxa' });
  const tblPr = el('w:tblPr', null, [
    el('w:tblW', dxa(ptToTwips(t.columnsPt.reduce((a, b) => a + b, 0)))),
    el('w:tblInd', dxa(0)),
    el('w:tblLayout', { 'w:type': 'fixed' }),
    el('w:tblCellMar', null, [el('w:top', dxa(0)), el('w:left', dxa(pad)), el('w:bottom', dxa(0)), el('w:right', dxa(pad))]),
    val('w:tblLook', '0000'),
  ]);
  const grid = el('w:tblGrid', null, t.columnsPt.map((w) => el('w:gridCol', { 'w:w': ptToTwips(w) })));
  return `<w:tbl>${tblPr}${grid}`;
}

export const TABLE_END = '</w:tbl>';

export function tableRowXml(row: TableSpec['rows'][number], borderWeightPt: number | undefined): string {
  const trPr = [...(row.cantSplit ? [el('w:cantSplit')] : []), ...(row.header ? [el('w:tblHeader')] : [])];
  return el('w:tr', null, [...(trPr.length > 0 ? [el('w:trPr', null, trPr)] : []), ...row.cells.map((c) => cellXml(c, borderWeightPt))]);
}
