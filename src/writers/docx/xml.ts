/** Small builders for WordprocessingML fragments. */
import { mmToTwips, ptToTwips, type Align, type ParagraphStyle, type StyleId } from '../../layout/nd30.ts';
import type { Run } from '../../model/types.ts';

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };
export const jc = (align: Align): string => `<w:jc w:val="${JC[align]}"/>`;

export function runXml(run: Run): string {
  const props = [
    run.bold ? '<w:b/><w:bCs/>' : '',
    run.italic ? '<w:i/><w:iCs/>' : '',
    run.underline ? '<w:u w:val="single"/>' : '',
    run.sub ? '<w:vertAlign w:val="subscript"/>' : run.sup ? '<w:vertAlign w:val="superscript"/>' : '',
  ].join('');
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  const text = run.text ? `<w:t xml:space="preserve">${escapeXml(run.text)}</w:t>` : '';
  return `<w:r>${rPr}${text}${run.breakAfter ? '<w:br/>' : ''}</w:r>`;
}

export interface ParagraphOptions {
  align?: Align;
  /** Left indent and first-line indent in mm; `firstLine: 0` removes the style's indent. */
  indentLeftMm?: number;
  indentRightMm?: number;
  firstLineMm?: number;
  /** Hanging indent: every line but the first starts this much further right. */
  hangingMm?: number;
  keepNext?: boolean;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Raw XML appended inside w:pPr (borders, section properties). */
  extraPPr?: string;
}

export function paragraphXml(style: StyleId, runs: Run[], options: ParagraphOptions = {}): string {
  return `<w:p>${pPr(style, options)}${runs.map(runXml).join('')}</w:p>`;
}

function pPr(style: StyleId, o: ParagraphOptions): string {
  const parts = [`<w:pStyle w:val="${style}"/>`];
  if (o.keepNext) parts.push('<w:keepNext/>');
  if (o.extraPPr?.includes('<w:pBdr>')) parts.push(o.extraPPr.match(/<w:pBdr>.*?<\/w:pBdr>/)![0]);
  if (o.spaceBeforePt !== undefined || o.spaceAfterPt !== undefined) {
    const before = o.spaceBeforePt !== undefined ? ` w:before="${ptToTwips(o.spaceBeforePt)}"` : '';
    const after = o.spaceAfterPt !== undefined ? ` w:after="${ptToTwips(o.spaceAfterPt)}"` : '';
    parts.push(`<w:spacing${before}${after}/>`);
  }
  if (o.indentLeftMm !== undefined || o.indentRightMm !== undefined || o.firstLineMm !== undefined || o.hangingMm !== undefined) {
    const left = o.indentLeftMm !== undefined ? ` w:left="${mmToTwips(o.indentLeftMm)}"` : '';
    const right = o.indentRightMm !== undefined ? ` w:right="${mmToTwips(o.indentRightMm)}"` : '';
    const first =
      o.hangingMm !== undefined ? ` w:hanging="${mmToTwips(o.hangingMm)}"` : o.firstLineMm !== undefined ? ` w:firstLine="${mmToTwips(o.firstLineMm)}"` : '';
    parts.push(`<w:ind${left}${right}${first}/>`);
  }
  if (o.align) parts.push(jc(o.align));
  if (o.extraPPr) parts.push(o.extraPPr.replace(/<w:pBdr>.*?<\/w:pBdr>/, ''));
  return `<w:pPr>${parts.join('')}</w:pPr>`;
}

/** Paragraph properties of a style, for styles.xml. */
export function stylePPr(s: ParagraphStyle): string {
  const spacing = `<w:spacing w:before="${ptToTwips(s.spaceBeforePt ?? 0)}" w:after="${ptToTwips(s.spaceAfterPt ?? 0)}" w:line="${Math.round(s.lineSpacing * 240)}" w:lineRule="auto"/>`;
  const indent = `<w:ind w:left="0" w:right="0" w:firstLine="${mmToTwips(s.firstLineIndentMm ?? 0)}"/>`;
  return `<w:pPr>${s.keepWithNext ? '<w:keepNext/>' : ''}<w:widowControl/>${spacing}${indent}${jc(s.align)}</w:pPr>`;
}

export function styleRPr(s: ParagraphStyle): string {
  const size = Math.round(s.sizePt * 2);
  return `<w:rPr>${s.bold ? '<w:b/><w:bCs/>' : ''}${s.italic ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
}

/** An empty paragraph whose top border draws a centred rule `ruleMm` long in a space `widthMm` wide. */
export function ruleXml(ruleMm: number, widthMm: number, weightPt: number, gapPt: number, spaceAfterPt = 0): string {
  const side = Math.max(0, (widthMm - ruleMm) / 2);
  const sz = Math.max(2, Math.round(weightPt * 8));
  return (
    `<w:p><w:pPr><w:pStyle w:val="CoQuanChuQuan"/>` +
    `<w:pBdr><w:top w:val="single" w:sz="${sz}" w:space="0" w:color="000000"/></w:pBdr>` +
    `<w:spacing w:before="${ptToTwips(gapPt)}" w:after="${ptToTwips(spaceAfterPt)}" w:line="20" w:lineRule="exact"/>` +
    `<w:ind w:left="${mmToTwips(side)}" w:right="${mmToTwips(side)}" w:firstLine="0"/>` +
    `<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>`
  );
}

export interface CellSpec {
  widthMm: number;
  content: string;
  /** Border weight in points; no borders when absent. */
  borderWeightPt?: number;
  gridSpan?: number;
  vAlign?: 'top' | 'center' | 'bottom';
}

const border = (side: string, weightPt: number) => `<w:${side} w:val="single" w:sz="${Math.max(2, Math.round(weightPt * 8))}" w:space="0" w:color="000000"/>`;
const NO_BORDER = (side: string) => `<w:${side} w:val="nil"/>`;

export function cellXml(cell: CellSpec): string {
  const weight = cell.borderWeightPt;
  const borders = ['top', 'left', 'bottom', 'right'].map((side) => (weight ? border(side, weight) : NO_BORDER(side))).join('');
  const span = cell.gridSpan && cell.gridSpan > 1 ? `<w:gridSpan w:val="${cell.gridSpan}"/>` : '';
  const content = cell.content || '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:w="${mmToTwips(cell.widthMm)}" w:type="dxa"/>${span}<w:tcBorders>${borders}</w:tcBorders><w:vAlign w:val="${cell.vAlign ?? 'top'}"/></w:tcPr>${content}</w:tc>`;
}

export interface TableSpec {
  columnsMm: number[];
  rows: { cells: CellSpec[]; header?: boolean; cantSplit?: boolean }[];
  /** Cell padding in mm (0 for the header and signature layout tables). */
  paddingMm: number;
  indentMm?: number;
  /** Border weight of every cell, in points; borderless when absent. */
  borderWeightPt?: number;
}

export function tableXml(t: TableSpec): string {
  const pad = mmToTwips(t.paddingMm);
  const total = mmToTwips(t.columnsMm.reduce((a, b) => a + b, 0));
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblInd w:w="${mmToTwips(t.indentMm ?? 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000"/></w:tblPr>`;
  const grid = `<w:tblGrid>${t.columnsMm.map((w) => `<w:gridCol w:w="${mmToTwips(w)}"/>`).join('')}</w:tblGrid>`;
  const rows = t.rows
    .map((row) => {
      const trPr = `${row.cantSplit ? '<w:cantSplit/>' : ''}${row.header ? '<w:tblHeader/>' : ''}`;
      const cells = row.cells.map((c) => cellXml({ borderWeightPt: t.borderWeightPt, ...c })).join('');
      return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}
