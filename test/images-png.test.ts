/**
 * PNG signatures and seals are checked whole before use: a header with no image data, a file cut short,
 * image data that does not decompress to the header's size, or a size no one needs (a decompression
 * bomb) is an error naming the field, rather than the PDF writer failing in English ("invalid zlib
 * data") or taking gigabytes. Every PNG accepted is one pdf-lib embeds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { readImage } from '../src/core/image.ts';
import { DocumentError, formatProblem } from '../src/core/errors.ts';
import { buildDocument } from '../src/model/build.ts';
import { readMarkdown } from '../src/readers/parse.ts';
import { loadRegistry } from '../src/resolve/resources.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import { damagedBytes } from '../scripts/fuzz/mutate.ts';
import { testPlan } from './helpers/build.ts';
import { scratchDir } from './helpers/scratch.ts';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => (bytes.reduce((c, b) => CRC[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, tail]);
}

interface Png {
  width: number;
  height: number;
  depth?: number;
  colour?: number;
  interlace?: number;
  /** Bytes of decompressed image data (filter bytes included); the right length when absent. */
  raw?: number;
  /** The compressed image data as given, instead of the deflated raw data. */
  idat?: Buffer;
  palette?: boolean;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Bytes of raw image data a PNG needs (the Adam7 passes when interlaced). */
function rawLength({ width, height, depth = 8, colour = 6, interlace = 0 }: Png): number {
  const rows = (w: number, h: number): number => (w > 0 && h > 0 ? h * (1 + Math.ceil((w * CHANNELS[colour] * depth) / 8)) : 0);
  if (!interlace) return rows(width, height);
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
  return passes.reduce((sum, [x, y, dx, dy]) => sum + rows(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)), 0);
}

