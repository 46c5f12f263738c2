/**
 * Markdown body → body blocks. Headings map to the phần/chương/mục/điều/khoản/điểm hierarchy,
 * ordered lists become numbered items one level below the heading they sit under, `-`, `+` and `*`
 * lists become bullets with the author's marker. Numbers are generated in the document's style; a number the author typed
 * is kept and never doubled.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, List, ListItem, Table, Heading, Paragraph, Html, Node } from 'mdast';
import type { StyleId } from '../layout/nd30.ts';
import type { Block, Level, ParagraphBlock, Run, TableBlock, TableCell } from '../document/types.ts';
import { formatLabel, handwrittenLabel, labelValue, type LabelPattern } from '../core/numbering.ts';

export type Numbering = Record<Level, LabelPattern>;

export const DEFAULT_NUMBERING: Numbering = {
  phan: 'Phần I',
  chuong: 'Chương I',
  muc: 'I.',
  dieu: 'Điều 1.',
  khoan: '1.',
  diem: 'a)',
};

export const DEFAULT_HEADING_LEVELS: Level[] = ['muc', 'khoan', 'diem'];

export interface BodyOptions {
  numbering: Numbering;
  /** Level of Markdown heading depth 1, 2, 3… */
  headingLevels: Level[];
  /**
   * Blocks computed from the data (a results table, an award-history table), placed where the body
   * has the marker `<!-- chen: name -->`. Unknown names are reported through `onUnknownInsert`.
   */
  inserts?: Record<string, Block[]>;
  onUnknownInsert?: (name: string) => void;
  /** Told of what the body has that cannot be printed (an image, HTML, a footnote…); it is left out. */
  onProblem?: (problem: BodyProblem) => void;
}

/** Something in the body that prints nowhere: its line in the Markdown text, the text as written, and what to write instead. */
export interface BodyProblem {
  line: number;
  source: string;
  message: string;
}

type Report = (node: Node, message: string) => void;

const INSERT_MARKER = /^<!--\s*chen:\s*([\w-]+)\s*-->$/;
const COMMENT = /<!--[\s\S]*?-->/g;

const STYLE_OF_LEVEL: Record<Level, StyleId> = {
  phan: 'Phan',
  chuong: 'Chuong',
  muc: 'Muc',
  dieu: 'Dieu',
  khoan: 'Khoan',
  diem: 'Diem',
};

/** Levels that print their label on a line of its own, with the title on the next line. */
const STANDALONE_LABEL: Level[] = ['phan', 'chuong'];

const withGfm = unified().use(remarkParse).use(remarkGfm);
const commonMark = unified().use(remarkParse);

/**
 * What GitHub's extensions start from: a table's `|`, strikethrough's `~`, a task box's or footnote's `[`,
 * an email's `@`, a web address's `www.` or `://`; and `&` and `\`, since web addresses and emails are
 * found in the text as decoded (`www\.a.vn`, `a&#64;b.vn`). Text with none of them parses to the same tree
 * without the extensions, in half the time (test/markdown-gfm.test.ts).
 */
