/** JPEG images: recognised by their start-of-image marker, sized from their start-of-frame segment. No file access here. */
import type { PixelSize } from './png.ts';

export const isJpeg = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

/** Start-of-frame markers (baseline, progressive, lossless…): C0 to CF but C4, C8 and CC, which are other tables. */
const isStartOfFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Markers that stand alone, without a length: start of image, TEM, restarts. */
const standsAlone = (marker: number): boolean => marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

const uint16 = (bytes: Uint8Array, at: number): number => (bytes[at] << 8) | bytes[at + 1];

/**
 * Pixel width and height of a JPEG, read from its first start-of-frame segment; undefined when the
 * bytes are not a JPEG or end (or reach the image data) before one.
 */
export function jpegSize(bytes: Uint8Array): PixelSize | undefined {
  if (!isJpeg(bytes)) return undefined;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    if (marker === 0xff) at += 1; // a fill byte before the marker
    else if (standsAlone(marker)) at += 2;
    else if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or image data, before any frame
    else if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return undefined;
      // Length (2), sample precision (1), height (2), width (2). A height of 0 is given later (DNL): not supported.
      const size = { width: uint16(bytes, at + 7), height: uint16(bytes, at + 5) };
      return size.width > 0 && size.height > 0 ? size : undefined;
    } else at += 2 + uint16(bytes, at + 2);
  }
  return undefined;
}
