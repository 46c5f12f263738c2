import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, rewardAmount, roundUpTo } from '../../src/law/money.ts';

describe('formatNumber', () => {
  it('uses dot thousands separators', () => {
    expect(formatNumber(7_020_000)).toBe('7.020.000');
    expect(formatNumber(2_340_000)).toBe('2.340.000');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-1_500)).toBe('-1.500');
    expect(formatNumber(1_000_000_000_000n)).toBe('1.000.000.000.000');
  });

  it('rejects non-integers', () => {
    expect(() => formatNumber(1.5)).toThrow(/số nguyên/);
  });
});

describe('formatPercent', () => {
  it('uses a decimal comma, one decimal at most, no trailing ,0', () => {
    expect(formatPercent(92.5)).toBe('92,5%');
    expect(formatPercent(80)).toBe('80%');
    expect(formatPercent(80.04)).toBe('80%');
    expect(formatPercent(81.818)).toBe('81,8%');
    expect(formatPercent(66.666)).toBe('66,7%');
    expect(formatPercent(100)).toBe('100%');
  });
});

describe('roundUpTo', () => {
  it('rounds up to the next step', () => {
    expect(roundUpTo(702_000)).toBe(710_000);
    expect(roundUpTo(2_340_000)).toBe(2_340_000);
    expect(roundUpTo(2_340_001)).toBe(2_350_000);
    expect(roundUpTo(0)).toBe(0);
    expect(roundUpTo(1_234, 1_000)).toBe(2_000);
  });

  it('rejects bad input', () => {
    expect(() => roundUpTo(-5)).toThrow(/không âm/);
    expect(() => roundUpTo(5, 0)).toThrow(/nguyên dương/);
  });
});

describe('rewardAmount', () => {
  it('multiplies exactly and rounds up to 10.000 đồng', () => {
    expect(rewardAmount('0,3', 2_340_000)).toBe(710_000);
    expect(rewardAmount('1,0', 2_340_000)).toBe(2_340_000);
    expect(rewardAmount('1,5', 2_340_000)).toBe(3_510_000);
    expect(rewardAmount('8,0', 2_340_000)).toBe(18_720_000);
    expect(rewardAmount('3,0', 2_340_000)).toBe(7_020_000);
    expect(rewardAmount('0,8', 2_340_000)).toBe(1_880_000); // 1.872.000 → 1.880.000
  });

  it('accepts dot decimals and integers', () => {
    expect(rewardAmount('0.3', 2_340_000)).toBe(710_000);
    expect(rewardAmount('8', 2_340_000)).toBe(18_720_000);
  });

  it('is exact where floating point is not', () => {
    // 1.1 * 800000 = 880000.0000000001 in floating point → a float version would give 890.000.
    expect(rewardAmount('1,1', 800_000)).toBe(880_000);
    expect(rewardAmount('0,3', 1_800_000)).toBe(540_000);
    expect(rewardAmount('0,6', 2_530_000)).toBe(1_520_000); // 1.518.000
  });

  it('rejects malformed coefficients and salaries', () => {
    expect(() => rewardAmount('1,5,0', 2_340_000)).toThrow(/Hệ số "1,5,0" không hợp lệ/);
    expect(() => rewardAmount('-1', 2_340_000)).toThrow(/không hợp lệ/);
    expect(() => rewardAmount('1,5', 0)).toThrow(/Lương cơ sở/);
  });
});
