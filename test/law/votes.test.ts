import { describe, expect, it } from 'vitest';
import { voteResult } from '../../src/law/votes.ts';

describe('voteResult', () => {
  it('8/10 at 80% passes', () => {
    expect(voteResult(8, 10, 80)).toEqual({ percent: 80, percentText: '80%', passed: true });
  });

  it('799/1000 at 80% fails (79,9%)', () => {
    expect(voteResult(799, 1000, 80)).toEqual({ percent: 79.9, percentText: '79,9%', passed: false });
  });

  it('9/10 at 90% passes', () => {
    expect(voteResult(9, 10, '90')).toEqual({ percent: 90, percentText: '90%', passed: true });
  });

  it('9/11 shows 81,8% and fails 90%, passes 80%', () => {
    expect(voteResult(9, 11, 90).percentText).toBe('81,8%');
    expect(voteResult(9, 11, 90).passed).toBe(false);
    expect(voteResult(9, 11, '80').passed).toBe(true);
  });

  it('counts against the total membership, not those present', () => {
    // 7 of 9 members = 77,8% → fails 80% even if only 8 attended and all 7 votes came from them.
    expect(voteResult(7, 9, 80)).toMatchObject({ percentText: '77,8%', passed: false });
  });

  it('accepts a threshold with a decimal comma', () => {
    expect(voteResult(925, 1000, '92,5').passed).toBe(true);
    expect(voteResult(924, 1000, '92,5').passed).toBe(false);
  });

  it('never displays a failing result as reaching the threshold', () => {
    // 1599/2000 = 79,95% would round to "80%" but does not reach 80%.
    expect(voteResult(1599, 2000, 80)).toMatchObject({ percentText: '79,9%', passed: false });
    expect(voteResult(2, 3, 80).percentText).toBe('66,7%');
  });

  it('validates inputs with Vietnamese messages', () => {
    expect(() => voteResult(11, 10, 80)).toThrow('Số phiếu đồng ý (11) không thể lớn hơn tổng số thành viên Hội đồng (10).');
    expect(() => voteResult(-1, 10, 80)).toThrow(/Số phiếu đồng ý phải là số nguyên không âm/);
    expect(() => voteResult(2.5, 10, 80)).toThrow(/Số phiếu đồng ý phải là số nguyên không âm/);
    expect(() => voteResult(0, 0, 80)).toThrow(/Tổng số thành viên Hội đồng phải là số nguyên dương/);
    expect(() => voteResult(5, 10, 'tám mươi')).toThrow(/Ngưỡng biểu quyết "tám mươi" không hợp lệ/);
    expect(() => voteResult(5, 10, 101)).toThrow(/không được lớn hơn 100%/);
    expect(() => voteResult(5, 10, '80,25')).toThrow(/tối đa một chữ số thập phân/);
  });
});
