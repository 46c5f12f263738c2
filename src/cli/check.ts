/**
 * The check command (`npm run check`): reads and checks every data file, list, content template and
 * shared file as the build does, writing nothing. Prints one line per problem in the form editors and CI
 * annotations understand, `tệp:dòng:cột: lỗi|cảnh báo: thông báo [quy-tắc]`, or a JSON array (`--json`).
 * Exit code 1 when there is an error, 0 otherwise (warnings alone pass), 2 for a wrong command line.
 */
import { checkAll } from '../build/check.ts';
import type { BuildOptions } from '../build/pipeline.ts';
import type { Problem } from '../core/errors.ts';
import { BUILD_OPTIONS, buildOptionsOf, readCommandLine, type OptionSpec } from './args.ts';
import type { Io } from './io.ts';

export const CHECK_USAGE = `Cách dùng: npm run check [-- <tệp hoặc thư mục>…] [--json] [--du-lieu=<thư mục>] [--mau-docx=<tệp .docx>]
Kiểm tra mọi tệp dữ liệu, danh sách, mẫu nội dung, danh mục cơ quan, dữ liệu luật và mẫu DOCX như khi tạo văn bản, nhưng không ghi tệp nào.
  <tệp hoặc thư mục>   chỉ kiểm tra những văn bản này (mặc định: cả thư mục dữ liệu)
  --json               in một mảng JSON: { file, line, column, severity ("loi" | "canh-bao"), field, message, rule }
  --du-lieu=<thư mục>  thư mục dữ liệu (mặc định: data)
  --mau-docx=<tệp>     mẫu DOCX cần kiểm tra (mặc định: templates/van-ban.docx)
  --help, -h           in hướng dẫn này
Mỗi vấn đề một dòng "tệp:dòng:cột: lỗi|cảnh báo: thông báo [quy-tắc]". Mã thoát 1 khi có lỗi, 0 khi chỉ có cảnh báo hoặc không có gì.`;

const CHECK_OPTIONS: Record<string, OptionSpec> = {
  json: { type: 'boolean', help: 'in một mảng JSON' },
  'du-lieu': BUILD_OPTIONS['du-lieu'],
  'mau-docx': BUILD_OPTIONS['mau-docx'],
  help: BUILD_OPTIONS.help,
};

type Parsed = { help: true } | { json: boolean; options: BuildOptions };

/** The options, or the message to print with exit code 2. `defaults`: folders used unless the command line names others. */
export function checkOptions(argv: string[], defaults: Partial<BuildOptions> = {}): Parsed | string {
  const parsed = readCommandLine(argv, CHECK_OPTIONS, CHECK_USAGE);
  if (typeof parsed === 'string') return parsed;
  const options = buildOptionsOf(parsed, CHECK_USAGE, defaults);
  if (options === 'help') return { help: true };
  if (typeof options === 'string') return options;
  return { json: parsed.values.json === true, options };
}

const SEVERITY_WORD = { loi: 'lỗi', 'canh-bao': 'cảnh báo' } as const;

/** `tệp:dòng:cột: lỗi: trường "x": thông báo [quy-tắc]`; a problem without a line or column is at 1. */
export function formatCheckLine(p: Problem): string {
  const field = p.header ? `${p.cell ? `${p.cell}, ` : ''}cột "${p.header}": ` : p.field ? `trường "${p.field}": ` : '';
  const rule = p.rule ? ` [${p.rule}]` : '';
  return `${p.file}:${p.line ?? 1}:${p.column ?? 1}: ${SEVERITY_WORD[p.severity]}: ${field}${oneLine(p.message)}${rule}`;
}

/** A problem as an object of the `--json` array: every key present, `null` where there is nothing. */
export const checkJson = (p: Problem) => ({
  file: p.file,
  line: p.line ?? 1,
  column: p.column ?? 1,
  severity: p.severity,
  field: p.field ?? null,
  message: p.message,
  rule: p.rule ?? null,
});

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

export async function runCheck(argv: string[], io: Io, defaults: Partial<BuildOptions> = {}): Promise<number> {
  const parsed = checkOptions(argv, defaults);
  if (typeof parsed === 'string') {
    io.err(parsed);
    return 2;
  }
  if ('help' in parsed) {
    io.out(CHECK_USAGE);
    return 0;
  }
  const { problems, files, documents, stopped } = await checkAll(parsed.options);
  const errors = problems.filter((p) => p.severity === 'loi').length;
  if (parsed.json) io.out(JSON.stringify(problems.map(checkJson), null, 2));
  else {
    for (const p of problems) io.out(formatCheckLine(p));
    io.out(stopped ? 'Không kiểm tra được văn bản nào: sửa lỗi trên rồi chạy lại.' : summary(files.length, documents, errors, problems.length - errors));
  }
  return errors > 0 ? 1 : 0;
}

function summary(files: number, documents: number, errors: number, warnings: number): string {
  if (files === 0) return 'Không có tệp dữ liệu nào (.md, .json, .yaml) trong đường dẫn đã chọn.';
  const found = errors + warnings === 0 ? 'không có lỗi hay cảnh báo nào' : `${errors} lỗi, ${warnings} cảnh báo`;
  // A batch (đợt đề nghị) is one data file that makes many documents.
  const checked = documents === files ? `${files} văn bản` : `${documents} văn bản (trong ${files} tệp dữ liệu)`;
  return `Đã kiểm tra ${checked}: ${found}.`;
}
