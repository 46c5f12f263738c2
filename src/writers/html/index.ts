/**
 * HTML writer: the layout plan as one semantic HTML page (headings, lists, tables with their header
 * rows, the header and closing as grids) built as a hast tree and serialised as hast-util-to-html would (page.ts),
 * which escapes every text and attribute. The page opens offline from the file system, shows each
 * section as a sheet of paper, and prints (CSS paged media) to the pages of the PDF.
 */
import { el as h } from './element.ts';
import type { Element, ElementContent, Root } from 'hast';
import { styleOf } from '../../layout/nd30.ts';
import type { CellItem, FlowItem, Grid, LayoutPlan, Level, Paragraph, PlanImage, Rule, Run, Section, Spacer } from '../../plan/types.ts';
import { LABEL_SPACE } from '../../plan/runs.ts';
import { pt, styleClass, stylesheet } from './css.ts';
import { htmlPage, pageTree } from './page.ts';

export { FONT_FILE_NAMES } from './css.ts';

export interface HtmlOptions {
  /** The URL (relative to the page) of a font file of the output's font folder. */
  fontUrl: (file: string) => string;
}

export const writeHtml = (plan: LayoutPlan, options: HtmlOptions): string => htmlPage(htmlTree(plan, options));

export function htmlTree(plan: LayoutPlan, options: HtmlOptions): Root {
  const writer = new HtmlWriter(plan);
  return pageTree(plan.info.title, stylesheet(plan, options.fontUrl), plan.sections.map((section) => writer.section(section)));
}

const LEVEL_ORDER: Level[] = ['phan', 'chuong', 'muc', 'dieu', 'khoan', 'diem'];

/** Where the next block goes: the space after the block before it, and whether it starts a page (see plan/types.ts, Spacing). */
interface Stack {
  after: number;
  /** At the start of a section or after a page break the space is dropped; the browser drops it itself at the other page breaks. */
  pageTop: boolean;
}

class HtmlWriter {
  private headingLevels: Level[] = [];

  constructor(private readonly plan: LayoutPlan) {}

  section(section: Section): Element {
    this.headingLevels = LEVEL_ORDER.filter((level) => section.items.some((i) => i.kind === 'paragraph' && i.heading === level));
    const classes = ['trang', section.role, ...(section.page.landscape ? ['ngang'] : [])];
    return h('section', { className: classes }, this.flow(section.items, { after: 0, pageTop: true }));
  }

  /** Flow items, numbered paragraphs that follow one another gathered into a list. */
  private flow(items: FlowItem[], stack: Stack): ElementContent[] {
    const out: ElementContent[] = [];
    let list: { element: Element; key: string } | undefined;
    for (const item of items) {
      if (item.kind === 'paragraph' && item.numbering && !item.heading) {
        const key = `${item.numbering.level ?? ''}|${item.numbering.pattern}`;
        const element = this.paragraph(item, stack, 'li');
        element.properties.value = String(item.numbering.value);
        if (list?.key !== key) {
          list = { element: h(isBullet(item.numbering.pattern) ? 'ul' : 'ol', []), key };
          out.push(list.element);
        }
        list.element.children.push(element);
        continue;
      }
      list = undefined;
      out.push(this.flowItem(item, stack));
    }
    return out;
  }

  private flowItem(item: FlowItem, stack: Stack): Element {
    switch (item.kind) {
      case 'paragraph':
        return this.paragraph(item, stack);
      case 'rule':
        return this.rule(item, stack);
      case 'grid':
        return item.role === 'table' ? this.table(item, stack) : this.layoutGrid(item, stack);
      case 'spacer':
        return this.spacer(item, stack);
      case 'page-break':
        stack.after = 0;
        stack.pageTop = true;
        return h('div', { className: ['ngat-trang'], ariaHidden: 'true' });
    }
  }

  /** The space above a block: what the PDF puts between it and the block before (none at a page top). */
  private gap(stack: Stack, before: number, after: number): number {
    const gap = stack.pageTop ? 0 : stack.after + before;
    stack.after = after;
    stack.pageTop = false;
    return gap;
  }

  private paragraph(p: Paragraph, stack: Stack, tag?: string): Element {
    const style = styleOf(p.style);
    const styles = [marginTop(this.gap(stack, style.spaceBeforePt ?? 0, p.spaceAfterPt ?? style.spaceAfterPt ?? 0)), ...indentStyles(p), ...sizeStyles(p)];
    const classes = [styleClass(p.style), ...(p.frame ? ['khung'] : []), ...(p.keepWithNext ? ['giu-sau'] : [])];
    const label = p.numbering ? [h(p.numbering.bold ? 'strong' : 'span', { className: ['nhan'] }, p.numbering.label), { type: 'text' as const, value: LABEL_SPACE }] : [];
    return h(tag ?? this.tagOf(p), { className: classes, style: cssText(styles) }, [...label, ...runs(p.runs)]);
  }

  private tagOf(p: Paragraph): string {
    if (p.style === 'TenLoai') return 'h1';
    if (!p.heading) return 'p';
    return `h${Math.min(6, 2 + Math.max(0, this.headingLevels.indexOf(p.heading)))}`;
  }

  private rule(rule: Rule, stack: Stack): Element {
    // The rule's own gap under the text above is part of it: it stays at the top of a page.
    const margin = this.gap(stack, 0, rule.spaceAfterPt) + rule.gapPt;
    const styles = [marginTop(margin), `width: ${pt(rule.lengthPt)}`, `border-top: ${pt(rule.weightPt)} solid #000`];
    return h('hr', { style: cssText(styles), className: rule.keepWithNext ? ['giu-sau'] : undefined });
  }

