/**
 * The closing: Nơi nhận (left) and the signature block (right), or two signers side by side (a biên
 * bản: THƯ KÝ | CHỦ TỌA) with its Nơi nhận under them. It never splits, and takes the last lines of the
 * text with it to a new page.
 */
import { fitted } from '../core/png.ts';
import type { Closing, ImageRef, Recipients, Run, Signer } from '../document/types.ts';
import type { Fonts } from '../layout/fonts.ts';
import { HEADER, PT_PER_MM, RECIPIENT_DASH, SIGNATURE, STYLES, type StyleId } from '../layout/nd30.ts';
import { line } from './header.ts';
import type { CellItem, Grid, GridRow, PageSetup, Paragraph, PlacedImage, Spacer } from './types.ts';

/** How many lines (or table rows) of the text at least go with the closing to a new page. */
export const LINES_KEPT_WITH_CLOSING = 2;

function recipientItems(recipients: Recipients, fonts: Fonts): Paragraph[] {
  const hang = fonts.styledWidth(RECIPIENT_DASH, STYLES.NoiNhan);
  // A recipient line that wraps continues under its text, after the `- `.
  const recipient = (runs: Run[]): Paragraph => ({
    kind: 'paragraph',
    style: 'NoiNhan',
    runs,
    ...(runs[0]?.text.startsWith(RECIPIENT_DASH) ? { indent: { leftPt: hang, firstLinePt: -hang } } : {}),
  });
  return [line('NoiNhanTieuDe', recipients.heading), ...recipients.lines.map(recipient)];
}

/** Quyền hạn, chức vụ and the italic note: the part above the signature space, kept with it. */
function signerHead(signer: Signer): Paragraph[] {
  const items = signer.lines.map((text) => line('ChucVuKy', text, { keepWithNext: true }));
  if (signer.note) items.push(line('GhiChuKy', signer.note, { keepWithNext: true }));
  return items;
}

const placed = (image: ImageRef, box: { width: number; height: number }, centreXPt: number, floating: boolean): PlacedImage => {
  const size = fitted({ width: image.widthPx, height: image.heightPx }, box.width, box.height);
  return { image: image.sha256, widthPt: size.width, heightPt: size.height, centreXPt, floating };
};

/**
 * The signature space: the signature in its middle; the seal, real size, over the signature's left
 * third (its right edge a third of the way into the signature), never out of the column; the space as
 * tall as the seal and its clearance, so that the seal covers neither the chức vụ nor the name.
 */
function signatureSpace(signer: Signer, widthPt: number): Spacer {
  const signatureBox = { width: widthPt, height: SIGNATURE.signatureSpaceMm * PT_PER_MM };
  const sealBox = { width: SIGNATURE.sealSizeMm * PT_PER_MM, height: SIGNATURE.sealSizeMm * PT_PER_MM };
  const signature = signer.signatureImage ? placed(signer.signatureImage, signatureBox, widthPt / 2, false) : undefined;
  const seal = signer.sealImage ? placed(signer.sealImage, sealBox, 0, true) : undefined;
  let height = signatureBox.height;
  if (seal) {
    const signatureWidth = signature?.widthPt ?? SIGNATURE.nominalSignatureWidthMm * PT_PER_MM;
    const rightEdge = widthPt / 2 - signatureWidth / 2 + signatureWidth / 3;
    seal.centreXPt = Math.max(seal.widthPt / 2, rightEdge - seal.widthPt / 2);
    height = Math.max(height, seal.heightPt + 2 * SIGNATURE.sealClearanceMm * PT_PER_MM);
  }
  return { kind: 'spacer', heightPt: height, images: [signature, seal].filter((image): image is PlacedImage => image !== undefined) };
}

/** The signature space, the line above the name, and the name. */
function signerFoot(signer: Signer, widthPt: number): CellItem[] {
  const items: CellItem[] = [signatureSpace(signer, widthPt)];
  if (signer.aboveName) items.push(line('ChucVuKy', signer.aboveName));
  if (signer.name) items.push(line('TenNguoiKy', signer.name));
  return items;
}

/**
 * The signer's column: 55 % of the text width, wider when a chức vụ or name line needs it, leaving Nơi
 * nhận at least 35 %. Two signers side by side share the width as before.
 */
function signerColumnWidth(signers: Signer[], textWidthPt: number, fonts: Fonts): number {
  const preferred = textWidthPt * (1 - SIGNATURE.leftFraction);
  if (signers.length !== 1) return preferred;
  const [signer] = signers;
  const lines: [string, StyleId][] = [...signer.lines.map((text): [string, StyleId] => [text, 'ChucVuKy']), ...(signer.name ? [[signer.name, 'TenNguoiKy'] as [string, StyleId]] : [])];
  const widest = Math.max(0, ...lines.map(([text, style]) => fonts.styledWidth(text, STYLES[style]) + HEADER.fitSlackPt));
  return Math.min(Math.max(preferred, widest), textWidthPt * (1 - SIGNATURE.minLeftFraction));
}

const row = (left: CellItem[], right: CellItem[]): GridRow => ({ cells: [{ colSpan: 1, items: left }, { colSpan: 1, items: right }], cantSplit: true });

/** Under two signers, Nơi nhận takes a row of its own, in the left column (Mẫu 1.9). */
function recipientsBelow(recipients: Recipients | undefined, fonts: Fonts): GridRow[] {
  if (!recipients) return [];
  const gap: Spacer = { kind: 'spacer', heightPt: SIGNATURE.recipientsBelowSignersPt, images: [] };
  return [row([gap, ...recipientItems(recipients, fonts)], [])];
}

export function closingGrid(closing: Closing, page: PageSetup, fonts: Fonts): Grid | undefined {
  const [first, second] = closing.signers;
  if (!first && !closing.recipients) return undefined;
  const right = signerColumnWidth(closing.signers, page.textWidthPt, fonts);
  const left = page.textWidthPt - right;
  const rows: GridRow[] = second
    ? // Two signers: titles in one row, names in the next, so the names stand level when one title is longer.
      [row(signerHead(first), signerHead(second)), row(signerFoot(first, left), signerFoot(second, right)), ...recipientsBelow(closing.recipients, fonts)]
    : [row(closing.recipients ? recipientItems(closing.recipients, fonts) : [], first ? [...signerHead(first), ...signerFoot(first, right)] : [])];
  return {
    kind: 'grid',
    role: 'closing',
    columnsPt: [left, right],
    rows,
    headerRows: 0,
    cellPaddingPt: 0,
    readingOrder: 'columns',
    verticalAlign: 'top',
    spaceBeforePt: SIGNATURE.spaceBeforePt,
    spaceAfterPt: 0,
    keepTogether: true,
    keepWithNext: false,
    keepWithPreviousLines: LINES_KEPT_WITH_CLOSING,
  };
}
