import { describe, expect, it } from 'vitest';
import { compareVietnameseNames } from '../../src/law/vietnamese-sort.ts';

const sorted = (names: string[]) => [...names].sort(compareVietnameseNames);

describe('compareVietnameseNames', () => {
  it('sorts by given name with Vietnamese letter order', () => {
    expect(sorted(['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn Đức', 'Phạm Thị Dung', 'Hoàng Ánh'])).toEqual([
      'Nguyễn Thị An',
      'Hoàng Ánh',
      'Trần Văn Bình',
      'Phạm Thị Dung',
      'Lê Văn Đức',
    ]);
  });

  it('puts d before đ, a before ă before â, o ô ơ, u ư', () => {
    expect(sorted(['X Đào', 'X Dũng'])).toEqual(['X Dũng', 'X Đào']);
    expect(sorted(['X Ân', 'X Ăn', 'X Anh'])).toEqual(['X Anh', 'X Ăn', 'X Ân']);
    expect(sorted(['X Ơn', 'X Ôn', 'X On'])).toEqual(['X On', 'X Ôn', 'X Ơn']);
    expect(sorted(['X Ưng', 'X Uyên'])).toEqual(['X Uyên', 'X Ưng']);
    expect(sorted(['X Ê', 'X Em'])).toEqual(['X Em', 'X Ê']);
  });

  it('uses tones only as a tiebreak, in order ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sorted(['X Hạ', 'X Há', 'X Hã', 'X Hả', 'X Hà', 'X Ha'])).toEqual([
      'X Ha',
      'X Hà',
      'X Hả',
      'X Hã',
      'X Há',
      'X Hạ',
    ]);
    expect(sorted(['X Ánh', 'X Anh'])).toEqual(['X Anh', 'X Ánh']);
    // base letters decide before tones: "anh" < "anhi", so Ánh comes first despite its tone.
    expect(sorted(['X Anhi', 'X Ánh'])).toEqual(['X Ánh', 'X Anhi']);
  });

  it('with the same given name, compares the rest from the start', () => {
    expect(sorted(['Trần Văn An', 'Nguyễn Văn An', 'Đặng Thị An', 'Dương Văn An'])).toEqual([
      'Dương Văn An',
      'Đặng Thị An',
      'Nguyễn Văn An',
      'Trần Văn An',
    ]);
  });

  it('ignores case and NFC/NFD differences', () => {
    expect(sorted(['X Bình', 'X an'])).toEqual(['X an', 'X Bình']);
    expect(compareVietnameseNames('Lê Bình', 'Lê Bình'.normalize('NFD'))).toBe(0);
    expect(compareVietnameseNames('Lê An', 'Lê Bình')).toBeLessThan(0);
    expect(compareVietnameseNames('Lê Bình', 'Lê An')).toBeGreaterThan(0);
  });
});