  private spacer(spacer: Spacer, stack: Stack): Element {
    const margin = marginTop(this.gap(stack, 0, 0));
    const images = spacer.images.map((image) => this.image(image, spacer));
    return h('div', { className: ['cho-ky'], style: cssText([margin, `height: ${pt(spacer.heightPt)}`]) }, images);
  }

  private image(placed: Spacer['images'][number], spacer: Spacer): Element {
    const image: PlanImage = this.plan.images[placed.image];
    const left = placed.centreXPt - placed.widthPt / 2;
    const top = (spacer.heightPt - placed.heightPt) / 2;
    return h('img', {
      src: `data:${image.mediaType};base64,${Buffer.from(image.bytes).toString('base64')}`,
      alt: placed.floating ? 'Con dấu' : 'Chữ ký',
      style: cssText([`left: ${pt(left)}`, `top: ${pt(top)}`, `width: ${pt(placed.widthPt)}`, `height: ${pt(placed.heightPt)}`]),
    });
  }

  /** Cell items stacked from the cell's top: the first block's space before counts, as in a Word cell. */
  private cell(items: CellItem[]): ElementContent[] {
    const stack: Stack = { after: 0, pageTop: false };
    const out = items.map((item) => this.flowItem(item, stack));
    const last = out.at(-1);
    if (last && stack.after > 0) appendStyle(last, `margin-bottom: ${pt(stack.after)}`);
    return out;
  }

  /** The header or the closing: borderless columns laid out as a CSS grid. */
  private layoutGrid(grid: Grid, stack: Stack): Element {
    const margin = marginTop(this.gap(stack, grid.spaceBeforePt, grid.spaceAfterPt));
    const columns = `grid-template-columns: ${grid.columnsPt.map(pt).join(' ')}`;
    const cells = grid.rows.flatMap((row) => row.cells.map((cell) => h('div', this.cell(cell.items))));
    const tag = grid.role === 'header' ? 'header' : 'footer';
    return h(tag, { className: ['luoi', grid.role === 'header' ? 'dau' : 'ket-thuc'], style: cssText([margin, columns]) }, cells);
  }

  private table(grid: Grid, stack: Stack): Element {
    const margin = marginTop(this.gap(stack, grid.spaceBeforePt, grid.spaceAfterPt));
    const border = grid.borderWeightPt ? `${pt(grid.borderWeightPt)} solid #000` : 'none';
    const cellStyle = cssText([`padding-left: ${pt(grid.cellPaddingPt)}`, `padding-right: ${pt(grid.cellPaddingPt)}`, `border: ${border}`, `vertical-align: ${grid.verticalAlign === 'center' ? 'middle' : 'top'}`]);
    const row = ({ cells, keepWithNext }: Grid['rows'][number], header: boolean) =>
      h(
        'tr',
        { className: keepWithNext ? ['giu-sau'] : undefined },
        cells.map((cell) => h(header ? 'th' : 'td', { colSpan: cell.colSpan > 1 ? cell.colSpan : undefined, scope: header ? 'col' : undefined, style: cellStyle }, this.cell(cell.items))),
      );
    const width = grid.columnsPt.reduce((a, b) => a + b, 0);
    return h('table', { style: cssText([margin, `width: ${pt(width)}`]), className: grid.keepWithNext ? ['giu-sau'] : undefined }, [
      h('colgroup', grid.columnsPt.map((w) => h('col', { style: `width: ${pt(w)}` }))),
      ...(grid.headerRows > 0 ? [h('thead', grid.rows.slice(0, grid.headerRows).map((r) => row(r, true)))] : []),
      h('tbody', grid.rows.slice(grid.headerRows).map((r) => row(r, false))),
    ]);
  }
}

const isBullet = (pattern: string): boolean => pattern === '-' || pattern === '+' || pattern === '*';

const sizeStyles = ({ size }: Paragraph): string[] =>
  size ? [`font-size: ${pt(size.pt)}`, `line-height: ${pt(size.line.heightPt)}`, `min-height: ${pt(size.line.heightPt)}`] : [];

function indentStyles(p: Paragraph): (string | undefined)[] {
  if (p.frame) return [`width: ${pt(p.frame.widthPt)}`, `padding: ${pt(p.frame.paddingPt)}`, `outline: ${pt(p.frame.weightPt)} solid #000`];
  const { leftPt, rightPt, firstLinePt } = p.indent ?? {};
  return [
    p.align ? `text-align: ${p.align}` : undefined,
    leftPt !== undefined ? `padding-left: ${pt(leftPt)}` : undefined,
    rightPt !== undefined ? `padding-right: ${pt(rightPt)}` : undefined,
    firstLinePt !== undefined ? `text-indent: ${pt(firstLinePt)}` : undefined,
  ];
}

const marginTop = (gap: number): string | undefined => (gap > 0 ? `margin-top: ${pt(gap)}` : undefined);

const cssText = (rules: (string | undefined)[]): string | undefined => {
  const present = rules.filter((r): r is string => r !== undefined);
  return present.length > 0 ? present.join('; ') : undefined;
};

function appendStyle(node: ElementContent, rule: string): void {
  if (node.type !== 'element') return;
  const current = node.properties.style;
  node.properties.style = current ? `${String(current)}; ${rule}` : rule;
}

/** Runs as inline HTML: bold, italic, underline, sub- and superscript, line breaks. */
function runs(list: Run[]): ElementContent[] {
  return list.flatMap((run): ElementContent[] => {
    let node: ElementContent = { type: 'text', value: run.text };
    if (run.sub) node = h('sub', [node]);
    if (run.sup) node = h('sup', [node]);
    if (run.underline) node = h('u', [node]);
    if (run.italic) node = h('em', [node]);
    if (run.bold) node = h('strong', [node]);
    return run.breakAfter ? [node, h('br')] : [node];
  });
}
