/** Schema validation with messages in Vietnamese that name the file, the line and the field. */
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Problem } from '../core/errors.ts';
import { fieldPath } from '../core/errors.ts';
import { sha256 } from '../core/hash.ts';
import type { SourceFile } from '../core/source.ts';
import * as precompiled from './compiled.ts';

// inlineRefs: false — a definition referred to in several places is compiled once, not copied into each.
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true, inlineRefs: false };

/** The name of a schema's validator in compiled.ts: a hash of the schema, so that a changed schema is never checked by an old validator. */
export const compiledName = (schema: object): string => `v${sha256(JSON.stringify(schema)).slice(0, 16)}`;

const compiled = new WeakMap<object, ValidateFunction>();
let ajv: Ajv | undefined;
type Validators = Record<string, ValidateFunction | undefined>;
const precompiledSets: Validators[] = [precompiled as unknown as Validators];

/** The validator of `schema` compiled ahead of time, if its module is loaded. */
export function precompiledFor(schema: object): ValidateFunction | undefined {
  const name = compiledName(schema);
  return precompiledSets.map((set) => set[name]).find((f) => f !== undefined);
}

/**
 * Loads the validator of batch files (compiled-batch.ts: over half the compiled code, which a run
 * without a batch need not load). Without it a batch is still checked, by ajv compiling its schema then.
 */
export async function loadBatchValidators(): Promise<void> {
  const batch = (await import('./compiled-batch.ts')) as unknown as Validators;
  if (!precompiledSets.includes(batch)) precompiledSets.push(batch);
}

/**
 * The validators of the data schemas are compiled ahead of time (`npm run build:schema`); any other
 * schema is compiled here, by ajv, loaded then (compiling costs ~80 ms at start-up).
 */
function validator(schema: object): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = precompiledFor(schema);
    if (!fn) {
      // Left to Node, not bundled: the compiled command needs ajv only for a schema that was not compiled ahead.
      const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
      ajv ??= new Ajv(AJV_OPTIONS);
      fn = ajv.compile(schema);
    }
    compiled.set(schema, fn);
  }
  return fn;
}

const TYPE_VI: Record<string, string> = {
  string: 'chữ',
  integer: 'số nguyên (không có dấu ngoặc kép, không có chữ)',
  number: 'số',
  boolean: 'true hoặc false',
  array: 'danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'bảng các trường con',
  null: 'để trống',
};

const pathOf = (e: ErrorObject): (string | number)[] =>
  e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** Validates `data` against `schema`; returns problems located in `source`. */
export function validateAgainstSchema(data: unknown, schema: object, source: SourceFile, basePath: (string | number)[] = []): Problem[] {
  const validate = validator(schema);
  if (validate(data)) return [];
  return pickErrors(validate.errors ?? []).map((e) => {
    const path = [...basePath, ...pathOf(e)];
    const field = e.keyword === 'required' ? [...path, e.params.missingProperty as string] : e.keyword === 'additionalProperties' ? [...path, e.params.additionalProperty as string] : path;
    return {
      severity: 'loi',
      file: source.path,
      line: source.lineOf(field),
      column: source.columnOf?.(field),
      field: fieldPath(field) || undefined,
      message: messageOf(e),
      ...source.cellOf?.(field),
    };
  });
}

/**
 * Inside a failed oneOf, keep the errors of the branch that matched deepest, or of the branch whose type
 * matched (a text too long, a list too short, an object missing a field); else the oneOf itself.
 */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const inside = (e: ErrorObject, p: string) => e.instancePath === p || e.instancePath.startsWith(p + '/');
  const ofMatchedType = (e: ErrorObject) => e.keyword !== 'type' && e.keyword !== 'oneOf';
  const kept = errors.filter((e) => {
    if (e.keyword === 'oneOf') return !errors.some((d) => d.instancePath.startsWith(e.instancePath + '/') || (d.instancePath === e.instancePath && ofMatchedType(d)));
    const owner = oneOfPaths.find((p) => inside(e, p));
    return owner === undefined || e.instancePath !== owner || ofMatchedType(e);
  });
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = e.instancePath + e.keyword + JSON.stringify(e.params);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function messageOf(e: ErrorObject): string {
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  const hint = description ? ` Cần: ${description}` : '';
  switch (e.keyword) {
    case 'required':
      return `thiếu trường bắt buộc "${e.params.missingProperty}".`;
    case 'additionalProperties':
      return `không có trường "${e.params.additionalProperty}" trong mẫu dữ liệu. Kiểm tra chính tả (tên trường viết không dấu, ví dụ "trich_yeu", "noi_nhan").`;
    case 'type': {
      const types = String(e.params.type).split(',').map((t) => TYPE_VI[t] ?? t);
      return `giá trị phải là ${types.join(' hoặc ')}.${hint}`;
    }
    case 'enum':
      return `giá trị phải là một trong: ${(e.params.allowedValues as unknown[]).join(', ')}.`;
    case 'pattern':
      return `giá trị không đúng dạng.${hint}`;
    case 'minimum':
      return `giá trị phải từ ${e.params.limit} trở lên.${hint}`;
    case 'maximum':
      return `giá trị phải từ ${e.params.limit} trở xuống.${hint}`;
    case 'exclusiveMinimum':
      return `giá trị phải lớn hơn ${e.params.limit}.${hint}`;
    case 'exclusiveMaximum':
      return `giá trị phải nhỏ hơn ${e.params.limit}.${hint}`;
    case 'minLength':
      return `giá trị phải có ít nhất ${e.params.limit} ký tự.${hint}`;
    case 'maxLength':
      return `giá trị dài quá ${e.params.limit} ký tự.${hint}`;
    case 'minItems':
      return `danh sách phải có ít nhất ${e.params.limit} mục.`;
    case 'maxItems':
      return `danh sách có nhiều nhất ${e.params.limit} mục.`;
    case 'oneOf':
      return `giá trị không đúng dạng.${hint}`;
    default:
      // The validator's own message is English: the field and the description say what is expected.
      return `giá trị không hợp lệ.${hint}`;
  }
}
