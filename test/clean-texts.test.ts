/**
 * Texts found clean by an earlier run (src/build/clean-texts.ts) spare the next run the search for
 * pasted TCVN3/VNI words (src/readers/encoding.ts); only clean texts are kept, per program version.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptCleanTexts } from '../src/build/clean-texts.ts';
import { DocumentError } from '../src/core/errors.ts';
import { sha256 } from '../src/core/hash.ts';
import { decodeText, useCleanTexts } from '../src/readers/encoding.ts';
import { scratchDir } from './helpers/scratch.ts';

const CLEAN = new Uint8Array(readFileSync('test/fixtures/ma-cu/chi-thi.md'));
const PASTED = new Uint8Array(readFileSync('test/fixtures/ma-cu/chi-thi.tcvn3-chep.md'));
const keptFiles = (folder: string) => readdirSync(folder).filter((f) => f.startsWith('chu-sach-'));

afterEach(() => useCleanTexts(undefined));

describe('texts found clean, kept between runs', () => {
  it('keeps a clean text, never one with pasted legacy text', () => {
    const folder = scratchDir('vbtd-clean-');
    useCleanTexts(keptCleanTexts(folder, 'v1'));
    decodeText(CLEAN, 'chi-thi.md');
    expect(() => decodeText(PASTED, 'chi-thi.tcvn3-chep.md')).toThrow(DocumentError);
    const next = keptCleanTexts(folder, 'v1')!;
    expect(next.has(sha256(CLEAN))).toBe(true);
    expect(next.has(sha256(PASTED))).toBe(false);
  });

  it('a text kept as clean is not searched again for pasted words', () => {
    const folder = scratchDir('vbtd-clean-');
    keptCleanTexts(folder, 'v1')!.add(sha256(PASTED));
    useCleanTexts(keptCleanTexts(folder, 'v1'));
    expect(decodeText(PASTED, 'chi-thi.tcvn3-chep.md')).toBe(new TextDecoder().decode(PASTED));
  });

  it('another version of the program reads none of them and removes their file; damaged lines are ignored', () => {
    const folder = scratchDir('vbtd-clean-');
    keptCleanTexts(folder, 'v1')!.add(sha256(CLEAN));
    expect(keptCleanTexts(folder, 'v2')!.has(sha256(CLEAN))).toBe(false);
    keptCleanTexts(folder, 'v2')!.add(sha256(PASTED));
    expect(keptCleanTexts(folder, 'v1')!.has(sha256(CLEAN))).toBe(false);
    expect(keptFiles(folder)).toHaveLength(1);
    const file = join(folder, keptFiles(folder)[0]);
    writeFileSync(file, `${sha256(CLEAN).slice(0, 40)}\n${sha256(PASTED)}\n`);
    const read = keptCleanTexts(folder, 'v2')!;
    expect([read.has(sha256(CLEAN)), read.has(sha256(PASTED))]).toEqual([false, true]);
  });

  it('without a cache folder nothing is kept', () => {
    expect(keptCleanTexts(undefined, 'v1')).toBeUndefined();
  });
});
