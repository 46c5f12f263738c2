/**
 * The shared subset of a font face: the glyphs of a fixed repertoire (ASCII, the Vietnamese letters in
 * NFC, the punctuation and signs of administrative documents), subset, compressed and described once per
 * font file, so that every document whose text is all in it embeds the same bytes instead of subsetting
 * and compressing the font again. A pack depends on the font file alone, never on the documents of a run:
 * outputs stay the same whatever was built before. A document with a character outside the repertoire
 * embeds its own subset of that face (render.ts).
 *
 * A pack can be kept between runs (`PackStore`, given by the build): made by fontkit on a miss, read back
 * as bytes (no fontkit then) on a hit.
 */
import { createHash } from 'node:crypto';
import { PDFContext, PDFNumber, PDFRawStream, PDFRef, PDFString } from '@cantoo/pdf-lib';
import type { WidthTable, WidthTableData } from '../../layout/width-table.ts';

const VIETNAMESE_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';
const VIETNAMESE_EXTENDED = 'ĂăĐđĨĩŨũƠơƯư';
/** Punctuation and signs of the documents and of ND30 text: NBSP, § ° ± · × ÷ « », dashes, quotes, •, …, ‰, ₫, №, arrows, ≈ ≠ ≤ ≥, − and a few more. */
const SIGNS = '\u00a0§©«®°±²³·»¼½¾×÷–—‘’‚“”„•…‰′″€₫№™←↑→↓−≈≠≤≥';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The repertoire's code points, in the order their glyphs are numbered. */
export const REPERTOIRE: readonly number[] = [
  ...new Set([
    ...range(0x20, 0x7e),
    ...[...VIETNAMESE_LATIN1, ...VIETNAMESE_EXTENDED].map((c) => c.codePointAt(0)!),
    ...range(0x1ea0, 0x1ef9),
    ...[...SIGNS].map((c) => c.codePointAt(0)!),
  ]),
].sort((a, b) => a - b);

/** What changes the bytes of a pack besides the font file: bump it with any change here. */
const PACK_FORMAT = 1;

export interface FontDescriptorValues {
  flags: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
}

interface PackHeader {
  format: number;
  /** BaseFont: a subset tag made from the pack's bytes, then the font's PostScript name. */
  baseFont: string;
  /** The font's PostScript name: the prefix of its key in the page resources. */
  postscriptName: string;
  /** "cp:cid,cp:cid": the glyph (subset id) of each code point of the repertoire the font has, hexadecimal. */
  codes: string;
  /** Advance widths of the glyphs 1…n, in thousandths of an em. */
  widths: number[];
  descriptor: FontDescriptorValues;
  /** Size of the font file before compression (Length1). */
  fontLength: number;
  fontFileSize: number;
  toUnicodeSize: number;
  sha256: string;
}

export class FontPack {
  /** Glyph codes (4 hex digits) of each code point. */
  private readonly hex = new Map<number, string>();
  private readonly words = new Map<string, string>();
  /** The widths as PDF numbers, made once (pdf-lib formats a number when it is made). */
  private widthNumbers?: PDFNumber[];

  constructor(
    readonly header: PackHeader,
    /** The font file subset, zlib-compressed. */
    readonly fontFile: Uint8Array,
    /** The ToUnicode CMap, zlib-compressed. */
    readonly toUnicode: Uint8Array,
  ) {
    for (const pair of header.codes.split(',')) {
      const [cp, cid] = pair.split(':');
      this.hex.set(parseInt(cp, 16), cid.padStart(4, '0'));
    }
  }

  get baseFont(): string {
    return this.header.baseFont;
  }

  get postscriptName(): string {
    return this.header.postscriptName;
  }

  /** Whether every character of `text` has its glyph in the pack. */
  covers(text: string): boolean {
    for (const char of text) if (!this.hex.has(char.codePointAt(0)!)) return false;
    return true;
  }

  /** Glyph codes (hex) of `text`, every character of which the pack covers. */
  codes(text: string): string {
    let codes = this.words.get(text);
    if (codes === undefined) {
      codes = '';
      for (const char of text) codes += this.hex.get(char.codePointAt(0)!)!;
      if (this.words.size >= 50_000) this.words.clear();
      this.words.set(text, codes);
    }
    return codes;
  }

