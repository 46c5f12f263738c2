/**
 * A batch (`loai: dot_de_nghi`) made into documents: the rows of its sheet checked all together
 * (rows.ts), then one báo cáo thành tích per nominee and the lists (tờ trình, biên bản, quyết định),
 * each a data file of the existing types, made in memory: its fields from the batch (shared values, the
 * section of its kind under `tao`) and from the rows. Each field remembers where it came from, so that
 * a problem the model builder finds later names the batch file's line or the sheet's cell. Pure.
 */
import { fieldPath, type Problem } from '../core/errors.ts';
import { sha256 } from '../core/hash.ts';
import type { Place, RecordSet } from '../core/records.ts';
import type { Path, SourceFile } from '../core/source.ts';
import { upper } from '../core/text.ts';
import type { LawData } from '../law/law-data.ts';
import type { Registry } from '../model/registry.ts';
import type { EligibilityLaw } from '../law/eligibility.ts';
import type { PreparedForm } from '../writers/form/index.ts';
import { checkRows, type CheckedRow } from './rows.ts';
import { uniqueNames } from './names.ts';
import { eligibilityProblems } from './eligibility.ts';
import { formRecord, formRowProblems, prepareBatchForm, type FormFile, type FormJob } from './form.ts';

type Raw = Record<string, unknown>;

export const BATCH_TYPE = 'dot_de_nghi';

