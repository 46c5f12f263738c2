/** The closing: Nơi nhận (left) and the signature block (right), or two signers side by side. */
import type { Closing, Recipients, Run, Signer } from '../../model/types.ts';
import { PT_PER_MM, RECIPIENT_DASH, SIGNATURE, STYLES, type ParagraphStyle } from '../../layout/nd30.ts';
import { textWidthPt, variantOf } from '../../layout/fonts.ts';
import { Column } from './column.ts';
import type { PageBox, Piece } from './ops.ts';
import { fitted } from '../../png.ts';

function recipientsColumn(recipients: Recipients, left: number, width: number): Column {
  const column = new Column(left, width);
  column.paragraph([{ text: recipients.heading }], STYLES.NoiNhanTieuDe);
  for (const line of recipients.lines) column.paragraph(line, STYLES.NoiNhan, undefined, hangOf(line, STYLES.NoiNhan));
  return column;
}

/** A recipient line that wraps continues under its text, after the `- `. */
function hangOf(line: Run[], style: ParagraphStyle): number {
  return line[0]?.text.startsWith(RECIPIENT_DASH) ? textWidthPt(RECIPIENT_DASH, style.sizePt, variantOf(style.bold, style.italic)) : 0;
}

/** The image scaled to fit a width × height box, centred on (centreX, centreY). */
function fittedImage(path: string, centreX: number, centreY: number, width: number, height: number) {
  const size = fitted(path, width, height);
  return { kind: 'image' as const, path, x: centreX - size.width / 2, y: centreY - size.height / 2, ...size };
}

/** Quyền hạn, chức vụ and the italic note: the part above the signature space. */
function signerTitles(signer: Signer, left: number, width: number): Column {
  const column = new Column(left, width);
  for (const line of signer.lines) column.paragraph(line, STYLES.ChucVuKy);
  if (signer.note) column.paragraph(signer.note, STYLES.GhiChuKy);
  return column;
}

/** The signature space (with the signature and seal images, if any), then the name. */
function signerNames(column: Column, signer: Signer): Column {
  const { left, width } = column;
  const spaceTop = column.y;
  column.space(SIGNATURE.signatureSpaceMm);
  const spaceMiddle = (spaceTop + column.y) / 2;
  if (signer.signatureImage) {
    column.ops.push(fittedImage(signer.signatureImage, left + width / 2, spaceMiddle, width, column.y - spaceTop));
  }
  if (signer.sealImage) {
    const seal = SIGNATURE.sealSizeMm * PT_PER_MM;
    column.ops.push(fittedImage(signer.sealImage, left + width / 3, spaceMiddle, seal, seal));
  }
  if (signer.aboveName) column.paragraph(signer.aboveName, STYLES.ChucVuKy);
  if (signer.name) column.paragraph(signer.name, STYLES.TenNguoiKy);
  return column;
}

/**
 * Signers side by side: their signature spaces start at the same height, below the longer block of
 * titles, so the names stand level (as the DOCX's titles row and names row do).
 */
function signerColumns(signers: { signer: Signer; left: number; width: number }[]): Column[] {
  const columns = signers.map(({ signer, left, width }) => signerTitles(signer, left, width));
  const titlesBottom = Math.max(...columns.map((c) => c.y));
  return columns.map((column, i) => {
    column.y = titlesBottom;
    return signerNames(column, signers[i].signer);
  });
}

/** One unsplittable chunk that must stay with the end of the body. */
export function closingPiece(closing: Closing, box: PageBox): Piece | undefined {
  const leftWidth = box.textWidth * SIGNATURE.leftFraction;
  const left = { left: box.left, width: leftWidth };
  const right = { left: box.left + leftWidth, width: box.textWidth - leftWidth };
  const [first, second] = closing.signers;
  const columns: Column[] = [];
  if (closing.recipients) columns.push(recipientsColumn(closing.recipients, left.left, left.width));
  if (!closing.recipients && second) columns.push(...signerColumns([{ signer: first, ...left }, { signer: second, ...right }]));
  else if (first) columns.push(...signerColumns([{ signer: first, ...right }]));
  if (columns.length === 0) return undefined;
  // Images go last so that they are drawn over the text, as a seal is stamped over the signature.
  const ops = columns.flatMap((c) => c.ops).sort((a, b) => Number(a.kind === 'image') - Number(b.kind === 'image'));
  return {
    chunks: [{ height: Math.max(...columns.map((c) => c.y)), gapBefore: 0, breakBefore: 'avoid', ops }],
    spaceBefore: SIGNATURE.spaceBeforePt,
    spaceAfter: 0,
    keepWithNext: false,
    keepWithPrevious: true,
  };
}
