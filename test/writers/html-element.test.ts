/**
 * el() (src/writers/html/element.ts) makes the very tree hastscript's h() makes, for the calls the
 * index page writes: tag names, class lists, aria and plain attributes, numbers, undefined left out,
 * text and element children.
 */
import fc from 'fast-check';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { el } from '../../src/writers/html/element.ts';

const TAGS = ['section', 'ul', 'li', 'strong', 'h2', 'a', 'span', 'table', 'caption', 'colgroup', 'col', 'thead', 'tr', 'th', 'td', 'tbody', 'em', 'header', 'main', 'p', 'code'];
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
