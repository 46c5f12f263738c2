/**
 * el() (src/writers/html/element.ts) makes the very tree hastscript's h() makes, for the calls the
 * writers make (the index page, the document pages): tag names, class lists, aria and plain attributes,
 * styles, numbers, undefined left out, text and element children. And the serialiser's table of those
 * properties as attributes says what property-information says of them.
 */
import fc from 'fast-check';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { find, html } from 'property-information';
import { el } from '../../src/writers/html/element.ts';
import { ATTRIBUTES } from '../../src/writers/html/serialize.ts';

const TAGS = ['section', 'ul', 'ol', 'li', 'strong', 'h1', 'h2', 'a', 'span', 'div', 'img', 'hr', 'br', 'sub', 'sup', 'u', 'table', 'caption', 'colgroup', 'col', 'thead', 'tr', 'th', 'td', 'tbody', 'em', 'header', 'main', 'p', 'code', 'meta', 'html', 'head', 'body', 'title', 'style'];
const word = fc.stringMatching(/^[a-zà-ỹ0-9-]{1,12}$/);
const text = fc.string({ maxLength: 20 });

const properties = fc.record(
  {
    className: fc.option(fc.array(word, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    id: word,
    href: fc.oneof(word.map((w) => `#${w}`), word.map((w) => `2025/${encodeURIComponent(w)}.html`)),
    scope: fc.constantFrom('col', 'row'),
    ariaLabel: text,
    ariaHidden: fc.constant('true'),
    ariaLabelledBy: fc.array(word, { minLength: 1, maxLength: 2 }),
    colSpan: fc.integer({ min: 1, max: 9 }),
    style: text,
    src: word.map((w) => `data:image/png;base64,${w}`),
    alt: text,
    lang: fc.constant('vi'),
    charSet: fc.constant('utf-8'),
    value: fc.integer({ min: 1, max: 99 }).map(String),
    name: word,
    content: text,
  },
  { requiredKeys: [] },
);

const leaf = fc.oneof(text, fc.integer(), text.map((value) => ({ type: 'text' as const, value })));
const children = fc.array(fc.oneof(leaf, fc.tuple(fc.constantFrom(...TAGS), text).map(([tag, t]) => el(tag, t))), { maxLength: 4 });

describe('el, a lean h()', () => {
  // (A lone node in place of the properties, which h() would take for properties, is never written.)
  it('gives what h() gives, with or without properties, children as a list or one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TAGS), properties, children, text, fc.boolean(), (tag, props, kids, one, single) => {
        const given = single && kids.length > 0 ? kids[0] : kids;
        expect(el(tag, props, given)).toStrictEqual(h(tag, props, given as never));
        expect(el(tag, kids)).toStrictEqual(h(tag, kids as never));
        expect(el(tag, one)).toStrictEqual(h(tag, one));
        expect(el(tag)).toStrictEqual(h(tag));
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});

describe('the serialiser\'s attributes', () => {
  it('are what property-information makes of each property the writers set', () => {
    for (const [key, info] of Object.entries(ATTRIBUTES)) {
      const found = find(html, key);
      expect({ attribute: found.attribute, spaceSeparated: found.spaceSeparated, others: [found.commaSeparated, found.boolean, found.overloadedBoolean] }, key).toEqual({
        attribute: info.attribute,
        spaceSeparated: info.spaceSeparated === true,
        others: [false, false, false],
      });
    }
  });
});
