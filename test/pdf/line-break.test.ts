import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FontVariant } from '../../src/layout/fonts.ts';
import { breakLines as breakWith, breakOpportunities, uaxBreakOpportunities, toWords as wordsWith, type LineBox, type Line, type Word } from '../../src/layout/line-break.ts';
import { withGluedDashes, type Run } from '../../src/core/run.ts';
import { placeLine } from '../../src/writers/pdf/paragraph.ts';
import { fonts } from '../helpers/build.ts';

const FONTS = fonts();
const toWords = (runs: Run[], base: { sizePt: number; bold?: boolean; italic?: boolean }) => wordsWith(runs, base, FONTS);
const breakLines = (words: Word[], box: LineBox) => breakWith(words, box, FONTS);

const SIZE = 14;
const width = (text: string, variant: FontVariant = 'regular') => FONTS.width(text, SIZE, variant);
const SPACE = width(' ');
const TEXT =
  'Phong trào thi đua phải được tổ chức thiết thực, hiệu quả, tránh hình thức, phô trương, lãng phí; gắn với việc thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị.';

const wordsOf = (text: string) => toWords([{ text }], { sizePt: SIZE });
const lineText = (line: Line) =>
  line.words
    .map((w) => w.parts.map((p) => p.text).join('') + w.space)
    .join('')
    .trimEnd();

describe('line breaking', () => {
  it('a paragraph of ten million letters is found to have no break inside its words, without overflowing the stack', () => {
    expect(breakOpportunities(`Ư${'x'.repeat(10_000_000)}`).size).toBe(0);
    expect([...breakOpportunities(`Ư${'x'.repeat(10_000_000)}/ý`)]).toEqual([10_000_002, 10_000_003]);
  });

  it('finds, without the full algorithm, the same breaks inside words as UAX #14 (a spaced dash, the motto, included)', () => {
    // Only breaks inside a word (not right after a space, where words are cut anyway) make a difference.
    const insideWords = (text: string, breaks: Set<number>) => [...breaks].filter((at) => at > 0 && at < text.length && !/[ \t\n\v\f]/.test(text[at - 1])).sort((a, b) => a - b);
    const agree = (text: string) => expect(insideWords(text, breakOpportunities(text))).toEqual(insideWords(text, uaxBreakOpportunities(text)));
    agree('Độc lập - Tự do - Hạnh phúc');
    agree('Độc lập\u00a0- Tự do\u00a0- Hạnh phúc');
    const alphabet = ['a', 'ư', 'Đ', '\u0301', '1', '²', '中', 'α', ' ', '\u00a0', '\n', '-', '–', '—', '/', '.', ',', ';', ':', '(', ')', '[', ']', '“', '”', '‘', '’', "'", '"', '!', '?', '…', '%'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((cs) => cs.join('')), (text) => { agree(text); }), { numRuns: 20000, seed: 20261130 });
    // The shortcut is taken: a spaced dash calls for nothing more.
    expect(breakOpportunities('Độc lập\u00a0- Tự do').size).toBe(0);
    expect(uaxBreakOpportunities('Độc lập\u00a0- Tự do').size).toBeGreaterThan(0);
  });

  it('puts exactly the words that fit on a line', () => {
    const fourWords = width('Phong') + width('trào') + width('thi') + width('đua') + 3 * SPACE;
    expect(breakLines(wordsOf(TEXT), { width: fourWords + 0.025 }).map(lineText).slice(0, 2)).toEqual([
      'Phong trào thi đua',
      'phải được tổ chức',
    ]);
    // LibreOffice lays out in twips: a line within half a twip (0.025 pt) of the margin does not fit.
    expect(lineText(breakLines(wordsOf(TEXT), { width: fourWords + 0.02 })[0])).toBe('Phong trào thi');
  });

  it('fills each line greedily: the next word would not have fitted', () => {
    const lines = breakLines(wordsOf(TEXT), { width: 200 });
    expect(lines.map(lineText).join(' ')).toBe(TEXT);
    lines.forEach((line, i) => {
      expect(line.width).toBeLessThanOrEqual(200 - 0.025);
      const next = lines[i + 1]?.words[0];
      if (next) expect(line.width + SPACE + next.width).toBeGreaterThan(200 - 0.025);
      const natural = line.words.reduce((sum, w) => sum + w.width, 0) + (line.words.length - 1) * SPACE;
      expect(line.width).toBeCloseTo(natural, 9);
    });
    expect(lines.map((l) => l.isLast)).toEqual(lines.map((_, i) => i === lines.length - 1));
  });

  it('indents the first line only', () => {
    const lines = breakLines(wordsOf(TEXT), { width: 300, firstLineIndent: 36 });
    expect(lines[0].available).toBe(264);
    expect(lines[1].available).toBe(300);
    expect(placeLine(lines[0], 'justify', 85)[0].x).toBe(85 + 36);
    expect(placeLine(lines[1], 'justify', 85)[0].x).toBe(85);
  });

  it('breaks where a run asks for it, and such a line is not justified', () => {
    const lines = breakLines(toWords([{ text: 'Kính gửi:', breakAfter: true }, { text: '- Sở Nội vụ;' }], { sizePt: SIZE }), { width: 400 });
    expect(lines.map(lineText)).toEqual(['Kính gửi:', '- Sở Nội vụ;']);
    expect(lines[0].isLast).toBe(true);
  });

  it('splits a word wider than the line into pieces that fit', () => {
    const account = 'Sốtàikhoản0123456789012345678901234567890123456789';
    const lines = breakLines(wordsOf(`Xem ${account}`), { width: 150 });
    expect(lines.map(lineText)).toEqual(['Xem', expect.any(String), expect.any(String), expect.any(String)]);
    expect(lines.slice(1).map(lineText).join('')).toBe(account);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150);
  });
});