const GFM_SYNTAX = /[|~[@&\\]|www\.|:\/\//i;

export function parseMarkdown(markdown: string): Root {
  return (GFM_SYNTAX.test(markdown) ? withGfm : commonMark).parse(markdown);
}

/** The tree with GitHub's extensions, whatever the text has (for the test that the shortcut changes nothing). */
export const parseWithGfm = (markdown: string): Root => withGfm.parse(markdown);

export function markdownToBlocks(markdown: string, options: BodyOptions): Block[] {
  return new BodyBuilder(markdown, options).build(parseMarkdown(markdown));
}

class BodyBuilder {
  private readonly blocks: Block[] = [];
  private readonly counters = new Map<Level, number>();
  /** Levels of the headings currently open, outermost first. */
  private openLevels: Level[] = [];
  private readonly order: Level[];
  private readonly report: Report;

  constructor(
    private readonly source: string,
    private readonly options: BodyOptions,
  ) {
    this.order = options.headingLevels;
    this.report = (node, message) => {
      const { start, end } = node.position ?? { start: { line: 1, offset: 0 }, end: { offset: 0 } };
      options.onProblem?.({ line: start.line, source: source.slice(start.offset ?? 0, end.offset ?? 0), message });
    };
  }

  build(root: Root): Block[] {
    for (const node of root.children) this.block(node);
    return this.blocks;
  }

  private block(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        return this.heading(node);
      case 'paragraph':
        return this.paragraph(node, 'Than');
      case 'list':
        return this.list(node, this.levelBelow(this.openLevels.at(-1)), 0);
      case 'table':
        this.blocks.push(tableBlock(node, this.report));
        return;
      case 'thematicBreak':
        this.blocks.push({ kind: 'page-break' });
        return;
      case 'blockquote':
        for (const child of node.children) this.block(child);
        return;
      case 'html':
        return this.html(node);
      case 'code':
        this.blocks.push({ kind: 'paragraph', style: 'Than', runs: [{ text: node.value }] });
        return;
      case 'definition':
        return this.report(node, DEFINITION);
      case 'footnoteDefinition':
        return this.report(node, FOOTNOTE);
      default:
        return this.report(node, 'phần này của nội dung không in được. Viết bằng đoạn văn, tiêu đề (#), danh sách (-, 1.) hoặc bảng (| … |).');
    }
  }

  /**
   * An HTML block: its comments print nothing, except an insertion marker, which is replaced by the
   * blocks computed for it; anything else in it would vanish, so it is reported.
   */
  private html(node: Html): void {
    for (const [comment] of node.value.matchAll(COMMENT)) {
      const name = INSERT_MARKER.exec(comment.trim())?.[1];
      if (name) this.insert(name);
      else if (/^<!--\s*chen\s*:/.test(comment)) this.report(node, `chỗ chèn "${comment}" viết sai nên không chèn được gì. Viết đúng dạng <!-- chen: ten_phan --> (tên không có dấu cách), trên một dòng riêng.`);
    }
    const rest = node.value.replace(COMMENT, '').trim();
    if (rest) this.report(node, htmlBlockMessage(rest, rest !== node.value.trim()));
  }

  private insert(name: string): void {
    const blocks = this.options.inserts?.[name];
    if (blocks) this.blocks.push(...blocks);
    else this.options.onUnknownInsert?.(name);
  }

  private heading(node: Heading): void {
    const level = this.order[Math.min(node.depth, this.order.length) - 1];
    this.openLevels = [...this.openLevels.filter((l) => this.rank(l) < this.rank(level)), level];
    const runs = inlineRuns(node.children, this.report);
    const number = this.nextNumber(level, runs);
    const style = STYLE_OF_LEVEL[level];
    if (STANDALONE_LABEL.includes(level) && number) {
      this.blocks.push({ kind: 'paragraph', style, runs: [{ text: number.label }], level, heading: true, numbering: number.numbering });
      this.blocks.push({ kind: 'paragraph', style, runs, level, heading: true });
      return;
    }
    // An Điều of a quyết định is running text after its bold label, not a bold title.
    const labelBold = level === 'dieu' || undefined;
    const titled = level === 'khoan' || level === 'diem' ? titleThenText(runs) : undefined;
    if (titled) {
      // `## Thời gian: từ ngày …`: the label and `Thời gian:` bold, the text after them regular, in one paragraph.
      this.blocks.push(withNumber({ kind: 'paragraph', style: 'Than', runs: titled, level, heading: true, labelBold: true }, number));
      return;
    }
    this.blocks.push(withNumber({ kind: 'paragraph', style, runs, level, heading: true, labelBold }, number));
  }

  private paragraph(node: Paragraph, style: StyleId, number?: Numbered, level?: Level): void {
    const runs = inlineRuns(node.children, this.report);
    if (runs.length === 0) return;
    this.blocks.push(withNumber({ kind: 'paragraph', style, runs, level }, number));
  }

  private list(node: List, level: Level | undefined, depth: number): void {
    node.children.forEach((item, index) => this.listItem(node, item, index, level, depth));
  }

  private listItem(list: List, item: ListItem, index: number, level: Level | undefined, depth: number): void {
    if (typeof item.checked === 'boolean') this.report(item, TASK_BOX);
    let number: Numbered | undefined;
    if (list.ordered && level) {
      const first = item.children.find((c) => c.type === 'paragraph');
      number = this.nextNumber(level, first ? inlineRuns(first.children) : []);
    } else if (!list.ordered) {
      const marker = bulletMarker(this.source, item, depth);
      number = { label: marker, numbering: { pattern: marker, value: index + 1 } };
    }
    let labelled = false;
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        this.paragraph(child, 'Than', labelled ? undefined : number, list.ordered ? level : undefined);
        labelled = true;
      } else if (child.type === 'list') {
        this.list(child, child.ordered ? this.levelBelow(level) : level, depth + 1);
      } else {
        this.block(child);
      }
    }
  }

  /** The generated label for the next item of `level`, or undefined when the author typed one. */
  private nextNumber(level: Level, runs: Run[]): Numbered | undefined {
    const n = (this.counters.get(level) ?? 0) + 1;
    this.counters.set(level, n);
    for (const deeper of this.order.filter((l) => this.rank(l) > this.rank(level))) this.counters.delete(deeper);
    const typed = handwrittenLabel(runs.map((r) => r.text).join(''));
    if (typed) {
      // Keep the author's number, and count on from it.
      this.counters.set(level, labelValue(typed) ?? n);
      return undefined;
    }
    const pattern = this.options.numbering[level];
    return { label: formatLabel(pattern, n, this.parentCount(level)), numbering: { pattern, value: n } };
  }

  private parentCount(level: Level): number {
    const above = this.order.filter((l) => this.rank(l) < this.rank(level) && !STANDALONE_LABEL.includes(l));
    const parent = above.at(-1);
    return parent ? (this.counters.get(parent) ?? 0) : 0;
  }

  private rank(level: Level): number {
    const i = this.order.indexOf(level);
    return i === -1 ? this.order.length : i;
  }

  private levelBelow(level: Level | undefined): Level | undefined {
    if (!level) return this.order.includes('khoan') ? 'khoan' : this.order[0];
    const i = this.order.indexOf(level);
    return this.order[Math.min(i + 1, this.order.length - 1)];
  }
}

