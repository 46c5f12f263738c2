/**
 * The danh sách of a tờ trình or a quyết định khen thưởng: nominees read from the data file (or from
 * a separate list file), grouped tập thể / cá nhân and by `nhom`, numbered, with the tiền thưởng of
 * each line from the law data in force on the decision date, the totals and the total in words.
 */
import { MissingCoefficientError, type LawData } from '../law/law-data.ts';
import { targetOf } from '../law/award-names.ts';
import { formatNumber } from '../law/money.ts';
import { moneyInWords } from '../law/number-words.ts';
import { compareVietnameseNames } from '../law/vietnamese-sort.ts';
import { Problems } from '../core/problems.ts';
import type { Path, SourceFile } from '../core/source.ts';
import { lines, upper } from '../core/text.ts';
import { NOMINEE_FILE_SCHEMA } from '../schema/data-schema.ts';
import type { Appendix, Block, NomineeSheet, NomineeSheetRow, ParagraphBlock, TableBlock, TableCell } from '../document/types.ts';
import { validateAgainstSchema } from '../schema/validate.ts';
import { countText, TARGET_WORD } from './counts.ts';
import { addUsed, type UsedLawValue } from './unconfirmed.ts';
import { endWithMark } from '../document/end-mark.ts';

type Raw = Record<string, unknown>;
type Target = 'tap_the' | 'ca_nhan' | 'ho_gia_dinh';

export interface Nominee {
  ten: string;
  target: Target;
  awardKey: string;
  awardName: string;
  chucVu?: string;
  donVi?: string;
  nhom?: string;
  /** Tiền thưởng in đồng, when the list carries money. */
  amount?: number;
}

export interface NomineeList {
  nominees: Nominee[];
  title: string[];
  layout: 'bang' | 'liet_ke';
  withMoney: boolean;
  /** Issuer named in the `(Kèm theo …)` line, when it is not the agency (`Chủ tịch UBND tỉnh`). */
  issuer?: string;
  attachedTo?: string;
  /** Unconfirmed law values the tiền thưởng rests on, each once, with the field of the data file that used it first. */
  unconfirmed: UsedLawValue[];
  /** Listed lines (`liet_ke`): `.` ends the last line of each group; `;` ends every line but the list's last. */
  lineEnd: '.' | ';';
  /** The closing line `(Danh sách ấn định 28 tập thể)./.`; without it the list's last line takes the `./.`. */
  countLine: boolean;
}

export interface AwardCount {
  ma: string;
  ten: string;
  doi_tuong: string;
  so_luong: number;
  so_luong_chu: string;
  /** Tiền thưởng of one line of this award (the same for all its lines), or null. */
  muc_thuong: number | null;
  muc_thuong_chu: string | null;
}

/** Values a content template can use: `{{so_tap_the}}`, `{{so_luong}}`, `{{#each theo_danh_hieu}}`… */
export interface ListSummary {
  so_tap_the: number;
  so_ca_nhan: number;
  so_luong: string;
  theo_danh_hieu: AwardCount[];
  mot_danh_hieu: boolean;
  tong_tien: number | null;
  tong_tien_chu: string | null;
}

const TARGET_ORDER: Target[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];

/**
 * Reads `danh_sach` (a list, or { muc } / { tep } with options); problems go to `problems`. `listFile`
 * is the separate list file named by `tep`, as the resolver loaded it (absent when it could not be read:
 * the resolver has said so).
 */
export function readNomineeList(raw: unknown, listFile: SourceFile | undefined, problems: Problems, law: LawData, decisionDate: string, withMoneyByDefault: boolean): NomineeList {
  const spec = (Array.isArray(raw) ? { muc: raw } : raw) as Raw;
  const stated = (spec.muc_thuong ?? {}) as Record<string, number>;
  const withMoney = typeof spec.tien_thuong === 'boolean' ? spec.tien_thuong : withMoneyByDefault;
  const entries = entriesOf(spec, listFile, problems);
  const unconfirmed: UsedLawValue[] = [];
  const nominees = entries.items.flatMap((item, i) => {
    const money = withMoney ? { stated, unconfirmed, field: entries.inline ? [...entries.path, i, 'danh_hieu'] : ['danh_sach', 'tep'] } : undefined;
    const nominee = nomineeOf(item, [...entries.path, i], entries.problems, law, decisionDate, money);
    return nominee ? [nominee] : [];
  });
  if (nominees.length === 0 && !problems.hasErrors) problems.error(['danh_sach'], 'danh sách chưa có ai. Thêm các mục { ten, danh_hieu } vào "muc" hoặc vào tệp danh sách.');
  return {
    nominees: spec.sap_xep === 'theo_ten' ? sortIndividuals(nominees) : nominees,
    title: ['DANH SÁCH', ...lines(spec.tieu_de)],
    layout: spec.trinh_bay === 'liet_ke' ? 'liet_ke' : 'bang',
    withMoney,
    issuer: typeof spec.cua === 'string' ? spec.cua : undefined,
    attachedTo: typeof spec.kem_theo === 'string' ? spec.kem_theo : undefined,
    unconfirmed,
    lineEnd: spec.dau_cuoi_dong === ';' ? ';' : '.',
    countLine: spec.dong_an_dinh !== false,
  };
}