  /** The Type0 font of the pack in `context`: font dictionary, CID font, descriptor, font file and ToUnicode. */
  embed(context: PDFContext): PDFRef {
    const { header } = this;
    const raw = (bytes: Uint8Array, extra: Record<string, number> = {}) =>
      context.register(PDFRawStream.of(context.obj({ ...extra, Filter: 'FlateDecode' }), bytes));
    const fontFile = raw(this.fontFile, { Length1: header.fontLength });
    const toUnicode = raw(this.toUnicode);
    const d = header.descriptor;
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: header.baseFont,
        Flags: d.flags,
        FontBBox: d.bbox,
        ItalicAngle: d.italicAngle,
        Ascent: d.ascent,
        Descent: d.descent,
        CapHeight: d.capHeight,
        XHeight: d.xHeight,
        StemV: 0,
        FontFile2: fontFile,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        CIDToGIDMap: 'Identity',
        BaseFont: header.baseFont,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: [1, (this.widthNumbers ??= header.widths.map((w) => PDFNumber.of(w)))],
      }),
    );
    return context.register(
      context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: header.baseFont, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
    );
  }

  /** The pack as bytes, for a store: a JSON header line, the font file, the ToUnicode map. */
  toBytes(): Uint8Array {
    return Buffer.concat([Buffer.from(`${JSON.stringify(this.header)}\n`, 'utf8'), this.fontFile, this.toUnicode]);
  }

  /** A pack read from a store, or undefined when the bytes are not a whole pack of this format. */
  static fromBytes(bytes: Uint8Array): FontPack | undefined {
    try {
      const end = bytes.indexOf(0x0a);
      const header = JSON.parse(Buffer.from(bytes.subarray(0, end)).toString('utf8')) as PackHeader;
      const body = bytes.subarray(end + 1);
      if (header.format !== PACK_FORMAT || body.length !== header.fontFileSize + header.toUnicodeSize || sha256(body) !== header.sha256) return undefined;
      return new FontPack(header, body.slice(0, header.fontFileSize), body.slice(header.fontFileSize));
    } catch {
      return undefined;
    }
  }
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Keeps packs between runs; given by the build (the writer itself touches no file). */
export interface PackStore {
  read(key: string): Uint8Array | undefined;
  write(key: string, bytes: Uint8Array): void;
}

/** The parts of a fontkit font and glyph a pack is made from. */
export interface PackFont {
  postscriptName: string;
  unitsPerEm: number;
  italicAngle: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  'OS/2'?: { sFamilyClass: number };
  post?: { isFixedPitch: number };
  head?: { macStyle?: { italic?: boolean } };
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  createSubset(): { includeGlyph(glyph: { id: number }): number; encode(): Uint8Array };
}

/** The store key of a font file's pack, by the identity its width table was made for (the store adds the program's version). */
export const packKey = ({ length, checkSumAdjustment }: WidthTableData): string => `${PACK_FORMAT}-${length}-${checkSumAdjustment}`;