describe('justification', () => {
  const lines = breakLines(wordsOf(TEXT), { width: 250 });

  it('stretches the spaces of every line but the last so the line fills the width', () => {
    for (const line of lines.slice(0, -1)) {
      const placed = placeLine(line, 'justify', 0);
      const last = placed[placed.length - 1];
      expect(last.x + last.width).toBeCloseTo(250, 9);
      const gaps = placed.slice(1).map((t, i) => t.x - (placed[i].x + placed[i].width));
      for (const gap of gaps) {
        expect(gap).toBeCloseTo(gaps[0], 9);
        expect(gap).toBeGreaterThanOrEqual(SPACE);
      }
      const wordWidths = placed.reduce((sum, t) => sum + t.width, 0);
      expect(wordWidths + gaps.reduce((sum, g) => sum + g, 0)).toBeCloseTo(250, 9);
      expect(placed.slice(1).every((t) => t.spaceBefore === ' ')).toBe(true);
    }
  });

  it('leaves the last line left-aligned with natural spaces', () => {
    const placed = placeLine(lines[lines.length - 1], 'justify', 0);
    expect(placed[0].x).toBe(0);
    placed.slice(1).forEach((t, i) => expect(t.x - (placed[i].x + placed[i].width)).toBeCloseTo(SPACE, 9));
  });

  it('centres and right-aligns by the slack', () => {
    const line = breakLines(wordsOf('KẾ HOẠCH'), { width: 400 })[0];
    const natural = width('KẾ') + SPACE + width('HOẠCH');
    expect(placeLine(line, 'center', 10)[0].x).toBeCloseTo(10 + (400 - natural) / 2, 9);
    expect(placeLine(line, 'right', 10)[0].x).toBeCloseTo(10 + 400 - natural, 9);
  });
});

describe('runs', () => {
  it('keeps bold and italic runs in one line; a word may mix fonts', () => {
    const words = toWords([{ text: 'I.', bold: true }, { text: ' MỤC' }, { text: 'ĐÍCH', italic: true }, { text: ' chung' }], { sizePt: SIZE });
    expect(words.map((w) => w.parts.map((p) => [p.text, p.variant]))).toEqual([
      [['I.', 'bold']],
      [
        ['MỤC', 'regular'],
        ['ĐÍCH', 'italic'],
      ],
      [['chung', 'regular']],
    ]);
    expect(words[1].width).toBeCloseTo(width('MỤC') + width('ĐÍCH', 'italic'), 9);
    const placed = placeLine(breakLines(words, { width: 400 })[0], 'left', 0);
    expect(placed.map((t) => t.text)).toEqual(['I.', 'MỤC', 'ĐÍCH', 'chung']);
    expect(placed[2].x).toBeCloseTo(placed[1].x + placed[1].width, 9);
    expect(placed[2].spaceBefore).toBe('');
  });

  it('applies the paragraph style unless a run overrides it', () => {
    const words = toWords([{ text: 'Căn cứ' }, { text: ' Luật', italic: false }], { sizePt: SIZE, italic: true });
    expect(words.map((w) => w.parts[0].variant)).toEqual(['italic', 'italic', 'regular']);
  });

  it('keeps typed runs of spaces (the blank number of a draft)', () => {
    const words = wordsOf('Số:      /KH-UBND');
    expect(words[0].space).toBe('      ');
    expect(words[0].spaceWidth).toBeCloseTo(6 * SPACE, 9);
  });

  it('draws superscripts smaller and raised', () => {
    const [word] = toWords([{ text: 'm' }, { text: '2', sup: true }], { sizePt: SIZE });
    expect(word.parts[1].sizePt).toBeLessThan(SIZE);
    expect(word.parts[1].rise).toBeGreaterThan(0);
  });
});

