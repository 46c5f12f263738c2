/**
 * checkEligibility: the eligibility rules over a batch of nominations, each finding at its record's place
 * with the rule's legal basis (and, where that basis is not confirmed, a sentence saying so). The batch
 * sets each rule's severity: `loi`, `canh_bao` or `tat` (off).
 */
import type { Problem, Severity } from '../../core/errors.ts';
import { nearest } from '../../core/nearest.ts';
import type { Criterion, EligibilityLaw } from '../../law/eligibility.ts';
import { countOf, type ConfiguredSeverity, type EligibilityRule, type Finding, type Nominee, type PlacedRecord } from './rules/rule.ts';
import { cstdcsCanLaoDongTienTien } from './rules/cstdcs-can-lao-dong-tien-tien.ts';
import { cstdcsTyLe } from './rules/cstdcs-ty-le.ts';
import { cstdTinhBaNamCstdcs } from './rules/cstd-tinh-ba-nam-cstdcs.ts';
import { bangKhenHaiNamCstdcs } from './rules/bang-khen-hai-nam-cstdcs.ts';
import { tapTheTyLeLaoDongTienTien } from './rules/tap-the-ty-le-lao-dong-tien-tien.ts';
import { tapTheXuatSacCoCstdcs } from './rules/tap-the-xuat-sac-co-cstdcs.ts';

export type { NomineeRecord, PlacedRecord, RecordPlace, HistoryEntry, ConfiguredSeverity, EligibilityRule } from './rules/rule.ts';

export const ELIGIBILITY_RULES: EligibilityRule[] = [cstdcsCanLaoDongTienTien, cstdcsTyLe, cstdTinhBaNamCstdcs, bangKhenHaiNamCstdcs, tapTheTyLeLaoDongTienTien, tapTheXuatSacCoCstdcs];

export interface EligibilityConfig {
  /** The award year of records that do not give their own `nam`. */
  nam?: number | string;
  /** The date (YYYY-MM-DD) the law is taken on; by default 31 December of the latest award year. */
  ngay?: string;
  /** Severity per rule id: `loi`, `canh_bao`, or `tat` to switch the rule off. */
  muc_do?: Record<string, string>;
  /** The batch file: where problems about the whole list, and about `muc_do`, are reported. */
  file?: string;
  /** The catalogue code of an award written in a history row as staff write it; undefined leaves it as written. */
  awardCode?: (written: string) => string | undefined;
}

const SEVERITIES: Record<Exclude<ConfiguredSeverity, 'tat'>, Severity> = { loi: 'loi', canh_bao: 'canh-bao' };

export function checkEligibility(records: PlacedRecord[], law: EligibilityLaw, config: EligibilityConfig = {}, rules: EligibilityRule[] = ELIGIBILITY_RULES): Problem[] {
  const file = config.file ?? records[0]?.place.file ?? law.file;
  const { severities, problems } = configuredSeverities(rules, config.muc_do ?? {}, file);
  const nominees = readNominees(records, config);
  const lastYear = Math.max(0, ...nominees.map((n) => n.year ?? 0));
  const date = config.ngay ?? (lastYear > 0 ? `${lastYear}-12-31` : '9999-12-31');
  for (const rule of rules) {
    const severity = severities.get(rule.id) ?? rule.severity;
    if (severity === 'tat') continue;
    const criterion = law.criterionOn(rule.id, date);
    if (!criterion) {
      problems.push({ severity: 'canh-bao', rule: rule.id, file: law.file, message: `không có căn cứ của quy tắc "${rule.id}" áp dụng vào ngày ${date} (mục ma: ${rule.id} trong tệp ${law.file}), nên quy tắc này không được kiểm tra. Thêm mục đó vào tệp, hoặc tắt quy tắc (muc_do: { ${rule.id}: tat }).` });
      continue;
    }
    for (const finding of rule.check(nominees, criterion)) problems.push(problem(finding, rule, SEVERITIES[severity], criterion, records, file));
  }
  return problems;
}

function problem(finding: Finding, rule: EligibilityRule, severity: Severity, c: Criterion, records: PlacedRecord[], file: string): Problem {
  const place = finding.record === undefined ? { file } : records[finding.record].place;
  const basis = ` Căn cứ: ${c.dieu_khoan ? `${c.dieu_khoan} ` : ''}${c.can_cu}.`;
  const unconfirmed = c.da_xac_nhan ? '' : ` Căn cứ này chưa được xác nhận (tệp ${c.file}, dòng ${c.line}: da_xac_nhan: false): đối chiếu văn bản gốc trước khi dựa vào kết quả kiểm tra.`;
  return { severity, rule: rule.id, file: place.file, line: place.line, cell: place.cell, message: `${finding.message}${basis}${unconfirmed}` };
}

function configuredSeverities(rules: EligibilityRule[], configured: Record<string, string>, file: string) {
  const ids = rules.map((r) => r.id);
  const severities = new Map<string, ConfiguredSeverity>();
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(configured)) {
    if (!ids.includes(id)) {
      const near = nearest(id, ids);
      problems.push({ severity: 'canh-bao', file, field: `muc_do.${id}`, message: `không có quy tắc kiểm tra "${id}", nên dòng này không đổi quy tắc nào.${near ? ` Có phải "${near}"?` : ''} Các mã có: ${ids.join(', ')}.` });
    } else if (value === 'loi' || value === 'canh_bao' || value === 'tat') {
      severities.set(id, value);
    } else {
      problems.push({ severity: 'loi', file, field: `muc_do.${id}`, message: `mức "${value}" không hợp lệ; ghi loi (lỗi), canh_bao (cảnh báo) hoặc tat (tắt quy tắc).` });
    }
  }
  return { severities, problems };
}

const personName = (r: PlacedRecord['data']): string => String(r.ho_ten ?? r.ten ?? '').normalize('NFC').trim();
const sameKey = (a: unknown, b: unknown) => a === undefined || b === undefined || String(a).trim() === String(b).trim();

/** The records as the rules read them: one person's awards, from the history and the list, merged by year. */
function readNominees(records: PlacedRecord[], config: EligibilityConfig): Nominee[] {
  const code = (written: string) => config.awardCode?.(written) ?? written;
  const nominees: Nominee[] = records.map(({ data }, index) => ({
    index,
    name: personName(data),
    award: data.danh_hieu,
    year: countOf(data.nam ?? config.nam),
    person: index,
    held: new Map(),
    data,
  }));
  const add = (n: Nominee, year: number | undefined, award: string | undefined) => {
    if (year === undefined || !award) return;
    if (!n.held.has(year)) n.held.set(year, new Set());
    n.held.get(year)!.add(code(award));
  };
  for (const n of nominees) {
    for (const h of n.data.lich_su_khen_thuong ?? []) {
      add(n, countOf(h.nam), h.danh_hieu);
      add(n, countOf(h.nam), h.hinh_thuc);
    }
  }
  // The other records of the same person (same name; same birth date and unit where both give them).
  const byName = new Map<string, Nominee[]>();
  for (const n of nominees) {
    const key = n.name.toLocaleLowerCase('vi');
    byName.set(key, [...(byName.get(key) ?? []), n]);
  }
  for (const n of nominees) {
    const same = byName.get(n.name.toLocaleLowerCase('vi'))!.filter((o) => sameKey(n.data.ngay_sinh, o.data.ngay_sinh) && sameKey(n.data.don_vi, o.data.don_vi));
    n.person = same[0].index;
    for (const other of same) add(n, other.year, other.award);
  }
  return nominees;
}
