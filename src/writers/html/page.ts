/** One self-contained HTML page (UTF-8, Vietnamese, inline CSS), serialised by hast-util-to-html, which escapes every text and attribute. */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';

export function htmlPage(title: string, css: string, body: ElementContent[]): string {
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'vi' }, [
      h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', css)]),
      h('body', body),
    ]),
  ]);
  return `${toHtml(tree)}\n`;
}
