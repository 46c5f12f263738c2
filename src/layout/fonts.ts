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

/**
 * Word and LibreOffice set a DOCX without pair kerning unless the document turns it on, so widths
 * are measured (and the PDF drawn) without it: lines then break where Word breaks them.
 */
const NO_KERNING = { kern: false };

interface Metrics {
  font: { unitsPerEm: number; ascent: number; descent: number; lineGap: number; layout(s: string, features?: Record<string, boolean>): { advanceWidth: number } };
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
    units = m.font.layout(text, NO_KERNING).advanceWidth;
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

/** Width in mm of `text` set in paragraph style `id` of the layout module. */
export function styledWidthMm(text: string, id: StyleId): number {
  const s: ParagraphStyle = STYLES[id];
  return textWidthPt(text, s.sizePt, variantOf(s.bold, s.italic)) * MM_PER_PT;
}
