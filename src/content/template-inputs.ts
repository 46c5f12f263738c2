/**
 * What a content template takes from `du_lieu`, declared at the top of the template between two `---`
 * lines: each name with its kind (chu, so, ngay, markdown, danh_sach, nhom) and whether it is required.
 * A document's du_lieu is checked against it before the template is filled, so a wrong value is told
 * at its own line in the data file instead of printing as "[object Object]", "1,2" or nothing.
 */
import { fieldPath, type Problem } from '../core/errors.ts';
import { FIRST_YEAR, isRealDate, parsePartialDate } from '../core/dates.ts';
import { nearest } from '../core/nearest.ts';
import type { Path, SourceFile } from '../core/source.ts';
import { validateAgainstSchema } from '../schema/validate.ts';

export const KINDS = ['chu', 'so', 'ngay', 'markdown', 'danh_sach', 'nhom'] as const;
export type Kind = (typeof KINDS)[number];

/** One declared value. */
export interface InputSpec {
  kind: Kind;
  required: boolean;
  description?: string;
  /** danh_sach: what each item is (chu unless declared). */
  item?: InputSpec;
  /** nhom: its fields. */
  fields?: Record<string, InputSpec>;
}

/** The declared du_lieu of a template, by name. */
export type TemplateInputs = Record<string, InputSpec>;

const KIND = { enum: [...KINDS], description: 'kiểu giá trị: chu (một dòng chữ), so, ngay (YYYY-MM-DD), markdown (đoạn chữ Markdown), danh_sach, nhom (nhóm trường con).' };

/** A declared value written in full; `ten: chu` is short for `ten: { kieu: chu }`. */
const VALUE: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  required: ['kieu'],
  description: 'một kiểu (chu, so, ngay, markdown, danh_sach, nhom) hoặc { kieu, bat_buoc, mo_ta, phan_tu, truong }.',
  properties: {
    kieu: KIND,
    bat_buoc: { type: 'boolean', description: 'false khi giá trị không bắt buộc (mặc định: bắt buộc).' },
    mo_ta: { type: 'string', description: 'giá trị này là gì, in trong thông báo lỗi.' },
    phan_tu: { $ref: '#/$defs/gia_tri' },
    truong: { type: 'object', additionalProperties: { $ref: '#/$defs/gia_tri' } },
  },
};

/** The JSON Schema of a template's front matter, short forms written in full (its messages come from validate.ts, in Vietnamese). */
export const TEMPLATE_FRONT_MATTER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['du_lieu'],
  properties: {
    du_lieu: {
      type: 'object',
      additionalProperties: { $ref: '#/$defs/gia_tri' },
      description: 'các giá trị mẫu lấy từ du_lieu, mỗi tên một dòng: "ten: chu" hoặc "ten: { kieu: chu, bat_buoc: false, mo_ta: … }".',
    },
  },
  $defs: { gia_tri: VALUE },
};

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The front matter of a template file as read: its data and where each field is. */
export type FrontMatter = Pick<SourceFile, 'path' | 'lineOf' | 'columnOf'> & { data: unknown };

/** The declared inputs of a template, or the problems of its declaration (located in the template file). */
export function templateInputs(front: FrontMatter): { inputs?: TemplateInputs; problems: Problem[] } {
  const data = isRecord(front.data) && isRecord(front.data.du_lieu) ? { ...front.data, du_lieu: mapValues(front.data.du_lieu, fullForm) } : (front.data ?? {});
  const source = { ...front, data: isRecord(data) ? data : {}, bodyLine: 1 };
  const problems = validateAgainstSchema(data, TEMPLATE_FRONT_MATTER_SCHEMA, source);
  if (problems.length > 0) return { problems };
  const spec = (raw: unknown, path: Path): InputSpec => {
    const r = raw as Raw;
    const kind = r.kieu as Kind;
    if (r.phan_tu !== undefined && kind !== 'danh_sach') problems.push(declarationError(front, [...path, 'phan_tu'], '"phan_tu" chỉ dùng với "kieu: danh_sach".'));
    if (r.truong !== undefined && kind !== 'nhom') problems.push(declarationError(front, [...path, 'truong'], '"truong" chỉ dùng với "kieu: nhom".'));
    if (kind === 'nhom' && !isRecord(r.truong)) problems.push(declarationError(front, path, 'nhóm cần "truong": các trường con, ví dụ { kieu: nhom, truong: { ho_ten: chu } }.'));
    const fields = isRecord(r.truong) ? Object.fromEntries(Object.entries(r.truong).map(([k, v]) => [k, spec(v, [...path, 'truong', k])])) : undefined;
    return {
      kind,
      required: r.bat_buoc !== false,
      description: typeof r.mo_ta === 'string' ? r.mo_ta : undefined,
      item: kind === 'danh_sach' ? (r.phan_tu === undefined ? { kind: 'chu', required: true } : spec(r.phan_tu, [...path, 'phan_tu'])) : undefined,
      fields,
    };
  };
  const declared = (data as Raw).du_lieu as Raw;
  const inputs = Object.fromEntries(Object.entries(declared).map(([name, raw]) => [name, spec(raw, ['du_lieu', name])]));
  return problems.length > 0 ? { problems } : { inputs, problems };
}

