/** The agency registry (data/_chung/co-quan.yaml): documents name their agency by key. */
import { DocumentError } from '../core/errors.ts';
import type { SourceFile } from '../core/source.ts';
import { lines, upper } from '../core/text.ts';
import { REGISTRY_SCHEMA } from '../schema/data-schema.ts';
import { validateAgainstSchema } from '../schema/validate.ts';

export interface Agency {
  key: string;
  chuQuan: string[];
  ten: string[];
  /** Name used in running text, e.g. `Ủy ban nhân dân tỉnh Cao Bằng`. */
  tenDayDu: string;
  vietTat: string;
  diaDanh: string;
  donViLuu: string[];
  signers: Record<string, { hoTen: string; chucVu: string }>;
  groups: Record<string, string[]>;
}

export interface Registry {
  path?: string;
  agencies: Map<string, Agency>;
}

export const REGISTRY_FILE = '_chung/co-quan.yaml';

export function agencyFromRaw(key: string, raw: Record<string, unknown>): Agency {
  const ten = lines(raw.ten);
  const signers = (raw.nguoi_ky ?? {}) as Record<string, { ho_ten: string; chuc_vu: string }>;
  return {
    key,
    chuQuan: lines(raw.chu_quan).map(upper),
    ten: ten.map(upper),
    tenDayDu: typeof raw.ten_day_du === 'string' ? raw.ten_day_du : ten.join(' '),
    vietTat: String(raw.viet_tat ?? ''),
    diaDanh: String(raw.dia_danh ?? ''),
    donViLuu: lines(raw.don_vi_luu),
    signers: Object.fromEntries(Object.entries(signers).map(([k, s]) => [k, { hoTen: s.ho_ten, chucVu: upper(s.chuc_vu) }])),
    groups: (raw.nhom_noi_nhan ?? {}) as Record<string, string[]>,
  };
}

/** The registry of a parsed registry file; a problem in it throws a DocumentError naming its lines. */
export function parseRegistry(source: SourceFile): Registry {
  const { path } = source;
  const problems = validateAgainstSchema(source.data, REGISTRY_SCHEMA, source);
  if (problems.length > 0) throw new DocumentError(problems);
  const agencies = new Map(Object.entries(source.data).map(([key, raw]) => [key, agencyFromRaw(key, raw as Record<string, unknown>)]));
  return { path, agencies };
}
