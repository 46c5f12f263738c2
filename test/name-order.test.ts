/**
 * Data files are taken in Vietnamese collation order, whatever the machine's locale: plain names compare
 * by code units without making a collator (src/build/documents.ts, byName), in the very same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName } from '../src/build/documents.ts';

const collator = new Intl.Collator('vi');
const plain = fc.stringMatching(/^[a-z0-9.-]{0,10}$/);
const any = fc.oneof(plain, fc.stringMatching(/^[a-zA-Z0-9._ -]{0,8}$/), fc.constantFrom('báo-cáo.md', 'Bao-cao.md', 'đề-cương.md', 'de-cuong.md', 'README.md', '_chung', 'ke_hoach.md'));

describe('the order of data file names', () => {
  it('is the Vietnamese collation order, for plain names and any other', () => {
    fc.assert(
      fc.property(fc.oneof(plain, any), fc.oneof(plain, any), (a, b) => {
        expect(Math.sign(byName(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 20000, seed: 1201 },
    );
    const names = ['ke-hoach-10.md', 'ke-hoach-9.md', 'ke-hoach.md', 'bao-cao.md', 'báo-cáo.md', 'Bao-cao.md', '2025'];
    expect([...names].sort(byName)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    // Vietnamese order: đ after every d, whatever the machine's locale.
    expect(['đề-cương.md', 'dự-thảo.md', 'de-an.md', 'e.md'].sort(byName)).toEqual(['de-an.md', 'dự-thảo.md', 'đề-cương.md', 'e.md']);
    // Plain names: a hyphen before a dot before digits (ke-hoach-10 < ke-hoach-9 < ke-hoach.md).
    expect(['ke-hoach.md', 'ke-hoach-9.md', 'ke-hoach-10.md'].sort(byName)).toEqual(['ke-hoach-10.md', 'ke-hoach-9.md', 'ke-hoach.md']);
  });
});