interface Entries {
  items: Raw[];
  path: Path;
  /** Problems of the file the entries are in (the data file, or the separate list file). */
  problems: Problems;
  /** The entries are in the data file itself (not in a separate list file). */
  inline: boolean;
}

function entriesOf(spec: Raw, file: SourceFile | undefined, problems: Problems): Entries {
  if (typeof spec.tep !== 'string') return { items: (spec.muc ?? []) as Raw[], path: ['danh_sach', 'muc'], problems, inline: true };
  if (!file) return { items: [], path: ['muc'], problems, inline: false };
  const schemaProblems = validateAgainstSchema(file.data, NOMINEE_FILE_SCHEMA, file);
  problems.list.push(...schemaProblems);
  // Problems of the list file name that file and its lines, and are collected with the others.
  const fileProblems = new Problems(file, problems.list);
  return { items: schemaProblems.length > 0 ? [] : ((file.data.muc ?? []) as Raw[]), path: ['muc'], problems: fileProblems, inline: false };
}

/** What a list that prints tiền thưởng needs for each line. */
interface Money {
  /** Amounts stated in `muc_thuong`, by award key: they replace the law data. */
  stated: Record<string, number>;
  /** Collects the unconfirmed law values used. */
  unconfirmed: UsedLawValue[];
  /** Field of the data file (not of a separate list file) a line's coefficient is reported at. */
  field: Path;
}

function nomineeOf(raw: Raw, path: Path, problems: Problems, law: LawData, date: string, money?: Money): Nominee | undefined {
  if (typeof raw.doi_tuong === 'string' && !targetOf(raw.doi_tuong)) {
    problems.error([...path, 'doi_tuong'], `đối tượng "${raw.doi_tuong}" không rõ. Ghi "cá nhân" hoặc "tập thể".`);
    return undefined;
  }
  let award;
  try {
    award = law.award(String(raw.danh_hieu), undefined, rowTarget(raw));
  } catch (e) {
    problems.error([...path, 'danh_hieu'], (e as Error).message);
    return undefined;
  }
  const key = award.ma;
  const nominee: Nominee = {
    ten: String(raw.ten),
    target: award.doi_tuong,
    awardKey: key,
    awardName: award.ten,
    chucVu: raw.chuc_vu as string | undefined,
    donVi: raw.don_vi as string | undefined,
    nhom: raw.nhom as string | undefined,
  };
  if (!money) return nominee;
  const stated = money.stated[key];
  if (stated !== undefined) return { ...nominee, amount: stated };
  try {
    const reward = law.reward(key, date);
    nominee.amount = reward.amount;
    addUsed(money.unconfirmed, reward.unconfirmedBase, ['danh_sach']);
    if (reward.unconfirmedCoefficient) addUsed(money.unconfirmed, [reward.unconfirmedCoefficient], money.field);
  } catch (e) {
    problems.error([...path, 'danh_hieu'], (e as Error).message + rewardHint(e, key));
  }
  return nominee;
}

/** Who a row names, when it says: its `doi_tuong`, or a cá nhân when it has a chức vụ or đơn vị. */
function rowTarget(raw: Raw): Target | undefined {
  if (typeof raw.doi_tuong === 'string') return targetOf(raw.doi_tuong);
  return raw.chuc_vu !== undefined || raw.don_vi !== undefined ? 'ca_nhan' : undefined;
}

