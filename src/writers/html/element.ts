/**
 * A hast element, as hastscript's `h(tagName, properties, children)` makes it for what the writers (the
 * index page, the documents' pages) write: a plain tag name (no selector); properties by their hast names, with values hastscript keeps
 * as they are (space-separated ones such as className given as lists; plain strings; numbers;
 * undefined left out); children as nodes or text. Without hastscript's parsing of the selector and of
 * each property, a 1,000-row index page is built several times faster, and no run loads hastscript's
 * schemas of every HTML and SVG attribute. test/writers/html-element.test.ts checks it against h().
 */
import type { Element, ElementContent } from 'hast';

type Child = ElementContent | string | number;
type Props = Record<string, string | number | string[] | undefined>;

export function el(tagName: string, properties?: Props | Child | Child[], children?: Child | Child[]): Element {
  if (properties === undefined || isChildren(properties)) return { type: 'element', tagName, properties: {}, children: contents(properties) };
  const defined: Element['properties'] = {};
  for (const key in properties) {
    const value = properties[key];
    if (value !== undefined) defined[key] = Array.isArray(value) ? [...value] : value;
  }
  return { type: 'element', tagName, properties: defined, children: contents(children) };
}

const isChildren = (value: Props | Child | Child[]): value is Child | Child[] =>
  typeof value !== 'object' || Array.isArray(value) || (value as { type?: unknown }).type !== undefined;

function contents(children: Child | Child[] | undefined): ElementContent[] {
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).map((child) => (typeof child === 'object' ? child : { type: 'text', value: String(child) }));
}
