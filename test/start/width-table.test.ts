/**
 * Measuring with the width table generated from the Tinos fonts (src/layout/tinos-widths.ts) gives
 * exactly the widths fontkit's layout without kerning gives, so that lines break where they did.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@cantoo/fontkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontWidthsSource, WIDTHS_FILE } from '../../scripts/font-widths.ts';
import { Fonts, FONT_VARIANTS, TINOS_FILES, type FontFiles, type FontVariant } from '../../src/layout/fonts.ts';
import { TINOS_WIDTHS } from '../../src/layout/tinos-widths.ts';
import { WidthTable } from '../../src/layout/width-table.ts';
import { loadFonts, readFonts } from '../../src/resolve/resources.ts';
import { sha256 } from '../../src/core/hash.ts';
import { DocumentError } from '../../src/core/errors.ts';

const files = loadFonts().files;
const parsed = Object.fromEntries(FONT_VARIANTS.map((v) => [v, fontkit.create(Buffer.from(files[v]))])) as unknown as Record<FontVariant, { layout(s: string, f: object): { advanceWidth: number } }>;
const fontkitUnits = (text: string, variant: FontVariant) => parsed[variant].layout(text, { kern: false }).advanceWidth;
const tables = Object.fromEntries(FONT_VARIANTS.map((v) => [v, WidthTable.of(TINOS_WIDTHS[v], files[v])!])) as Record<FontVariant, WidthTable>;

const dataFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? dataFiles(path) : /\.(md|ya?ml|json|csv)$/.test(name) ? [path] : [];
  });
const sampleWords = [...new Set(dataFiles('data').flatMap((f) => readFileSync(f, 'utf8').normalize('NFC').split(/\s+/)).filter(Boolean))];

/** Every Vietnamese letter (NFC), with the digits, punctuation and spaces of official text. */
const VIETNAMESE = [...'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ']
  .flatMap((c) => [c, c.toUpperCase()])
  .concat([...'0123456789 .,;:!?()[]/%-–—…“”‘’"\'§*+=<>&@#\u00a0\u00ad']);

