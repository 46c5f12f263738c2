import { execFileSync } from 'node:child_process';
import { needTool } from '../helpers/tools.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { renderPdf } from '../helpers/build.ts';
import type { Document } from '../../src/document/types.ts';
import { featureDocument, paragraphTexts, sampleBody, sampleDocument, sampleTable } from '../fixtures/pdf-sample.ts';
import { scratchDir } from '../helpers/scratch.ts';

const hasPdftotext = needTool('pdftotext', 'poppler-utils');

/** Base names of the fonts embedded in a PDF. */
async function fontNames(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Subtype')) === PDFName.of('Type0'))
    .map((font) => font.get(PDFName.of('BaseFont'))!.toString().slice(1))
    .sort();
}

function pdftotext(bytes: Uint8Array): string {
  const file = join(scratchDir('pdf-test-'), 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The text of the pages with the page numbers (the first line of pages after a section's first) removed. */
const withoutPageNumbers = (text: string): string => text.split('\f').map((page) => page.replace(/^\d+\n/, '')).join('\n');

/** pdftotext re-joins a line that ends with `-` and drops the dash: compare without dashes and line breaks. */
const comparable = (text: string): string => text.normalize('NFC').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

describe('renderPdf', () => {
  it('gives byte-identical PDFs for the same document', async () => {
    const first = await renderPdf(sampleDocument);
    const second = await renderPdf(structuredClone(sampleDocument));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const other = await renderPdf({ ...sampleDocument, header: { ...sampleDocument.header, soKyHieu: 'Số: 06/KH-UBND' } });
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });

  it('lays the sample out on three pages plus one for the phụ lục', async () => {
    const pdf = await PDFDocument.load(await renderPdf(sampleDocument));
    expect(pdf.getPageCount()).toBe(4);
    const [width, height] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
    expect(width).toBeCloseTo((210 * 72) / 25.4, 3);
    expect(height).toBeCloseTo((297 * 72) / 25.4, 3);
  });

  it('embeds subset Tinos fonts, only the variants in use', async () => {
    const bytes = await renderPdf(sampleDocument);
    // The shared subsets (font-pack.ts): a tag made from the subset's bytes.
    const names = await fontNames(bytes);
    expect(names.map((name) => name.slice(7)).sort()).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
    for (const name of names) expect(name).toMatch(/^(?!TNSAA)[A-Z]{6}\+/);
    expect(bytes.length).toBeLessThan(150_000);

    const plain: Document = {
      ...sampleDocument,
      header: { ...sampleDocument.header, diaDanhNgay: undefined },
      body: [{ kind: 'paragraph', style: 'Than', runs: [{ text: 'Một đoạn văn./.' }] }],
      closing: { signers: sampleDocument.closing.signers },
      appendices: [],
    };
    expect((await fontNames(await renderPdf(plain))).map((name) => name.slice(7)).sort()).toEqual(['Tinos-Bold', 'Tinos-Regular']);
  });

  it('renders every feature of the model without failing', async () => {
    const pdf = await PDFDocument.load(await renderPdf(featureDocument));
    // công văn (forced break: 2 pages) + landscape phụ lục + attached biên bản
    expect(pdf.getPageCount()).toBe(4);
    expect(pdf.getPage(2).getWidth()).toBeGreaterThan(pdf.getPage(2).getHeight());
  });

  it.skipIf(!hasPdftotext)('has extractable NFC text with every paragraph of the sample', async () => {
    const text = pdftotext(await renderPdf(sampleDocument));
    expect(text).toBe(text.normalize('NFC'));
    const extracted = comparable(withoutPageNumbers(text));
    const expected = [
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/KH-UBND',
      'Cao Bằng, ngày 29 tháng 6 năm 2023',
      'KẾ HOẠCH',
      ...sampleDocument.title.trichYeu,
      ...paragraphTexts(sampleBody),
      'Nơi nhận:',
      '- Ban TĐKT Trung ương (b/c);',
      '- Lưu: VT, NC.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn A',
      'CHỈ TIÊU THI ĐUA NĂM 2023',
    ];
    for (const paragraph of expected) expect(extracted).toContain(comparable(paragraph));
    // Cells of a row come out interleaved line by line: check their words.
    const words = new Set(extracted.split(' '));
    const cellWords = sampleTable.rows.flat().flatMap((cell) => comparable(cell.paragraphs.flat().map((r) => r.text).join('')).split(' '));
    expect(cellWords.filter((word) => !words.has(word))).toEqual([]);
  });

  it.skipIf(!hasPdftotext)('extracts justified lines with single spaces and page numbers from page 2', async () => {
    const text = pdftotext(await renderPdf(sampleDocument));
    expect(text).toContain('Phong trào thi đua phải được tổ chức thiết thực, hiệu quả, tránh hình thức,');
    const pages = text.split('\f');
    expect(pages[0]).not.toMatch(/^\s*1\s*$/m);
    expect(pages[1].trimStart().startsWith('2')).toBe(true);
    expect(pages[2].trimStart().startsWith('3')).toBe(true);
    // the phụ lục starts its own numbering: its first page shows none
    expect(pages[3].trimStart().startsWith('Phụ lục')).toBe(true);
  });
});

describe.skipIf(!hasPdftotext)('fonts shared across documents in one process', () => {
  it('keep the text of letters that are parts of composite glyphs (E in Ệ, ư in ự)', async () => {
    const { buildFile } = await import('../helpers/build.ts');
    await renderPdf(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'));
    const second = pdftotext(await renderPdf(buildFile('data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md')));
    expect(second).toContain('“Học tập và làm theo tư tưởng, đạo đức,');
    expect(second).toContain('IV. TIÊU CHUẨN, SỐ LƯỢNG');
  });
});