/** The lines of `text` set at 14 pt in a box as wide as `fitting` plus a little. */
const linesFitting = (text: string, fitting: string): string[] => breakLines(wordsOf(text), { width: width(fitting) + 0.05 }).map(lineText);

describe('spaced dashes stay at the end of a line, as in LibreOffice and Word', () => {
  it('when the dash fits, it ends the line', () => {
    expect(linesFitting('Hội đồng Thi đua - Khen thưởng huyện', 'Hội đồng Thi đua -')).toEqual(['Hội đồng Thi đua -', 'Khen thưởng', 'huyện']);
    expect(linesFitting('phát triển kinh tế – xã hội', 'phát triển kinh tế –')).toEqual(['phát triển kinh tế –', 'xã hội']);
  });

  it('only when it does not fit does it start the next line', () => {
    expect(linesFitting('Hội đồng Thi đua - Khen thưởng huyện', 'Hội đồng Thi đua')).toEqual(['Hội đồng Thi đua', '- Khen thưởng', 'huyện']);
  });
});

describe('Unicode line breaking (UAX #14), as LibreOffice breaks', () => {
  it('breaks after the hyphen of a symbol when the whole does not fit', () => {
    expect(linesFitting('theo Nghị định 152/2025/NĐ-CP của Chính phủ', 'theo Nghị định 152/2025/NĐ-')).toEqual(['theo Nghị định 152/2025/NĐ-', 'CP của Chính phủ']);
    expect(linesFitting('Tờ trình số 1134/TTr-BTC ngày', 'Tờ trình số 1134/TTr-')).toEqual(['Tờ trình số 1134/TTr-', 'BTC ngày']);
  });

  it('never after the slash between a number and letters, nor inside a date', () => {
    expect(linesFitting('theo Nghị định 152/2025/NĐ-CP', 'theo Nghị định 152/2025/')).toEqual(['theo Nghị định', '152/2025/NĐ-CP']);
    expect(linesFitting('từ ngày 07/4/1907 đến', 'từ ngày 07/4/')).toEqual(['từ ngày', '07/4/1907', 'đến']);
  });

  it('never before closing punctuation or a no-break space', () => {
    expect(linesFitting('giao thông”.... Tiếp', 'giao thông”')).toEqual(['giao', 'thông”....', 'Tiếp']);
    expect(linesFitting('một số\u00a0123', 'một số 12')).toEqual(['một', 'số\u00a0123']);
  });

  it('stretches only the spaces of a justified line, never the joint after a hyphen', () => {
    const [first] = breakLines(wordsOf('Căn cứ NĐ-CP và QĐ-UBND của tỉnh'), { width: width('Căn cứ NĐ-CP và QĐ-UBND') + 30 });
    const placed = placeLine(first, 'justify', 0);
    const cp = placed.findIndex((t) => t.text === 'CP');
    expect(placed[cp].x).toBeCloseTo(placed[cp - 1].x + placed[cp - 1].width, 9);
    expect(placed[cp].spaceBefore).toBe('');
  });
});

describe('a spaced dash glued to the word before it (the plan does it: withGluedDashes)', () => {
  it('turns the space before the dash into a no-break space, and leaves a bullet alone', () => {
    expect(withGluedDashes([{ text: 'kinh tế - xã hội, (11/6/1948 - 11/6/2023), Thi đua – Khen thưởng' }, { text: '- Tuyên truyền' }])).toEqual([
      { text: 'kinh tế\u00a0- xã hội, (11/6/1948\u00a0- 11/6/2023), Thi đua\u00a0– Khen thưởng' },
      { text: '- Tuyên truyền' },
    ]);
  });

  it('so a dash that does not fit at the end of a line goes down with the word before it', () => {
    const glued = (text: string) => toWords(withGluedDashes([{ text }]), { sizePt: SIZE });
    const lines = breakLines(glued('Ngày thi đua ái quốc (11/6/1948 - 11/6/2023).'), { width: width('Ngày thi đua ái quốc (11/6/1948') + 0.05 }).map(lineText);
    expect(lines).toEqual(['Ngày thi đua ái quốc', '(11/6/1948\u00a0- 11/6/2023).']);
  });
});
