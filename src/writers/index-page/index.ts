/**
 * The index page of an output folder: every document of the data folder in a table (loại, số/ký hiệu,
 * ngày, trích yếu, người ký, state, links to its files), with its problems under it, grouped by
 * folder and sorted by date. One self-contained HTML file (inline CSS, no script, nothing fetched) that
 * opens from the file system; built as a hast tree, so every text and attribute is escaped.
 */
import { el as h } from '../html/element.ts';
import type { Element, ElementContent, Root } from 'hast';
import type { DocumentSummary } from '../../document/summary.ts';
import { htmlPage, pageTree } from '../html/page.ts';
import { STYLESHEET } from './style.ts';

/**
 * built: made in this run; unchanged: up to date from an earlier run; stale: failed now, the outputs of an
 * earlier build kept; error: failed, no outputs; held: an issued document whose outputs were kept
 * unchanged although its data now differs.
 */
export type EntryState = 'built' | 'unchanged' | 'stale' | 'error' | 'held';

export interface IndexEntry {
  /** Data file, project-relative: `data/2025/chi-thi-thi-dua-2025.md`; a document of a batch: the batch's folder and its name. */
  source: string;
  /** A document of a batch: the row it is made from (`danh-sach.xlsx, 'Danh sách'!B5`). */
  place?: string;
  state: EntryState;
  /** Absent when the document never built. */
  summary?: DocumentSummary;
  /** `href` relative to the index page: `2025/chi-thi-thi-dua-2025.html`. */
  outputs: { format: string; href: string }[];
  /** Lines already formatted (file, line, field, message), without the severity. */
  problems: { severity: 'loi' | 'canh-bao'; text: string }[];
}

export interface IndexOptions {
  title?: string;
  /** The data folder the documents were built from. */
  generatedFrom: string;
  /** Written in the page's head (`<meta name="van-ban-muc-luc">`), near its start: what the page was made from (src/build/index-page.ts). */
  fingerprint?: string;
}

export const FINGERPRINT_META = 'van-ban-muc-luc';

export const DEFAULT_TITLE = 'Danh sách văn bản';

/** What each state is called on the page, its mark (not colour alone), and how it is counted at the top. */
export const STATE_LABELS: Record<EntryState, { label: string; mark: string; count: string }> = {
  built: { label: 'Đã tạo', mark: '✓', count: 'đã tạo' },
  unchanged: { label: 'Không đổi', mark: '✓', count: 'không đổi từ lần trước' },
  stale: { label: 'Bản cũ, chưa cập nhật', mark: '!', count: 'bản cũ, chưa cập nhật' },
  error: { label: 'Lỗi, chưa tạo được', mark: '✗', count: 'lỗi, chưa tạo được' },
  held: { label: 'Đã ban hành, giữ nguyên', mark: '■', count: 'đã ban hành, giữ nguyên bản cũ' },
};

const STATES: EntryState[] = ['built', 'unchanged', 'stale', 'error', 'held'];

const SEVERITY_LABELS = { loi: 'Lỗi', 'canh-bao': 'Cảnh báo' } as const;

/** Link text of each format, in the order the links are shown. */
const FORMAT_LABELS: Record<string, string> = { html: 'Xem', docx: 'DOCX', pdf: 'PDF', xlsx: 'XLSX', json: 'JSON' };

const COLUMNS = ['Loại', 'Số, ký hiệu', 'Ngày', 'Trích yếu', 'Người ký', 'Trạng thái', 'Tệp'];
/** Column widths, the same in every folder's table (the trích yếu takes the rest). */
const COLUMN_CLASSES = ['c-loai', 'c-so', 'c-ngay', 'c-trich-yeu', 'c-nguoi-ky', 'c-trang-thai', 'c-tep'];

export const writeIndexPage = (entries: IndexEntry[], options: IndexOptions): string => htmlPage(indexTree(entries, options));