function png(p: Png): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(p.width, 0);
  header.writeUInt32BE(p.height, 4);
  header.set([p.depth ?? 8, p.colour ?? 6, 0, 0, p.interlace ?? 0], 8);
  const idat = p.idat ?? deflateSync(Buffer.alloc(p.raw ?? rawLength(p)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(p.palette ? [chunk('PLTE', Buffer.from([0, 0, 0, 255, 0, 0]))] : []),
    ...(idat.length > 0 ? [chunk('IDAT', idat)] : []),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const embeds = async (bytes: Uint8Array): Promise<boolean> => {
  try {
    await (await PDFDocument.create()).embedPng(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('readImage on PNG', () => {
  const valid: [string, Buffer][] = [
    ['RGBA 8 bit', png({ width: 3, height: 2 })],
    ['RGB 16 bit', png({ width: 5, height: 4, colour: 2, depth: 16 })],
    ['grey 1 bit, rows not a whole byte', png({ width: 13, height: 5, colour: 0, depth: 1 })],
    ['palette 4 bit', png({ width: 7, height: 3, colour: 3, depth: 4, palette: true })],
    ['grey and alpha', png({ width: 2, height: 2, colour: 4 })],
    ['interlaced RGBA', png({ width: 10, height: 9, interlace: 1 })],
    ['the sample signature', readFileSync('data/_chung/anh/chu-ky-minh-hoa.png')],
    ['the sample seal', readFileSync('data/_chung/anh/con-dau-minh-hoa.png')],
  ];

  it.each(valid)('takes a whole PNG (%s), which pdf-lib embeds', async (_, bytes) => {
    expect(readImage(bytes)).toMatchObject({ ok: true, mediaType: 'image/png' });
    expect(await embeds(bytes)).toBe(true);
  });

  it('says what is wrong with a damaged PNG', () => {
    const whole = png({ width: 4, height: 4 });
    expect(readImage(png({ width: 4, height: 4, idat: Buffer.alloc(0) }))).toEqual({ ok: false, format: 'PNG', damaged: 'không có dữ liệu ảnh' });
    expect(readImage(whole.subarray(0, whole.length - 20))).toEqual({ ok: false, format: 'PNG', damaged: 'tệp bị cắt cụt' });
    expect(readImage(png({ width: 4, height: 4, raw: 30 }))).toEqual({ ok: false, format: 'PNG', damaged: 'dữ liệu ảnh bị cắt cụt' });
    expect(readImage(png({ width: 4, height: 4, idat: deflateSync(Buffer.alloc(68)).subarray(0, 5) }))).toEqual({ ok: false, format: 'PNG', damaged: 'dữ liệu ảnh bị cắt cụt' });
    expect(readImage(png({ width: 4, height: 4, idat: Buffer.from('không phải zlib') }))).toEqual({ ok: false, format: 'PNG', damaged: 'dữ liệu ảnh bị hỏng' });
    expect(readImage(png({ width: 4, height: 4, colour: 3 }))).toEqual({ ok: false, format: 'PNG', damaged: 'ảnh dùng bảng màu nhưng không có bảng màu' });
    expect(readImage(png({ width: 4, height: 4, depth: 3 }))).toEqual({ ok: false, format: 'PNG', damaged: 'phần đầu ảnh có giá trị không hợp lệ' });
    expect(readImage(png({ width: 0, height: 4 }))).toEqual({ ok: false, format: 'PNG', damaged: 'không đọc được kích thước ảnh' });
  });

  it('refuses PNG data pdf-lib cannot embed', async () => {
    expect(await embeds(png({ width: 4, height: 4, idat: Buffer.alloc(0) }))).toBe(false);
    expect(await embeds(png({ width: 4, height: 4, idat: Buffer.from('không phải zlib') }))).toBe(false);
  });

  it('takes image data longer than the header needs, as decoders do', async () => {
    const longer = png({ width: 4, height: 4, raw: 200 });
    expect(readImage(longer)).toMatchObject({ ok: true });
    expect(await embeds(longer)).toBe(true);
  });

  it('refuses sizes past 25 million pixels before decompressing anything, PNG or JPEG', () => {
    const bomb = png({ width: 100_000, height: 100_000, idat: deflateSync(Buffer.alloc(1000)) });
    expect(readImage(bomb)).toEqual({ ok: false, format: 'PNG', tooLarge: { width: 100_000, height: 100_000 } });
    expect(readImage(damagedBytes('jpeg-lon', []))).toEqual({ ok: false, format: 'JPEG', tooLarge: { width: 65_535, height: 65_535 } });
    expect(readImage(png({ width: 5000, height: 5000, idat: Buffer.from([0x78, 0x9c]) }))).toMatchObject({ damaged: 'dữ liệu ảnh bị cắt cụt' });
  });
});

describe('a damaged or huge signature image', () => {
  const dir = scratchDir();

  function messagesOf(name: string, bytes: Uint8Array): string[] {
    writeFileSync(join(dir, name), bytes);
    const { registry, file } = loadRegistry('data/_chung/co-quan.yaml');
    const resolver = new Resolver({ registry, registryFile: file, templatesDir: 'templates', lawDir: 'data/_chung', roots: ['data', 'templates', dir] });
    const text = testPlan('').replace('nguoi_ky: anh }', `nguoi_ky: anh, chu_ky: ${name} }`);
    try {
      buildDocument(resolver.resolveSource(readMarkdown(text, join(dir, 'thu.md'))));
    } catch (e) {
      if (e instanceof DocumentError) return e.problems.map(formatProblem);
      throw e;
    }
    return [];
  }

  it('a PNG header with no image data fails the document, naming the field', () => {
    expect(messagesOf('rong.png', png({ width: 4, height: 4, idat: Buffer.alloc(0) }))).toEqual([
      `Lỗi: ${join(dir, 'thu.md')}, dòng 7 — trường "ky.chu_ky": tệp "rong.png" là ảnh PNG nhưng bị hỏng (không có dữ liệu ảnh). Mở ảnh bằng một trình sửa ảnh và lưu lại dạng PNG hoặc JPEG.`,
    ]);
  });

  it('a PNG of 100 000 × 100 000 pixels fails the document, with the size and what to do', () => {
    expect(messagesOf('lon.png', damagedBytes('png-lon', []))).toEqual([
      `Lỗi: ${join(dir, 'thu.md')}, dòng 7 — trường "ky.chu_ky": tệp "lon.png" là ảnh PNG 100000 × 100000 điểm ảnh, quá lớn (tối đa 25 triệu điểm ảnh). Thu nhỏ ảnh (chữ ký, con dấu chỉ cần khoảng 600 × 600 điểm ảnh) rồi lưu lại.`,
    ]);
  });
});
