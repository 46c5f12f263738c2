/**
 * The advance widths of the Tinos fonts, per character, written to src/layout/tinos-widths.ts so that
 * measuring text needs no font parser at start-up (fontkit costs ~160 ms to load and to decode the
 * tables). Only the characters whose width in any text is their own advance are listed: fontkit's
 * layout(text, { kern: false }) changes nothing for them. Left out, so measured by fontkit, are marks
 * (their width becomes 0) and every character a substitution may start at (ccmp ligatures of Hebrew
 * and Greek letters, tone letters, `dlig`). Contextual rules that need a mark (i + an accent above →
 * dotless i) cannot fire in a text without marks, and a text with a mark goes to fontkit whole; so do
 * the characters fontkit sets other than by their advance (default-ignorables such as U+2060, hidden).
 * `npm run build:widths` writes the file; a test checks it is up to date and compares its widths with
 * fontkit's on the samples and on random Vietnamese text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@cantoo/fontkit';
import { FONT_VARIANTS, TINOS_FILES } from '../src/layout/fonts.ts';
import { fontIdentity } from '../src/layout/width-table.ts';
import { sha256 } from '../src/core/hash.ts';

export const WIDTHS_FILE = 'src/layout/tinos-widths.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- fontkit's parsed OpenType tables are untyped */
type Table = any;

const coverage = (c: Table): number[] =>
  c.version === 1 ? [...c.glyphs] : c.rangeRecords.flatMap((r: Table) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i));

const unwrap = (st: Table): Table => st.extension ?? st;
const EXTENSION = { GSUB: 7, GPOS: 9 };
const CONTEXTUAL = { GSUB: [5, 6], GPOS: [7, 8] };
const MARK_ATTACHMENT = [4, 5, 6];

/** Glyphs a lookup may change the width of, or replace, when it is applied to a text without marks. */
function touchedGlyphs(table: Table, kind: 'GSUB' | 'GPOS', isMark: (g: number) => boolean): Set<number> {
  const touched = new Set<number>();
  if (!table) return touched;
  const lookups: Table[] = table.lookupList.toArray();
  const features = (i: number): string[] => table.featureList.filter((f: Table) => f.feature.lookupListIndexes.includes(i)).map((f: Table) => f.tag);
  lookups.forEach((lookup, i) => {
    const tags = features(i);
    // Kerning is off (NO_KERNING in fonts.ts); a lookup in no feature runs only from a contextual one, handled there.
    if (tags.length === 0 || tags.every((t) => t === 'kern')) return;
    for (const raw of lookup.subTables) {
      const type = lookup.lookupType === EXTENSION[kind] ? raw.lookupType : lookup.lookupType;
      const st = unwrap(raw);
      if (kind === 'GPOS' && MARK_ATTACHMENT.includes(type)) continue; // offsets only, the widths stay
      if (CONTEXTUAL[kind].includes(type)) {
        // Formats 1 and 2: a rule starts at a glyph of the coverage; only marks there, it cannot apply without them.
        if (st.version !== 3 && coverage(st.coverage).every(isMark)) continue;
        if (st.version !== 3) throw new Error(`${kind} lookup ${i}: contextual format ${st.version} not handled; extend scripts/font-widths.ts`);
        const positions: number[][] = [...(st.backtrackCoverage ?? []), ...st.inputCoverage, ...(st.lookaheadCoverage ?? [])].map(coverage);
        // A position that only a mark can fill: the rule cannot apply to a text without marks.
        if (positions.some((glyphs) => glyphs.every(isMark))) continue;
        for (const c of st.inputCoverage) for (const g of coverage(c)) touched.add(g);
        continue;
      }
      if (!st.coverage) throw new Error(`${kind} lookup ${i} (type ${type}) has no coverage; extend scripts/font-widths.ts`);
      for (const g of coverage(st.coverage)) touched.add(g);
    }
  });
  return touched;
}