/** A generated label and what it stands for. */
interface Numbered {
  label: string;
  numbering: { pattern: string; value: number };
}

function withNumber(block: ParagraphBlock, number: Numbered | undefined): ParagraphBlock {
  return number ? { ...block, label: number.label, numbering: number.numbering } : block;
}

const BULLET_MARKERS = ['-', '+', '*'];

/**
 * The bullet the author typed (`-`, `+` or `*`), read from the source at the item's position since
 * remark does not keep it; `-` at the top and `+` below when it cannot be read.
 */
function bulletMarker(source: string, item: ListItem, depth: number): string {
  const offset = item.position?.start.offset;
  const typed = offset === undefined ? undefined : source[offset];
  if (typed !== undefined && BULLET_MARKERS.includes(typed)) return typed;
  return depth === 0 ? '-' : '+';
}

/** Where a heading's title ends and its text starts: after the first `: ` that has text after it. */
const TITLE_END = /: +\S/;

/**
 * `Thời gian: từ ngày 01/01 đến ngày 30/6/2023` → `Thời gian:` bold, ` từ ngày …` as written; undefined
 * when the heading has no text after a `: ` (a plain title such as `Quý I:`).
 */
export function titleThenText(runs: Run[]): Run[] | undefined {
  const at = TITLE_END.exec(runsText(runs))?.index;
  if (at === undefined) return undefined;
  const [title, text] = splitRuns(runs, at + 1);
  return [...title.map((r) => ({ ...r, bold: true })), ...text];
}

/** The runs before and after a character offset of their text. */
function splitRuns(runs: Run[], offset: number): [Run[], Run[]] {
  const before: Run[] = [];
  const after: Run[] = [];
  let start = 0;
  for (const run of runs) {
    const cut = offset - start;
    if (cut >= run.text.length) before.push(run);
    else if (cut <= 0) after.push(run);
    else {
      const head: Run = { ...run, text: run.text.slice(0, cut) };
      delete head.breakAfter; // a line break after the run belongs to its second half
      before.push(head);
      after.push({ ...run, text: run.text.slice(cut) });
    }
    start += run.text.length;
  }
  return [before, after];
}

interface Marks {
  bold?: boolean;
  italic?: boolean;
  sub?: boolean;
  sup?: boolean;
  underline?: boolean;
}

const HTML_MARKS: Record<string, keyof Marks> = { sub: 'sub', sup: 'sup', u: 'underline', b: 'bold', strong: 'bold', i: 'italic', em: 'italic' };

