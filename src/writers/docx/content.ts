/** The document model → WordprocessingML body content, using only the template's named styles. */
import {
  HEADER,
  KINH_GUI,
  MM_PER_PT,
  PAGE,
  PT_PER_MM,
  ptToTwips,
  RECIPIENT_DASH,
  SIGNATURE,
  TABLE,
  TITLE,
  textWidthMm,
  type PageLayout,
  type StyleId,
} from '../../layout/nd30.ts';
import { styledWidthMm } from '../../layout/fonts.ts';
import { paragraphRuns, type Appendix, type Block, type Closing, type Document, type ParagraphBlock, type Run, type Signer, type TableBlock } from '../../model/types.ts';
import { paragraphXml, ruleXml, tableXml, type CellSpec } from './xml.ts';
import { sectionPropertiesXml } from './section.ts';
import { DocxImages } from './images.ts';

export interface Section {
  xml: string;
  landscape?: boolean;
}

const plain = (text: string): Run[] => [{ text }];
const para = (style: StyleId, text: string, extra = {}): string => paragraphXml(style, plain(text), extra);

/** All sections of a document: itself, its phụ lục, then its attachments (each with theirs). */
export function documentSections(doc: Document, page: PageLayout = PAGE, images = new DocxImages()): Section[] {
  const main: Section = { xml: [headerTable(doc, page), title(doc, page), kinhGui(doc), canCu(doc), bodyXml(doc.body, page), closing(doc.closing, page, images)].join('') };
  const appendices = doc.appendices.map((a) => ({ xml: appendixXml(a, page), landscape: a.landscape }));
  const attachments = doc.attachments.flatMap((a) => documentSections(a, page, images));
  return [main, ...appendices, ...attachments];
}

/** Sections joined with section breaks; the last section's properties go in the body's final sectPr. */
export function contentXml(sections: Section[], page: PageLayout, headerRelId: string): string {
  return sections
    .map((section, i) => {
      if (i === sections.length - 1) return section.xml;
      const sectPr = sectionPropertiesXml(page, { headerRelId, landscape: section.landscape });
      return `${section.xml}<w:p><w:pPr><w:pStyle w:val="SoTrang"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>${sectPr}</w:pPr></w:p>`;
    })
    .join('');
}

function headerTable(doc: Document, page: PageLayout): string {
  const width = textWidthMm(page);
  const left = width * HEADER.leftFraction;
  const right = width - left;
  const h = doc.header;
  const issuerWidth = Math.max(0, ...h.coQuanBanHanh.map((l) => styledWidthMm(l, 'CoQuanBanHanh')));
  const agencyCell = [
    ...h.coQuanChuQuan.map((l) => para('CoQuanChuQuan', l)),
    ...h.coQuanBanHanh.map((l) => para('CoQuanBanHanh', l)),
    ruleXml(Math.min(issuerWidth, left) * HEADER.shortRuleFraction, left, HEADER.ruleWeightPt, HEADER.ruleGapPt),
  ].join('');
  const nationCell = [
    para('QuocHieu', h.quocHieu),
    para('TieuNgu', h.tieuNgu),
    ruleXml(styledWidthMm(h.tieuNgu, 'TieuNgu'), right, HEADER.ruleWeightPt, HEADER.ruleGapPt),
  ].join('');
  const numberCell = [
    para('SoKyHieu', h.soKyHieu),
    ...h.vvTrichYeu.map((l) => para('VvTrichYeu', l)),
    ...[...h.khanMat, ...(h.duThao ? [h.duThao] : [])].map((mark) => framed(mark, h.duThao === mark ? 'DuThao' : 'KhanMat', left)),
  ].join('');
  const dateCell = h.diaDanhNgay ? para('DiaDanhNgay', h.diaDanhNgay) : '';
  const cell = (widthMm: number, content: string): CellSpec => ({ widthMm, content });
  return tableXml({
    columnsMm: [left, right],
    paddingMm: 0,
    rows: [{ cells: [cell(left, agencyCell), cell(right, nationCell)] }, { cells: [cell(left, numberCell), cell(right, dateCell)] }],
  });
}

