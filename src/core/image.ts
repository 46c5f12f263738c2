/** Images a document may show (PNG, JPEG): recognised by their bytes, whatever the file is named. */
import { jpegSize, isJpeg } from './jpeg.ts';
import { isPng, pngDamage, pngSize, type PixelSize } from './png.ts';

export type ImageMediaType = 'image/png' | 'image/jpeg';

/**
 * Pixels an image may have: a signature or seal needs well under a million; decoding a PNG for the PDF
 * takes four bytes a pixel, so a header claiming 100 000 × 100 000 must not be believed.
 */
export const MAX_IMAGE_PIXELS = 25_000_000;

export type ReadImage =
  | { ok: true; mediaType: ImageMediaType; size: PixelSize }
  /**
   * The format recognised (GIF, WebP…; PNG or JPEG when `damaged` or `tooLarge`), absent when none is;
   * `damaged` says what is wrong, `tooLarge` gives the size.
   */
  | { ok: false; format?: string; damaged?: string; tooLarge?: PixelSize };

const ascii = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/** Formats that are not accepted, by what their files start with, to say what a file is. */
function otherFormat(bytes: Uint8Array): string | undefined {
  const head = ascii(bytes, 0, 12);
  if (head.startsWith('GIF8')) return 'GIF';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'WebP';
  if (head.startsWith('BM')) return 'BMP';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'TIFF';
  if (head.startsWith('%PDF')) return 'PDF';
  if (head.slice(4, 8) === 'ftyp' && /^(avif|avis)$/.test(head.slice(8, 12))) return 'AVIF';
  if (head.slice(4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(head.slice(8, 12))) return 'HEIC';
  if (/^\s*(<\?xml|<svg)/i.test(ascii(bytes, 0, 200))) return 'SVG';
  return undefined;
}

const SIZE_UNREADABLE = 'không đọc được kích thước ảnh';

export function readImage(bytes: Uint8Array): ReadImage {
  if (isPng(bytes)) {
    const size = pngSize(bytes);
    if (!size || size.width === 0 || size.height === 0) return { ok: false, format: 'PNG', damaged: SIZE_UNREADABLE };
    if (size.width * size.height > MAX_IMAGE_PIXELS) return { ok: false, format: 'PNG', tooLarge: size };
    const damaged = pngDamage(bytes);
    return damaged ? { ok: false, format: 'PNG', damaged } : { ok: true, mediaType: 'image/png', size };
  }
  if (isJpeg(bytes)) {
    const size = jpegSize(bytes);
    if (!size) return { ok: false, format: 'JPEG', damaged: SIZE_UNREADABLE };
    return size.width * size.height > MAX_IMAGE_PIXELS ? { ok: false, format: 'JPEG', tooLarge: size } : { ok: true, mediaType: 'image/jpeg', size };
  }
  return { ok: false, format: otherFormat(bytes) };
}

/** The media type of image bytes the resolver accepted. */
export function imageMediaType(bytes: Uint8Array): ImageMediaType {
  const image = readImage(bytes);
  if (!image.ok) throw new Error('ảnh không phải PNG hay JPEG (bộ phân giải lẽ ra đã báo lỗi)');
  return image.mediaType;
}
