/**
 * A data file typed with decomposed diacritics (NFD: some input methods and macOS tools give it) makes
 * the same DOCX and PDF, byte for byte, as the file typed composed (NFC). The NFC checks of the PDF text
 * in render.test.ts and pdf-parity.test.ts start from NFC input, so they cannot see a missing
 * normalisation; this one starts from decomposed text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../src/readers/parse.ts';
import { buildFile, buildSource, renderDocx, renderPdf } from '../helpers/build.ts';

const SAMPLES = [
  'data/2025/quyet-dinh-khen-thuong-2025.md', // căn cứ, a content template, a separate danh sách, tiền thưởng
  'data/2025/bao-cao-tong-ket-tdkt-2025.md', // a Markdown body
];

describe.each(SAMPLES)('decomposed (NFD) input: %s', (SAMPLE) => {
  it('gives the same DOCX and PDF bytes as composed (NFC) input', async () => {
    const composed = readFileSync(SAMPLE, 'utf8');
    const decomposed = composed.normalize('NFD');
    expect(composed).toBe(composed.normalize('NFC'));
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const fromComposed = buildFile(SAMPLE);
    const fromDecomposed = buildSource(parseSourceText(decomposed, SAMPLE));
    expect(Buffer.from(await renderPdf(fromDecomposed)).equals(Buffer.from(await renderPdf(fromComposed)))).toBe(true);
    expect(renderDocx(fromDecomposed).equals(renderDocx(fromComposed))).toBe(true);
  });
});
