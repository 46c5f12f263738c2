/** Path arithmetic memoised per working folder and arguments (src/build/memo-paths.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoPaths } from '../../src/build/memo-paths.ts';

const start = process.cwd();
afterEach(() => process.chdir(start));

describe('memoPaths', () => {
  it('works each answer out once, and again in another working folder', () => {
    let calls = 0;
    const rel = memoPaths((from: string, to: string) => (calls++, relative(resolve(from), resolve(to))));
    expect([rel('out', 'data/a.md'), rel('out', 'data/a.md'), rel('out', 'data/b.md')]).toEqual(['../data/a.md', '../data/a.md', '../data/b.md']);
    expect(calls).toBe(2);
    const other = mkdtempSync(join(tmpdir(), 'memo-'));
    process.chdir(other);
    expect(rel('out', 'data/a.md')).toBe('../data/a.md');
    expect(rel('/x/out', 'data/a.md')).toBe(relative('/x/out', join(process.cwd(), 'data/a.md')));
    expect(calls).toBe(4);
  });

  it('tells apart arguments that would join into the same text', () => {
    const joined = memoPaths((a: string, b: string) => `${a}|${b}`);
    expect(joined('a\0b', 'c')).toBe('a\0b|c');
    expect(joined('a', 'b\0c')).toBe('a|b\0c');
  });
});