/** Phrasing content → runs; soft line breaks become spaces, `<br>` and hard breaks break the line. What cannot be printed is reported. */
export function inlineRuns(nodes: PhrasingContent[], report: Report = () => {}): Run[] {
  const runs: Run[] = [];
  const marks: Marks = {};
  const push = (text: string): void => {
    const clean = text.replace(/[ \t]*\n[ \t]*/g, ' ');
    if (clean) runs.push({ text: clean, ...definedMarks(marks) });
  };
  const breakLine = (): void => {
    const last = runs.at(-1);
    if (last) last.breakAfter = true;
  };
  const walk = (list: PhrasingContent[], inherited: Marks): void => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          push(node.value);
          break;
        case 'strong':
          withMarks({ ...inherited, bold: true }, node.children);
          break;
        case 'emphasis':
          withMarks({ ...inherited, italic: true }, node.children);
          break;
        case 'delete':
          report(node, STRIKE);
          walk(node.children, inherited);
          break;
        case 'link': {
          const text = phrasingText(node.children);
          if (bareAddress(node.url) !== bareAddress(text)) report(node, linkMessage(text, node.url));
          walk(node.children, inherited);
          break;
        }
        case 'linkReference':
          walk(node.children, inherited); // its definition is reported
          break;
        case 'break':
          breakLine();
          break;
        case 'html':
          html(node);
          break;
        case 'image':
        case 'imageReference':
          report(node, imageMessage(node.alt ?? ''));
          break;
        case 'footnoteReference':
          report(node, FOOTNOTE);
          break;
        default:
          report(node, 'phần này của dòng không in được. Viết thành chữ thường.');
      }
    }
  };
  const withMarks = (next: Marks, children: PhrasingContent[]): void => {
    const saved = { ...marks };
    Object.assign(marks, next);
    walk(children, next);
    for (const key of Object.keys(marks) as (keyof Marks)[]) delete marks[key];
    Object.assign(marks, saved);
  };
  const html = (node: Html): void => {
    const tag = node.value.trim();
    if (/^<!--[\s\S]*-->$/.test(tag)) return; // a comment prints nothing
    const m = /^<(\/?)([a-z]+)\s*\/?>$/i.exec(tag);
    const name = m?.[2].toLowerCase();
    if (name === 'br' && !m![1]) return breakLine();
    const mark = name ? HTML_MARKS[name] : undefined;
    if (/^<img\b/i.test(tag)) return report(node, imageMessage(''));
    // The closing tag of an element whose opening tag was reported prints nothing either way.
    if (!mark && !/^<\/[a-z]+\s*>$/i.test(tag)) return report(node, inlineHtmlMessage(tag));
    if (!mark) return;
    marks[mark] = m![1] ? undefined : true;
  };
  walk(nodes, {});
  return trimRuns(runs);
}

const phrasingText = (nodes: PhrasingContent[]): string => nodes.map((n) => ('value' in n ? n.value : 'children' in n ? phrasingText(n.children as PhrasingContent[]) : '')).join('');

/** An address as it reads: without `mailto:`, `http://` or `https://`, nor a final `/`. */
const bareAddress = (url: string): string => url.replace(/^(mailto:|https?:\/\/)/i, '').replace(/\/$/, '');

const SUPPORTED_TAGS = '<b>, <strong>, <i>, <em>, <u>, <sub>, <sup> (mở và đóng, như <u>chữ</u>) và <br>, không có thuộc tính';

const inlineHtmlMessage = (tag: string): string =>
  `thẻ HTML "${tag}" không được hỗ trợ nên sẽ không được in. Trong một dòng chỉ dùng được ${SUPPORTED_TAGS}; chữ đậm cũng viết **…**, nghiêng *…*.`;

const imageMessage = (alt: string): string =>
  `ảnh trong nội dung${alt ? ` ("${alt}")` : ''} không được hỗ trợ nên sẽ không được in. Nội dung văn bản chỉ có chữ và bảng: trình bày số liệu bằng bảng Markdown (| … |), trong nội dung hoặc trong phụ lục (phu_luc); ảnh chữ ký, con dấu ghi ở ky.chu_ky và ky.con_dau.`;