export function indexTree(entries: IndexEntry[], options: IndexOptions): Root {
  const title = options.title ?? DEFAULT_TITLE;
  const groups = groupByFolder(entries);
  const meta: Record<string, string> = options.fingerprint ? { [FINGERPRINT_META]: options.fingerprint } : {};
  return pageTree(title, STYLESHEET, [
    h('header', [h('h1', title), h('p', { className: ['nguon'] }, [`Tạo từ thư mục `, h('code', options.generatedFrom), '.'])]),
    h('main', [counts(entries), ...attention(groups), ...groups.map(([folder, list], i) => table(folder, list, i))]),
  ], meta);
}

/** `data/2025` → its entries, folders in order, each sorted by date (undated last) then file. */
function groupByFolder(entries: IndexEntry[]): [string, IndexEntry[]][] {
  const groups = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const folder = folderOf(e.source);
    const list = groups.get(folder);
    if (list) list.push(e);
    else groups.set(folder, [e]);
  }
  return [...groups.entries()].sort(([a], [b]) => compare(a, b)).map(([folder, list]) => [folder, [...list].sort(byDateThenSource)]);
}

const folderOf = (source: string): string => (source.includes('/') ? source.slice(0, source.lastIndexOf('/')) : '.');
const fileOf = (source: string): string => source.slice(source.lastIndexOf('/') + 1);

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `10/12/2025` → `2025-12-10`; a date without day or month after the dated ones of its month or year (`07/2023` → `2023-07-~`); '' last. */
function sortableDate(date = ''): string {
  if (date === '') return '~';
  const [year, month = '~', day = '~'] = date.split('/').reverse();
  return `${year}-${month}-${day}`;
}

const byDateThenSource = (a: IndexEntry, b: IndexEntry): number =>
  compare(sortableDate(a.summary?.date), sortableDate(b.summary?.date)) || compare(a.source, b.source);

/** `16 văn bản: 14 đã tạo, 1 bản cũ, chưa cập nhật, 1 lỗi…; 1 dự thảo; 3 có cảnh báo.` */
function counts(entries: IndexEntry[]): Element {
  const item = (n: number, text: string, className?: string): Element => h('li', { className: className ? [className] : undefined }, [h('strong', String(n)), ` ${text}`]);
  const byState = STATES.map((state) => [state, entries.filter((e) => e.state === state).length] as const).filter(([, n]) => n > 0);
  const drafts = entries.filter((e) => e.summary?.draft).length;
  const warned = entries.filter((e) => e.problems.some((p) => p.severity === 'canh-bao')).length;
  return h('section', { className: ['tong-ket'], ariaLabel: 'Tổng số' }, [
    h('ul', [
      item(entries.length, 'văn bản', 'tong'),
      ...byState.map(([state, n]) => item(n, STATE_LABELS[state].count, `tt-${state}`)),
      ...(drafts > 0 ? [item(drafts, 'dự thảo', 'du-thao')] : []),
      ...(warned > 0 ? [item(warned, 'có cảnh báo', 'canh-bao')] : []),
    ]),
  ]);
}

const needsAttention = (e: IndexEntry): boolean => e.state === 'stale' || e.state === 'error' || e.state === 'held';

/** The documents that failed or were held, linked to their rows, so that none is missed in a long list. */
function attention(groups: [string, IndexEntry[]][]): Element[] {
  const rows = groups.flatMap(([, list], g) => list.map((e, i) => ({ e, id: rowId(g, i) }))).filter(({ e }) => needsAttention(e));
  if (rows.length === 0) return [];
  return [
    h('section', { className: ['can-xem'], ariaLabelledBy: ['can-xem'] }, [
      h('h2', { id: 'can-xem' }, 'Cần xem lại'),
      h(
        'ul',
        rows.map(({ e, id }) => h('li', [mark(e.state), ' ', h('a', { href: `#${id}` }, e.source), ` — ${STATE_LABELS[e.state].label.toLocaleLowerCase('vi')}`])),
      ),
    ]),
  ];
}

