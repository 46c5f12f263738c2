// Kiểm tra dữ liệu luật có ngày hiệu lực: lương cơ sở, danh hiệu / hình thức khen thưởng (từ chữ đã đọc).
import { checkEntry, isIsoDate, isPlainObject, type FieldSpec, type RawEntry } from './fields.ts';
import { formatNumber, formatPercent, rewardAmount } from './money.ts';
import { YamlSource } from './yaml-source.ts';
import { ambiguousMessage, lookUp, unknownMessage, type Target } from './award-names.ts';

export { LawDataError } from './yaml-source.ts';

export const BASE_SALARY_FILE = 'luong-co-so.yaml';
export const AWARDS_FILE = 'danh-hieu.yaml';

interface Dated {
  tu_ngay: string;
  can_cu: string;
  da_xac_nhan: boolean;
  ghi_chu?: string;
  /** Dòng của mục trong tệp YAML. */
  line: number;
}

export interface BaseSalary extends Dated {
  muc: number;
}

export interface RewardRules extends Dated {
  lam_tron_len: number;
  he_so_ho_gia_dinh: string;
}

export interface Award extends Dated {
  ma: string;
  ten: string;
  loai: 'danh_hieu' | 'hinh_thuc';
  doi_tuong: 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';
  tham_quyen: string;
  /** Other names staff write for it (abbreviations, short forms): `CSTĐCS`, `Bằng khen Chủ tịch tỉnh`. */
  ten_goi_khac?: string[];
  /** Absent when no coefficient is known: the award can be proposed, but not paid by a document. */
  he_so?: string;
  nguong_bieu_quyet?: number;
  bieu_quyet_kin: boolean;
  nguong_da_xac_nhan: boolean;
}

/** A law value not confirmed against its legal source (`da_xac_nhan: false` or `nguong_da_xac_nhan: false`). */
export interface UnconfirmedValue {
  file: string;
  line: number;
  /** `lương cơ sở`, `hệ số tiền thưởng “Giấy khen” (cá nhân, mã giay_khen_ca_nhan)`. */
  what: string;
  /** `2.530.000 đồng/tháng`, `0,3 × lương cơ sở`. */
  value: string;
  /** The date the value applies from, `YYYY-MM-DD`. */
  tu_ngay: string;
  can_cu: string;
  /** The field that says the value is not confirmed. */
  flag: 'da_xac_nhan' | 'nguong_da_xac_nhan';
  note?: string;
}

/** A tiền thưởng and the unconfirmed law values it rests on. */
export interface Reward {
  amount: number;
  /** Of the lương cơ sở and the rounding rule: the same for every award on the date. */
  unconfirmedBase: UnconfirmedValue[];
  /** Of the award's coefficient. */
  unconfirmedCoefficient?: UnconfirmedValue;
}

/** The award in force has no `he_so`, so no tiền thưởng can be computed for it. */
export class MissingCoefficientError extends Error {}

export interface LawData {
  baseSalaries: BaseSalary[];
  rewardRules: RewardRules[];
  awards: Award[];
  baseSalaryOn(date: string): BaseSalary;
  rewardRulesOn(date: string): RewardRules;
  /**
   * Mục đang áp dụng vào `date`; không có `date` thì lấy mục mới nhất. `key` là mã, hoặc tên như cán bộ
   * viết (tên đầy đủ, tên gọi khác, viết tắt); `target` chọn giữa các mục cùng tên (cá nhân / tập thể).
   */
  award(key: string, date?: string, target?: Target): Award;
  /** Tiền thưởng (đồng) cho `key` theo lương cơ sở và quy tắc làm tròn áp dụng vào `date`. */
  rewardOn(key: string, date: string): number;
  /** Như rewardOn, kèm các giá trị chưa xác nhận đã dùng để tính. */
  reward(key: string, date: string): Reward;
  /** Ngưỡng biểu quyết chưa xác nhận của mục `award`, nếu có. */
  unconfirmedThreshold(award: Award): UnconfirmedValue | undefined;
  unconfirmedValues(): UnconfirmedValue[];
}

