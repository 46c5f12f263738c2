/**
 * Measuring with a table of advance widths (generated from the Tinos fonts, tinos-widths.ts) instead of
 * the font: a text whose characters are all in the table is as wide as the sum of their advances,
 * exactly what fontkit's layout without kerning gives; any other text is left to fontkit.
 */

export interface WidthTableData {
  /** Which font file the table is of: its hash (a run that knows the file's hash need not read it)… */
  sha256: string;
  /** …and its size and the checksum of the whole file in its `head` table (the PDF writer's check, on the bytes it embeds). */
  length: number;
  checkSumAdjustment: number;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** "start:w,w;start:w": code points (hexadecimal) whose width is their advance, in font units. */
  widths: string;
  /** "start-end,cp": the other characters the font has (marks, starts of substitutions), measured by fontkit. */
  shaped: string;
}

/** A font file's size and the checksum of the whole file that font tools write into its `head` table. */
export function fontIdentity(bytes: Uint8Array): { length: number; checkSumAdjustment: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (view.getUint32(record) === 0x68656164 /* 'head' */) return { length: bytes.byteLength, checkSumAdjustment: view.getUint32(view.getUint32(record + 8) + 8) };
  }
  return { length: bytes.byteLength, checkSumAdjustment: -1 };
}

const TABLES = new WeakMap<Uint8Array, WidthTable>();
const BY_DATA = new WeakMap<WidthTableData, WidthTable>();

/**
 * Ranges of code points, in order, each with its list of values read only when one of them is first
 * asked for: a document uses a few of a font's ranges (ASCII, Latin-1, the Vietnamese letters), and the
 * four fonts' 10,000 widths took ~5 ms to read at every start.
 */
class Ranges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly texts: string[] = [];
  private readonly values: (number[] | undefined)[] = [];

  /** `start`, `end` (inclusive) and the text of the range's values (`parse` reads it). */
  add(start: number, end: number, text: string): void {
    this.starts.push(start);
    this.ends.push(end);
    this.texts.push(text);
    this.values.push(undefined);
  }

  /** The value of `cp`, or undefined when no range holds it. */
  get(cp: number, parse: (text: string) => number[]): number | undefined {
    const i = this.find(cp);
    return i < 0 ? undefined : (this.values[i] ??= parse(this.texts[i]))[cp - this.starts[i]];
  }

  has(cp: number): boolean {
    return this.find(cp) >= 0;
  }

  /** The range that holds `cp` (binary search), or -1. */
  private find(cp: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (cp < this.starts[mid]) high = mid - 1;
      else if (cp > this.ends[mid]) low = mid + 1;
      else return mid;
    }
    return -1;
  }
}

const widthList = (text: string): number[] => text.split(',').map(Number);

export class WidthTable {
  private readonly widths = new Ranges();
  private readonly shaped = new Ranges();

  constructor(readonly data: WidthTableData) {
    for (const run of data.widths.split(';')) {
      const colon = run.indexOf(':');
      const list = run.slice(colon + 1);
      let count = 1;
      for (let i = list.indexOf(','); i >= 0; i = list.indexOf(',', i + 1)) count++;
      const start = parseInt(run.slice(0, colon), 16);
      this.widths.add(start, start + count - 1, list);
    }
    for (const range of data.shaped.split(',').filter(Boolean)) {
      const [a, b = a] = range.split('-').map((x) => parseInt(x, 16));
      this.shaped.add(a, b, '');
    }
  }

  /** The table of `bytes` if `data` was made from that very file, else undefined; made once per file (the layout and the PDF writer both ask). */
  static of(data: WidthTableData, bytes: Uint8Array): WidthTable | undefined {
    const made = TABLES.get(bytes);
    if (made?.data === data) return made;
    const id = fontIdentity(bytes);
    if (id.length !== data.length || id.checkSumAdjustment !== data.checkSumAdjustment) return undefined;
    const table = new WidthTable(data);
    TABLES.set(bytes, table);
    return table;
  }

  /** The table of the font file whose hash is `sha256` if `data` was made from that very file, else undefined; made once per table. */
  static ofHash(data: WidthTableData, sha256: string): WidthTable | undefined {
    if (data.sha256 !== sha256) return undefined;
    let table = BY_DATA.get(data);
    if (!table) BY_DATA.set(data, (table = new WidthTable(data)));
    return table;
  }

  /** Width of `text` in font units, or undefined when a character of it needs the font's shaping. */
  measure(text: string): number | undefined {
    let units = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) {
        cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
      }
      const w = this.widths.get(cp, widthList);
      if (w === undefined) return undefined;
      units += w;
    }
    return units;
  }

  hasGlyph(codePoint: number): boolean {
    return this.widths.has(codePoint) || this.shaped.has(codePoint);
  }
}
