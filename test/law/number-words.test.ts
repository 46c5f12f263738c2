import { describe, expect, it } from 'vitest';
import { moneyInWords, numberToWords } from '../../src/law/number-words.ts';

describe('numberToWords', () => {
  const cases: [number | bigint, string][] = [
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [41, 'bốn mươi mốt'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1_001, 'một nghìn không trăm linh một'],
    [10_000, 'mười nghìn'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [7_020_000, 'bảy triệu không trăm hai mươi nghìn'],
    [2_530_000_000, 'hai tỷ năm trăm ba mươi triệu'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_000_000_000_000_000n, 'một triệu tỷ'],
    [1_005_000_000_000, 'một nghìn không trăm linh năm tỷ'],
    [2_000_000_005, 'hai tỷ không trăm linh năm'],
    [94, 'chín mươi tư'],
    [91, 'chín mươi mốt'],
    [2_340_000, 'hai triệu ba trăm bốn mươi nghìn'],
  ];
  it.each(cases)('%s → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it('accepts bigint', () => {
    expect(numberToWords(105n)).toBe('một trăm linh năm');
  });

  it('uses "lẻ" when asked', () => {
    expect(numberToWords(105, { linh: 'lẻ' })).toBe('một trăm lẻ năm');
    expect(numberToWords(1_000_005, { linh: 'lẻ' })).toBe('một triệu không trăm lẻ năm');
  });

  it('rejects negative, fractional and unsafe numbers', () => {
    expect(() => numberToWords(-1)).toThrow(/số nguyên không âm/);
    expect(() => numberToWords(1.5)).toThrow(/số nguyên không âm/);
    expect(() => numberToWords(Number.NaN)).toThrow(/số nguyên không âm/);
    expect(() => numberToWords(2 ** 60)).toThrow(/số nguyên không âm/);
    expect(() => numberToWords(-3n)).toThrow(/số nguyên không âm/);
  });
});

describe('moneyInWords', () => {
  it('capitalises and appends đồng', () => {
    expect(moneyInWords(7_020_000)).toBe('Bảy triệu không trăm hai mươi nghìn đồng');
    expect(moneyInWords(710_000)).toBe('Bảy trăm mười nghìn đồng');
    expect(moneyInWords(0)).toBe('Không đồng');
  });

  it('returns NFC text', () => {
    const words = moneyInWords(2_530_000_000);
    expect(words).toBe(words.normalize('NFC'));
    expect(words).toBe('Hai tỷ năm trăm ba mươi triệu đồng');
  });
});