const DATED_FIELDS: Record<string, FieldSpec> = {
  tu_ngay: { kind: 'date', required: true },
  can_cu: { kind: 'text', required: true },
  da_xac_nhan: { kind: 'bool', required: true },
  ghi_chu: { kind: 'text', required: false },
};

const BASE_SALARY_FIELDS: Record<string, FieldSpec> = {
  ...DATED_FIELDS,
  muc: { kind: 'amount', required: true },
};

const REWARD_RULE_FIELDS: Record<string, FieldSpec> = {
  ...DATED_FIELDS,
  lam_tron_len: { kind: 'amount', required: true },
  he_so_ho_gia_dinh: { kind: 'decimal', required: true },
};

const AWARD_FIELDS: Record<string, FieldSpec> = {
  ma: { kind: 'code', required: true },
  ...DATED_FIELDS,
  ten: { kind: 'text', required: true },
  loai: { kind: ['danh_hieu', 'hinh_thuc'], required: true },
  doi_tuong: { kind: ['ca_nhan', 'tap_the', 'ho_gia_dinh'], required: true },
  tham_quyen: { kind: 'text', required: true },
  ten_goi_khac: { kind: 'texts', required: false },
  he_so: { kind: 'decimal', required: false },
  nguong_bieu_quyet: { kind: 'percent', required: false },
  bieu_quyet_kin: { kind: 'bool', required: false },
  nguong_da_xac_nhan: { kind: 'bool', required: false },
};

/** The text of a law data file and its path (for messages). */
export interface LawText {
  path: string;
  text: string;
}

/** What the law data files say, checked: plain data, which a run may keep for the next (see lawDataFrom). */
export type LawTables = Pick<LawData, 'baseSalaries' | 'rewardRules' | 'awards'>;

/** The law data of tables parsed and checked from the files at these paths (by parseLawData, in this run or an earlier one). */
export const lawDataFrom = (salaryPath: string, awardsPath: string, { baseSalaries, rewardRules, awards }: LawTables): LawData =>
  makeLawData(salaryPath, awardsPath, baseSalaries, rewardRules, awards);

export function parseLawData(salaryFile: LawText, awardsFile: LawText): LawData {
  const salarySource = new YamlSource(salaryFile.path, salaryFile.text);
  const awardSource = new YamlSource(awardsFile.path, awardsFile.text);
  const baseSalaries = readList<BaseSalary>(salarySource, [], BASE_SALARY_FIELDS);
  checkDatedEntries(salarySource, [], baseSalaries);
  requireTopLevelMap(awardSource, ['quy_tac_tien_thuong', 'danh_hieu']);
  const rewardRules = readList<RewardRules>(awardSource, ['quy_tac_tien_thuong'], REWARD_RULE_FIELDS);
  checkDatedEntries(awardSource, ['quy_tac_tien_thuong'], rewardRules);
  const awards = readList<Award>(awardSource, ['danh_hieu'], AWARD_FIELDS).map(withAwardDefaults);
  checkAwards(awardSource, awards);
  return makeLawData(salarySource.file, awardSource.file, baseSalaries, rewardRules, awards);
}

