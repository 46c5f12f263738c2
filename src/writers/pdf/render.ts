/**
 * Draws paginated sections with pdf-lib. Text goes out as one TJ array per run of same-font words:
 * real space glyphs (so extraction gives normal spaces) followed by the justification gap. Glyphs
 * advance by their own widths, unkerned, as they were measured.
 */
import {
  PDFArray,
  PDFContentStream,
  PDFDocument,
  PDFHexString,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  endText,
  lineTo,
  moveText,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFImage,
  type PDFName,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { PT_PER_MM } from '../../layout/nd30.ts';
import { FONT_VARIANTS, type Fonts, type FontVariant } from '../../layout/fonts.ts';
import { MissingGlyphError, missingCharacters } from '../../layout/glyphs.ts';
import type { PageSetup, PlanImage } from '../../plan/types.ts';
import { fontPackOf, type FontPack, type PackStore } from './font-pack.ts';
import { byZlib, objectStreamsByZlib } from './object-streams.ts';
import type { DrawOp, PageBox, PlacedText, TextOp } from './ops.ts';
import type { PlacedChunk } from './paginate.ts';

export interface LaidSection {
  box: PageBox;
  page: PageSetup;
  pages: PlacedChunk[][];
}

export interface PdfInfo {
  title: string;
  author: string;
  date: Date;
}

/** A face whose text is not all in its shared subset gets its own; fixed tags keep the bytes reproducible. */
const FONT_NAMES: Record<FontVariant, string> = {
  regular: 'TNSAAA+Tinos-Regular',
  bold: 'TNSAAB+Tinos-Bold',
  italic: 'TNSAAC+Tinos-Italic',
  boldItalic: 'TNSAAD+Tinos-BoldItalic',
};
const PRODUCER = 'van-ban-thi-dua PDF writer (@cantoo/pdf-lib)';

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** A face embedded in the document: its shared subset, or its own subset made by pdf-lib (`encode`). */
interface EmbeddedFont {
  ref: PDFRef;
  /** The prefix of its key in the page resources. */
  name: string;
  pack?: FontPack;
  encode?: (text: string) => string;
}

class Canvas {
  private readonly fonts = new Map<FontVariant, EmbeddedFont>();
  private readonly glyphCodes = new Map<string, string>();
  private readonly images = new Map<string, PDFImage>();
  private fontKeys = new Map<FontVariant, PDFName>();
  private page!: PDFPage;
  private pageHeight = 0;

  constructor(
    readonly pdf: PDFDocument,
    private readonly measure: Fonts,
  ) {}

  /** Each face: its shared subset when `packs` has one covering all its text, else a subset of its own. */
  async embedFonts(variants: Iterable<FontVariant>, packs: Map<FontVariant, FontPack>): Promise<void> {
    for (const variant of variants) {
      const pack = packs.get(variant);
      if (pack) {
        this.fonts.set(variant, { ref: pack.embed(this.pdf.context), name: pack.postscriptName, pack });
        continue;
      }
      const { cachingFontkit } = await import('./fontkit-cache.ts');
      this.pdf.registerFontkit(cachingFontkit);
      const font = await this.pdf.embedFont(this.measure.files[variant], { subset: true, customName: FONT_NAMES[variant] });
      this.fonts.set(variant, { ref: font.ref, name: font.name, encode: (text) => font.encodeText(text).asString() });
    }
  }

  async embedImages(images: PlanImage[]): Promise<void> {
    for (const image of images) {
      const embed = image.mediaType === 'image/jpeg' ? this.pdf.embedJpg(image.bytes) : this.pdf.embedPng(image.bytes);
      this.images.set(image.sha256, await embed);
    }
  }

  newPage(box: PageBox): void {
    this.endPage();
    this.page = this.pdf.addPage([box.width, box.height]);
    this.pageHeight = box.height;
    this.fontKeys = new Map();
  }

  /**
   * The page's drawing compressed now (by zlib: object-streams.ts), and its operators let go: a list of
   * 10,000 rows otherwise holds millions of them (150 MB) until the save.
   */
  endPage(): void {
    const contents = this.page?.node.Contents();
    if (!(contents instanceof PDFArray)) return;
    for (const ref of contents.asArray()) {
      const stream = this.pdf.context.lookup(ref);
      // Each drawing once: its operators are gone after (a second time would leave it empty).
      if (!(stream instanceof PDFContentStream) || this.compressed.has(stream)) continue;
      this.compressed.add(stream);
      stream.updateContents(byZlib(stream));
      (stream as unknown as { operators: PDFOperator[] }).operators.length = 0;
    }
  }

  private readonly compressed = new WeakSet<PDFContentStream>();

  /** Lines and frames go out as plain path operators: pdf-lib's drawRectangle goes through an SVG path parser. */
  draw(op: DrawOp, top: number): void {
    const height = this.pageHeight;
    switch (op.kind) {
      case 'text':
        this.text(op, top);
        break;
      case 'line':
        this.stroke(op.weightPt, moveTo(round(op.x1), round(height - top - op.y1)), lineTo(round(op.x2), round(height - top - op.y2)));
        break;
      case 'rect':
        this.stroke(op.weightPt, rectangle(round(op.x), round(height - top - op.y - op.height), round(op.width), round(op.height)));
        break;
      case 'image':
        this.page.drawImage(this.images.get(op.image)!, {
          x: round(op.x),
          y: round(height - top - op.y - op.height),
          width: round(op.width),
          height: round(op.height),
        });
        break;
    }
  }

  private stroke(weightPt: number, ...path: PDFOperator[]): void {
    this.page.pushOperators(pushGraphicsState(), setStrokingRgbColor(0, 0, 0), setLineWidth(weightPt), ...path, stroke(), popGraphicsState());
  }

  private fontKey(variant: FontVariant): PDFName {
    let key = this.fontKeys.get(variant);
    if (!key) {
      const font = this.fonts.get(variant)!;
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.fontKeys.set(variant, key);
    }
    return key;
  }

  /**
   * Glyph codes (hex) of `text` in the subset font; encoding in a document's own subset also adds the
   * glyphs to it. A character without a glyph (code 0, drawn as an empty box) stops the PDF: it is never
   * lost silently.
   */
  private codes(text: string, variant: FontVariant, op: TextOp): string {
    const font = this.fonts.get(variant)!;
    if (font.pack) return font.pack.codes(text);
    const cacheKey = variant + '\u0000' + text;
    let codes = this.glyphCodes.get(cacheKey);
    if (codes === undefined) {
      codes = font.encode!(text);
      if (hasMissingGlyph(codes)) {
        const line = op.texts.map((t) => t.spaceBefore + t.text).join('');
        throw new MissingGlyphError(missingCharacters(text, this.measure), line);
      }
      this.glyphCodes.set(cacheKey, codes);
    }
    return codes;
  }

  private text(op: TextOp, top: number): void {
    const height = this.pageHeight;
    for (const group of sameFontGroups(op.texts)) {
      const first = group[0];
      const startX = first.x - this.measure.width(first.spaceBefore, first.sizePt, first.variant);
      const y = height - top - op.y + first.rise;
      const array = this.adjustedText(group, op);
      this.page.pushOperators(
        beginText(),
        setFontAndSize(this.fontKey(first.variant), first.sizePt),
        moveText(round(startX), round(y)),
        PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [this.pdf.context.obj(array)]),
        endText(),
      );
    }
  }

  /** TJ operands: glyph codes, with numbers that move the pen (thousandths of an em, positive = left). */
  private adjustedText(group: PlacedText[], op: TextOp): (PDFHexString | number)[] {
    const { sizePt, variant } = group[0];
    const array: (PDFHexString | number)[] = [];
    let hex = '';
    const move = (points: number): void => {
      const units = round((-points * 1000) / sizePt);
      if (units === 0) return;
      if (hex) array.push(PDFHexString.of(hex));
      hex = '';
      array.push(units);
    };
    let pen = group[0].x;
    group.forEach((placed, index) => {
      if (placed.spaceBefore) hex += this.codes(placed.spaceBefore, variant, op);
      if (index > 0) move(placed.x - pen - this.measure.width(placed.spaceBefore, sizePt, variant));
      hex += this.codes(placed.text, variant, op);
      pen = placed.x + placed.width;
    });
    if (hex) array.push(PDFHexString.of(hex));
    return array;
  }
}