const linkMessage = (text: string, url: string): string =>
  `liên kết "${text}" chỉ in được chữ, địa chỉ "${url}" sẽ không được in. Viết địa chỉ ra trong nội dung nếu cần, như "${text} (${url})", hoặc bỏ dấu [ ]( ) và chỉ giữ chữ.`;

const STRIKE = 'chữ gạch ngang (viết giữa hai dấu ~~ hoặc ~) không in được gạch ngang: dấu ~ sẽ mất và chữ in như thường. Xóa phần chữ bị gạch; muốn in dấu ~ thì viết \\~.';

const FOOTNOTE = 'chú thích cuối trang ([^1] và dòng [^1]: …) không được hỗ trợ nên sẽ không được in. Viết phần chú thích trong ngoặc đơn ngay sau chữ cần chú thích.';

const DEFINITION = 'dòng này được đọc là định nghĩa liên kết Markdown ([tên]: địa chỉ) nên sẽ không được in. Muốn in dòng này, viết \\[ thay cho [ ở đầu dòng.';

const TASK_BOX = 'ô đánh dấu "[ ]" hoặc "[x]" ở đầu mục danh sách sẽ không được in. Bỏ ô đó, hoặc viết \\[x\\] để in nguyên chữ.';

/** What an HTML block (which would vanish) is, and what to write instead; `afterComment`: text after a comment. */
function htmlBlockMessage(html: string, afterComment: boolean): string {
  const first = html.split('\n')[0].trim();
  const shown = first.length > 50 ? `${first.slice(0, 47)}…` : first;
  if (afterComment) return `chữ "${shown}" viết cùng dòng với chú thích <!-- … --> sẽ không được in. Đưa chữ xuống dòng dưới chú thích.`;
  if (/^<br\s*\/?>$/i.test(html)) {
    return 'thẻ <br> đứng riêng một dòng sẽ không được in. Để xuống dòng trong một đoạn, kết thúc dòng trên bằng dấu \\ (hoặc hai dấu cách); để sang đoạn mới, để một dòng trống.';
  }
  if (/^<img\b/i.test(html)) return imageMessage('');
  if (/^<table\b/i.test(html)) return 'bảng viết bằng HTML (<table>) sẽ không được in. Viết bảng bằng Markdown: dòng | Cột 1 | Cột 2 |, dòng thứ hai | --- | --- |, rồi mỗi hàng một dòng.';
  const tag = /^<\/?([a-z]+)/i.exec(html)?.[1]?.toLowerCase();
  if (tag && (tag === 'br' || tag in HTML_MARKS)) {
    return `dòng bắt đầu bằng thẻ "${shown}" đứng riêng nên cả đoạn đến dòng trống tiếp theo bị đọc là HTML và sẽ không được in. Viết thẻ liền với chữ trong cùng dòng, như <${tag}>chữ</${tag}>, hoặc dùng **chữ đậm**, *chữ nghiêng*.`;
  }
  return `khối HTML "${shown}" không được hỗ trợ nên sẽ không được in (cả đoạn đến dòng trống tiếp theo). Viết bằng Markdown: đoạn văn cách nhau một dòng trống, tiêu đề bằng #, danh sách bằng -, bảng bằng | … |; trong dòng dùng được ${SUPPORTED_TAGS}.`;
}

function definedMarks(marks: Marks): Marks {
  return Object.fromEntries(Object.entries(marks).filter(([, v]) => v)) as Marks;
}

function trimRuns(runs: Run[]): Run[] {
  if (runs.length === 0) return runs;
  runs[0] = { ...runs[0], text: runs[0].text.trimStart() };
  const last = runs.length - 1;
  runs[last] = { ...runs[last], text: runs[last].text.trimEnd() };
  return runs.filter((r) => r.text !== '' || r.breakAfter);
}

export const runsText = (runs: Run[]): string => runs.map((r) => r.text).join('');

function tableBlock(node: Table, report: Report): TableBlock {
  const rows: TableCell[][] = node.children.map((row, r) =>
    row.children.map((cell, c) => ({
      paragraphs: [inlineRuns(cell.children, report)],
      align: r === 0 ? 'center' : (node.align?.[c] ?? undefined) ?? undefined,
      bold: r === 0 || undefined,
    })),
  );
  return { kind: 'table', headerRows: 1, rows };
}

