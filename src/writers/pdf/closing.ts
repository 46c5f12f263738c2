/** The closing: Nơi nhận (left) and the signature block (right), or two signers side by side. */
import { readFileSync } from 'node:fs';
import type { Closing, Recipients, Signer } from '../../model/types.ts';
import { PT_PER_MM, SIGNATURE, STYLES } from '../../layout/nd30.ts';
import { Column } from './column.ts';
import type { PageBox, Piece } from './ops.ts';

function recipientsColumn(recipients: Recipients, left: number, width: number): Column {
  const column = new Column(left, width);
  column.paragraph([{ text: recipients.heading }], STYLES.NoiNhanTieuDe);
  for (const line of recipients.lines) column.paragraph(line, STYLES.NoiNhan);
  return column;
}

/** Pixel width and height of a PNG, read from its IHDR chunk. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${path}: not a PNG image`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The image scaled to fit a width × height box, centred on (centreX, centreY). */
function fittedImage(path: string, centreX: number, centreY: number, width: number, height: number) {
  const size = pngSize(path);
  const scale = Math.min(width / size.width, height / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  return { kind: 'image' as const, path, x: centreX - w / 2, y: centreY - h / 2, width: w, height: h };
}

function signerColumn(signer: Signer, left: number, width: number): Column {
  const column = new Column(left, width);
  for (const line of signer.lines) column.paragraph(line, STYLES.ChucVuKy);
  if (signer.note) column.paragraph(signer.note, STYLES.GhiChuKy);
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

/** One unsplittable chunk that must stay with the end of the body. */
export function closingPiece(closing: Closing, box: PageBox): Piece | undefined {
  const leftWidth = box.textWidth * SIGNATURE.leftFraction;
  const rightLeft = box.left + leftWidth;
  const rightWidth = box.textWidth - leftWidth;
  const columns: Column[] = [];
  if (closing.recipients) columns.push(recipientsColumn(closing.recipients, box.left, leftWidth));
  if (!closing.recipients && closing.signers.length > 1) columns.push(signerColumn(closing.signers[0], box.left, leftWidth));
  const rightSigner = closing.recipients || closing.signers.length < 2 ? closing.signers[0] : closing.signers[1];
  if (rightSigner) columns.push(signerColumn(rightSigner, rightLeft, rightWidth));
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