/** Whether glyph codes (four hex digits each) hold glyph 0, the font's "missing glyph". */
function hasMissingGlyph(codes: string): boolean {
  for (let i = 0; i < codes.length; i += 4) if (codes.startsWith('0000', i)) return true;
  return false;
}

function sameFontGroups(texts: PlacedText[]): PlacedText[][] {
  const groups: PlacedText[][] = [];
  for (const text of texts) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && last.variant === text.variant && last.sizePt === text.sizePt && last.rise === text.rise) group.push(text);
    else groups.push([text]);
  }
  return groups;
}

/** The page number, centred in the top margin. */
function pageNumberOp(pageNumber: number, section: LaidSection, fonts: Fonts): TextOp {
  const { box } = section;
  const { sizePt, fromTopMm } = section.page.pageNumbers;
  const text = String(pageNumber);
  const width = fonts.width(text, sizePt);
  const x = box.left + (box.textWidth - width) / 2;
  return { kind: 'text', y: fromTopMm * PT_PER_MM + fonts.ascent(sizePt), texts: [{ text, x, width, variant: 'regular', sizePt, rise: 0, spaceBefore: '' }] };
}

function* allOps(sections: LaidSection[]): Generator<DrawOp> {
  for (const section of sections) {
    for (const page of section.pages) for (const { chunk } of page) yield* chunk.ops;
  }
}

