/** One self-contained HTML page (UTF-8, Vietnamese, inline CSS), serialised as hast-util-to-html would (serialize.ts), every text and attribute escaped. */
import { el as h } from './element.ts';
import { toHtml } from './serialize.ts';
import type { ElementContent, Root } from 'hast';

export const htmlPage = (tree: Root): string => `${toHtml(tree)}\n`;

/** `meta`: more `<meta name content>` of the page, right after its charset. */
export function pageTree(title: string, css: string, body: ElementContent[], meta: Record<string, string> = {}): Root {
  const head = [
    h('meta', { charSet: 'utf-8' }),
    ...Object.entries(meta).map(([name, content]) => h('meta', { name, content })),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', title),
    h('style', css),
  ];
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: 'vi' }, [h('head', head), h('body', body)])] };
}
