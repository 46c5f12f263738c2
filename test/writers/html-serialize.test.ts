/**
 * The writers serialise their HTML trees themselves (src/writers/html/serialize.ts): the very string
 * hast-util-to-html gives, on the page of every sample document and on index pages of random entries
 * whose texts and names hold every character HTML escapes.
 */
import fc from 'fast-check';
import { toHtml as hastUtilToHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { htmlTree } from '../../src/writers/html/index.ts';
import { toHtml } from '../../src/writers/html/serialize.ts';
import { indexTree, type EntryState, type IndexEntry } from '../../src/writers/index-page/index.ts';
import { buildFile, planOf } from '../helpers/build.ts';
import { findDocuments } from '../../src/build/documents.ts';

const text = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ệ', ' ', '<', '>', '&', '"', "'", '`', '\0', '/', '#', '?', '%', '\n', '—', '𝔸'), maxLength: 20 });
const entry: fc.Arbitrary<IndexEntry> = fc.record({
  source: text.map((t) => `data/${t}/vb.md`),
  place: fc.option(text, { nil: undefined }),
  state: fc.constantFrom<EntryState>('built', 'unchanged', 'stale', 'error', 'held'),
  summary: fc.option(fc.record({ kind: text, number: text, date: fc.constantFrom('06/02/2023', '07/2023', ''), title: text, signer: text, draft: fc.boolean(), issued: fc.boolean() }), { nil: undefined }),
  outputs: fc.array(fc.record({ format: fc.constantFrom('html', 'docx', 'pdf', 'xlsx', 'x"y'), href: text }), { maxLength: 4 }),
  problems: fc.array(fc.record({ severity: fc.constantFrom<'loi' | 'canh-bao'>('loi', 'canh-bao'), text }), { maxLength: 3 }),
});

describe('HTML serialised as hast-util-to-html does', () => {
  it('index pages of random entries (seeded)', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), text, (entries, title) => {
        const tree = indexTree(entries, { generatedFrom: title, title });
        expect(toHtml(tree)).toBe(hastUtilToHtml(tree));
      }),
      { seed: 20_2020, numRuns: 300 },
    );
  });

  it('the page of every sample document', () => {
    const files = findDocuments('data').filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const tree = htmlTree(planOf(buildFile(file)), { fontUrl: (file: string) => `../phong/${file}` });
      expect(toHtml(tree), file).toBe(hastUtilToHtml(tree));
    }
  });
});
