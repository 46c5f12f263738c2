/** PNG images: recognised by their signature, sized from their IHDR chunk, checked whole. No file access here. */
import { constants, inflateSync } from 'node:zlib';

const PNG_MAGIC = '\x89PNG\r\n\x1a\n';

export interface PixelSize {
  width: number;
  height: number;
}

export const isPng = (bytes: Uint8Array): boolean => bytes.length >= 24 && Buffer.from(bytes.subarray(0, 8)).toString('latin1') === PNG_MAGIC;

/** Pixel width and height of a PNG; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): PixelSize | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isPng(buffer) || buffer.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** The size (same unit as the box) of an image of `size` pixels scaled to fit a width × height box. */
export function fitted(size: PixelSize, width: number, height: number): { width: number; height: number } {
  const scale = Math.min(width / size.width, height / size.height);
  return { width: size.width * scale, height: size.height * scale };
}

/** Channels of each PNG colour type, and the bit depths it may have. */
const COLOUR_TYPES: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];

/** Bytes of the decompressed image data: each row a filter byte and its pixels (per pass, when interlaced). */
function rawLength(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number): number => (w > 0 && h > 0 ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0);
  if (!interlaced) return rows(width, height);
  return ADAM7.reduce((sum, [x, y, dx, dy]) => sum + rows(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)), 0);
}

/**
 * Why a PNG (of a size already checked to be reasonable) cannot be drawn: chunks cut short, no image
 * data, a header no decoder takes, image data that does not decompress to the size the header gives.
 * Undefined when it can.
 */
export function pngDamage(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data: Buffer[] = [];
  const types = new Set<string>();
  let at = 8;
  while (!types.has('IEND')) {
    if (at + 12 > buffer.length) return 'tệp bị cắt cụt';
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > buffer.length) return 'tệp bị cắt cụt';
    if (type === 'IDAT') data.push(buffer.subarray(at + 8, at + 8 + length));
    types.add(type);
    at += 12 + length;
  }
  const [depth, colourType, compression, filter, interlace] = buffer.subarray(24, 29);
  const colour = COLOUR_TYPES[colourType];
  const headerOk = buffer.readUInt32BE(8) === 13 && colour?.depths.includes(depth) && compression === 0 && filter === 0 && interlace <= 1;
  if (!headerOk) return 'phần đầu ảnh có giá trị không hợp lệ';
  if (colourType === 3 && !types.has('PLTE')) return 'ảnh dùng bảng màu nhưng không có bảng màu';
  if (data.length === 0) return 'không có dữ liệu ảnh';
  const { width, height } = pngSize(bytes)!;
  const expected = rawLength(width, height, colour.channels * depth, interlace === 1);
  let pixels: Buffer;
  try {
    // Decompresses at most what the header promises; a stream cut short gives what it has.
    pixels = inflateSync(Buffer.concat(data), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: expected });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    return 'dữ liệu ảnh bị hỏng';
  }
  return pixels.length < expected ? 'dữ liệu ảnh bị cắt cụt' : undefined;
}