/** What a batch can make, in the order they are made, with the name of their output. */
export const JOB_KINDS = ['bao_cao_thanh_tich', 'bien_ban', 'to_trinh', 'quyet_dinh'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** Folder of the báo cáo thành tích inside the batch's output folder. */
export const REPORTS_FOLDER = 'bao-cao-thanh-tich';
const LIST_NAMES: Record<Exclude<JobKind, 'bao_cao_thanh_tich'>, string> = { bien_ban: 'bien-ban', to_trinh: 'to-trinh', quyet_dinh: 'quyet-dinh' };
const TEMPLATES: Record<Exclude<JobKind, 'bao_cao_thanh_tich'>, string> = { bien_ban: 'bien-ban-hop-xet-khen-thuong', to_trinh: 'to-trinh-khen-thuong', quyet_dinh: 'quyet-dinh-khen-thuong' };

export interface BatchJob {
  /** Output path inside the batch's folder, without extension: `to-trinh`, `bao-cao-thanh-tich/nguyen-van-an`. */
  name: string;
  kind: JobKind;
  /** The row it is made from (a báo cáo thành tích). */
  place?: Place;
  /** Its fields, and where each came from (plain data: a worker thread is sent them); its SourceFile is jobSource's. */
  fields: JobFields;
  /** A báo cáo thành tích through the staff's Word form (`mau_word`): the form and the row's record, filled by the build into `<name>.docx` alone. */
  form?: FormJob;
  /** Hash of everything the document is made from in the batch and its sheet (its fields as made). */
  fingerprint: string;
}

export interface BatchPlan {
  jobs: BatchJob[];
  /** Every problem of the checks, rows in order. */
  problems: Problem[];
  /** Errors stop the batch: no document is made (unless `khi_loi: tiep_tuc`, or an error of the batch file itself). */
  stopped: boolean;
  /** Rows kept out by a `#` in "Ghi chú". */
  skipped: number;
  /** Rows made into documents. */
  rows: number;
}

export interface BatchInput {
  batch: SourceFile;
  sheet: RecordSet;
  law: LawData;
  registry: Registry;
  /** The thành tích files rows name (column "Tệp thành tích"), as read, by reference. */
  achievements: Record<string, { text: string } | { error: string }>;
  /** The Word form named by `tao.bao_cao_thanh_tich.mau_word`, as read. */
  form?: FormFile;
  /** The eligibility rules' legal bases (tieu-chuan.yaml); without them the rules are not checked. */
  eligibility?: EligibilityLaw;
}

export function planBatch(input: BatchInput): BatchPlan {
  const { batch, sheet, law } = input;
  const raw = batch.data;
  const fileProblems: Problem[] = [];
  const fileError = (path: Path, message: string) =>
    fileProblems.push({ severity: 'loi', file: batch.path, line: batch.lineOf(path), column: batch.columnOf?.(path), field: fieldPath(path), message });
  const make = (raw.tao ?? {}) as Partial<Record<JobKind, Raw>>;
  const date = String(raw.ngay);
  const reportSection = make.bao_cao_thanh_tich;
  const council = raw.hoi_dong as Raw | undefined;
  const members = (council?.thanh_vien as Raw | undefined)?.tong_so as number | undefined;
  const quotas = quotasOf(raw.han_muc as Raw | undefined, law, date, fileError);
  if (make.bien_ban && !council) fileError(['tao', 'bien_ban'], 'biên bản cần thông tin cuộc họp của Hội đồng. Thêm "hoi_dong" (thời gian, địa điểm, thành phần, chủ trì, thư ký) vào tệp đợt.');
  const checked = checkRows(sheet.records, {
    law,
    date,
    reports: reportSection && { defaults: (reportSection.du_lieu ?? {}) as Raw },
    members,
    quotas,
    achievements: input.achievements,
  });
  const hasCollective = checked.rows.some((r) => r.target === 'tap_the');
  if (reportSection && hasCollective && !reportSection.xac_nhan) {
    fileError(['tao', 'bao_cao_thanh_tich'], 'báo cáo thành tích của tập thể có chữ ký xác nhận của cấp trình khen thưởng. Thêm "xac_nhan: { ho_ten, chuc_vu }" vào "tao.bao_cao_thanh_tich".');
  }
  const form = reportSection?.mau_word !== undefined && input.form ? prepareBatchForm(input.form, (reportSection.de_trong ?? []) as string[]) : undefined;
  const maker = new JobMaker(input, checked.rows, form?.form);
  const eligibility = input.eligibility ? eligibilityProblems(checked.rows, batch, input.eligibility) : [];
  const formRows = form?.form ? checked.rows.flatMap((row) => formRowProblems(form.form!, row, maker.formRecord(row))) : [];
  const rowProblems = [...checked.problems, ...eligibility, ...formRows].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const problems = [...sheet.problems, ...fileProblems, ...(form?.problems ?? []), ...rowProblems];
  const errors = (list: Problem[]) => list.some((p) => p.severity === 'loi');
  const stopped = errors(fileProblems) || errors(sheet.problems) || errors(form?.problems ?? []) || (errors(rowProblems) && raw.khi_loi !== 'tiep_tuc');
  if (stopped) return { jobs: [], problems, stopped, skipped: checked.skipped, rows: 0 };
  // With "khi_loi: tiep_tuc", a row with an error of the rules or the form is left out too.
  const faulty = new Set([...eligibility, ...formRows].filter((p) => p.severity === 'loi' && p.file === sheet.file).map((p) => p.line));
  maker.keep(checked.rows.filter((r) => !faulty.has(r.record.line)));
  const jobs = JOB_KINDS.flatMap((kind) => (make[kind] ? maker.jobs(kind) : []));
  return { jobs, problems, stopped: false, skipped: checked.skipped, rows: maker.rowCount };
}

function quotasOf(raw: Raw | undefined, law: LawData, date: string, error: (path: Path, message: string) => void) {
  const perAward = Object.entries((raw?.theo_danh_hieu ?? {}) as Record<string, number>).flatMap(([name, max]) => {
    try {
      return [{ award: law.award(name, date), max }];
    } catch (e) {
      error(['han_muc', 'theo_danh_hieu', name], (e as Error).message);
      return [];
    }
  });
  return { perUnit: raw?.moi_don_vi as number | undefined, perAward };
}

/** Where a field of a made document comes from: a field of the batch file, or a cell of the sheet. */
type Origin = { batch: Path } | { place: Place };

/** A made data file's fields, where each came from, and the field of the batch that stands for the rest. */
export interface JobFields {
  data: Raw;
  origins: [Path, Origin][];
  fallback: Path;
}

/** A document of a batch as a data file: its fields, each placed at its line of the batch file or its cell of the sheet. */
export function jobSource(batch: SourceFile, fields: JobFields): SourceFile {
  const { origins, fallback } = fields;
  const originOf = (path: Path): { origin: Origin; rest: Path } => {
    let best: [Path, Origin] | undefined;
    for (const entry of origins) if (isPrefix(entry[0], path) && (!best || entry[0].length >= best[0].length)) best = entry;
    return best ? { origin: best[1], rest: path.slice(best[0].length) } : { origin: { batch: fallback }, rest: [] };
  };
  return {
    path: batch.path,
    data: fields.data,
    bodyLine: 1,
    lineOf: (path) => {
      const { origin, rest } = originOf(path);
      return 'place' in origin ? origin.place.line : batch.lineOf([...origin.batch, ...rest]);
    },
    columnOf: (path) => {
      const { origin, rest } = originOf(path);
      return 'place' in origin ? undefined : batch.columnOf?.([...origin.batch, ...rest]);
    },
    cellOf: (path) => {
      const { origin } = originOf(path);
      if (!('place' in origin)) return {};
      const { file, cell, header } = origin.place;
      return { file, ...(cell ? { cell } : {}), ...(header ? { header } : {}) };
    },
  };
}

/** A data file being made: its fields, and where each came from. */
class Made {
  readonly data: Raw = {};
  private readonly origins: [Path, Origin][] = [];

  /** Sets `data[path]` (the path's parents made as needed), coming from `origin`. */
  set(path: Path, value: unknown, origin: Origin): void {
    if (value === undefined) return;
    let target = this.data as Record<string | number, unknown>;
    for (const [i, key] of path.slice(0, -1).entries()) target = (target[key] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
    target[path.at(-1)!] = value;
    this.origins.push([path, origin]);
  }

  /** Every field of a part of the batch file, each from its own line. */
  copy(to: Path, from: Path, value: Raw | undefined, except: string[] = []): void {
    for (const [key, v] of Object.entries(value ?? {})) if (!except.includes(key)) this.set([...to, key], v, { batch: [...from, key] });
  }

  fields(fallback: Path): JobFields {
    return { data: this.data, origins: this.origins, fallback };
  }
}

const isPrefix = (prefix: Path, path: Path): boolean => prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

/** Beyond this many characters a unit's name does not fit the header column on one line (ND 30: 13 pt, 76 mm). */
const HEADER_LINE = 25;

/** A long unit name in two lines, split at the space nearest its middle (`TRƯỜNG THPT CHUYÊN` / `TUYÊN QUANG`). */
function headerLines(name: string): string | string[] {
  if (name.length <= HEADER_LINE) return name;
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return name;
  const at = spaces.reduce((best, i) => (Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2) ? i : best));
  return [name.slice(0, at), name.slice(at + 1)];
}

/** The documents of a batch whose rows passed the checks. */
class JobMaker {
  private readonly raw: Raw;
  private readonly make: Partial<Record<JobKind, Raw>>;

  constructor(
    private readonly input: BatchInput,
    private rows: CheckedRow[],
    private readonly form?: PreparedForm,
  ) {
    this.raw = input.batch.data;
    this.make = (this.raw.tao ?? {}) as Partial<Record<JobKind, Raw>>;
  }

  /** The rows made into documents. */
  keep(rows: CheckedRow[]): void {
    this.rows = rows;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** A row's record for the Word form: the batch's values and the row's, the header as the báo cáo prints it. */
  formRecord(row: CheckedRow): Raw {
    const agency = this.unitAgency(row);
    const achievement = row.record.values.tep_thanh_tich ? this.input.achievements[row.record.values.tep_thanh_tich] : undefined;
    const co_quan = upper(String(agency.ten_day_du));
    return formRecord(row, this.raw, { co_quan, dia_danh: String(agency.dia_danh) }, achievement && 'text' in achievement ? achievement.text : undefined);
  }

  jobs(kind: JobKind): BatchJob[] {
    if (kind === 'bao_cao_thanh_tich') {
      const names = uniqueNames(this.rows.map((r) => ({ name: r.record.values.ten, unit: r.target === 'ca_nhan' ? r.record.values.don_vi : undefined })));
      return this.rows.map((row, i) => {
        const name = `${REPORTS_FOLDER}/${names[i]}`;
        if (!this.form) return this.job(name, kind, this.report(row), row.record.place('ten'));
        const record = this.formRecord(row);
        const fields = new Made().fields(['tao', kind, 'mau_word']);
        const fingerprint = sha256(JSON.stringify([kind, 'mau_word', this.input.form!.sha256, [...this.form.blank], record]));
        return { name, kind, place: row.record.place('ten'), fields, form: { form: this.form, sha256: this.input.form!.sha256, record }, fingerprint };
      });
    }
    return [this.job(LIST_NAMES[kind], kind, this.list(kind))];
  }

  private job(name: string, kind: JobKind, made: Made, place?: Place): BatchJob {
    return { name, kind, ...(place ? { place } : {}), fields: made.fields(['tao', kind]), fingerprint: sha256(JSON.stringify([kind, made.data])) };
  }

  /** What every document of the batch shares (co_quan, ngay, ky), then its section of `tao`. */
  private base(kind: JobKind, loai: string, except: string[] = []): Made {
    const made = new Made();
    const section = this.make[kind]!;
    made.set(['loai'], loai, { batch: ['tao', kind] });
    // The batch's signer signs for its own agency; a biên bản is signed by its thư ký and chủ tọa.
    const ownSigner = section.co_quan === undefined && kind !== 'bien_ban';
    for (const key of ['co_quan', 'ngay', ...(ownSigner ? ['ky'] : [])]) if (!except.includes(key)) made.set([key], this.raw[key], { batch: [key] });
    made.copy([], ['tao', kind], section, ['cap_tren', 'xac_nhan', 'danh_sach', 'du_lieu', ...except]);
    if (section.mau === undefined && section.noi_dung === undefined && kind !== 'bao_cao_thanh_tich') made.set(['mau'], TEMPLATES[kind], { batch: ['tao', kind] });
    made.copy(['du_lieu'], ['tao', kind, 'du_lieu'], section.du_lieu as Raw | undefined);
    return made;
  }

  /** The tờ trình, biên bản or quyết định. */
  private list(kind: Exclude<JobKind, 'bao_cao_thanh_tich'>): Made {
    const made = this.base(kind, kind);
    if (kind === 'bien_ban') {
      made.copy(['bien_ban'], ['hoi_dong'], this.raw.hoi_dong as Raw);
      const voted = this.rows.filter((r) => r.record.values.so_phieu !== undefined);
      voted.forEach((row, i) => {
        const at = (key: string) => ({ place: row.record.place(key) });
        made.set(['bien_ban', 'ket_qua', i, 'ten'], row.record.values.ten, at('ten'));
        made.set(['bien_ban', 'ket_qua', i, 'danh_hieu'], row.award.ma, at('danh_hieu'));
        made.set(['bien_ban', 'ket_qua', i, 'so_phieu_dong_y'], Number(row.record.values.so_phieu), at('so_phieu'));
      });
      if (voted.length === 0) made.set(['bien_ban', 'ket_qua'], [], { batch: ['hoi_dong'] });
      return made;
    }
    const section = this.make[kind]!;
    const title = kind === 'to_trinh' ? 'Tập thể, cá nhân đề nghị khen thưởng' : 'Tập thể, cá nhân được khen thưởng';
    if (typeof this.raw.nam === 'string') made.set(['danh_sach', 'tieu_de'], `${title} ${this.raw.nam}`, { batch: ['nam'] });
    made.copy(['danh_sach'], ['tao', kind, 'danh_sach'], section.danh_sach as Raw | undefined);
    const listed = this.rows.filter((r) => !r.failedVote);
    listed.forEach((row, i) => {
      const v = row.record.values;
      const at = (key: string) => ({ place: row.record.place(key) });
      const path = (key: string): Path => ['danh_sach', 'muc', i, key];
      made.set(path('ten'), v.ten, at('ten'));
      made.set(path('danh_hieu'), row.award.ma, at('danh_hieu'));
      if (row.target === 'ca_nhan') {
        made.set(path('chuc_vu'), v.chuc_vu, at('chuc_vu'));
        made.set(path('don_vi'), v.don_vi, at('don_vi'));
      }
      made.set(path('nhom'), v.nhom, at('nhom'));
    });
    if (listed.length === 0) made.set(['danh_sach', 'muc'], [], { batch: ['danh_sach'] });
    return made;
  }

  /** The báo cáo thành tích of one row. */
  private report(row: CheckedRow): Made {
    const section = this.make.bao_cao_thanh_tich!;
    const made = this.base('bao_cao_thanh_tich', 'bao_cao', ['co_quan', 'ky']);
    const v = row.record.values;
    const at = (key: string) => ({ place: row.record.place(key) });
    const collective = row.target === 'tap_the';
    const fromSection = { batch: ['tao', 'bao_cao_thanh_tich'] };
    if (section.ten_loai === undefined) made.set(['ten_loai'], 'BÁO CÁO THÀNH TÍCH', fromSection);
    if (section.khong_so === undefined && section.so === undefined) made.set(['khong_so'], true, fromSection);
    if (section.mau === undefined) made.set(['mau'], collective ? 'bao-cao-thanh-tich-tap-the' : 'bao-cao-thanh-tich-ca-nhan', fromSection);
    if (section.co_quan !== undefined) made.set(['co_quan'], section.co_quan, { batch: ['tao', 'bao_cao_thanh_tich', 'co_quan'] });
    else {
      made.set(['co_quan'], this.unitAgency(row), at(collective ? 'ten' : 'don_vi'));
    }
    made.set(['thanh_tich', 'doi_tuong'], row.target, at('danh_hieu'));
    made.set(['thanh_tich', 'de_nghi'], row.award.ma, at('danh_hieu'));
    if (typeof this.raw.nam === 'string') made.set(['thanh_tich', 'nam'], this.raw.nam, { batch: ['nam'] });
    const facts = collective ? { ten: 'ten', dia_chi: 'dia_chi', nam_thanh_lap: 'nam_thanh_lap' } : { ho_ten: 'ten', ngay_sinh: 'ngay_sinh', gioi_tinh: 'gioi_tinh', que_quan: 'que_quan', tru_quan: 'tru_quan', don_vi: 'don_vi', chuc_vu: 'chuc_vu', trinh_do: 'trinh_do' };
    for (const [field, key] of Object.entries(facts)) made.set(['thanh_tich', collective ? 'dac_diem' : 'ly_lich', field], v[key], at(key));
    made.set(['thanh_tich', 'lich_su_danh_hieu'], [], fromSection);
    made.set(['thanh_tich', 'lich_su_khen_thuong'], [], fromSection);
    made.set(['du_lieu', collective ? 'chuc_nang' : 'nhiem_vu'], v.nhiem_vu, at('nhiem_vu'));
    if (collective) made.set(['du_lieu', 'dac_diem'], v.dac_diem, at('dac_diem'));
    const achievement = v.tep_thanh_tich ? this.input.achievements[v.tep_thanh_tich] : undefined;
    made.set(['du_lieu', 'ket_qua'], achievement && 'text' in achievement ? achievement.text : v.thanh_tich, at(v.tep_thanh_tich ? 'tep_thanh_tich' : 'thanh_tich'));
    if (section.ky !== undefined) made.set(['ky'], section.ky, { batch: ['tao', 'bao_cao_thanh_tich', 'ky'] });
    else this.reportSigners(made, row);
    return made;
  }

  /** The header of a báo cáo thành tích: the level above (`cap_tren`), then the row's unit. */
  private unitAgency(row: CheckedRow): Raw {
    const section = this.make.bao_cao_thanh_tich!;
    const agency = typeof this.raw.co_quan === 'string' ? this.input.registry.agencies.get(this.raw.co_quan) : undefined;
    const declared = typeof this.raw.co_quan === 'object' ? (this.raw.co_quan as Raw) : undefined;
    const above = (section.cap_tren as string | undefined) ?? agency?.ten.join(' ') ?? (declared?.ten as string | undefined);
    const unit = row.target === 'tap_the' ? row.record.values.ten : row.record.values.don_vi!;
    return {
      ...(above ? { chu_quan: above } : {}),
      ten: headerLines(upper(unit)),
      ten_day_du: unit,
      viet_tat: '',
      dia_danh: (section.dia_danh as string | undefined) ?? agency?.diaDanh ?? String(declared?.dia_danh ?? ''),
    };
  }

  /** Cá nhân: the head of the unit confirms on the left, the nominee signs on the right; tập thể: the level above confirms, the head signs. */
  private reportSigners(made: Made, row: CheckedRow): void {
    const v = row.record.values;
    const head = { place: row.record.place('thu_truong') };
    const section = this.make.bao_cao_thanh_tich!;
    if (row.target === 'tap_the') {
      made.copy(['ky', 0], ['tao', 'bao_cao_thanh_tich', 'xac_nhan'], { ghi_chu: '(Ký, đóng dấu)', ...(section.xac_nhan as Raw) });
      made.set(['ky', 1], { chuc_vu: 'THỦ TRƯỞNG ĐƠN VỊ', ghi_chu: '(Ký, đóng dấu)', ho_ten: v.thu_truong }, head);
      return;
    }
    made.set(['ky', 0], { chuc_vu: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', ghi_chu: '(Ký, đóng dấu)', ho_ten: v.thu_truong }, head);
    made.set(['ky', 1], { chuc_vu: 'NGƯỜI BÁO CÁO THÀNH TÍCH', ghi_chu: '(Ký, ghi rõ họ và tên)', ho_ten: v.ten }, { place: row.record.place('ten') });
  }
}
