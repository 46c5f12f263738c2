/**
 * The closing: Nơi nhận (left) and the signature block (right), or two signers side by side (a biên
 * bản: THƯ KÝ | CHỦ TỌA) with its Nơi nhận under them. It never splits, and takes the last lines of the
 * text with it to a new page.
 */
import { fitted } from '../core/png.ts';
import type { Closing, ImageRef, Recipients, Run, Signer } from '../document/types.ts';
import type { Fonts } from '../layout/fonts.ts';
import { PT_PER_MM, RECIPIENT_DASH, SIGNATURE, STYLES } from '../layout/nd30.ts';
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

/** The signature space, with the signature in its middle and the seal real size over its left third. */
function signatureSpace(signer: Signer, widthPt: number): Spacer {
  const height = SIGNATURE.signatureSpaceMm * PT_PER_MM;
  const seal = SIGNATURE.sealSizeMm * PT_PER_MM;
  const images: PlacedImage[] = [];
  if (signer.signatureImage) images.push(placed(signer.signatureImage, { width: widthPt, height }, widthPt / 2, false));
  if (signer.sealImage) images.push(placed(signer.sealImage, { width: seal, height: seal }, widthPt / 3, true));
  return { kind: 'spacer', heightPt: height, images };
}

/** The signature space, the line above the name, and the name. */
function signerFoot(signer: Signer, widthPt: number): CellItem[] {
  const items: CellItem[] = [signatureSpace(signer, widthPt)];
  if (signer.aboveName) items.push(line('ChucVuKy', signer.aboveName));
  if (signer.name) items.push(line('TenNguoiKy', signer.name));
  return items;
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
  const left = page.textWidthPt * SIGNATURE.leftFraction;
  const right = page.textWidthPt - left;
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
