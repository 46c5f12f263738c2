/**
 * Example 03 (test/fixtures/examples/03_quyet_dinh_co_thi_dua_kem_danh_sach.txt, Quyết định 1940/QĐ-UBND
 * of Hà Giang, 2017) rebuilt from data/vi-du/: the text of the generated DOCX, line by line, equals the
 * example's text apart from whitespace, the artefacts of the PDF extraction and the few places where
 * the generator writes the form of Nghị định 30 instead of the original's — each listed here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../helpers/build.ts';
import { buildFile } from '../helpers/build.ts';
import { docxLines } from '../helpers/docx-text.ts';

const EXAMPLE = 'test/fixtures/examples/03_quyet_dinh_co_thi_dua_kem_danh_sach.txt';
const DATA = 'data/vi-du/quyet-dinh-1940-co-thi-dua-ha-giang.md';

/** Artefacts of the PDF-to-text extraction: [as extracted, as in the document]. */
const EXTRACTION: [string, string][] = [
  ['- Văn phòng UBND tỉnh: PVP (NC, KGVX),\n  Trung tâm TT-CB, CVNC, KGVX;', '- Văn phòng UBND tỉnh: PVP (NC, KGVX), Trung tâm TT-CB, CVNC, KGVX;'], // one recipient wrapped in its column
  ['\n                                                                        1\n', '\n'], // page number of the danh sách
];

/** Where the original differs from what the generator writes: [original, generated]. */
const NORMALISED: [string, string][] = [
  ['CỘNG HOÀ XÃ HỘI', 'CỘNG HÒA XÃ HỘI'], // Quốc hiệu as spelt in Nghị định 30
  ['Số:1940 /QĐ-UBND', 'Số: 1940/QĐ-UBND'], // number typed into the blank of the form
  ['(Kèm theo Quyết định số:1940 /QĐ-UBND ngày 28 /9/2017 của', '(Kèm theo Quyết định số 1940/QĐ-UBND ngày 28 tháng 9 năm 2017 của'], // Nghị định 30, Mẫu 2.1
  ['*HUYỆN MÈO VẠC', '* HUYỆN MÈO VẠC'],
  ['* HUYỆN ĐỒNG VĂN: 03 tập thể.', '* HUYỆN ĐỒNG VĂN: 03 tập thể'], // group headings: four of twelve end with "."
  ['* HUYỆN QUANG BÌNH: 02 tập thể.', '* HUYỆN QUANG BÌNH: 02 tập thể'],
  ['* HUYỆN HOÀNG SU PHÌ: 03 tập thể.', '* HUYỆN HOÀNG SU PHÌ: 03 tập thể'],
  ['* SỞ GIÁO DỤC VÀ ĐÀO TẠO: 01 tập thể.', '* SỞ GIÁO DỤC VÀ ĐÀO TẠO: 01 tập thể'],
];

const replaceListed = (text: string, pairs: [string, string][]): string =>
  pairs.reduce((t, [from, to]) => {
    expect(t, `"${from}" listed but not found in the example`).toContain(from);
    return t.replace(from, to);
  }, text);

/**
 * The extraction prints the two-column parts (header, Nơi nhận | signer) side by side on one line.
 * Within a run of lines without a blank line, text after a gap of 5+ spaces (or a line indented 20+)
 * belongs to the right column; the DOCX reads the left column first, then the right.
 */
function unflattenColumns(text: string): string[] {
  const out: string[] = [];
  for (const region of text.split(/\n\s*\n/)) {
    const rows = region.split('\n').filter((l) => l.trim());
    if (!rows.some((l) => /\S {5,}\S/.test(l))) {
      out.push(...rows.map((l) => l.trim()));
      continue;
    }
    const left: string[] = [];
    const right: string[] = [];
    for (const row of rows) {
      const [, a, b] = /^(.*?\S) {5,}(\S.*)$/.exec(row.trim()) ?? [];
      if (a) (left.push(a), right.push(b));
      else (/^ {20}/.test(row) ? right : left).push(row.trim());
    }
    out.push(...left, ...right);
  }
  return out.map((l) => l.replace(/\s+/g, ' '));
}

describe('example 03: Quyết định 1940/QĐ-UBND rebuilt from data', () => {
  it(`${DATA} has the text of the original`, () => {
    const original = readFileSync(EXAMPLE, 'utf8').normalize('NFC').replace(/^source: .*\n/, '');
    const expected = unflattenColumns(replaceListed(replaceListed(original, EXTRACTION), NORMALISED));
    expect(docxLines(renderDocx(buildFile(DATA)))).toEqual(expected);
  });
});
