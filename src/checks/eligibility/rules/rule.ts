/**
 * Eligibility rules over a batch of nominations, in the manner of the document check rules: an id, a
 * default severity, a description, a check. Each rule rests on a criterion of the law data
 * (data/_chung/tieu-chuan.yaml, same id) and only decides what the data can decide.
 */
import type { Criterion } from '../../../law/eligibility.ts';

/** Where a record is: its file, and its line (YAML, CSV) or cell (`Sheet1!A12`). */
export interface RecordPlace {
  file: string;
  line?: number;
  cell?: string;
}

export interface HistoryEntry {
  nam?: string | number;
  danh_hieu?: string;
  hinh_thuc?: string;
  so_quyet_dinh?: string;
  ngay?: string;
  co_quan?: string;
}

/** A nomination as the batch gives it (keys without diacritics); `danh_hieu` is a catalogue code. */
export interface NomineeRecord {
  ho_ten?: string;
  ten?: string;
  ngay_sinh?: string;
  don_vi?: string;
  danh_hieu: string;
  nam?: string | number;
  lich_su_khen_thuong?: HistoryEntry[];
  /** A collective's members, and how many of them are Lao động tiên tiến, Chiến sĩ thi đua cơ sở. */
  so_thanh_vien?: string | number;
  so_lao_dong_tien_tien?: string | number;
  so_chien_si_thi_dua_co_so?: string | number;
  [field: string]: unknown;
}

export interface PlacedRecord {
  data: NomineeRecord;
  place: RecordPlace;
}

/** A record as the rules read it. */
export interface Nominee {
  index: number;
  /** The index of the first record of the same person (records of one person share it). */
  person: number;
  name: string;
  award: string;
  year: number | undefined;
  /** Awards the person holds or is proposed for, by year: from the history and from the other records of the list. */
  held: Map<number, Set<string>>;
  data: NomineeRecord;
}

export interface Finding {
  /** The record the finding is about; a finding about the whole list has none. */
  record?: number;
  message: string;
}

export type ConfiguredSeverity = 'loi' | 'canh_bao' | 'tat';

export interface EligibilityRule {
  id: string;
  severity: Exclude<ConfiguredSeverity, 'tat'>;
  description: string;
  check(nominees: Nominee[], criterion: Criterion): Finding[];
}

export const AWARD = {
  ldtt: 'lao_dong_tien_tien',
  cstdcs: 'chien_si_thi_dua_co_so',
  cstdTinh: 'chien_si_thi_dua_cap_tinh',
  bangKhen: 'bang_khen_chu_tich_tinh_ca_nhan',
  ttLdtt: 'tap_the_lao_dong_tien_tien',
  ttLdxs: 'tap_the_lao_dong_xuat_sac',
} as const;

/** Consecutive years, ending with `last`, in which the nominee holds `award`. */
export function consecutiveYears(n: Nominee, award: string, last: number): number {
  let count = 0;
  while (n.held.get(last - count)?.has(award)) count++;
  return count;
}

/** A count written in the data (`'12'`, 12), or undefined when absent or not a whole number. */
export function countOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}
