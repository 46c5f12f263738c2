/**
 * The checks a batch's rows pass before anything is generated, all rows together, each fault at its
 * cell: a required cell empty, an award not in the catalogue (with the nearest one), a đối tượng or giới
 * tính not understood, a date that does not exist (31/02), the same person twice, a quota of the batch
 * exceeded. A row whose "Ghi chú" starts with `#` is left out, unchecked. Pure: no file system.
 */
import type { Problem } from '../core/errors.ts';
import { isRealDate } from '../core/dates.ts';
import { problemAt, type SheetRecord } from '../core/records.ts';
import { genderOf, nameKey, targetOf, type Target } from '../law/award-names.ts';
import type { Award, LawData } from '../law/law-data.ts';
import { voteResult } from '../law/votes.ts';

/** A row that passed the checks, with its award found in the catalogue. */
export interface CheckedRow {
  record: SheetRecord;
  award: Award;
  target: Target;
  /** Unit the row belongs to (its đơn vị; a collective without one: itself), for quotas and names. */
  unit: string;
  /** The council voted and the row did not reach its award's threshold. */
  failedVote?: boolean;
}

export interface RowRules {
  law: LawData;
  /** The batch's date (YYYY-MM-DD): the catalogue as in force then. */
  date: string;
  /** A báo cáo thành tích is made per row: its cells must be there. */
  reports?: { defaults: Record<string, unknown> };
  /** Members of the council, when the batch has one (votes are counted against it). */
  members?: number;
  quotas: { perUnit?: number; perAward: { award: Award; max: number }[] };
  /** Text of a row's thành tích file, or why it could not be read, by reference as written. */
  achievements: Record<string, { text: string } | { error: string }>;
}

export interface RowCheck {
  rows: CheckedRow[];
  /** Problems, row by row; errors leave their row out. */
  problems: Problem[];
  /** Rows kept out by a `#` in "Ghi chú". */
  skipped: number;
}

const SKIP_HINT = 'ghi "#" ở đầu ô "Ghi chú" của dòng thừa để bỏ qua nó';

export function checkRows(records: SheetRecord[], rules: RowRules): RowCheck {
  const problems: Problem[] = [];
  const rows: CheckedRow[] = [];
  // The rows kept so far by name: a row is compared with those of its name only, not with every row.
  const byName = new Map<string, CheckedRow[]>();
  let skipped = 0;
  for (const record of records) {
    if (record.values.ghi_chu?.startsWith('#')) {
      skipped++;
      continue;
    }
    const faults: Problem[] = [];
    const row = checkRow(record, rules, faults, problems);
    const name = personKey(record.values.ten);
    const duplicate = row && byName.get(name)?.find((earlier) => samePerson(earlier.record, record));
    if (row && duplicate) faults.push(problemAt(record.place('ten'), 'loi', duplicateMessage(duplicate.record, record)));
    problems.push(...faults);
    if (row && faults.length === 0) {
      rows.push(row);
      byName.set(name, [...(byName.get(name) ?? []), row]);
    }
  }
  const overQuota = quotaProblems(rows, rules.quotas);
  problems.push(...overQuota.problems);
  return { rows: rows.filter((r) => !overQuota.rows.has(r)), problems: sortByRow(problems), skipped };
}

