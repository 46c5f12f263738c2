import { readFileSync } from 'node:fs';

const PNG_MAGIC = '\x89PNG\r\n\x1a\n';

export const isPng = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 8)).toString('latin1') === PNG_MAGIC;

/** Pixel width and height of a PNG, read from its IHDR chunk. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  if (!isPng(bytes) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${path}: not a PNG image`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The size (same unit as the box) of an image scaled to fit a width × height box. */
export function fitted(path: string, width: number, height: number): { width: number; height: number } {
  const size = pngSize(path);
  const scale = Math.min(width / size.width, height / size.height);
  return { width: size.width * scale, height: size.height * scale };
}