/** A mark in a frame just wide enough for its text (độ khẩn, độ mật, DỰ THẢO). */
function framed(text: string, style: StyleId, cellMm: number): string {
  const padPt = TITLE.framePaddingPt;
  const side = Math.max(0, (cellMm - styledWidthMm(text, style)) / 2 - padPt * MM_PER_PT);
  const sz = Math.round(HEADER.ruleWeightPt * 8);
  const edge = (s: string) => `<w:${s} w:val="single" w:sz="${sz}" w:space="${Math.round(padPt)}" w:color="000000"/>`;
  const pBdr = `<w:pBdr>${['top', 'left', 'bottom', 'right'].map(edge).join('')}</w:pBdr>`;
  return paragraphXml(style, plain(text), { indentLeftMm: side, indentRightMm: side, firstLineMm: 0, extraPPr: pBdr });
}

function title(doc: Document, page: PageLayout): string {
  const { tenLoai, trichYeu } = doc.title;
  const parts: string[] = [];
  if (tenLoai) parts.push(para('TenLoai', tenLoai));
  parts.push(...trichYeu.map((l) => para('TrichYeu', l)));
  const width = textWidthMm(page);
  if (tenLoai && trichYeu.length > 0) {
    const longest = Math.max(...trichYeu.map((l) => styledWidthMm(l, 'TrichYeu')));
    parts.push(ruleXml(Math.min(longest, width) * HEADER.shortRuleFraction, width, HEADER.ruleWeightPt, HEADER.ruleGapPt, TITLE.spaceAfterRulePt));
  }
  if (doc.authority) parts.push(para('ThamQuyen', doc.authority));
  return parts.join('');
}

function kinhGui(doc: Document): string {
  const items = doc.kinhGui;
  if (items.length === 0) return '';
  const label = styledWidthMm(KINH_GUI.label, 'KinhGui');
  const runs: Run[] =
    items.length === 1
      ? [{ text: KINH_GUI.label + items[0] }]
      : [{ text: KINH_GUI.label.trimEnd(), breakAfter: true }, ...items.map((text, i) => ({ text, breakAfter: i < items.length - 1 }))];
  return paragraphXml('KinhGui', runs, { indentLeftMm: KINH_GUI.indentMm + label, hangingMm: label });
}

const canCu = (doc: Document): string => doc.canCu.map((line) => para('CanCu', line)).join('');

export function bodyXml(blocks: Block[], page: PageLayout, keepLastWithNext = true): string {
  return blocks
    .map((block, i) => {
      if (block.kind === 'page-break') return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
      if (block.kind === 'table') return tableBlockXml(block, page);
      return paragraphBlockXml(block, (keepLastWithNext && i === blocks.length - 1) || block.keepWithNext === true);
    })
    .join('');
}

function paragraphBlockXml(block: ParagraphBlock, keepNext: boolean): string {
  const indent = block.firstLineIndent === false ? { firstLineMm: 0 } : {};
  return paragraphXml(block.style, paragraphRuns(block), { align: block.align, keepNext: keepNext || undefined, ...indent });
}

/** An empty paragraph exactly `heightPt` tall (space after a table, before the closing). */
const spacerXml = (heightPt: number, keepNext = false): string =>
  `<w:p><w:pPr><w:pStyle w:val="Bang"/>${keepNext ? '<w:keepNext/>' : ''}<w:spacing w:before="0" w:after="0" w:line="${Math.max(20, ptToTwips(heightPt))}" w:lineRule="exact"/></w:pPr></w:p>`;

function tableBlockXml(table: TableBlock, page: PageLayout): string {
  const width = textWidthMm(page);
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const columns = table.columnWidths.map((w) => (w / total) * width);
  const rows = table.rows.map((row, r) => {
    const header = r < table.headerRows;
    let col = 0;
    const cells = row.map((cell) => {
      const span = cell.colSpan ?? 1;
      const widthMm = columns.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const style: StyleId = header ? 'BangTieuDe' : 'Bang';
      const keepNext = table.keepWithNext && r === table.rows.length - 1 ? true : undefined;
      const content = cell.paragraphs.map((runs) => paragraphXml(style, runs.map((run) => (cell.bold && !header ? { ...run, bold: true } : run)), { align: cell.align, keepNext })).join('');
      return { widthMm, content, gridSpan: span, vAlign: TABLE.verticalAlign };
    });
    return { cells, header, cantSplit: true };
  });
  // The paragraph after the table gives TABLE.spaceAfterPt, and keeps a following table from merging with it.
  return tableXml({ columnsMm: columns, rows, paddingMm: TABLE.cellPaddingMm, borderWeightPt: TABLE.borderWeightPt }) + spacerXml(TABLE.spaceAfterPt, table.keepWithNext);
}

