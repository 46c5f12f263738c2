/**
 * pdf-lib runs the shaper for every string it encodes, which dominates the render time. This fontkit
 * wrapper remembers the glyph runs of the words it has shaped. It lives for one document only:
 * fontkit keeps glyph objects (with the code points they were first reached by) inside the font,
 * and pdf-lib builds each PDF's ToUnicode map from them, so a font shared across documents gave
 * a later document wrong extracted text (`tư tưởng` read back as `t t ởng`).
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

/** A fontkit for one PDF document: each font parsed once, each word shaped once. */
export function documentFontkit(): Fontkit {
  const parsed = new Map<Uint8Array, Font>();
  return {
    create(bytes: Uint8Array): Font {
      let font = parsed.get(bytes);
      if (!font) {
        font = rememberLayouts(fontkit.create(bytes) as unknown as Font);
        parsed.set(bytes, font);
      }
      return font;
    },
  };
}
