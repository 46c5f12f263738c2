/**
 * The eligibility rules (checks/eligibility, on data/_chung/tieu-chuan.yaml) over a batch's rows: each
 * row that passed the row checks is a record (its award's code, the award year), each finding at the
 * row's "Danh hiệu" cell. Every rule is a warning unless the batch's `dieu_kien.muc_do` says otherwise:
 * their legal bases are all unconfirmed (`da_xac_nhan: false`), and a warning tells without stopping. Pure.
 */
import type { Problem } from '../core/errors.ts';
import type { SourceFile } from '../core/source.ts';
import { checkEligibility, ELIGIBILITY_RULES, type PlacedRecord } from '../checks/eligibility/index.ts';
import type { EligibilityLaw } from '../law/eligibility.ts';
import type { CheckedRow } from './rows.ts';

type Raw = Record<string, unknown>;

/** The award year: `dieu_kien.nam`, else the last year written in the batch's `nam` (`năm học 2024 - 2025` → 2025), else the year of its date. */
export function awardYear(batch: Raw): number {
  const configured = (batch.dieu_kien as Raw | undefined)?.nam;
  if (typeof configured === 'number') return configured;
  const years = String(batch.nam ?? '').match(/\b\d{4}\b/g);
  return Number(years ? years.at(-1) : String(batch.ngay).slice(0, 4));
}

export function eligibilityProblems(rows: CheckedRow[], batch: SourceFile, law: EligibilityLaw): Problem[] {
  const raw = batch.data;
  const year = awardYear(raw);
  const records: PlacedRecord[] = rows.map((row) => ({
    data: { ...row.record.values, ho_ten: row.record.values.ten, danh_hieu: row.award.ma, nam: year },
    place: row.record.place('danh_hieu'),
  }));
  const configured = ((raw.dieu_kien as Raw | undefined)?.muc_do ?? {}) as Record<string, string>;
  const muc_do = { ...Object.fromEntries(ELIGIBILITY_RULES.map((r) => [r.id, 'canh_bao'])), ...configured };
  const problems = checkEligibility(records, law, { muc_do, file: batch.path, nam: year, ngay: String(raw.ngay) });
  return problems.map((p) => {
    // A finding about a row: at its "Danh hiệu" cell, with the column's header.
    const row = p.rule && p.line !== undefined ? rows.find((r) => r.record.line === p.line && r.record.place('danh_hieu').file === p.file) : undefined;
    if (row) return { ...p, header: row.record.place('danh_hieu').header };
    // A line of `muc_do`: at its line in the batch file.
    if (p.field?.startsWith('muc_do.')) {
      const path = ['dieu_kien', 'muc_do', p.field.slice('muc_do.'.length)];
      return { ...p, line: batch.lineOf(path), field: path.join('.') };
    }
    return p;
  });
}
