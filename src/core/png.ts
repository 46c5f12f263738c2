/** PNG images: recognised by their signature, sized from their IHDR chunk. No file access here. */
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
