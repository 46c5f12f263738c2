/**
 * HTML of a hast tree, the very string hast-util-to-html gives with its defaults, for the nodes the
 * writers make (root, doctype, element, text): every text escapes `<` and `&`, every attribute value
 * `"`, `&`, `'`, `` ` `` and NUL, as hexadecimal character references. hast-util-to-html's generality
 * (its options, a schema lookup per attribute, an options object per escaped string) made the index page
 * of a 1,000-document batch take 0.3 s, at the end of the run when nothing else runs.
 * test/writers/html-serialize.test.ts compares the two on every sample page and on random pages.
 */
import type { Element, Nodes, Properties } from 'hast';
import { htmlVoidElements } from 'html-void-elements';

const VOID = new Set(htmlVoidElements);
const RAW_TEXT = new Set(['script', 'style']);

const reference = (character: string): string => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;
const escapeText = (text: string): string => text.replace(/[<&]/g, reference);
const escapeAttribute = (value: string): string => value.replace(/[\0"&'`]/g, reference);

export function toHtml(node: Nodes): string {
  const out: string[] = [];
  write(node, undefined, out);
  return out.join('');
}

/** Appends the HTML of `node` to `out`: one list for the whole page, not a string per element (a 200-document index page took 28 ms). */
function write(node: Nodes, parent: Element | undefined, out: string[]): void {
  switch (node.type) {
    case 'root':
      for (const child of node.children) write(child, undefined, out);
      return;
    case 'doctype':
      out.push('<!doctype html>');
      return;
    case 'text':
      out.push(parent && RAW_TEXT.has(parent.tagName) ? node.value : escapeText(node.value));
      return;
    case 'element':
      writeElement(node, out);
      return;
    default:
      throw new Error(`HTML serialiser: node type ${node.type} not written by the writers`);
  }
}

function writeElement(node: Element, out: string[]): void {
  const attributes = serializeAttributes(node.properties);
  out.push(`<${node.tagName}${attributes ? ` ${attributes}` : ''}>`);
  if (VOID.has(node.tagName)) return;
  for (const child of node.children) write(child, node, out);
  out.push(`</${node.tagName}>`);
}

function serializeAttributes(properties: Properties): string {
  const out: string[] = [];
  for (const key in properties) {
    const attribute = serializeAttribute(key, properties[key]);
    if (attribute) out.push(attribute);
  }
  return out.join(' ');
}

/**
 * The properties the writers set, as attributes: property-information's answers for them (a test checks
 * each), without loading its schemas of every HTML and SVG attribute (~5 ms of a run that writes a page).
 */
export const ATTRIBUTES: Record<string, { attribute: string; spaceSeparated?: true }> = {
  alt: { attribute: 'alt' },
  ariaHidden: { attribute: 'aria-hidden' },
  ariaLabel: { attribute: 'aria-label' },
  ariaLabelledBy: { attribute: 'aria-labelledby', spaceSeparated: true },
  charSet: { attribute: 'charset' },
  className: { attribute: 'class', spaceSeparated: true },
  colSpan: { attribute: 'colspan' },
  content: { attribute: 'content' },
  href: { attribute: 'href' },
  id: { attribute: 'id' },
  lang: { attribute: 'lang' },
  name: { attribute: 'name' },
  scope: { attribute: 'scope' },
  src: { attribute: 'src' },
  style: { attribute: 'style' },
  value: { attribute: 'value' },
};

function serializeAttribute(key: string, value: Properties[string]): string {
  const info = ATTRIBUTES[key];
  if (!info) throw new Error(`HTML serialiser: property ${key} not written by the writers`);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return info.attribute;
  const text = Array.isArray(value) ? value.join(' ').trim() : String(value);
  return `${info.attribute}="${escapeAttribute(text)}"`;
}
