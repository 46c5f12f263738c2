// Kiểm tra từng trường của một mục dữ liệu luật; lỗi nêu rõ tệp, dòng, trường và giá trị cần có.
import type { YamlPath, YamlSource } from './yaml-source.ts';

export type FieldKind = 'date' | 'text' | 'texts' | 'amount' | 'bool' | 'decimal' | 'code' | 'percent' | readonly string[];

export interface FieldSpec {
  kind: FieldKind;
  required: boolean;
}

export type RawEntry = Record<string, unknown>;

const EXPECTED: Record<Exclude<FieldKind, readonly string[]>, string> = {
  date: "ngày dạng 'NĂM-THÁNG-NGÀY' đặt trong dấu nháy, ví dụ '2024-07-01'",
  text: 'một đoạn chữ không rỗng',
  texts: "danh sách các đoạn chữ không rỗng, ví dụ ['CSTĐCS', 'Chiến sĩ thi đua CS']",
  amount: 'số nguyên dương, viết liền không có dấu chấm, ví dụ 2340000',
  bool: 'true hoặc false',
  decimal: "hệ số dạng chuỗi trong dấu nháy, ví dụ '1,5'",
  code: 'mã chữ thường không dấu, nối bằng dấu gạch dưới, ví dụ lao_dong_tien_tien',
  percent: 'số phần trăm từ 0 đến 100, ví dụ 80',
};

/** Kiểm tra một mục (ánh xạ YAML) theo bảng trường; trả về bản sao với chữ đã chuẩn hóa NFC. */
export function checkEntry(source: YamlSource, path: YamlPath, value: unknown, specs: Record<string, FieldSpec>): RawEntry {
  if (!isPlainObject(value)) {
    throw source.error(path, 'cần một mục gồm các trường dạng "tên_trường: giá trị".');
  }
  for (const name of Object.keys(value)) {
    if (!(name in specs)) {
      throw source.error([...path, name], `trường không được biết; các trường hợp lệ: ${Object.keys(specs).join(', ')}.`);
    }
  }
  const entry: RawEntry = {};
  for (const [name, spec] of Object.entries(specs)) {
    const fieldValue = value[name];
    if (fieldValue === undefined || fieldValue === null) {
      if (spec.required) throw source.error([...path, name], `thiếu trường này; cần ${expected(spec.kind)}.`);
      continue;
    }
    if (!isValid(spec.kind, fieldValue)) {
      throw source.error([...path, name], `cần ${expected(spec.kind)}; đang có ${JSON.stringify(fieldValue)}.`);
    }
    entry[name] = nfcValue(fieldValue);
  }
  return entry;
}

function nfcValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  return Array.isArray(value) ? value.map(nfcValue) : value;
}

export function isPlainObject(value: unknown): value is RawEntry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function expected(kind: FieldKind): string {
  return typeof kind === 'string' ? EXPECTED[kind] : `một trong các giá trị: ${kind.join(', ')}`;
}

function isValid(kind: FieldKind, value: unknown): boolean {
  if (typeof kind !== 'string') return typeof value === 'string' && kind.includes(value);
  switch (kind) {
    case 'date':
      return isIsoDate(value);
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'texts':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== '');
    case 'amount':
      return Number.isSafeInteger(value) && (value as number) > 0;
    case 'bool':
      return typeof value === 'boolean';
    case 'decimal':
      return typeof value === 'string' && /^\d+([.,]\d+)?$/.test(value);
    case 'code':
      return typeof value === 'string' && /^[a-z][a-z0-9_]*$/.test(value);
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100 && Number.isInteger(value * 10);
  }
}
