/**
 * The seed plans (test/fixtures/seeds, real plans extracted from PDFs) rebuilt from data/: the text of each
 * generated DOCX, line by line, equals the seed's text apart from whitespace and the extraction
 * artefacts listed here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './helpers/build.ts';
import { docxLines, toLines } from './helpers/docx-text.ts';
import { buildFile } from './helpers/build.ts';

const SEEDS = 'test/fixtures/seeds/';
const QUOC_HIEU = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

interface SeedCase {
  seed: string;
  data: string;
  /** Header lines we generate that the PDF extraction of the seed lost. */
  headerLost: string[];
  /** Extraction errors in the seed text: [as extracted, as in the real document]. */
  misread: [string, string][];
  /**
   * Lines of ours ended by a manual line break the extraction cannot show (it joins the lines of a
   * paragraph): a long title cut evenly rather than leaving its last words alone (plan/measure.ts balancedLines).
   */
  breaks?: string[];
}

const CASES: SeedCase[] = [
  {
    seed: '001_3ad677dafebe22cc.txt',
    data: 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md',
    headerLost: ['ỦY BAN NHÂN DÂN', 'HUYỆN VĨNH CỬU', ...QUOC_HIEU, 'Số: 25/KH-UBND', 'Vĩnh Cửu, ngày 06 tháng 02 năm 2023'],
    misread: [
      ['KI. CHỦ TỊCH', 'KT. CHỦ TỊCH'], // OCR of "KT."
      ['Nơi nhận :', 'Nơi nhận:'],
      ['- Lưu :VT, TĐKT .', '- Lưu: VT, TĐKT.'],
      [' ✓', ''], // a tick mark the extraction added after the last paragraph
    ],
  },
  {
    seed: '002_10d73412e0e59ee7.txt',
    data: 'data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md',
    headerLost: ['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', ...QUOC_HIEU, 'Số: 54/KH-UBND', 'Cao Bằng, ngày 20 tháng 4 năm 2023'],
    misread: [],
  },
  {
    seed: '004_06eec8b061205f24.txt',
    data: 'data/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.md',
    headerLost: ['UBND TỈNH QUẢNG TRỊ', 'KHỐI THI ĐUA', 'CÁC CƠ QUAN THAM MƯU,', 'TỔNG HỢP', ...QUOC_HIEU],
    misread: [],
    breaks: ['Tổ chức thực hiện phong trào thi đua của Khối'],
  },
];

/** Markdown the extraction tool wrote around headings, bold, italic and subscript. */
const stripMarkdown = (text: string): string =>
  text
    .replace(/^#+ /gm, '')
    .replace(/\*+/g, '')
    .replace(/<\/?sub>/g, '');

/**
 * A block that starts in lower case, and is not a điểm (`a)`, `b.`), is the rest of the previous
 * paragraph, cut by a page break.
 */
function joinPageBreaks(blocks: string[]): string[] {
  return blocks.reduce<string[]>((out, block) => {
    const continuation = /^\p{Ll}/u.test(block) && !/^\p{Ll}[.)] /u.test(block);
    if (out.length > 0 && continuation) out[out.length - 1] += ' ' + block;
    else out.push(block);
    return out;
  }, []);
}

/** Our lines with the lines listed joined to the next, each listed line found once. */
function joinBreaks(lines: string[], breaks: string[]): string[] {
  for (const line of breaks) {
    const at = lines.indexOf(line);
    expect(at, `line "${line}" listed as ended by a break, but not found`).toBeGreaterThanOrEqual(0);
    lines.splice(at, 2, `${line} ${lines[at + 1]}`);
  }
  return lines;
}

function seedLines(c: SeedCase): string[] {
  let text = readFileSync(SEEDS + c.seed, 'utf8').normalize('NFC');
  for (const [wrong, right] of c.misread) {
    expect(text, `artefact "${wrong}" listed for ${c.seed} but not found`).toContain(wrong);
    text = text.replace(wrong, right);
  }
  const blocks = stripMarkdown(text)
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return joinPageBreaks(blocks).flatMap(toLines);
}

describe('seed plans rebuilt from data/', () => {
  for (const c of CASES) {
    it(`${c.seed} ← ${c.data}`, () => {
      const generated = joinBreaks(docxLines(renderDocx(buildFile(c.data))), c.breaks ?? []);
      expect(generated).toEqual([...c.headerLost, ...seedLines(c)]);
    });
  }
});