function rewardHint(e: unknown, key: string): string {
  if (!(e instanceof MissingCoefficientError)) {
    return ` Nếu quyết định theo quy định cũ, ghi mức thưởng đã định trong "danh_sach.muc_thuong", ví dụ { ${key}: 18750000 }.`;
  }
  return (
    ' Văn bản này in tiền thưởng nên cần hệ số. Hãy thêm he_so cho mục đó sau khi đối chiếu văn bản quy định;' +
    ` hoặc ghi mức thưởng đã định trong "danh_sach.muc_thuong", ví dụ { ${key}: 2340000 };` +
    ' hoặc, nếu văn bản không in tiền thưởng, ghi "tien_thuong: false" trong "danh_sach".'
  );
}

/**
 * Individuals of each award the Vietnamese way (given name, then the rest); awards keep the order in
 * which they first appear, and collectives keep their order.
 */
function sortIndividuals(nominees: Nominee[]): Nominee[] {
  const awardOrder = [...new Set(nominees.map((n) => n.awardKey))];
  const collectives = nominees.filter((n) => n.target !== 'ca_nhan');
  const individuals = nominees
    .filter((n) => n.target === 'ca_nhan')
    .sort((a, b) => awardOrder.indexOf(a.awardKey) - awardOrder.indexOf(b.awardKey) || compareVietnameseNames(a.ten, b.ten));
  return [...collectives, ...individuals];
}

export function summarize(list: NomineeList): ListSummary {
  const count = (t: Target) => list.nominees.filter((n) => n.target === t).length;
  const byAward = new Map<string, Nominee[]>();
  for (const n of list.nominees) byAward.set(n.awardKey, [...(byAward.get(n.awardKey) ?? []), n]);
  const theoDanhHieu = [...byAward.values()].map((group): AwardCount => {
    const amount = list.withMoney ? group[0].amount ?? null : null;
    return {
      ma: group[0].awardKey,
      ten: group[0].awardName,
      doi_tuong: TARGET_WORD[group[0].target],
      so_luong: group.length,
      so_luong_chu: countText(group.length, group[0].target),
      muc_thuong: amount,
      muc_thuong_chu: amount === null ? null : moneyInWords(amount),
    };
  });
  const total = list.withMoney ? list.nominees.reduce((sum, n) => sum + (n.amount ?? 0), 0) : null;
  return {
    so_tap_the: count('tap_the'),
    so_ca_nhan: count('ca_nhan'),
    so_luong: countsText(list.nominees),
    theo_danh_hieu: theoDanhHieu,
    mot_danh_hieu: theoDanhHieu.length === 1,
    tong_tien: total,
    tong_tien_chu: total === null ? null : moneyInWords(total),
  };
}