/** The faces the document uses, each with its shared subset when that has every character the face draws. */
async function usedFonts(sections: LaidSection[], fonts: Fonts, store?: PackStore): Promise<{ variants: FontVariant[]; packs: Map<FontVariant, FontPack> }> {
  const used = new Set<FontVariant>();
  // Page numbers: digits in the regular face.
  if (sections.some((s) => s.pages.length > 1)) used.add('regular');
  for (const op of allOps(sections)) if (op.kind === 'text') for (const t of op.texts) used.add(t.variant);
  const variants = FONT_VARIANTS.filter((v) => used.has(v));
  const packs = new Map<FontVariant, FontPack>();
  for (const variant of variants) {
    const pack = await fontPackOf(fonts.tableOf(variant), () => fonts.files[variant], store);
    if (pack) packs.set(variant, pack);
  }
  for (const op of allOps(sections)) {
    if (op.kind !== 'text') continue;
    for (const t of op.texts) {
      const pack = packs.get(t.variant);
      if (pack && !(pack.covers(t.text) && pack.covers(t.spaceBefore))) packs.delete(t.variant);
    }
  }
  return { variants, packs };
}

function usedImages(sections: LaidSection[], images: Record<string, PlanImage>): PlanImage[] {
  const keys = new Set<string>();
  for (const op of allOps(sections)) if (op.kind === 'image') keys.add(op.image);
  return [...keys].map((key) => images[key]);
}

export async function renderSections(sections: LaidSection[], info: PdfInfo, fonts: Fonts, images: Record<string, PlanImage>, store?: PackStore): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(info.title);
  pdf.setAuthor(info.author);
  pdf.setLanguage('vi-VN');
  pdf.setCreator(PRODUCER);
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(info.date);
  pdf.setModificationDate(info.date);

  const canvas = new Canvas(pdf, fonts);
  const { variants, packs } = await usedFonts(sections, fonts, store);
  await canvas.embedFonts(variants, packs);
  await canvas.embedImages(usedImages(sections, images));
  for (const section of sections) {
    const { box, pages } = section;
    pages.forEach((page, pageIndex) => {
      canvas.newPage(box);
      if (pageIndex > 0) canvas.draw(pageNumberOp(pageIndex + 1, section, fonts), 0);
      for (const { chunk, top } of page) {
        for (const op of chunk.ops) canvas.draw(op, box.top + top);
      }
      // Drawn: its layout can go.
      pages[pageIndex] = [];
    });
  }
  canvas.endPage();
  objectStreamsByZlib();
  return pdf.save({ useObjectStreams: true });
}