describe('width table of the Tinos fonts', () => {
  it('is up to date with the fonts (npm run build:widths)', () => {
    expect(readFileSync(WIDTHS_FILE, 'utf8') === fontWidthsSource(), `${WIDTHS_FILE} is out of date: run npm run build:widths`).toBe(true);
  });

  it(`gives fontkit's width for every word of every sample in data/ (${sampleWords.length} words), in all four fonts`, () => {
    const wrong = FONT_VARIANTS.flatMap((v) => sampleWords.filter((w) => (tables[v].measure(w) ?? fontkitUnits(w, v)) !== fontkitUnits(w, v)).map((w) => `${v}: ${w}`));
    expect(wrong).toEqual([]);
    // The samples are measured by the table alone, without fontkit.
    expect(sampleWords.filter((w) => tables.regular.measure(w) === undefined)).toEqual([]);
  });

  it("gives fontkit's width for random Vietnamese text, and leaves to fontkit any text it cannot measure", () => {
    const letters = fc.constantFrom(...VIETNAMESE);
    const anyCovered = fc.integer({ min: 0, max: 0x2fff }).filter((cp) => tables.regular.hasGlyph(cp)).map((cp) => String.fromCodePoint(cp));
    const text = fc.array(fc.oneof({ weight: 9, arbitrary: letters }, { weight: 1, arbitrary: anyCovered }), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...FONT_VARIANTS), (s, v) => {
        const measured = tables[v].measure(s);
        expect(measured === undefined || measured === fontkitUnits(s, v), `${v} "${s}"`).toBe(true);
      }),
      { numRuns: 5000, seed: 20251130 },
    );
  });

  it("draws a text it measures with the glyphs of the font's character map, as fontkit's layout does (the PDF writer takes them from the map)", () => {
    const glyphIds = (s: string, v: FontVariant) => (parsed[v] as unknown as { layout(s: string): { glyphs: { id: number }[] } }).layout(s).glyphs.map((g) => g.id);
    const mapIds = (s: string, v: FontVariant) => Array.from(s, (c) => (parsed[v] as unknown as { glyphForCodePoint(cp: number): { id: number } }).glyphForCodePoint(c.codePointAt(0)!).id);
    const letters = fc.constantFrom(...VIETNAMESE);
    const anyCovered = fc.integer({ min: 0, max: 0x2fff }).filter((cp) => tables.regular.hasGlyph(cp)).map((cp) => String.fromCodePoint(cp));
    const text = fc.array(fc.oneof({ weight: 3, arbitrary: letters }, { weight: 1, arbitrary: anyCovered }), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...FONT_VARIANTS), (s, v) => {
        if (tables[v].measure(s) !== undefined) expect(mapIds(s, v), `${v} "${s}"`).toEqual(glyphIds(s, v));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
    // Zero-width characters fontkit hides behind the space glyph are not measured by the table.
    for (const hidden of ['\u00ad', '\u200b', '\u200d', '\u202e', '\u206a']) expect(tables.regular.measure(`a${hidden}b`), hidden).toBeUndefined();
  });

  it('has a glyph and a width for exactly the code points its data lists, over the whole of Unicode (its ranges are read when first asked for)', () => {
    for (const variant of FONT_VARIANTS) {
      const data = TINOS_WIDTHS[variant];
      const widths = new Map<number, number>();
      for (const run of data.widths.split(';')) {
        const [start, list] = run.split(':');
        list.split(',').forEach((w, i) => widths.set(parseInt(start, 16) + i, Number(w)));
      }
      const shaped = new Set<number>();
      for (const range of data.shaped.split(',')) {
        const [a, b = a] = range.split('-').map((x) => parseInt(x, 16));
        for (let cp = a; cp <= b; cp++) shaped.add(cp);
      }
      const table = new WidthTable(data);
      const wrong: string[] = [];
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        if (table.hasGlyph(cp) !== (widths.has(cp) || shaped.has(cp))) wrong.push(`${variant} U+${cp.toString(16)} hasGlyph`);
        if (cp < 0xd800 || cp > 0xdfff) {
          const expected = widths.get(cp);
          if (table.measure(String.fromCodePoint(cp)) !== expected) wrong.push(`${variant} U+${cp.toString(16)} width`);
        }
      }
      expect(wrong.slice(0, 10)).toEqual([]);
    }
  });

  it('marks, Hebrew letters with their points and hidden characters are left to fontkit', () => {
    for (const text of ['i\u0301', 'xin chào', 'א\u05b7', 'a\u2060b', 'ff', 'fi']) {
      const measured = tables.regular.measure(text);
      expect(measured ?? fontkitUnits(text, 'regular'), text).toBe(fontkitUnits(text, 'regular'));
    }
    expect(tables.regular.measure('i\u0301')).toBeUndefined();
    expect(tables.regular.measure('a\u2060b')).toBeUndefined();
    expect(tables.regular.measure('xin chào')).toBe(fontkitUnits('xin chào', 'regular'));
  });

  it('is used only for the very font files it was made from', () => {
    const other = new Uint8Array(files.regular);
    other[other.length - 1] ^= 1;
    expect(WidthTable.of(TINOS_WIDTHS.regular, files.regular)).toBeDefined();
    expect(WidthTable.of(TINOS_WIDTHS.regular, other.subarray(0, other.length - 4))).toBeUndefined();
    expect(WidthTable.of(TINOS_WIDTHS.bold, files.regular)).toBeUndefined();
  });

  it('Fonts measures Tinos text without parsing the fonts, and gives the same figures as fontkit', () => {
    const fonts = new Fonts(files);
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(fonts.width(text, 13, 'bold')).toBe((fontkitUnits(text, 'bold') / 2048) * 13);
    expect(fonts.covers('ệ'.codePointAt(0)!)).toBe(true);
    expect(fonts.covers(0x2610)).toBe(false);
    expect(fonts.lineHeight(14)).toBeCloseTo(((1825 + 443 + 87) / 2048) * 14, 10);
    expect((fonts as unknown as { fonts: Map<string, unknown> }).fonts.size).toBe(0);
    // A text the table cannot measure parses that one font.
    expect(fonts.width('i\u0301', 14)).toBe((fontkitUnits('i\u0301', 'regular') / 2048) * 14);
    expect((fonts as unknown as { fonts: Map<string, unknown> }).fonts.size).toBe(1);
  });

  it('is found by the font file\'s hash, and not for another file\'s', () => {
    const hashes = loadFonts().inputs;
    for (const v of FONT_VARIANTS) expect(TINOS_WIDTHS[v].sha256).toBe(sha256(files[v]));
    expect(WidthTable.ofHash(TINOS_WIDTHS.regular, hashes.regular.sha256)?.measure('xin chào')).toBe(fontkitUnits('xin chào', 'regular'));
    expect(WidthTable.ofHash(TINOS_WIDTHS.regular, hashes.bold.sha256)).toBeUndefined();
  });

  it('Fonts that know their files\' hashes never read a file to measure what the tables cover', () => {
    const unread = {} as FontFiles;
    for (const v of FONT_VARIANTS) Object.defineProperty(unread, v, { get: () => expect.unreachable(`${v} read`) });
    const hashes = Object.fromEntries(FONT_VARIANTS.map((v) => [v, sha256(files[v])])) as Record<FontVariant, string>;
    const fonts = new Fonts(unread, hashes);
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    for (const v of FONT_VARIANTS) expect(fonts.width(text, 13, v)).toBe((fontkitUnits(text, v) / 2048) * 13);
    expect(fonts.covers('ệ'.codePointAt(0)!)).toBe(true);
    // Another file's hash: no table, so the file is read (to be measured by fontkit).
    expect(() => new Fonts(unread, { ...hashes, regular: hashes.bold }).width('a', 12)).toThrow('regular read');
  });

  it('readFonts takes the hashes it is given (the file stamps) and reads a file only when its bytes are used, checking it is that file', () => {
    const real = sha256(files.bold);
    const fonts = readFonts((path) => (path.endsWith(TINOS_FILES.bold) ? real : undefined));
    expect(fonts.inputs.bold.sha256).toBe(real);
    expect(fonts.inputs.regular.sha256).toBe(sha256(files.regular));
    expect(fonts.files.bold).toEqual(files.bold);
    // A hash not of the file read (it changed after it was stamped): that file fails, with what to do.
    const changed = readFonts((path) => (path.endsWith(TINOS_FILES.bold) ? 'a'.repeat(64) : undefined));
    expect(changed.inputs.bold.sha256).toBe('a'.repeat(64));
    expect(() => changed.files.bold).toThrow(DocumentError);
    expect(() => changed.files.bold).toThrow(/tệp phông chữ đã thay đổi trong khi chương trình đang chạy/);
    expect(changed.files.italic).toEqual(files.italic);
  });

  it('Fonts still measures another font file, by fontkit', () => {
    const changed = { ...files, regular: files.bold } as FontFiles;
    expect(new Fonts(changed).width('Hà Nội', 14)).toBe((fontkitUnits('Hà Nội', 'bold') / 2048) * 14);
  });
});