/** Quyền hạn, chức vụ and the note under them. */
function signerHead(signer: Signer): string {
  const parts = signer.lines.map((l) => para('ChucVuKy', l, { keepNext: true }));
  if (signer.note) parts.push(para('GhiChuKy', signer.note, { keepNext: true }));
  return parts.join('');
}

/** The signature space (with the signature and seal images, if any), then the line above the name and the name. */
function signerFoot(signer: Signer, widthMm: number, images: DocxImages): string {
  const lines = [signer.aboveName && para('ChucVuKy', signer.aboveName), signer.name && para('TenNguoiKy', signer.name)];
  return signatureSpace(signer, widthMm, images) + lines.filter(Boolean).join('');
}

/** A paragraph as tall as the signature space; an inline signature image cannot be clipped (`atLeast`). */
function signatureSpace(signer: Signer, widthMm: number, images: DocxImages): string {
  const drawings = [signer.signatureImage && images.signature(signer.signatureImage, widthMm), signer.sealImage && images.seal(signer.sealImage, widthMm)];
  const content = drawings.filter(Boolean).join('');
  const height = ptToTwips(SIGNATURE.signatureSpaceMm * PT_PER_MM);
  const spacing = `<w:spacing w:before="0" w:after="0" w:line="${height}" w:lineRule="${content ? 'atLeast' : 'exact'}"/>`;
  return `<w:p><w:pPr><w:pStyle w:val="TenNguoiKy"/>${spacing}</w:pPr>${content}</w:p>`;
}

/** A recipient line that wraps continues under its text, after the `- `. */
function recipientXml(runs: Run[]): string {
  if (!runs[0]?.text.startsWith(RECIPIENT_DASH)) return paragraphXml('NoiNhan', runs);
  const hang = styledWidthMm(RECIPIENT_DASH, 'NoiNhan');
  return paragraphXml('NoiNhan', runs, { indentLeftMm: hang, hangingMm: hang });
}

function closing(c: Closing, page: PageLayout, images: DocxImages): string {
  if (c.signers.length === 0 && !c.recipients) return '';
  const width = textWidthMm(page);
  const left = width * SIGNATURE.leftFraction;
  const right = width - left;
  const spacer = spacerXml(SIGNATURE.spaceBeforePt, true);
  const row = (l: string, r: string) => ({ cells: [{ widthMm: left, content: l }, { widthMm: right, content: r }], cantSplit: true });
  const [first, second] = c.signers;
  if (!c.recipients && second) {
    // Two signers side by side (biên bản: THƯ KÝ | CHỦ TỌA): titles in one row, names in the next,
    // so the names stay level when one title wraps to more lines than the other.
    return spacer + tableXml({ columnsMm: [left, right], paddingMm: 0, rows: [row(signerHead(first), signerHead(second)), row(signerFoot(first, left, images), signerFoot(second, right, images))] });
  }
  const recipients = c.recipients
    ? [para('NoiNhanTieuDe', c.recipients.heading), ...c.recipients.lines.map(recipientXml)].join('')
    : '';
  const rightContent = first ? signerHead(first) + signerFoot(first, right, images) : '';
  return spacer + tableXml({ columnsMm: [left, right], paddingMm: 0, rows: [row(recipients, rightContent)] });
}

function appendixXml(a: Appendix, page: PageLayout): string {
  const width = textWidthMm(page) + (a.landscape ? page.heightMm - page.widthMm : 0);
  const parts: string[] = [];
  if (a.label) parts.push(para('PhuLucSo', a.label));
  parts.push(...a.title.map((l) => para('PhuLucTieuDe', l)));
  if (a.attachedTo) parts.push(para('PhuLucKemTheo', a.attachedTo));
  const longest = Math.max(0, ...[...a.title].map((l) => styledWidthMm(l, 'PhuLucTieuDe')));
  parts.push(ruleXml(Math.min(longest, width) * HEADER.shortRuleFraction, width, HEADER.ruleWeightPt, HEADER.ruleGapPt, TITLE.spaceAfterRulePt));
  parts.push(bodyXml(a.body, { ...page, widthMm: a.landscape ? page.heightMm : page.widthMm }, false));
  return parts.join('');
}