/** "start-end,start-end" (hexadecimal code points). */
function ranges(codePoints: number[]): string {
  const out: [number, number][] = [];
  for (const cp of codePoints) {
    const last = out[out.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out.map(([a, b]) => (a === b ? a.toString(16) : `${a.toString(16)}-${b.toString(16)}`)).join(',');
}

/** "start:w,w,w;start:w" — runs of consecutive code points (hexadecimal) and their advances. */
function runs(entries: [number, number][]): string {
  const out: string[] = [];
  let next = -1;
  for (const [cp, width] of entries) {
    if (cp === next) out[out.length - 1] += `,${width}`;
    else out.push(`${cp.toString(16)}:${width}`);
    next = cp + 1;
  }
  return out.join(';');
}

export function fontWidthsSource(): string {
  const dir = createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json').replace(/package\.json$/, '');
  const variants = FONT_VARIANTS.map((variant) => {
    const bytes = readFileSync(dir + TINOS_FILES[variant]);
    const font: Table = fontkit.create(bytes);
    const glyphClass = (g: number): number => {
      const def = font.GDEF?.glyphClassDef;
      return def ? (def.classRangeRecord.find((r: Table) => g >= r.start && g <= r.end)?.class ?? 0) : 0;
    };
    const markCodePoint = new Set<number>(font.characterSet.filter((cp: number) => /\p{M}/u.test(String.fromCodePoint(cp))).map((cp: number) => font.glyphForCodePoint(cp).id));
    const isMark = (g: number): boolean => glyphClass(g) === 3 || markCodePoint.has(g);
    const touched = new Set([...touchedGlyphs(font.GSUB, 'GSUB', isMark), ...touchedGlyphs(font.GPOS, 'GPOS', isMark)]);
    const plain: [number, number][] = [];
    const other: number[] = [];
    for (const cp of [...font.characterSet].sort((a: number, b: number) => a - b) as number[]) {
      const glyph = font.glyphForCodePoint(cp);
      if (glyph.id === 0) continue;
      // Also left to fontkit: what it sets other than by the advance or draws with another glyph, like the
      // default-ignorable characters it hides behind an empty space (U+2060, U+200B), and the letters of
      // scripts written right to left, whose runs it reverses: the PDF writer takes a plain
      // character's glyph straight from the font's character map.
      const run = font.layout(String.fromCodePoint(cp), { kern: false });
      const withLatin = font.layout(`${String.fromCodePoint(cp)}a`, { kern: false }).glyphs.map((g: Table) => g.id).join();
      const sameGlyph = run.glyphs.length === 1 && run.glyphs[0].id === glyph.id && withLatin === `${glyph.id},${font.glyphForCodePoint(0x61).id}`;
      // Whether fontkit hides a default-ignorable character depends on which character first reached its
      // glyph (U+00AD shares the hyphen's), so they are all left to it, whatever this font object says.
      const ignorable = /\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(cp));
      if (isMark(glyph.id) || touched.has(glyph.id) || run.advanceWidth !== glyph.advanceWidth || !sameGlyph || ignorable) other.push(cp);
      else plain.push([cp, run.advanceWidth]);
    }
    const { length, checkSumAdjustment } = fontIdentity(new Uint8Array(bytes));
    const fields = [
      `sha256: '${sha256(new Uint8Array(bytes))}'`,
      `length: ${length}`,
      `checkSumAdjustment: ${checkSumAdjustment}`,
      `unitsPerEm: ${font.unitsPerEm}`,
      `ascent: ${font.ascent}`,
      `descent: ${font.descent}`,
      `lineGap: ${font.lineGap}`,
      `widths: '${runs(plain)}'`,
      `shaped: '${ranges(other)}'`,
    ];
    return `  ${variant}: {\n${fields.map((f) => `    ${f},`).join('\n')}\n  },`;
  });
  return [
    '// Generated by `npm run build:widths` (scripts/font-widths.ts) from the Tinos fonts: do not edit.',
    "import type { WidthTableData } from './width-table.ts';",
    '',
    `export const TINOS_WIDTHS: Record<${FONT_VARIANTS.map((v) => `'${v}'`).join(' | ')}, WidthTableData> = {`,
    ...variants,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('font-widths.ts')) {
  writeFileSync(WIDTHS_FILE, fontWidthsSource());
  console.log(`Đã ghi ${WIDTHS_FILE}`);
}
