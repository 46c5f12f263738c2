/**
 * The legal basis of the eligibility rules (data/_chung/tieu-chuan.yaml): for each rule, its source
 * (văn bản, điều, khoản), the criterion in short, its number where it has one (a share, a count of
 * consecutive years), dated, and whether it has been checked against the original text.
 */
import { checkEntry, type FieldSpec } from './fields.ts';
import type { LawText } from './law-data.ts';
import { YamlSource } from './yaml-source.ts';

export const ELIGIBILITY_FILE = 'tieu-chuan.yaml';

export interface Criterion {
  /** The id of the rule it grounds: `cstdcs-can-lao-dong-tien-tien`. */
  ma: string;
  tu_ngay: string;
  can_cu: string;
  dieu_khoan?: string;
  noi_dung: string;
  /** A share in percent (`15` for “không quá 15%”). */
  ty_le?: number;
  /** A number of consecutive years. */
  so_lan?: number;
  da_xac_nhan: boolean;
  ghi_chu?: string;
  file: string;
  line: number;
}

export interface EligibilityLaw {
  file: string;
  criteria: Criterion[];
  /** The criterion of rule `ma` in force on `date` (YYYY-MM-DD), if any. */
  criterionOn(ma: string, date: string): Criterion | undefined;
}

const FIELDS: Record<string, FieldSpec> = {
  ma: { kind: 'text', required: true },
  tu_ngay: { kind: 'date', required: true },
  can_cu: { kind: 'text', required: true },
  dieu_khoan: { kind: 'text', required: false },
  noi_dung: { kind: 'text', required: true },
  ty_le: { kind: 'percent', required: false },
  so_lan: { kind: 'amount', required: false },
  da_xac_nhan: { kind: 'bool', required: true },
  ghi_chu: { kind: 'text', required: false },
};

/** Throws a LawDataError (file, line, field) for a faulty file. */
export function parseEligibilityLaw(text: LawText): EligibilityLaw {
  const source = new YamlSource(text.path, text.text);
  const list = (source.data as { tieu_chuan?: unknown } | null)?.tieu_chuan;
  if (!Array.isArray(list) || list.length === 0) throw source.error(['tieu_chuan'], 'cần mục tieu_chuan: một danh sách (mỗi mục bắt đầu bằng "- ") có ít nhất một mục.');
  const seen = new Set<string>();
  const criteria = list.map((item, i) => {
    const entry = { ...checkEntry(source, ['tieu_chuan', i], item, FIELDS), file: text.path, line: source.lineOf(['tieu_chuan', i]) } as Criterion;
    const id = `${entry.ma}|${entry.tu_ngay}`;
    if (seen.has(id)) throw source.error(['tieu_chuan', i, 'tu_ngay'], `mã ${entry.ma} đã có một mục từ ngày ${entry.tu_ngay}.`);
    seen.add(id);
    if (!entry.da_xac_nhan && !entry.ghi_chu) throw source.error(['tieu_chuan', i, 'ghi_chu'], 'căn cứ chưa xác nhận (da_xac_nhan: false) phải có ghi_chu giải thích.');
    return entry;
  });
  return {
    file: text.path,
    criteria,
    criterionOn: (ma, date) =>
      criteria.filter((c) => c.ma === ma && c.tu_ngay <= date).reduce<Criterion | undefined>((latest, c) => (!latest || c.tu_ngay > latest.tu_ngay ? c : latest), undefined),
  };
}