/** pdf-lib's font flags: serif by the OS/2 family class, symbolic, italic by the head table. */
function fontFlags(font: PackFont): number {
  const familyClass = font['OS/2']?.sFamilyClass ?? 0;
  let flags = 1 << 2; // symbolic
  if (font.post?.isFixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (font.head?.macStyle?.italic) flags |= 1 << 6;
  return flags;
}

/**
 * The pack of a font: the repertoire's characters that the width table measures as plain (each drawn
 * with the glyph of the character map, as the layout measured it), their glyphs subset in code point
 * order (glyph 1 is the first), compressed with pdf-lib's own deflate.
 */
export function makeFontPack(font: PackFont, table: WidthTable): FontPack {
  const subset = font.createSubset();
  const scale = 1000 / font.unitsPerEm;
  const codes: string[] = [];
  const widths: number[] = [];
  const firstCodePoint = new Map<number, number>();
  for (const cp of REPERTOIRE) {
    if (table.measure(String.fromCodePoint(cp)) === undefined) continue;
    const glyph = font.glyphForCodePoint(cp);
    if (glyph.id === 0) continue;
    const cid = subset.includeGlyph(glyph);
    if (!firstCodePoint.has(cid)) {
      firstCodePoint.set(cid, cp);
      widths[cid - 1] = glyph.advanceWidth * scale;
    }
    codes.push(`${cp.toString(16)}:${cid.toString(16)}`);
  }
  const context = PDFContext.create();
  const deflate = (bytes: Uint8Array): Uint8Array => (context.flateStream(bytes) as PDFRawStream).getContents();
  const ttf = subset.encode();
  const fontFile = deflate(ttf);
  const toUnicode = deflate(Buffer.from(toUnicodeCmap(firstCodePoint), 'latin1'));
  const { minX, minY, maxX, maxY } = font.bbox;
  const body = Buffer.concat([fontFile, toUnicode]);
  const hash = sha256(body);
  const header: PackHeader = {
    format: PACK_FORMAT,
    baseFont: `${subsetTag(hash)}+${font.postscriptName}`,
    postscriptName: font.postscriptName,
    codes: codes.join(','),
    widths,
    descriptor: {
      flags: fontFlags(font),
      bbox: [minX * scale, minY * scale, maxX * scale, maxY * scale],
      italicAngle: font.italicAngle,
      ascent: font.ascent * scale,
      descent: font.descent * scale,
      capHeight: (font.capHeight || font.ascent) * scale,
      xHeight: (font.xHeight || 0) * scale,
    },
    fontLength: ttf.length,
    fontFileSize: fontFile.length,
    toUnicodeSize: toUnicode.length,
    sha256: hash,
  };
  return new FontPack(header, fontFile, toUnicode);
}

/** Six capital letters from the pack's hash: the subset tag PDF readers expect before a subset font's name. */
const subsetTag = (hash: string): string => Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + (parseInt(hash.slice(i * 2, i * 2 + 2), 16) % 26))).join('');

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** The ToUnicode CMap: runs of consecutive glyphs of consecutive characters as ranges, the rest one by one; at most 100 entries a block. */
function toUnicodeCmap(codePointOf: Map<number, number>): string {
  const ranges: string[] = [];
  const singles: string[] = [];
  const cids = [...codePointOf.keys()].sort((a, b) => a - b);
  for (let i = 0; i < cids.length; ) {
    let j = i;
    while (j + 1 < cids.length && continues(cids[j], cids[j + 1], codePointOf)) j++;
    if (j > i) ranges.push(`<${hex4(cids[i])}> <${hex4(cids[j])}> <${utf16(codePointOf.get(cids[i])!)}>`);
    else singles.push(`<${hex4(cids[i])}> <${utf16(codePointOf.get(cids[i])!)}>`);
    i = j + 1;
  }
  const blocks = (entries: string[], kind: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const block = entries.slice(i, i + 100);
      out.push(`${block.length} begin${kind}`, ...block, `end${kind}`);
    }
    return out;
  };
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks(ranges, 'bfrange'),
    ...blocks(singles, 'bfchar'),
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Whether glyph `next` extends a range ending at `cid`: the next glyph of the next character, neither crossing into a new last byte (a range varies its last byte only). */
function continues(cid: number, next: number, codePointOf: Map<number, number>): boolean {
  const cp = codePointOf.get(cid)!;
  const nextCp = codePointOf.get(next)!;
  return next === cid + 1 && nextCp === cp + 1 && (next & 0xff) !== 0 && (nextCp & 0xff) !== 0 && nextCp <= 0xffff;
}

/** A code point in UTF-16, as hex. */
const utf16 = (cp: number): string => {
  if (cp <= 0xffff) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
};

const packs = new WeakMap<WidthTable, Promise<FontPack>>();

/**
 * The pack of a font file with a width table (the Tinos this program was made with), once per process:
 * from the store when a run kept it, else made from the file's bytes (read only then; fontkit too) and
 * kept. Undefined for a font file without a width table: its documents get their own subsets.
 */
export function fontPackOf(table: WidthTable | undefined, fontBytes: () => Uint8Array, store?: PackStore): Promise<FontPack | undefined> {
  if (!table) return Promise.resolve(undefined);
  let pack = packs.get(table);
  if (!pack) packs.set(table, (pack = loadOrMake(table, fontBytes, store)));
  return pack;
}

async function loadOrMake(table: WidthTable, fontBytes: () => Uint8Array, store?: PackStore): Promise<FontPack> {
  const key = packKey(table.data);
  const kept = store?.read(key);
  const read = kept && FontPack.fromBytes(kept);
  if (read) return read;
  const { cachingFontkit } = await import('./fontkit-cache.ts');
  const pack = makeFontPack((await cachingFontkit.create(fontBytes())) as unknown as PackFont, table);
  store?.write(key, pack.toBytes());
  return pack;
}
