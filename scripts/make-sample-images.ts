/**
 * Draws the illustrative signature and seal images used by the samples (data/_chung/anh/): a blue
 * stroke and a red ring with a star, deliberately unlike any real seal. PNG written by hand (RGBA).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Pixel = [number, number, number, number];

function png(width: number, height: number, pixel: (x: number, y: number) => Pixel): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const CLEAR: Pixel = [0, 0, 0, 0];

/** A looping stroke, like a handwritten signature. */
function signature(x: number, y: number): Pixel {
  const blue: Pixel = [20, 40, 160, 255];
  for (let t = 0; t < 1; t += 0.002) {
    const cx = 30 + 240 * t + 18 * Math.sin(t * 40);
    const cy = 60 + 30 * Math.sin(t * 9) * (1 - t) + 14 * Math.cos(t * 40);
    if ((x - cx) ** 2 + (y - cy) ** 2 < 9) return blue;
  }
  return CLEAR;
}

/** Two red rings and a five-pointed star. */
function seal(x: number, y: number): Pixel {
  const red: Pixel = [200, 20, 30, 230];
  const r = Math.hypot(x - 150, y - 150);
  if ((r > 132 && r < 142) || (r > 100 && r < 104)) return red;
  const angle = Math.atan2(y - 150, x - 150) + Math.PI / 2;
  const spike = 40 + 30 * Math.abs(Math.cos((5 * angle) / 2));
  return r < spike ? red : CLEAR;
}

mkdirSync('data/_chung/anh', { recursive: true });
writeFileSync('data/_chung/anh/chu-ky-minh-hoa.png', png(300, 120, signature));
writeFileSync('data/_chung/anh/con-dau-minh-hoa.png', png(300, 300, seal));
console.log('Đã vẽ data/_chung/anh/chu-ky-minh-hoa.png và con-dau-minh-hoa.png');
