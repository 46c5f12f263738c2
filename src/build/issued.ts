/**
 * An issued document (`da_ban_hanh: true`) is never rewritten with different content: if a rebuild would
 * change any of its outputs, none is written, the files stay as issued, and a warning says which outputs
 * would change and what in their text, and how to re-issue (`--ban-hanh-lai`). Outputs it does not have
 * yet are written when every one it has would stay the same: nothing issued is lost.
 */
import type { Problem } from '../core/errors.ts';
import type { SourceFile } from '../core/source.ts';
import { readZipDirectory, readZipEntry, type ZipLimits } from '../writers/docx/zip-reader.ts';

export interface RenderedOutput {
  path: string;
  bytes: Uint8Array;
}

export interface IssuedDecision {
  /** The outputs to write: all of them, only those missing, or none. */
  write: RenderedOutput[];
  /** Set when the document is held: the warning that says why and what would change. */
  held?: Problem;
}

/** How many changed lines the warning shows. */
const SHOWN_CHANGES = 5;
/** A changed line longer than this is shown around where it changes. */
const SHOWN_LENGTH = 100;
const CONTEXT = 30;
const MB = 1024 * 1024;
/** The file at an output's place may be anything (a user may have put another there): read within limits. */
const OUTPUT_ZIP: ZipLimits = { maxEntries: 1000, maxTotalSize: 100 * MB, maxEntrySize: 20 * MB, maxRatio: 100, ratioFrom: MB };

export const REISSUE_FLAG = '--ban-hanh-lai';

/**
 * What to write of a document's new outputs, given the files at their paths now (`existing`, undefined
 * where there is none). A document not issued, or re-issued on purpose, writes them all.
 */
export function decideIssued(source: Pick<SourceFile, 'path' | 'data' | 'lineOf'>, rendered: RenderedOutput[], existing: (path: string) => Uint8Array | undefined, reissue: boolean): IssuedDecision {
  if (source.data.da_ban_hanh !== true || reissue) return { write: rendered };
  const before = rendered.map((r) => ({ ...r, old: existing(r.path) }));
  const changed = before.filter((r) => r.old !== undefined && !Buffer.from(r.old).equals(Buffer.from(r.bytes)));
  if (changed.length === 0) return { write: before.filter((r) => r.old === undefined).map(({ path, bytes }) => ({ path, bytes })) };
  const docx = before.find((r) => r.path.toLowerCase().endsWith('.docx'));
  const what = docx ? textChanges(docx.old, docx.bytes) : 'không so được chữ (chỉ so khi tạo cả bản DOCX)';
  const message =
    `văn bản đã ban hành (da_ban_hanh: true) nên không ghi đè: tạo lại thì ${changed.map((r) => r.path).join(', ')} sẽ khác bản đã ban hành. ` +
    `Chỗ khác (bản đã ban hành → bản tạo lại): ${what}. Các tệp đã ban hành được giữ nguyên. ` +
    `Nếu dữ liệu, danh mục cơ quan hay mẫu bị đổi nhầm, sửa lại cho khớp bản đã ban hành; nếu thật sự ban hành lại, chạy lại với tùy chọn ${REISSUE_FLAG}.`;
  return { write: [], held: { severity: 'canh-bao', file: source.path, line: source.lineOf(['da_ban_hanh']), field: 'da_ban_hanh', message } };
}

/** The changed lines of text between two DOCX, old → new. */
function textChanges(old: Uint8Array | undefined, now: Uint8Array): string {
  if (!old) return 'chưa có bản DOCX để so chữ';
  const before = docxLines(old);
  if (!before) return 'không đọc được chữ của bản DOCX đã có';
  const items = diffLines(before, docxLines(now) ?? []).flatMap(describeGroup);
  if (items.length === 0) return 'chữ không đổi, chỉ khác cách trình bày (mẫu DOCX, phông chữ, ảnh hoặc phiên bản chương trình)';
  const more = items.length > SHOWN_CHANGES ? `; … và ${items.length - SHOWN_CHANGES} chỗ khác` : '';
  return items.slice(0, SHOWN_CHANGES).join('; ') + more;
}

interface Group {
  removed: string[];
  added: string[];
}

function describeGroup({ removed, added }: Group): string[] {
  const paired = Math.min(removed.length, added.length);
  return [
    ...removed.slice(0, paired).map((line, i) => clip(line, added[i])),
    ...removed.slice(paired).map((line) => `bỏ "${clip1(line)}"`),
    ...added.slice(paired).map((line) => `thêm "${clip1(line)}"`),
  ];
}

/** `"old" → "new"`, long lines cut to the part that changed with a little context. */
function clip(old: string, now: string): string {
  if (old.length <= SHOWN_LENGTH && now.length <= SHOWN_LENGTH) return `"${old}" → "${now}"`;
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start++;
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end] === now[now.length - 1 - end]) end++;
  // Cut at a space, CONTEXT characters or a little more away from the change (in the common parts).
  const from = start > CONTEXT ? old.lastIndexOf(' ', start - CONTEXT) + 1 : 0;
  const space = end > CONTEXT ? old.indexOf(' ', old.length - end + CONTEXT) : -1;
  const dropped = space === -1 ? 0 : old.length - space;
  const cut = (s: string) => `${from > 0 ? '…' : ''}${s.slice(from, s.length - dropped)}${dropped > 0 ? '…' : ''}`;
  return `"${clip1(cut(old))}" → "${clip1(cut(now))}"`;
}

const clip1 = (line: string): string => (line.length > SHOWN_LENGTH * 2 ? `${line.slice(0, SHOWN_LENGTH * 2)}…` : line);

/** Lines changed between two texts, grouped where they follow one another (longest common subsequence). */
export function diffLines(a: string[], b: string[]): Group[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--);
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length === 0 && y.length === 0) return [];
  // Too long to compare line by line (a document rewritten): one group.
  if (x.length * y.length > 4_000_000) return [{ removed: x, added: y }];
  const width = y.length + 1;
  const common = new Uint32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      common[i * width + j] = x[i] === y[j] ? common[(i + 1) * width + j + 1] + 1 : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  const groups: Group[] = [];
  let group: Group = { removed: [], added: [] };
  const flush = () => {
    if (group.removed.length + group.added.length > 0) groups.push(group);
    group = { removed: [], added: [] };
  };
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      flush();
      i++, j++;
    } else if (j < y.length && (i === x.length || common[i * width + j + 1] >= common[(i + 1) * width + j])) group.added.push(y[j++]);
    else group.removed.push(x[i++]);
  }
  flush();
  return groups;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** The lines of text of a DOCX's body, paragraph by paragraph (table cells included); undefined if it cannot be read. */
export function docxLines(bytes: Uint8Array): string[] | undefined {
  let xml: string;
  try {
    const entry = readZipDirectory(bytes, OUTPUT_ZIP).find((e) => e.name === 'word/document.xml');
    if (!entry) return undefined;
    xml = readZipEntry(bytes, entry).toString('utf8');
  } catch {
    return undefined;
  }
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.flatMap((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
      .map((m) => (m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? ' ' : decode(m[1])))
      .join('')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}
