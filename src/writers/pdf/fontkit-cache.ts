/**
 * pdf-lib parses the font file on every embed and runs the shaper for every string it encodes; both
 * dominate the render time. This fontkit wrapper parses each font once per process and remembers the
 * glyph runs of the words it has shaped. Subsets stay per document: pdf-lib creates one per embed.
 */
import fontkit from '@cantoo/fontkit';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { TINOS_WIDTHS } from '../../layout/tinos-widths.ts';
import { WidthTable } from '../../layout/width-table.ts';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = Extract<Awaited<ReturnType<Fontkit['create']>>, { layout: unknown }>;
type GlyphRun = ReturnType<Font['layout']>;
type Glyph = { codePoints: number[] };

/** Bounds the memory of a long-running process; a document uses a few thousand distinct words. */
const MAX_REMEMBERED_RUNS = 50_000;

/**
 * pdf-lib takes only the glyphs of a run. A text of plain characters (in the width table: no
 * substitution or positioning of the font touches them, and fontkit draws each with the glyph of the
 * character map) gets them straight from that map; running the shaper would first decode the font's
 * substitution tables, a third of a second per process.
 */
function plainRun(font: Font, table: WidthTable | undefined, text: string): GlyphRun | undefined {
  if (!table || table.measure(text) === undefined) return undefined;
  const glyphs = Array.from(text, (char) => font.glyphForCodePoint(char.codePointAt(0)!));
  return { glyphs } as unknown as GlyphRun;
}

function rememberLayouts(font: Font, table: WidthTable | undefined): Font {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features) => {
    if (features) return layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_REMEMBERED_RUNS) runs.clear();
      run = plainRun(font, table, text) ?? layout(text);
      runs.set(text, run);
    }
    return run;
  };
  return font;
}

/** The width table made from the very font file `bytes` is, if any. */
const tableOf = (bytes: Uint8Array): WidthTable | undefined => Object.values(TINOS_WIDTHS).map((data) => WidthTable.of(data, bytes)).find(Boolean);

/**
 * fontkit caches each glyph object with the code points it was first reached by, and pdf-lib writes
 * a PDF's ToUnicode map from them. Subsetting reaches the base glyphs of composites (E in Ệ, ư in ự)
 * with no code points, so in the next document sharing the font those letters had no text
 * (`tư tưởng` extracted as `t t ởng`). A glyph cached without code points takes those of its first use.
 */
type GetGlyph = (id: number, characters?: number[]) => Glyph | null;

function healCodePoints(font: Font): Font {
  const glyphs = font as unknown as { getGlyph: GetGlyph };
  const getGlyph = glyphs.getGlyph.bind(font);
  glyphs.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = characters;
    if (glyph) rememberOutline(glyph);
    return glyph;
  };
  return font;
}

const outlineRemembered = new WeakSet<object>();

/**
 * The subsetter decodes each glyph's whole outline, on every document, only to see whether it is
 * made of other glyphs. The outline never changes, so each glyph object decodes it once.
 */
function rememberOutline(glyph: Glyph): void {
  const decodable = glyph as unknown as { _decode?: () => unknown };
  if (outlineRemembered.has(glyph) || typeof decodable._decode !== 'function') return;
  outlineRemembered.add(glyph);
  const decode = decodable._decode.bind(glyph);
  let outline: unknown;
  let decoded = false;
  decodable._decode = () => {
    if (!decoded) {
      outline = decode();
      decoded = true;
    }
    return outline;
  };
}

const parsed = new WeakMap<Uint8Array, Font>();

export const cachingFontkit: Fontkit = {
  create(bytes: Uint8Array): Font {
    let font = parsed.get(bytes);
    if (!font) {
      font = rememberLayouts(healCodePoints(fontkit.create(bytes) as unknown as Font), tableOf(bytes));
      parsed.set(bytes, font);
    }
    return font;
  },
};
