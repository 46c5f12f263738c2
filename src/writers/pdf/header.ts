/** Page-1 header (cơ quan, số, quốc hiệu, ngày) and the title block (tên loại, trích yếu). */
import type { Document, Header } from '../../model/types.ts';
import { HEADER, STYLES, TITLE, type ParagraphStyle } from '../../layout/nd30.ts';
import { Column, widestLine } from './column.ts';
import { layoutParagraph, paragraphPiece } from './paragraph.ts';
import { shiftOps, type PageBox, type Piece } from './ops.ts';

/**
 * The header is a 2-row grid of two columns. Row 1: cơ quan (left), quốc hiệu and tiêu ngữ (right).
 * Row 2 starts below the taller row-1 cell: số/ký hiệu (left), địa danh and ngày (right).
 */
export function headerPiece(header: Header, box: PageBox): Piece {
  const leftWidth = box.textWidth * HEADER.leftFraction;
  const rightLeft = box.left + leftWidth;
  const rightWidth = box.textWidth - leftWidth;

  const agency = new Column(box.left, leftWidth);
  for (const line of header.coQuanChuQuan) agency.paragraph(line, STYLES.CoQuanChuQuan);
  const issuer = header.coQuanBanHanh.map((line) => agency.paragraph(line, STYLES.CoQuanBanHanh));
  if (issuer.length > 0) agency.rule(HEADER.shortRuleFraction * widestLine(issuer));

  const nation = new Column(rightLeft, rightWidth);
  nation.paragraph(header.quocHieu, STYLES.QuocHieu);
  const motto = nation.paragraph(header.tieuNgu, STYLES.TieuNgu);
  nation.rule(widestLine([motto]));

  const row2Top = Math.max(agency.y, nation.y);
  const number = new Column(box.left, leftWidth);
  if (header.soKyHieu) number.paragraph(header.soKyHieu, STYLES.SoKyHieu);
  for (const line of header.vvTrichYeu) number.paragraph(line, STYLES.VvTrichYeu);
  for (const mark of header.khanMat) number.framed(mark, STYLES.KhanMat);
  if (header.duThao) number.framed(header.duThao, STYLES.DuThao);

  const date = new Column(rightLeft, rightWidth);
  if (header.diaDanhNgay) date.paragraph(header.diaDanhNgay, STYLES.DiaDanhNgay);

  const ops = [...agency.ops, ...nation.ops, ...shiftOps([...number.ops, ...date.ops], 0, row2Top)];
  const height = row2Top + Math.max(number.y, date.y);
  return { chunks: [{ height, gapBefore: 0, breakBefore: 'allow', ops }], spaceBefore: 0, spaceAfter: 0, keepWithNext: true };
}

/** A short centred rule under a title, kept with what follows. */
export function titleRulePiece(length: number, box: PageBox): Piece {
  const rule = new Column(box.left, box.textWidth);
  rule.rule(length);
  return {
    chunks: [{ height: rule.y, gapBefore: 0, breakBefore: 'avoid', ops: rule.ops }],
    spaceBefore: 0,
    spaceAfter: TITLE.spaceAfterRulePt,
    keepWithNext: true,
  };
}

/** Tên loại, trích yếu lines with the short rule under them, then the authority line. */
export function titlePieces(doc: Document, box: PageBox): Piece[] {
  const pieces: Piece[] = [];
  const centred = (text: string, style: ParagraphStyle) =>
    layoutParagraph({ runs: [{ text }], style }, box.left, box.textWidth);
  if (doc.title.tenLoai) pieces.push(paragraphPiece(centred(doc.title.tenLoai, STYLES.TenLoai)));
  const trichYeu = doc.title.trichYeu.map((line) => centred(line, STYLES.TrichYeu));
  pieces.push(...trichYeu.map(paragraphPiece));
  if (trichYeu.length > 0) pieces.push(titleRulePiece(HEADER.shortRuleFraction * widestLine(trichYeu), box));
  if (doc.authority) pieces.push(paragraphPiece(centred(doc.authority, STYLES.ThamQuyen)));
  return pieces;
}
