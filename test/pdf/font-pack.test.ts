/**
 * The shared font subsets (src/writers/pdf/font-pack.ts): every document whose text is in the fixed
 * repertoire embeds the same font bytes, made once per font file; a document with another character
 * gets its own subset of that face; packs kept in a store give the same PDF as packs made anew.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import { fontPackStore } from '../../src/build/font-pack-cache.ts';
import { cacheFolder } from '../../src/build/cache-folder.ts';
import { Fonts, FONT_VARIANTS, type FontFiles } from '../../src/layout/fonts.ts';
import { loadFonts } from '../../src/resolve/resources.ts';
import { FontPack, type PackStore } from '../../src/writers/pdf/font-pack.ts';
import { writePdf } from '../../src/writers/pdf/index.ts';
import { buildFile, buildMarkdown, planOf, renderPdf, testPlan } from '../helpers/build.ts';
import { scratchDir } from '../helpers/scratch.ts';
import { needTool } from '../helpers/tools.ts';

const hasPdftotext = needTool('pdftotext', 'poppler-utils');

/** Each embedded font: its BaseFont and the bytes of its font file stream. */
async function embeddedFonts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const pdf = await PDFDocument.load(bytes);
  const fonts = new Map<string, Buffer>();
  const lookup = <T>(ref: unknown): T => (ref instanceof PDFRef ? pdf.context.lookup(ref) : ref) as T;
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const cidFont = lookup<PDFDict>(lookup<PDFArray>(object.get(PDFName.of('DescendantFonts'))).get(0));
    const descriptor = lookup<PDFDict>(cidFont.get(PDFName.of('FontDescriptor')));
    const file = lookup<PDFRawStream>(descriptor.get(PDFName.of('FontFile2')));
    fonts.set(object.get(PDFName.of('BaseFont'))!.toString().slice(1), Buffer.from(file.getContents()));
  }
  return fonts;
}

const names = (fonts: Map<string, Buffer>): string[] => [...fonts.keys()].sort();

/** A shared subset's name: a tag made from its bytes, never the fixed tags of a document's own subsets. */
const SHARED = /^(?!TNSAA)[A-Z]{6}\+Tinos-/;

function pdftotext(bytes: Uint8Array): string {
  const file = join(scratchDir('font-pack-'), 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Fonts over copies of the font files: a process-wide pack made for the originals is not reused. */
const freshFonts = (): Fonts => {
  const files = loadFonts().files;
  return new Fonts(Object.fromEntries(FONT_VARIANTS.map((v) => [v, new Uint8Array(files[v])])) as FontFiles);
};

describe('shared font subsets', () => {
  it('give two different documents the same font bytes when their text is in the repertoire', async () => {
    const first = await embeddedFonts(await renderPdf(buildMarkdown(testPlan('', 'Nội dung thứ nhất.'))));
    const second = await embeddedFonts(await renderPdf(buildMarkdown(testPlan('', 'Một văn bản khác hẳn: “Điều 5” – 100% (ĂÂÊÔƠƯĐ ăâêôơưđ).'))));
    expect(names(first).length).toBeGreaterThanOrEqual(2);
    for (const name of names(first)) expect(name).toMatch(SHARED);
    expect(names(second)).toEqual(names(first));
    for (const [name, file] of first) expect(second.get(name)!.equals(file)).toBe(true);
  });

  it('cover every face of the báo cáo thành tích sample', async () => {
    const fonts = await embeddedFonts(await renderPdf(buildFile('data/2025/bao-cao-thanh-tich-ca-nhan-ha-thi-thu-trang.md')));
    expect(names(fonts).filter((name) => !SHARED.test(name))).toEqual([]);
  });

  it.skipIf(!hasPdftotext)('leave a face with a character outside the repertoire to a subset of its own, text kept', async () => {
    const bytes = await renderPdf(buildMarkdown(testPlan('', 'Hệ số Ω = 2 ≥ 1.')));
    const fonts = await embeddedFonts(bytes);
    expect(names(fonts).filter((name) => !SHARED.test(name))).toEqual(['TNSAAA+Tinos-Regular']);
    expect(names(fonts).filter((name) => SHARED.test(name)).length).toBeGreaterThan(0);
    expect(pdftotext(bytes)).toContain('Hệ số Ω = 2 ≥ 1.');
  });

  it('kept in a store, give the same PDF as made anew; a damaged entry is made again', async () => {
    const plan = planOf(buildMarkdown(testPlan('', 'Nội dung *nghiêng* và **đậm**.')));
    const made = await writePdf(plan, freshFonts());
    const kept = new Map<string, Uint8Array>();
    const store: PackStore = { read: (key) => kept.get(key), write: (key, bytes) => void kept.set(key, bytes) };
    expect(Buffer.from(await writePdf(plan, freshFonts(), store)).equals(Buffer.from(made))).toBe(true);
    expect(kept.size).toBe(4);
    const reads: string[] = [];
    const reading: PackStore = { read: (key) => (reads.push(key), kept.get(key)), write: () => expect.unreachable('a kept pack is not made again') };
    expect(Buffer.from(await writePdf(plan, freshFonts(), reading)).equals(Buffer.from(made))).toBe(true);
    expect(reads).toHaveLength(4);

    for (const [key, bytes] of kept) {
      const damaged = new Uint8Array(bytes);
      damaged[damaged.length - 1] ^= 0xff;
      expect(FontPack.fromBytes(damaged)).toBeUndefined();
      kept.set(key, damaged);
    }
    expect(Buffer.from(await writePdf(plan, freshFonts(), store)).equals(Buffer.from(made))).toBe(true);
    for (const bytes of kept.values()) expect(FontPack.fromBytes(bytes)).toBeInstanceOf(FontPack);
  });

  it('are kept in the cache folder of the build, or nowhere with VAN_BAN_CACHE=0', async () => {
    expect(fontPackStore(cacheFolder({ VAN_BAN_CACHE: '0' }))).toBeUndefined();
    const folder = join(scratchDir('font-pack-cache-'), 'cache');
    const store = fontPackStore(folder)!;
    expect(store.read('a')).toBeUndefined();
    store.write('a', new Uint8Array([1, 2, 3]));
    expect([...store.read('a')!]).toEqual([1, 2, 3]);
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^phong-pdf-[0-9a-f]{32}\.bin$/)]);
  });
});
