import { describe, expect, it } from 'vitest';
import { heapsFor, MANY_DOCUMENTS } from '../../src/build/memory.ts';

describe('memory of large runs', () => {
  it('a run of many documents keeps its heaps small from then on; a run of a few does not ask for it', () => {
    expect(heapsFor(12)).toBe(false);
    expect(heapsFor(MANY_DOCUMENTS - 1)).toBe(false);
    expect(heapsFor(MANY_DOCUMENTS)).toBe(true);
    expect(heapsFor(1)).toBe(true);
  });
});