/** `28 tập thể`, `05 tập thể và 12 cá nhân`. */
function countsText(nominees: Nominee[]): string {
  return TARGET_ORDER.map((t) => [t, nominees.filter((n) => n.target === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => countText(n, t))
    .join(' và ');
}

/** The danh sách as a phụ lục: new page, `DANH SÁCH`, its title, the `(Kèm theo …)` line, the list. */
export function nomineeAppendix(list: NomineeList, summary: ListSummary, attachedTo: string): Appendix {
  const body = list.layout === 'liet_ke' ? listBlocks(list) : keepTableWithTotal([tableOf(list), ...moneyInWordsBlock(summary)]);
  if (!list.countLine) return { title: list.title, attachedTo: list.attachedTo ?? attachedTo, body: endWithMark(body) };
  // The closing line stays on the page of the list's last line (and of the total in words).
  const last = body.at(-1);
  if (last && last.kind !== 'page-break') last.keepWithNext = true;
  body.push(paragraph(`(Danh sách ấn định ${summary.so_luong})./.`));
  return { title: list.title, attachedTo: list.attachedTo ?? attachedTo, body };
}

interface Group {
  target: Target;
  nhom?: string;
  members: Nominee[];
}

/** Groups by đối tượng (tập thể first), then by `nhom` in order of first appearance. */
function groups(nominees: Nominee[]): Group[] {
  const out: Group[] = [];
  for (const target of TARGET_ORDER) {
    for (const n of nominees.filter((x) => x.target === target)) {
      const group = out.find((g) => g.target === target && g.nhom === n.nhom);
      if (group) group.members.push(n);
      else out.push({ target, nhom: n.nhom, members: [n] });
    }
  }
  return out;
}

const paragraph = (text: string, bold?: boolean): ParagraphBlock => ({ kind: 'paragraph', style: 'Than', runs: [bold ? { text, bold } : { text }] });
const targetsIn = (nominees: Nominee[]): Target[] => TARGET_ORDER.filter((t) => nominees.some((n) => n.target === t));
const sectionTitle = (target: Target, index: number): string => `${['I', 'II', 'III'][index]}. ${upper(TARGET_WORD[target])}`;
const groupTitle = (g: Group): string => `${g.nhom}: ${countText(g.members.length, g.target)}`;
const lineText = (n: Nominee): string => [n.ten, n.chucVu, n.donVi].filter(Boolean).join(', ');

/** The list as numbered lines under `* NHÓM: 03 tập thể` headings, as Quyết định 1940/QĐ-UBND prints it. */
function listBlocks(list: NomineeList): Block[] {
  const targets = targetsIn(list.nominees);
  const blocks: Block[] = [];
  const numbers = new Map<Target, number>();
  const all = groups(list.nominees);
  const lastNominee = all.at(-1)?.members.at(-1);
  let currentTarget: Target | undefined;
  for (const g of all) {
    if (targets.length > 1 && g.target !== currentTarget) blocks.push({ kind: 'paragraph', style: 'Muc', runs: [{ text: sectionTitle(g.target, targets.indexOf(g.target)) }] });
    currentTarget = g.target;
    if (g.nhom) blocks.push({ ...paragraph(`* ${groupTitle(g)}`, true), keepWithNext: true });
    g.members.forEach((n, i) => {
      const number = (numbers.get(g.target) ?? 0) + 1;
      numbers.set(g.target, number);
      const text = list.lineEnd === ';' ? withEnd(lineText(n), n === lastNominee ? '.' : ';') : groupEnd(lineText(n), i === g.members.length - 1);
      blocks.push({ kind: 'paragraph', style: 'Than', label: `${number}.`, numbering: { pattern: '1.', value: number }, runs: [{ text }] });
    });
  }
  return blocks;
}

/** The last line of a group ends the enumeration with a full stop (Quyết định 1940/QĐ-UBND). */
const groupEnd = (text: string, last: boolean): string => (last && !/[.…]$/.test(text) ? `${text}.` : text);

/** `;` after each line and `.` after the last, as the Thủ tướng's danh sách write (a typed `.` or `;` replaced). */
const withEnd = (text: string, end: '.' | ';'): string => `${text.replace(/[.;]$/, '')}${end}`;

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ paragraphs: [[{ text }]], ...extra });

type ColumnKey = 'stt' | 'ten' | 'don_vi' | 'danh_hieu' | 'tien_thuong';

/** A column of the danh sách table: title, relative width, and what it holds. */
interface ListColumn {
  key: ColumnKey;
  title: string;
  width: number;
}

/** STT, name, chức vụ/đơn vị (when any), award (when several), tiền thưởng (when the list carries money). */
function listColumns(list: NomineeList): ListColumn[] {
  const { nominees } = list;
  const showUnit = nominees.some((n) => n.chucVu || n.donVi);
  const showAward = new Set(nominees.map((n) => n.awardKey)).size > 1;
  return [
    { key: 'stt', title: 'STT', width: 11 },
    { key: 'ten', title: nameTitle(targetsIn(nominees)), width: showUnit ? 34 : 60 },
    ...(showUnit ? [{ key: 'don_vi' as const, title: 'Chức vụ, đơn vị', width: 32 }] : []),
    ...(showAward ? [{ key: 'danh_hieu' as const, title: 'Danh hiệu, hình thức khen thưởng', width: 30 }] : []),
    ...(list.withMoney ? [{ key: 'tien_thuong' as const, title: 'Tiền thưởng (đồng)', width: 20 }] : []),
  ];
}

/** A row of the danh sách table: a section (`I. TẬP THỂ`) or group (`NHÓM: 03 tập thể`) title, or a numbered nominee. */
type ListRow = { kind: 'title'; text: string } | { kind: 'entry'; number: number; nominee: Nominee };