const rowId = (group: number, index: number): string => `vb-${group + 1}-${index + 1}`;

function table(folder: string, entries: IndexEntry[], group: number): Element {
  return h('section', { className: ['nhom'] }, [
    h('table', [
      h('caption', [h('h2', folder)]),
      h('colgroup', COLUMN_CLASSES.map((c) => h('col', { className: [c] }))),
      h('thead', [h('tr', COLUMNS.map((c) => h('th', { scope: 'col' }, c)))]),
      ...entries.map((e, i) => h('tbody', { id: rowId(group, i), className: [`tt-${e.state}`] }, rows(e))),
    ]),
  ]);
}

/** A document's row, and under it a row of its problems when it has any. */
function rows(e: IndexEntry): Element[] {
  const s = e.summary;
  const main = h('tr', [
    h('td', s?.kind ?? ''),
    h('th', { scope: 'row', className: ['so'] }, s?.number ?? ''),
    h('td', { className: ['ngay'] }, s?.date ?? ''),
    h('td', { className: ['trich-yeu'] }, [s ? s.title : h('em', 'Chưa có thông tin: văn bản chưa tạo được từ dữ liệu hiện tại'), h('span', { className: ['tep'] }, e.place ? `${e.source} — ${e.place}` : e.source)]),
    h('td', s?.signer ?? ''),
    h('td', { className: ['trang-thai'] }, state(e)),
    h('td', { className: ['lien-ket'] }, links(e)),
  ]);
  if (e.problems.length === 0) return [main];
  return [main, h('tr', { className: ['van-de'] }, [h('td', { colSpan: COLUMNS.length }, [problemList(e)])])];
}

const mark = (state: EntryState): Element => h('span', { className: ['dau', `tt-${state}`], ariaHidden: 'true' }, STATE_LABELS[state].mark);

function state(e: IndexEntry): ElementContent[] {
  const badges: ElementContent[] = [h('span', { className: ['nhan', `tt-${e.state}`] }, [mark(e.state), ` ${STATE_LABELS[e.state].label}`])];
  if (e.summary?.draft) badges.push({ type: 'text', value: ' ' }, h('span', { className: ['nhan', 'du-thao'] }, 'Dự thảo'));
  if (e.summary?.issued && e.state !== 'held') badges.push({ type: 'text', value: ' ' }, h('span', { className: ['nhan', 'ban-hanh'] }, 'Đã ban hành'));
  return badges;
}

const formatOrder = (format: string): number => {
  const i = Object.keys(FORMAT_LABELS).indexOf(format);
  return i === -1 ? Infinity : i;
};

function links(e: IndexEntry): ElementContent[] {
  const outputs = [...e.outputs].sort((a, b) => formatOrder(a.format) - formatOrder(b.format) || compare(a.format, b.format));
  const what = e.summary?.number || fileOf(e.source);
  const old = e.state === 'stale' ? ' (bản cũ)' : e.state === 'held' ? ' (bản đã ban hành)' : '';
  return outputs.flatMap((o, i): ElementContent[] => {
    const text = FORMAT_LABELS[o.format] ?? o.format.toUpperCase();
    const link = h('a', { href: encodePath(o.href), ariaLabel: `${text} ${what}${old}` }, text);
    return i === 0 ? [link] : [{ type: 'text', value: ' ' }, link];
  });
}

/** Each segment of a relative path percent-encoded: a `#`, `?` or space in a file name stays part of the name. */
const encodePath = (href: string): string => href.split('/').map(encodeURIComponent).join('/');

function problemList(e: IndexEntry): Element {
  return h(
    'ul',
    { className: ['danh-sach-van-de'] },
    e.problems.map((p) => h('li', { className: [p.severity] }, [h('strong', `${SEVERITY_LABELS[p.severity]}:`), ` ${p.text}`])),
  );
}
