/**
 * Tinos font files and text measurement. Tinos has the advance widths of Times New Roman, so the
 * widths measured here are the widths Word and LibreOffice lay out in the DOCX too.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import fontkit from '@cantoo/fontkit';
import { MM_PER_PT, STYLES, type ParagraphStyle, type StyleId } from './nd30.ts';

export type FontVariant = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontVariant, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

const require = createRequire(import.meta.url);
const fontDir = (): string => require.resolve('@expo-google-fonts/tinos/package.json').replace(/package\.json$/, '');

export const variantOf = (bold?: boolean, italic?: boolean): FontVariant =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

const bytesCache = new Map<FontVariant, Uint8Array>();
export function fontBytes(variant: FontVariant): Uint8Array {
  let bytes = bytesCache.get(variant);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(fontDir() + FILES[variant]));
    bytesCache.set(variant, bytes);
  }
  return bytes;
}

interface Metrics {
  font: { unitsPerEm: number; ascent: number; descent: number; lineGap: number; layout(s: string): { advanceWidth: number } };
  widths: Map<string, number>;
  /** Copied out of the font: fontkit's getter re-reads the table on every call. */
  unitsPerEm: number;
}
const metricsCache = new Map<FontVariant, Metrics>();
function metrics(variant: FontVariant): Metrics {
  let m = metricsCache.get(variant);
  if (!m) {
    const font = fontkit.create(Buffer.from(fontBytes(variant))) as unknown as Metrics['font'];
    m = { font, widths: new Map(), unitsPerEm: font.unitsPerEm };
    metricsCache.set(variant, m);
  }
  return m;
}

/** Width of `text` in points at `sizePt`; word widths are cached (measuring costs ~25 µs a word). */
export function textWidthPt(text: string, sizePt: number, variant: FontVariant = 'regular'): number {
  const m = metrics(variant);
  let units = m.widths.get(text);
  if (units === undefined) {
    units = m.font.layout(text).advanceWidth;
    m.widths.set(text, units);
  }
  return (units / m.unitsPerEm) * sizePt;
}

/** Natural line height (ascent + descent + line gap) in points, as Word and LibreOffice use for "single". */
export function lineHeightPt(sizePt: number, variant: FontVariant = 'regular'): number {
  const { font } = metrics(variant);
  return ((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * sizePt;
}

/** Ascent above the baseline in points. */
export function ascentPt(sizePt: number, variant: FontVariant = 'regular'): number {
  const { font } = metrics(variant);
  return (font.ascent / font.unitsPerEm) * sizePt;
}

/** Depth of the descender below the baseline in points (positive). */
export function descentPt(sizePt: number, variant: FontVariant = 'regular'): number {
  const { font } = metrics(variant);
  return (-font.descent / font.unitsPerEm) * sizePt;
}

const kerningCache = new Map<string, number[]>();
/**
 * Kerning inside `text`, one entry a glyph: how much the font's kerning shortens (negative) or widens
 * the glyph's advance, in thousandths of an em (PDF text-space units). Empty when nothing is kerned.
 * `textWidthPt` includes kerning, so a writer that draws glyph by glyph applies these to match it.
 */
export function glyphKerning(text: string, variant: FontVariant = 'regular'): number[] {
  const key = variant + '\u0000' + text;
  let kerning = kerningCache.get(key);
  if (!kerning) {
    const { font } = metrics(variant);
    const run = (font as unknown as KerningFont).layout(text);
    const deltas = run.glyphs.map((g, i) => ((run.positions[i].xAdvance - g.advanceWidth) * 1000) / font.unitsPerEm);
    kerning = deltas.some((d) => d !== 0) ? deltas : [];
    kerningCache.set(key, kerning);
  }
  return kerning;
}
interface KerningFont {
  layout(s: string): { glyphs: { advanceWidth: number }[]; positions: { xAdvance: number }[] };
}

/** Width in mm of `text` set in paragraph style `id` of the layout module. */
export function styledWidthMm(text: string, id: StyleId): number {
  const s: ParagraphStyle = STYLES[id];
  return textWidthPt(text, s.sizePt, variantOf(s.bold, s.italic)) * MM_PER_PT;
}