/** The rows of the table: section titles when there are several đối tượng, group titles, nominees numbered within their đối tượng. */
function listRows(nominees: Nominee[]): ListRow[] {
  const targets = targetsIn(nominees);
  const rows: ListRow[] = [];
  const numbers = new Map<Target, number>();
  let currentTarget: Target | undefined;
  for (const g of groups(nominees)) {
    if (targets.length > 1 && g.target !== currentTarget) rows.push({ kind: 'title', text: sectionTitle(g.target, targets.indexOf(g.target)) });
    currentTarget = g.target;
    if (g.nhom) rows.push({ kind: 'title', text: groupTitle(g) });
    for (const nominee of g.members) {
      const number = (numbers.get(g.target) ?? 0) + 1;
      numbers.set(g.target, number);
      rows.push({ kind: 'entry', number, nominee });
    }
  }
  return rows;
}

/** A nominee's value in a column: text, or the number of STT and tiền thưởng. */
function columnValue(key: ColumnKey, n: Nominee, number: number): string | number {
  if (key === 'stt') return number;
  if (key === 'ten') return n.ten;
  if (key === 'don_vi') return [n.chucVu, n.donVi].filter(Boolean).join(', ');
  if (key === 'danh_hieu') return n.awardName;
  return n.amount ?? 0;
}

/** The list as a table: its columns, title rows spanning them, nominee rows, and the total of tiền thưởng. */
function tableOf(list: NomineeList): TableBlock {
  const columns = listColumns(list);
  const span = columns.length;
  const rows: TableCell[][] = [columns.map((c) => cell(c.title))];
  const titleRows: number[] = [];
  for (const row of listRows(list.nominees)) {
    if (row.kind === 'title') titleRows.push(rows.push([cell(row.text, { colSpan: span, bold: true })]) - 1);
    else rows.push(columns.map((c) => tableCell(c.key, columnValue(c.key, row.nominee, row.number))));
  }
  if (list.withMoney) {
    titleRows.push(rows.length - 1);
    const total = list.nominees.reduce((sum, n) => sum + (n.amount ?? 0), 0);
    rows.push([cell('Tổng cộng', { colSpan: span - 1, bold: true, align: 'center' }), cell(formatNumber(total), { bold: true, align: 'right' })]);
  }
  return { kind: 'table', columnWidths: columns.map((c) => c.width), headerRows: 1, rows, rowsKeptWithNext: titleRows };
}

function tableCell(key: ColumnKey, value: string | number): TableCell {
  if (key === 'stt') return cell(String(value), { align: 'center' });
  if (key === 'tien_thuong') return cell(formatNumber(value as number), { align: 'right' });
  return cell(String(value));
}

/**
 * The danh sách as a spreadsheet (`--dinh-dang=xlsx`): the same columns, rows and total as the table of
 * the phụ lục, with numbers as numbers; the spreadsheet writer only lays them out.
 */
export function nomineeSheet(list: NomineeList, summary: ListSummary, appendix: Appendix, agency: string): NomineeSheet {
  const columns = listColumns(list);
  const rows = listRows(list.nominees).map((row): NomineeSheetRow =>
    row.kind === 'title' ? { kind: 'title', text: row.text } : { kind: 'entry', cells: columns.map((c) => columnValue(c.key, row.nominee, row.number)) },
  );
  return {
    agency,
    title: appendix.title,
    attachedTo: appendix.attachedTo ?? '',
    columns: columns.map((c) => ({ title: c.title, width: c.width, kind: c.key === 'stt' ? 'number' : c.key === 'tien_thuong' ? 'money' : 'text' })),
    rows,
    ...(summary.tong_tien === null ? {} : { total: summary.tong_tien }),
    countLine: `(Danh sách ấn định ${summary.so_luong})`,
  };
}

function nameTitle(targets: Target[]): string {
  if (targets.length > 1) return 'Tên tập thể, họ và tên cá nhân';
  return targets[0] === 'ca_nhan' ? 'Họ và tên' : 'Tên tập thể';
}

function moneyInWordsBlock(summary: ListSummary): Block[] {
  if (summary.tong_tien_chu === null) return [];
  return [{ kind: 'paragraph', style: 'Than', runs: [{ text: 'Bằng chữ: ', bold: true }, { text: `${summary.tong_tien_chu}.`, italic: true }] }];
}

/** The total in words stays on the page of the table's last row. */
function keepTableWithTotal(blocks: Block[]): Block[] {
  const [table, ...rest] = blocks;
  return rest.length > 0 && table.kind === 'table' ? [{ ...table, keepWithNext: true }, ...rest] : blocks;
}
