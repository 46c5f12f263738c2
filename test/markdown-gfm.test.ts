/**
 * Markdown without anything GitHub's extensions start from is parsed without them (twice as fast, for
 * the thousand báo cáo of a batch): the tree must be the very one the extensions give, positions
 * included. Checked on random Markdown made of every character that means something to CommonMark, and
 * on the bodies of the samples; text with a table, a web address, strikethrough… still gets them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseWithGfm } from '../src/model/body.ts';

/** CommonMark's own syntax, Vietnamese letters, and pieces of what the extensions look for (but not all of it). */
const PIECES = ['#', '-', '*', '+', '_', '`', '>', '!', '(', ')', ']', '<', '>', '&', '\\', '"', "'", '.', ':', '/', '1.', '2)', ' ', '  ', '\n', '\n\n', '    ', 'w', 'ww', 'http', 's', 'Đ', 'ệ', 'Nghị định', '30/2020', 'x', '<!-- chen: bang -->', '<b>', '&amp;', '***', '---', '==='];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

const samples = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));

describe('Markdown parsed without GitHub extensions when it has nothing they start from', () => {
  it('the same tree as with them, on random Markdown (seeded)', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        fc.pre(!/www\.|:\/\//i.test(text));
        expect(parseMarkdown(text)).toEqual(parseWithGfm(text));
      }),
      { seed: 30_2020, numRuns: 3000 },
    );
  });

  it('the same tree as with them, on every sample body and content template', () => {
    const files = [...samples('data'), ...samples('templates/noi-dung')];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const body = matter(readFileSync(file, 'utf8')).content;
      expect(parseMarkdown(body), file).toEqual(parseWithGfm(body));
    }
  });

  it('tables, web addresses, emails, strikethrough, task lists and footnotes still parse as GitHub writes them', () => {
    const types = (text: string): string[] => JSON.stringify(parseMarkdown(text)).match(/"type":"\w+"/g) ?? [];
    expect(types('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('"type":"table"');
    expect(types('Xem www.chinhphu.vn')).toContain('"type":"link"');
    expect(types('Xem https://chinhphu.vn')).toContain('"type":"link"');
    expect(types('Gửi vanthu@sonoivu.gov.vn')).toContain('"type":"link"');
    expect(types('~~bỏ~~')).toContain('"type":"delete"');
    expect(JSON.stringify(parseMarkdown('- [x] xong'))).toContain('"checked":true');
    expect(types('Chú thích[^1]\n\n[^1]: Nghị định')).toContain('"type":"footnoteReference"');
    // Found in the decoded text: escaped or written as character references, they are still addresses.
    for (const text of ['www\\.chinhphu.vn', 'www&period;a.vn', 'https&#58;//x.vn', 'http:\\/\\/a.vn', 'vanthu&#64;gov.vn', 'mailto&colon;a&commat;b.vn']) {
      expect(types(text), text).toContain('"type":"link"');
      expect(parseMarkdown(text), text).toEqual(parseWithGfm(text));
    }
  });
});