const mapValues = (record: Raw, fn: (value: unknown) => unknown): Raw => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));

/** `chu` → `{ kieu: chu }`, at every depth. */
function fullForm(value: unknown): unknown {
  if (typeof value === 'string') return { kieu: value };
  if (!isRecord(value)) return value;
  return {
    ...value,
    ...(value.phan_tu !== undefined ? { phan_tu: fullForm(value.phan_tu) } : {}),
    ...(isRecord(value.truong) ? { truong: mapValues(value.truong, fullForm) } : {}),
  };
}

const declarationError = (front: FrontMatter, path: Path, message: string): Problem => ({
  severity: 'loi',
  file: front.path,
  line: front.lineOf(path),
  column: front.columnOf?.(path),
  field: fieldPath(path),
  message,
});

/** A value of du_lieu that does not fit the template: where it is (from du_lieu down) and why. */
export interface InputProblem {
  path: Path;
  message: string;
}

const EXPECTED: Record<Kind, string> = {
  chu: 'một dòng chữ',
  so: 'một số',
  ngay: 'một ngày dạng YYYY-MM-DD',
  markdown: 'một đoạn chữ (Markdown)',
  danh_sach: 'một danh sách',
  nhom: 'một nhóm trường con',
};

/** How to write a value of `spec`; `key` is its name, or its index in a list. */
const fix = (spec: InputSpec, key: string | number): string => {
  const item = typeof key === 'number';
  switch (spec.kind) {
    case 'chu':
      return item ? 'Ghi mục này là một dòng chữ: "- …".' : `Ghi chữ ngay sau dấu hai chấm, trên cùng dòng: "${key}: …".`;
    case 'so':
      return 'Ghi số không có dấu chấm ngăn cách và không có ngoặc kép, ví dụ 2340000.';
    case 'ngay':
      return 'Ghi ngày dạng YYYY-MM-DD, ví dụ 2023-01-05.';
    case 'markdown':
      return item ? 'Ghi mục này là chữ.' : `Ghi chữ sau dấu hai chấm; nhiều dòng thì viết "${key}: |" rồi các dòng thụt vào hai dấu cách.`;
    case 'danh_sach':
      return `Ghi mỗi mục một dòng bắt đầu bằng "- "${item ? '' : `, thụt vào dưới "${key}:"`}.`;
    case 'nhom': {
      const names = Object.keys(spec.fields ?? {}).map((k) => `“${k}”`).join(', ');
      return item ? `Ghi mục này là các trường con (${names}), như "- { ${Object.keys(spec.fields ?? {})[0]}: … }".` : `Ghi các trường con thụt vào dưới "${key}:" (${names}).`;
    }
  }
};

/** What a value is, in words (never its JavaScript text). */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'giá trị trống';
  if (Array.isArray(value)) return `một danh sách ${value.length} mục`;
  if (isRecord(value)) return `một nhóm trường con (${Object.keys(value).slice(0, 4).map((k) => `“${k}”`).join(', ')})`;
  if (typeof value === 'boolean') return 'một giá trị đúng/sai';
  if (typeof value === 'number') return `số ${value}`;
  const text = String(value);
  return `chữ "${text.length > 40 ? `${text.slice(0, 37)}…` : text}"`;
}

/** Why `value` is not a date a document can bear, or undefined when it is one. */
export function dateFault(value: unknown): string | undefined {
  const date = typeof value === 'string' || typeof value === 'number' ? parsePartialDate(value) : undefined;
  if (!date) return `"${String(value)}" không phải ngày dạng YYYY-MM-DD`;
  if (date.year < FIRST_YEAR) return `năm ${date.year} trước năm ${FIRST_YEAR}, không thể là năm của văn bản`;
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return `tháng ${date.month} không có (tháng từ 01 đến 12)`;
  if (date.day !== undefined && !isRealDate(date.year, date.month!, date.day)) return `ngày ${String(value)} không có thật (tháng ${date.month} năm ${date.year} không có ngày ${date.day})`;
  return undefined;
}

