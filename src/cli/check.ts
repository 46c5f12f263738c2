/**
 * The check command (`npm run check`): reads and checks every data file, list, content template and
 * shared file as the build does, writing nothing. Prints one line per problem in the form editors and CI
 * annotations understand, `tệp:dòng:cột: lỗi|cảnh báo: thông báo [quy-tắc]`, or a JSON array (`--json`).
 * Exit code 1 when there is an error, 0 otherwise (warnings alone pass), 2 for a wrong command line.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkAll } from '../build/check.ts';
import { DEFAULT_FORMATS, type BuildOptions } from '../build/pipeline.ts';
import type { Problem } from '../core/errors.ts';
import type { Io } from './run.ts';

export const CHECK_USAGE = `Cách dùng: npm run check [-- <tệp hoặc thư mục>…] [--json] [--du-lieu=<thư mục>] [--mau-docx=<tệp .docx>]
Kiểm tra mọi tệp dữ liệu, danh sách, mẫu nội dung, danh mục cơ quan, dữ liệu luật và mẫu DOCX như khi tạo văn bản, nhưng không ghi tệp nào.
  <tệp hoặc thư mục>   chỉ kiểm tra những văn bản này (mặc định: cả thư mục dữ liệu)
  --json               in một mảng JSON: { file, line, column, severity ("loi" | "canh-bao"), field, message, rule }
  --du-lieu=<thư mục>  thư mục dữ liệu (mặc định: data)
  --mau-docx=<tệp>     mẫu DOCX cần kiểm tra (mặc định: templates/van-ban.docx)
  --help, -h           in hướng dẫn này
Mỗi vấn đề một dòng "tệp:dòng:cột: lỗi|cảnh báo: thông báo [quy-tắc]". Mã thoát 1 khi có lỗi, 0 khi chỉ có cảnh báo hoặc không có gì.`;

const OPTIONS = {
  json: { type: 'boolean' },
  'du-lieu': { type: 'string' },
  'mau-docx': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Parsed = { help: true } | { json: boolean; options: BuildOptions };

/** The options, or the message to print with exit code 2. `defaults`: folders used unless the command line names others. */
export function checkOptions(argv: string[], defaults: Partial<BuildOptions> = {}): Parsed | string {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return `${argumentError(e)}\n${CHECK_USAGE}`;
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const missing = positionals.find((p) => !existsSync(p));
  if (missing !== undefined) return `Không tìm thấy "${missing}". Ghi đường dẫn tệp hoặc thư mục, ví dụ data/2023.`;
  const options: BuildOptions = { dataDir: 'data', outDir: 'output', templatesDir: 'templates', formats: [...DEFAULT_FORMATS], ...definedOnly(defaults), targets: positionals };
  if (values['du-lieu'] !== undefined) options.dataDir = values['du-lieu'];
  if (values['mau-docx'] !== undefined) options.docxTemplate = values['mau-docx'];
  return { json: values.json ?? false, options };
}

const definedOnly = (defaults: Partial<BuildOptions>): Partial<BuildOptions> => Object.fromEntries(Object.entries(defaults).filter(([, v]) => v !== undefined));

/** node:util's parseArgs says what is wrong in English: said again in Vietnamese. */
function argumentError(e: unknown): string {
  const { code, message } = e as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Không hiểu tùy chọn "${option}".`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(message ?? '')) {
    return `Tùy chọn "${option}" thiếu giá trị: ghi giá trị sau dấu "=", ví dụ ${option}=${option === '--du-lieu' ? 'data' : 'mau-cua-toi.docx'}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Tùy chọn "${option}" không nhận giá trị: ghi "${option}" thôi.`;
  return 'Không hiểu dòng lệnh.';
}

const SEVERITY_WORD = { loi: 'lỗi', 'canh-bao': 'cảnh báo' } as const;

/** `tệp:dòng:cột: lỗi: trường "x": thông báo [quy-tắc]`; a problem without a line or column is at 1. */
export function formatCheckLine(p: Problem): string {
  const field = p.field ? `trường "${p.field}": ` : '';
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
  const { problems, files, stopped } = checkAll(parsed.options);
  const errors = problems.filter((p) => p.severity === 'loi').length;
  if (parsed.json) io.out(JSON.stringify(problems.map(checkJson), null, 2));
  else {
    for (const p of problems) io.out(formatCheckLine(p));
    io.out(stopped ? 'Không kiểm tra được văn bản nào: sửa lỗi trên rồi chạy lại.' : summary(files.length, errors, problems.length - errors));
  }
  return errors > 0 ? 1 : 0;
}

function summary(files: number, errors: number, warnings: number): string {
  if (files === 0) return 'Không có tệp dữ liệu nào (.md, .json, .yaml) trong đường dẫn đã chọn.';
  const found = errors + warnings === 0 ? 'không có lỗi hay cảnh báo nào' : `${errors} lỗi, ${warnings} cảnh báo`;
  return `Đã kiểm tra ${files} văn bản: ${found}.`;
}