function makeLawData(
  salaryFile: string,
  awardFile: string,
  baseSalaries: BaseSalary[],
  rewardRules: RewardRules[],
  awards: Award[],
): LawData {
  const data: LawData = {
    baseSalaries,
    rewardRules,
    awards,
    baseSalaryOn: (date) => inForce(baseSalaries, date, `mức lương cơ sở (tệp ${salaryFile})`),
    rewardRulesOn: (date) => inForce(rewardRules, date, `quy tắc tính tiền thưởng (tệp ${awardFile})`),
    award: (key, date, target) => findAward(awards, key, date, awardFile, target),
    rewardOn: (key, date) => data.reward(key, date).amount,
    reward: (key, date) => {
      const award = data.award(key, date);
      if (award.he_so === undefined) throw new MissingCoefficientError(missingCoefficient(awardFile, award));
      const salary = data.baseSalaryOn(date);
      const rules = data.rewardRulesOn(date);
      return {
        amount: rewardAmount(award.he_so, salary.muc, rules.lam_tron_len),
        unconfirmedBase: [
          ...(salary.da_xac_nhan ? [] : [unconfirmedSalary(salaryFile, salary)]),
          ...(rules.da_xac_nhan ? [] : [unconfirmedRules(awardFile, rules)]),
        ],
        unconfirmedCoefficient: award.da_xac_nhan ? undefined : unconfirmedCoefficient(awardFile, award),
      };
    },
    unconfirmedThreshold: (award) => (award.nguong_da_xac_nhan ? undefined : unconfirmedThreshold(awardFile, award)),
    unconfirmedValues: () => [
      ...baseSalaries.filter((s) => !s.da_xac_nhan).map((s) => unconfirmedSalary(salaryFile, s)),
      ...rewardRules.filter((r) => !r.da_xac_nhan).map((r) => unconfirmedRules(awardFile, r)),
      ...awards.filter((a) => !a.da_xac_nhan).map((a) => unconfirmedCoefficient(awardFile, a)),
      ...awards.filter((a) => !a.nguong_da_xac_nhan).map((a) => unconfirmedThreshold(awardFile, a)),
    ],
  };
  return data;
}

function missingCoefficient(file: string, award: Award): string {
  return `“${award.ten}” (${TARGET_NAMES[award.doi_tuong]}, mã ${award.ma}) chưa có hệ số tiền thưởng: mục ở tệp ${file}, dòng ${award.line} không có trường he_so.`;
}

function requireTopLevelMap(source: YamlSource, keys: string[]): void {
  if (!isPlainObject(source.data)) {
    throw source.error([], `tệp phải gồm các mục ${keys.join(', ')}.`);
  }
  for (const name of Object.keys(source.data)) {
    if (!keys.includes(name)) throw source.error([name], `mục không được biết; các mục hợp lệ: ${keys.join(', ')}.`);
  }
}

/** Đọc danh sách ở `path`, kiểm tra từng mục theo `specs` (kiểu T được bảo đảm bởi `specs`). */
function readList<T>(source: YamlSource, path: string[], specs: Record<string, FieldSpec>): T[] {
  const list = path.reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), source.data);
  if (!Array.isArray(list) || list.length === 0) {
    throw source.error(path, 'cần một danh sách (mỗi mục bắt đầu bằng "- ") có ít nhất một mục.');
  }
  return list.map((item, index) => {
    const entry: RawEntry = { ...checkEntry(source, [...path, index], item, specs), line: source.lineOf([...path, index]) };
    return entry as T;
  });
}

function withAwardDefaults(award: Award): Award {
  return { ...award, bieu_quyet_kin: award.bieu_quyet_kin ?? false, nguong_da_xac_nhan: award.nguong_da_xac_nhan ?? true };
}

function checkDatedEntries(source: YamlSource, path: string[], entries: Dated[], group = (_entry: Dated) => ''): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id = `${group(entry)}|${entry.tu_ngay}`;
    if (seen.has(id)) throw source.error([...path, index, 'tu_ngay'], `ngày ${entry.tu_ngay} bị trùng với một mục khác.`);
    seen.add(id);
  });
  entries.forEach((entry, index) => {
    if (!entry.da_xac_nhan && !entry.ghi_chu) {
      throw source.error([...path, index, 'ghi_chu'], 'giá trị chưa xác nhận (da_xac_nhan: false) phải có ghi_chu giải thích.');
    }
  });
}

function checkAwards(source: YamlSource, awards: Award[]): void {
  checkDatedEntries(source, ['danh_hieu'], awards, (entry) => (entry as Award).ma);
  awards.forEach((award, index) => {
    if (!award.nguong_da_xac_nhan && award.nguong_bieu_quyet === undefined) {
      throw source.error(['danh_hieu', index, 'nguong_da_xac_nhan'], 'chỉ dùng khi mục có nguong_bieu_quyet.');
    }
    if (!award.nguong_da_xac_nhan && !award.ghi_chu) {
      throw source.error(['danh_hieu', index, 'ghi_chu'], 'ngưỡng chưa xác nhận (nguong_da_xac_nhan: false) phải có ghi_chu giải thích.');
    }
  });
}