/** Problems in the order of the rows, a row's in the order of its columns (a stable sort keeps the rest). */
const sortByRow = (problems: Problem[]): Problem[] => [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

function checkRow(record: SheetRecord, rules: RowRules, faults: Problem[], warnings: Problem[]): CheckedRow | undefined {
  const v = record.values;
  const error = (key: string, message: string) => faults.push(problemAt(record.place(key), 'loi', message));
  if (!v.ten) error('ten', 'ô trống. Ghi họ và tên cá nhân hoặc tên tập thể, hoặc xóa cả dòng.');
  let target: Target | undefined;
  if (v.doi_tuong) {
    target = targetOf(v.doi_tuong);
    if (!target) error('doi_tuong', `đối tượng "${v.doi_tuong}" không rõ. Ghi "cá nhân" hoặc "tập thể".`);
  } else if (v.chuc_vu || v.ngay_sinh || v.gioi_tinh) target = 'ca_nhan';
  else if (v.dac_diem || v.dia_chi || v.nam_thanh_lap) target = 'tap_the';
  else if (v.don_vi) target = 'ca_nhan';
  let award: Award | undefined;
  if (!v.danh_hieu) error('danh_hieu', 'ô trống. Ghi danh hiệu đề nghị: tên ("Chiến sĩ thi đua cơ sở"), viết tắt ("CSTĐCS") hoặc mã trong data/_chung/danh-hieu.yaml.');
  else {
    try {
      award = rules.law.award(v.danh_hieu, rules.date, target);
    } catch (e) {
      error('danh_hieu', (e as Error).message);
    }
  }
  const collective = (award?.doi_tuong ?? target) === 'tap_the';
  if (v.ngay_sinh) {
    const fault = birthDateFault(v.ngay_sinh);
    if (fault) error('ngay_sinh', fault);
  }
  if (v.gioi_tinh && !genderOf(v.gioi_tinh)) error('gioi_tinh', `giới tính "${v.gioi_tinh}" không rõ. Ghi "Nam" hoặc "Nữ".`);
  if (!collective && !v.don_vi) error('don_vi', 'ô trống. Ghi đơn vị công tác của cá nhân (in ở đầu báo cáo thành tích và dùng để tính hạn mức).');
  if (rules.reports) reportCells(record, collective, rules, error);
  let failedVote: boolean | undefined;
  if (v.so_phieu) {
    const votes = /^\d+$/.test(v.so_phieu) ? Number(v.so_phieu) : NaN;
    if (rules.members === undefined) error('so_phieu', 'có số phiếu nhưng đợt không khai báo Hội đồng. Thêm "hoi_dong" (thành phần, tổng số thành viên) vào tệp đợt, hoặc xóa cột này.');
    else if (!Number.isInteger(votes) || votes > rules.members) error('so_phieu', `"${v.so_phieu}" không phải số phiếu. Ghi một số nguyên từ 0 đến ${rules.members} (tổng số thành viên Hội đồng).`);
    else if (award && award.nguong_bieu_quyet === undefined) error('so_phieu', `danh hiệu "${award.ten}" không xét bằng bỏ phiếu theo ngưỡng trong danh-hieu.yaml. Để trống ô này.`);
    else if (award && !voteResult(votes, rules.members, award.nguong_bieu_quyet!).passed) {
      failedVote = true;
      const message = `${votes}/${rules.members} phiếu đồng ý, không đạt ngưỡng ${award.nguong_bieu_quyet}% của "${award.ten}": có trong biên bản, không đưa vào tờ trình và quyết định.`;
      warnings.push(problemAt(record.place('so_phieu'), 'canh-bao', message));
    }
  }
  if (!award || faults.length > 0) return undefined;
  const unit = v.don_vi ?? v.ten;
  return { record, award, target: award.doi_tuong, unit, ...(failedVote ? { failedVote } : {}) };
}

/** The cells a báo cáo thành tích is made from: what it achieved, its tasks, who signs. */
function reportCells(record: SheetRecord, collective: boolean, rules: RowRules, error: (key: string, message: string) => void): void {
  const v = record.values;
  const { defaults } = rules.reports!;
  if (!v.thanh_tich && !v.tep_thanh_tich) error('thanh_tich', 'ô trống. Ghi thành tích đạt được (xuống dòng trong ô bằng Alt+Enter; dòng bắt đầu bằng "- " thành gạch đầu dòng), hoặc ghi tên tệp Markdown ở cột "Tệp thành tích".');
  if (v.tep_thanh_tich) {
    const read = rules.achievements[v.tep_thanh_tich];
    if (read && 'error' in read) error('tep_thanh_tich', read.error);
  }
  const taskKey = collective ? 'chuc_nang' : 'nhiem_vu';
  if (!v.nhiem_vu && defaults[taskKey] === undefined) error('nhiem_vu', `ô trống. Ghi ${collective ? 'chức năng, nhiệm vụ của tập thể' : 'quyền hạn, nhiệm vụ được giao'}, hoặc ghi chung cho mọi dòng ở "tao.bao_cao_thanh_tich.du_lieu.${taskKey}" của tệp đợt.`);
  if (collective && !v.dac_diem && defaults.dac_diem === undefined) error('dac_diem', 'ô trống. Ghi đặc điểm, tình hình của tập thể, hoặc ghi chung ở "tao.bao_cao_thanh_tich.du_lieu.dac_diem" của tệp đợt.');
  if (!v.thu_truong) error('thu_truong', `ô trống. Ghi họ tên thủ trưởng đơn vị (${collective ? 'ký báo cáo thành tích của tập thể' : 'ký xác nhận báo cáo thành tích'}).`);
}

/** Why a birth date cannot be, or nothing: `dd/mm/yyyy` (or a year alone) that exists. */
function birthDateFault(text: string): string | undefined {
  if (/^\d{4}$/.test(text)) return undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return `"${text}" không phải ngày. Ghi ngày sinh dạng ngày/tháng/năm, ví dụ 05/01/1985 (không rõ ngày: chỉ ghi năm, 1985).`;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `ngày "${text}" không có thật (không có tháng ${month}). Ghi ngày sinh dạng ngày/tháng/năm, ví dụ 05/01/1985.`;
  if (!isRealDate(year, month, day)) return `ngày "${text}" không có thật (tháng ${month} năm ${year} không có ngày ${day}). Sửa lại ngày sinh, dạng ngày/tháng/năm.`;
  return undefined;
}

const personKey = (text: string | undefined): string => (text ? nameKey(text) : '');

/** The same person: the same name, and the same ngày sinh or the same đơn vị. */
function samePerson(a: SheetRecord, b: SheetRecord): boolean {
  const [x, y] = [a.values, b.values];
  if (personKey(x.ten) !== personKey(y.ten)) return false;
  return (!!x.ngay_sinh && x.ngay_sinh === y.ngay_sinh) || (!!x.don_vi && personKey(x.don_vi) === personKey(y.don_vi));
}

function duplicateMessage(earlier: SheetRecord, row: SheetRecord): string {
  const same = earlier.values.ngay_sinh && earlier.values.ngay_sinh === row.values.ngay_sinh ? 'cùng họ tên và ngày sinh' : 'cùng tên và đơn vị';
  return `trùng với dòng ${earlier.line} (${same}): mỗi tập thể, cá nhân chỉ đề nghị một lần trong đợt. Xóa một trong hai dòng, hoặc ${SKIP_HINT} (ví dụ "# trùng dòng ${earlier.line}").`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** Rows beyond a quota, in row order: each an error at its cell, and left out. */
function quotaProblems(rows: CheckedRow[], quotas: RowRules['quotas']): { problems: Problem[]; rows: Set<CheckedRow> } {
  const problems: Problem[] = [];
  const over = new Set<CheckedRow>();
  const limit = (groups: Map<string, CheckedRow[]>, max: number, message: (first: CheckedRow[], row: CheckedRow) => string, key: string) => {
    for (const members of groups.values()) {
      for (const row of members.slice(max)) {
        over.add(row);
        problems.push(problemAt(row.record.place(key), 'loi', message(members.slice(0, max), row)));
      }
    }
  };
  const lines = (rs: CheckedRow[]) => rs.map((r) => r.record.line).join(', ');
  if (quotas.perUnit !== undefined) {
    const max = quotas.perUnit;
    limit(groupBy(rows, (r) => personKey(r.unit)), max, (first, row) =>
      `đơn vị "${row.unit}" đã có ${two(max)} tập thể, cá nhân được đề nghị (dòng ${lines(first)}); hạn mức của đợt là không quá ${two(max)} mỗi đơn vị ("han_muc.moi_don_vi"). Bỏ bớt dòng của đơn vị này (xóa, hoặc ${SKIP_HINT}), hoặc sửa hạn mức.`, 'don_vi');
  }
  for (const { award, max } of quotas.perAward) {
    const of = rows.filter((r) => r.award.ma === award.ma);
    limit(new Map([[award.ma, of]]), max, (first) =>
      `đã có ${two(max)} đề nghị "${award.ten}" (dòng ${lines(first)}); hạn mức của đợt là không quá ${two(max)} ("han_muc.theo_danh_hieu"). Bỏ bớt dòng (xóa, hoặc ${SKIP_HINT}), hoặc sửa hạn mức.`, 'danh_hieu');
  }
  return { problems, rows: over };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
