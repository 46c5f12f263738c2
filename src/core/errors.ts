/**
 * Problems found in a data file. Every message is in Vietnamese and says which file, which line,
 * which field, what is wrong and what is expected, so staff can fix the file without a developer.
 */

export type Severity = 'loi' | 'canh-bao';

export interface Problem {
  severity: Severity;
  file: string;
  line?: number;
  /** 1-based column on `line`, where the reader knows it (printed by the check command, not by the build). */
  column?: number;
  /** Field path as written in the data file, e.g. `ky.quyen_han[1]`. */
  field?: string;
  message: string;
  /** Rule id for problems found by a check rule (like ESLint's). */
  rule?: string;
  /** Where in a file without lines: a spreadsheet cell (`Sheet1!D12`), a Word form's paragraph (`đoạn 12 "Họ và tên: {ho_tenn}"`); printed instead of the line. */
  cell?: string;
  /** Spreadsheet column header (`Danh hiệu`), printed instead of the field. */
  header?: string;
}

export function formatProblem(p: Problem): string {
  const label = p.severity === 'loi' ? 'Lỗi' : 'Cảnh báo';
  return `${label}: ${problemText(p)}`;
}

/** A problem without its severity (the index page shows that apart): `data/a.md, dòng 7 — trường "ngay": …`. */
export function problemText(p: Problem): string {
  const where = [p.file, p.cell ?? (p.line !== undefined ? `dòng ${p.line}` : undefined)].filter(Boolean).join(', ');
  const field = p.header ? ` cột "${p.header}":` : p.field ? ` trường "${p.field}":` : '';
  const rule = p.rule ? ` [${p.rule}]` : '';
  return `${where} —${field} ${p.message}${rule}`;
}

/** Thrown to stop building one document; carries every problem found so far. */
export class DocumentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DocumentError';
  }
}

export const fieldPath = (path: readonly (string | number)[]): string =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
