/**
 * pdf-lib parses the font file on every embed and runs the shaper for every string it encodes; both
 * dominate the render time. This fontkit wrapper parses each font once per process and remembers the
 * glyph runs of the words it has shaped. Subsets stay per document: pdf-lib creates one per embed.
 */
import fontkit from '@cantoo/fontkit';
import type { PDFDocument } from '@cantoo/pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = Extract<Awaited<ReturnType<Fontkit['create']>>, { layout: unknown }>;
type GlyphRun = ReturnType<Font['layout']>;

/** Bounds the memory of a long-running process; a document uses a few thousand distinct words. */
const MAX_REMEMBERED_RUNS = 50_000;

function rememberLayouts(font: Font): Font {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features) => {
    if (features) return layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_REMEMBERED_RUNS) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    return run;
  };
  return font;
}

const parsed = new WeakMap<Uint8Array, Font>();

export const cachingFontkit: Fontkit = {
  create(bytes: Uint8Array): Font {
    let font = parsed.get(bytes);
    if (!font) {
      font = rememberLayouts(fontkit.create(bytes) as unknown as Font);
      parsed.set(bytes, font);
    }
    return font;
  },
};
