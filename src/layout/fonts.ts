/**
 * Text measurement with the Tinos fonts. Tinos has the advance widths of Times New Roman, so the widths
 * measured here are the widths Word and LibreOffice lay the DOCX out with too. The font files are
 * loaded by the resolver; this module only reads the bytes it is given.
 */
import { createRequire } from 'node:module';
import { MM_PER_PT, STYLES, type ParagraphStyle, type StyleId } from './nd30.ts';
import { TINOS_WIDTHS } from './tinos-widths.ts';
import { WidthTable } from './width-table.ts';

export type FontVariant = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_VARIANTS: readonly FontVariant[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The Tinos files inside the `@expo-google-fonts/tinos` package. */
export const TINOS_FILES: Record<FontVariant, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

export type FontFiles = Record<FontVariant, Uint8Array>;

export const variantOf = (bold?: boolean, italic?: boolean): FontVariant =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

/**
 * Word and LibreOffice set a DOCX without pair kerning unless the document turns it on, so widths
 * are measured (and the PDF drawn) without it: lines then break where Word breaks them.
 */
const NO_KERNING = { kern: false };

interface ParsedFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  layout(s: string, features?: Record<string, boolean>): { advanceWidth: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface Metrics {
  /** The widths of the Tinos file, generated ahead (tinos-widths.ts); undefined for any other font file. */
  table?: WidthTable;
  /** The font parsed by fontkit, when a text needs shaping or the file has no table. */
  parsed?: ParsedFont;
  /** Advance widths of the words measured so far, in font units. */
  widths: Map<string, number>;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
}

/**
 * fontkit, loaded when first needed: most runs measure with the width tables alone. Required, not
 * imported, because measuring is synchronous; the compiled command leaves it to Node, unbundled.
 */
let fontkit: { create(bytes: Buffer): unknown } | undefined;
const loadFontkit = () => (fontkit ??= createRequire(import.meta.url)('@cantoo/fontkit') as { create(bytes: Buffer): unknown });

/** Measures text set in one of the four fonts. Word widths are cached (measuring costs ~25 µs a word with fontkit). */
export class Fonts {
  private readonly metrics = new Map<FontVariant, Metrics>();
  private readonly covered = new Map<number, boolean>();

  /** `hashes`: the files' sha256 when the run knows them, so that measuring with the width tables never reads a font file. */
  constructor(
    readonly files: FontFiles,
    private readonly hashes?: Record<FontVariant, string>,
  ) {}

  private of(variant: FontVariant): Metrics {
    let m = this.metrics.get(variant);
    if (!m) {
      const table = this.hashes ? WidthTable.ofHash(TINOS_WIDTHS[variant], this.hashes[variant]) : WidthTable.of(TINOS_WIDTHS[variant], this.files[variant]);
      const source = table?.data ?? this.parsed(variant);
      m = { table, widths: new Map(), unitsPerEm: source.unitsPerEm, ascent: source.ascent, descent: source.descent, lineGap: source.lineGap };
      this.metrics.set(variant, m);
    }
    return m;
  }

  /** The width table of a face: the Tinos file this program was made with has one (found by its hash when the run knows it, without reading the file). */
  tableOf(variant: FontVariant): WidthTable | undefined {
    return this.of(variant).table;
  }

  private readonly fonts = new Map<FontVariant, ParsedFont>();

  private parsed(variant: FontVariant): ParsedFont {
    let font = this.fonts.get(variant);
    if (!font) {
      font = loadFontkit().create(Buffer.from(this.files[variant])) as ParsedFont;
      this.fonts.set(variant, font);
    }
    return font;
  }

  /** Width of `text` in points at `sizePt`. */
  width(text: string, sizePt: number, variant: FontVariant = 'regular'): number {
    const m = this.of(variant);
    let units = m.widths.get(text);
    if (units === undefined) {
      units = m.table?.measure(text) ?? this.parsed(variant).layout(text, NO_KERNING).advanceWidth;
      m.widths.set(text, units);
    }
    return (units / m.unitsPerEm) * sizePt;
  }

  /** Whether every one of the four fonts has a glyph for the character (they cover the same characters). */
  covers(codePoint: number): boolean {
    let covered = this.covered.get(codePoint);
    if (covered === undefined) {
      covered = FONT_VARIANTS.every((variant) => {
        const { table } = this.of(variant);
        return table ? table.hasGlyph(codePoint) : this.parsed(variant).hasGlyphForCodePoint(codePoint);
      });
      this.covered.set(codePoint, covered);
    }
    return covered;
  }

  /** Natural line height (ascent + descent + line gap) in points, as Word and LibreOffice use for "single". */
  lineHeight(sizePt: number, variant: FontVariant = 'regular'): number {
    const m = this.of(variant);
    return ((m.ascent - m.descent + m.lineGap) / m.unitsPerEm) * sizePt;
  }

  /** Ascent above the baseline in points. */
  ascent(sizePt: number, variant: FontVariant = 'regular'): number {
    const m = this.of(variant);
    return (m.ascent / m.unitsPerEm) * sizePt;
  }

  /** Depth of the descender below the baseline in points (positive). */
  descent(sizePt: number, variant: FontVariant = 'regular'): number {
    const m = this.of(variant);
    return (-m.descent / m.unitsPerEm) * sizePt;
  }

  /** Width in points of `text` set in a paragraph style of the layout module. */
  styledWidth(text: string, style: ParagraphStyle): number {
    return this.width(text, style.sizePt, variantOf(style.bold, style.italic));
  }

  /** Width in mm of `text` set in paragraph style `id` of the layout module. */
  styledWidthMm(text: string, id: StyleId): number {
    return this.styledWidth(text, STYLES[id]) * MM_PER_PT;
  }
}

const measurers = new WeakMap<FontFiles, Fonts>();

/** The measurer of a set of font files, made once per set (parsed fonts and cached widths are shared). */
export function fontsOf(files: FontFiles, hashes?: Record<FontVariant, string>): Fonts {
  let fonts = measurers.get(files);
  if (!fonts) {
    fonts = new Fonts(files, hashes);
    measurers.set(files, fonts);
  }
  return fonts;
}