function inForce<T extends Dated>(entries: T[], date: string, what: string): T {
  requireDate(date);
  const candidates = entries.filter((entry) => entry.tu_ngay <= date);
  if (candidates.length === 0) {
    const earliest = entries.map((entry) => entry.tu_ngay).sort()[0];
    throw new Error(
      `Không có ${what} áp dụng vào ngày ${displayDate(date)}; mục sớm nhất có hiệu lực từ ngày ${displayDate(earliest)}. Hãy bổ sung mục có tu_ngay không muộn hơn ngày này.`,
    );
  }
  return candidates.reduce((latest, entry) => (entry.tu_ngay > latest.tu_ngay ? entry : latest));
}

function findAward(awards: Award[], key: string, date: string | undefined, file: string, target?: Target): Award {
  const code = awards.some((award) => award.ma === key) ? key : codeOf(awards, key, file, target);
  const entries = awards.filter((award) => award.ma === code);
  return inForce(entries, date ?? '9999-12-31', `danh hiệu "${code}"`);
}

/** The code of an award written by name; throws the short message for an unknown or ambiguous name. */
function codeOf(awards: Award[], written: string, file: string, target?: Target): string {
  const found = lookUp(awards, written, target);
  if (found.kind === 'found') return found.award.ma;
  if (found.kind === 'ambiguous') throw new Error(ambiguousMessage(written, found.candidates));
  throw new Error(unknownMessage(written, file, found.suggestion));
}

function requireDate(date: string): void {
  if (!isIsoDate(date)) throw new Error(`Ngày "${date}" không hợp lệ: cần dạng NĂM-THÁNG-NGÀY, ví dụ 2024-07-01.`);
}

/** '2026-07-01' → '01/07/2026'. */
function displayDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

const unconfirmed = (file: string, entry: Dated, what: string, value: string, flag: UnconfirmedValue['flag'] = 'da_xac_nhan'): UnconfirmedValue => ({
  file,
  line: entry.line,
  what,
  value,
  tu_ngay: entry.tu_ngay,
  can_cu: entry.can_cu,
  flag,
  note: entry.ghi_chu,
});

const unconfirmedSalary = (file: string, salary: BaseSalary): UnconfirmedValue =>
  unconfirmed(file, salary, 'lương cơ sở', `${formatNumber(salary.muc)} đồng/tháng`);

const unconfirmedRules = (file: string, rules: RewardRules): UnconfirmedValue =>
  unconfirmed(file, rules, 'quy tắc tính tiền thưởng', `làm tròn lên ${formatNumber(rules.lam_tron_len)} đồng; hộ gia đình × ${rules.he_so_ho_gia_dinh}`);

const unconfirmedCoefficient = (file: string, award: Award): UnconfirmedValue =>
  unconfirmed(
    file,
    award,
    `hệ số tiền thưởng “${award.ten}” (${TARGET_NAMES[award.doi_tuong]}, mã ${award.ma})`,
    award.he_so === undefined ? 'chưa ghi' : `${award.he_so} × lương cơ sở`,
  );

const unconfirmedThreshold = (file: string, award: Award): UnconfirmedValue =>
  unconfirmed(
    file,
    award,
    `ngưỡng biểu quyết “${award.ten}” (mã ${award.ma})`,
    `${formatPercent(award.nguong_bieu_quyet ?? 0)} tổng số thành viên Hội đồng`,
    'nguong_da_xac_nhan',
  );

const TARGET_NAMES: Record<Award['doi_tuong'], string> = {
  ca_nhan: 'cá nhân',
  tap_the: 'tập thể',
  ho_gia_dinh: 'hộ gia đình',
};