/** Where a missing field goes: in du_lieu, under a field, or in an item of a list. */
function where(path: Path): string {
  const parent = path.at(-1);
  if (path.length === 1) return 'vào du_lieu';
  return typeof parent === 'number' ? `vào mục thứ ${parent + 1} của "${String(path.at(-2))}"` : `dưới "${String(parent)}"`;
}

/** The values of du_lieu that do not fit the template's declared inputs (`template`: its name, for messages). */
export function checkTemplateData(inputs: TemplateInputs, data: Raw, template: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const withDescription = (spec: InputSpec): string => `${EXPECTED[spec.kind]}${spec.description ? ` (${spec.description})` : ''}`;
  const check = (spec: InputSpec, value: unknown, path: Path): void => {
    const key = path.at(-1)!;
    const fault = (why: string): void => void problems.push({ path, message: `mẫu "${template}" cần ở đây ${withDescription(spec)}, nhưng ${why}. ${fix(spec, key)}` });
    if (value === null) return fault(`giá trị để trống${spec.required ? '' : ' (giá trị không bắt buộc thì xóa cả dòng)'}`);
    switch (spec.kind) {
      case 'chu':
        if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return;
        return fault(`giá trị là ${describeValue(value)}`);
      case 'markdown':
        if (typeof value === 'string') return;
        return fault(`giá trị là ${describeValue(value)}`);
      case 'so':
        if (typeof value === 'number' && Number.isFinite(value)) return;
        return fault(`giá trị là ${describeValue(value)}`);
      case 'ngay': {
        const why = dateFault(value);
        if (why) fault(why);
        return;
      }
      case 'danh_sach':
        if (!Array.isArray(value)) return fault(`giá trị là ${describeValue(value)}`);
        value.forEach((item, i) => check(spec.item!, item, [...path, i]));
        return;
      case 'nhom':
        if (!isRecord(value)) return fault(`giá trị là ${describeValue(value)}`);
        return fields(spec.fields ?? {}, value, path);
    }
  };
  const fields = (specs: Record<string, InputSpec>, record: Raw, path: Path): void => {
    for (const [name, spec] of Object.entries(specs)) {
      if (record[name] !== undefined) check(spec, record[name], [...path, name]);
      else if (spec.required) {
        const typo = nearest(name, Object.keys(record).filter((k) => !(k in specs)));
        problems.push({
          path: [...path, name],
          message: `mẫu "${template}" cần giá trị "${name}" (${withDescription(spec)}) nhưng không có. Thêm dòng "${name}: …" ${where(path)}.${typo ? ` Có "${typo}": có phải gõ nhầm tên?` : ''}`,
        });
      }
    }
  };
  fields(inputs, data, ['du_lieu']);
  return problems;
}

/** A key of du_lieu the template does not declare (so it prints nowhere), with the declared name it is nearest to. */
export interface UnknownInput {
  path: Path;
  near?: string;
  declared: string[];
}

export function unknownInputs(inputs: TemplateInputs, data: Raw): UnknownInput[] {
  const found: UnknownInput[] = [];
  const walk = (specs: Record<string, InputSpec>, record: Raw, path: Path): void => {
    const declared = Object.keys(specs);
    for (const [key, value] of Object.entries(record)) {
      const spec = specs[key];
      if (!spec) found.push({ path: [...path, key], near: nearest(key, declared), declared });
      else if (spec.kind === 'nhom' && isRecord(value)) walk(spec.fields ?? {}, value, [...path, key]);
      else if (spec.kind === 'danh_sach' && spec.item?.kind === 'nhom' && Array.isArray(value)) {
        value.forEach((item, i) => isRecord(item) && walk(spec.item!.fields ?? {}, item, [...path, key, i]));
      }
    }
  };
  walk(inputs, data, ['du_lieu']);
  return found;
}

/** The JSON Schema of a template's du_lieu, for the published schema editors use. */
export function inputsJsonSchema(inputs: Record<string, InputSpec>): object {
  const one = (spec: InputSpec): object => {
    const description = spec.description ? { description: spec.description } : {};
    switch (spec.kind) {
      case 'chu':
        return { type: ['string', 'number'], ...description };
      case 'markdown':
        return { type: 'string', ...description };
      case 'so':
        return { type: 'number', ...description };
      case 'ngay':
        return { type: ['string', 'integer'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', ...description };
      case 'danh_sach':
        return { type: 'array', items: one(spec.item!), ...description };
      case 'nhom':
        return { ...inputsJsonSchema(spec.fields ?? {}), ...description };
    }
  };
  const required = Object.entries(inputs).filter(([, s]) => s.required).map(([name]) => name);
  return { type: 'object', properties: Object.fromEntries(Object.entries(inputs).map(([name, spec]) => [name, one(spec)])), ...(required.length ? { required } : {}) };
}
