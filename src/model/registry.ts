/**
 * The agency registry (data/_chung/co-quan.yaml): documents name their agency by key. Signers and the
 * agency's names may carry dates (a list of periods, `lich_su`): a document takes those of its own date,
 * so that a change from a date on leaves the documents dated before it as they were.
 */
import { DocumentError, fieldPath, type Problem } from '../core/errors.ts';
import { boundsOf, checkPeriods, covers, type Bounds, type RawPeriod } from '../core/periods.ts';
import type { Path, SourceFile } from '../core/source.ts';
import { lines, upper } from '../core/text.ts';
import { REGISTRY_SCHEMA } from '../schema/data-schema.ts';
import { validateAgainstSchema } from '../schema/validate.ts';

/** What `lich_su` may change from a date on. */
export interface AgencyNames {
  chuQuan: string[];
  ten: string[];
  /** Name used in running text, e.g. `Ủy ban nhân dân tỉnh Cao Bằng`. */
  tenDayDu: string;
  vietTat: string;
  diaDanh: string;
  donViLuu: string[];
}

export interface SignerPeriod extends Bounds {
  hoTen: string;
  chucVu: string;
}

export interface DatedSigner {
  periods: SignerPeriod[];
  /** Where it is declared, for messages: `data/_chung/co-quan.yaml, dòng 12`. */
  where: string;
}

export interface Agency extends AgencyNames {
  key: string;
  signers: Record<string, DatedSigner>;
  groups: Record<string, string[]>;
  /** Earlier (or later) names, each with its period; outside them the names above apply. */
  history: (Bounds & { names: AgencyNames })[];
}

export interface Registry {
  path?: string;
  agencies: Map<string, Agency>;
}

export const REGISTRY_FILE = '_chung/co-quan.yaml';

type Raw = Record<string, unknown>;

/** Lines of the file that declares an agency, and where in it. */
export interface Declared {
  source: Pick<SourceFile, 'path' | 'lineOf'>;
  path: Path;
}

function namesOf(raw: Raw): AgencyNames {
  const ten = lines(raw.ten);
  return {
    chuQuan: lines(raw.chu_quan).map(upper),
    ten: ten.map(upper),
    tenDayDu: typeof raw.ten_day_du === 'string' ? raw.ten_day_du : ten.join(' '),
    vietTat: String(raw.viet_tat ?? ''),
    diaDanh: String(raw.dia_danh ?? ''),
    donViLuu: lines(raw.don_vi_luu),
  };
}

/** A signer as written: one `{ ho_ten, chuc_vu }`, or a list of them with their periods. */
const signerPeriodsRaw = (raw: unknown): Raw[] => (Array.isArray(raw) ? raw : [raw]) as Raw[];

const periodsRaw = (raw: Raw): Raw[] => (Array.isArray(raw.lich_su) ? raw.lich_su : []) as Raw[];

/** The agency as declared (schema-valid, periods checked with `checkAgency`), its dated values not yet chosen. */
export function agencyFromRaw(key: string, raw: Raw, at?: Declared): Agency {
  const signers = (raw.nguoi_ky ?? {}) as Raw;
  const where = (path: Path) => (at ? `${at.source.path}, dòng ${at.source.lineOf([...at.path, ...path])}` : '');
  return {
    key,
    ...namesOf(raw),
    signers: Object.fromEntries(
      Object.entries(signers).map(([code, value]) => {
        const list = signerPeriodsRaw(value);
        const bounds = boundsOf(list as RawPeriod[]);
        const periods = list.map((s, i) => ({ hoTen: s.ho_ten as string, chucVu: upper(s.chuc_vu as string), ...bounds[i] }));
        return [code, { periods, where: where(['nguoi_ky', code]) }];
      }),
    ),
    groups: (raw.nhom_noi_nhan ?? {}) as Record<string, string[]>,
    history: periodsRaw(raw).map((period, i, all) => ({ ...boundsOf(all as RawPeriod[])[i], names: namesOf({ ...raw, ...period }) })),
  };
}

/** The periods of an agency's dated values that do not follow one another, at their lines. */
export function checkAgency(raw: Raw, at: Declared): Problem[] {
  const lists: [Path, RawPeriod[]][] = Object.entries((raw.nguoi_ky ?? {}) as Raw)
    .filter(([, value]) => Array.isArray(value))
    .map(([code, value]) => [['nguoi_ky', code], value as RawPeriod[]]);
  if (Array.isArray(raw.lich_su)) lists.push([['lich_su'], raw.lich_su as RawPeriod[]]);
  const problems = lists.flatMap(([path, list]) => checkPeriods(list).map((p) => problemAt(at, [...path, ...p.path], p.message)));
  const history = periodsRaw(raw);
  if (history.length === 1 && history[0].tu_ngay === undefined && history[0].den_ngay === undefined) {
    problems.push(problemAt(at, ['lich_su', 0], 'giai đoạn trong lich_su cần tu_ngay hoặc den_ngay (tên này dùng từ ngày nào, đến ngày nào). Tên dùng cho mọi ngày thì ghi thẳng ở trên, bỏ lich_su.'));
  }
  return problems;
}

function problemAt(at: Declared, path: Path, message: string): Problem {
  const field = [...at.path, ...path];
  return { severity: 'loi', file: at.source.path, line: at.source.lineOf(field), field: fieldPath(field), message };
}

/** The agency with the names of the period that holds `iso` (a document's date), else those written above `lich_su`. */
export function agencyAt(agency: Agency, iso: string): Agency {
  const period = agency.history.find((p) => covers(p, iso));
  return period ? { ...agency, ...period.names } : agency;
}

/** The signer's period that holds `iso`. */
export const signerAt = (signer: DatedSigner, iso: string): SignerPeriod | undefined => signer.periods.find((p) => covers(p, iso));

/** The registry of a parsed registry file; a problem in it throws a DocumentError naming its lines. */
export function parseRegistry(source: SourceFile): Registry {
  const { path } = source;
  const problems = validateAgainstSchema(source.data, REGISTRY_SCHEMA, source);
  if (problems.length > 0) throw new DocumentError(problems);
  const entries = Object.entries(source.data) as [string, Raw][];
  const periodProblems = entries.flatMap(([key, raw]) => checkAgency(raw, { source, path: [key] }));
  if (periodProblems.length > 0) throw new DocumentError(periodProblems);
  const agencies = new Map(entries.map(([key, raw]) => [key, agencyFromRaw(key, raw, { source, path: [key] })]));
  return { path, agencies };
}
