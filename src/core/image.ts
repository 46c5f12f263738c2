/** Images a document may show (PNG, JPEG): recognised by their bytes, whatever the file is named. */
import { jpegSize, isJpeg } from './jpeg.ts';
import { isPng, pngSize, type PixelSize } from './png.ts';

export type ImageMediaType = 'image/png' | 'image/jpeg';

export type ReadImage =
  | { ok: true; mediaType: ImageMediaType; size: PixelSize }
  /** The format recognised (GIF, WebP…; PNG or JPEG when `damaged`), absent when none is. */
  | { ok: false; format?: string; damaged?: boolean };

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

export function readImage(bytes: Uint8Array): ReadImage {
  if (isPng(bytes)) {
    const size = pngSize(bytes);
    return size ? { ok: true, mediaType: 'image/png', size } : { ok: false, format: 'PNG', damaged: true };
  }
  if (isJpeg(bytes)) {
    const size = jpegSize(bytes);
    return size ? { ok: true, mediaType: 'image/jpeg', size } : { ok: false, format: 'JPEG', damaged: true };
  }
  return { ok: false, format: otherFormat(bytes) };
}

/** The media type of image bytes the resolver accepted. */
export function imageMediaType(bytes: Uint8Array): ImageMediaType {
  const image = readImage(bytes);
  if (!image.ok) throw new Error('ảnh không phải PNG hay JPEG (bộ phân giải lẽ ra đã báo lỗi)');
  return image.mediaType;
}
