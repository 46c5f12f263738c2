/**
 * The options of the build, read with node:util `parseArgs` (`--ra output` and `--ra=output` both work)
 * without building anything. A wrong command line gives a Vietnamese message, never parseArgs' English.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs as parseCommandLine, type ParseArgsConfig } from 'node:util';
import { DEFAULT_FORMATS, FORMATS, type BuildOptions, type Format } from '../build/pipeline.ts';

export const USAGE = `Cách dùng: npm run build:docs [-- <tệp hoặc thư mục trong data/>…] [--dinh-dang=docx,pdf,html,json,xlsx] [--mau-docx=<tệp .docx>] [--ra=<thư mục>] [--du-lieu=<thư mục>] [--tat-ca] [--ban-hanh-lai]. Xem mọi lệnh và tùy chọn: npx van-ban --help`;

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & { example?: string; help: string };

/** The options of building (shared by `tao`, `theo-doi` and, in part, `kiem-tra`), with an example of each value. */
export const BUILD_OPTIONS: Record<string, OptionSpec> = {
  'dinh-dang': { type: 'string', example: '--dinh-dang=docx,pdf', help: `định dạng cần tạo, cách nhau dấu phẩy: ${FORMATS.join(', ')} (mặc định ${DEFAULT_FORMATS.join(',')})` },
  formats: { type: 'string', example: '--formats=docx,pdf', help: 'như --dinh-dang' },
  'mau-docx': { type: 'string', example: '--mau-docx=mau-cua-toi.docx', help: 'mẫu DOCX (kiểu chữ, lề) thay cho templates/van-ban.docx' },
  ra: { type: 'string', example: '--ra=output', help: 'thư mục ghi văn bản (mặc định output)' },
  'du-lieu': { type: 'string', example: '--du-lieu=data', help: 'thư mục dữ liệu, nơi có _chung/co-quan.yaml (mặc định data)' },
  'tat-ca': { type: 'boolean', help: 'tạo lại mọi văn bản, kể cả văn bản có dữ liệu không đổi từ lần trước' },
  'ban-hanh-lai': { type: 'boolean', help: 'ghi đè cả văn bản đã ban hành (da_ban_hanh: true) khi nội dung đổi: ban hành lại' },
  luong: { type: 'string', example: '--luong=2', help: 'số luồng tạo văn bản cùng lúc (mặc định: số nhân của máy, hoặc biến môi trường VAN_BAN_LUONG; 1: không chia luồng). Văn bản tạo ra giống hệt nhau dù chạy bao nhiêu luồng' },
  help: { type: 'boolean', short: 'h', help: 'in hướng dẫn này' },
};

export type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] };

/**
 * The command line read against `options`, or the Vietnamese message for what is wrong with it. An
 * option that takes a value must have one (`--ra` at the end, `--ra=` or `--ra --tat-ca` is an error).
 */
export function readCommandLine(argv: string[], options: Record<string, OptionSpec>, usage: string): Parsed | string {
  const { tokens } = parseCommandLine({ args: argv, options: nodeConfig(options), strict: false, allowPositionals: true, tokens: true });
  const values: Parsed['values'] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind === 'option-terminator') continue;
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) return `Không hiểu tùy chọn "${token.rawName}".\n${usage}`;
    if (spec.type === 'string') {
      // parseArgs takes the next argument as the value even when it is an option (`--ra --tat-ca`).
      if (!token.value || (!token.inlineValue && token.value.startsWith('-'))) return `Tùy chọn "${token.rawName}" thiếu giá trị: ghi giá trị liền sau dấu "=", ví dụ ${spec.example}.\n${usage}`;
      values[token.name] = token.value;
    } else {
      if (token.inlineValue) return `Tùy chọn "${token.rawName}" không nhận giá trị: chỉ ghi "${token.rawName}".\n${usage}`;
      values[token.name] = true;
    }
  }
  return { values, positionals };
}

/** parseArgs' own config: the names, types and short forms (the examples and help are ours). */
const nodeConfig = (options: Record<string, OptionSpec>): ParseArgsConfig['options'] =>
  Object.fromEntries(Object.entries(options).map(([name, { type, short }]) => [name, short ? { type, short } : { type }]));

/** The build options, or the message to print (with exit code 2) when the command line is wrong; `'help'` for --help. */
export function parseArgs(argv: string[], defaults: Partial<BuildOptions> = {}): BuildOptions | string | 'help' {
  const parsed = readCommandLine(argv, BUILD_OPTIONS, USAGE);
  if (typeof parsed === 'string') return parsed;
  return buildOptionsOf(parsed, USAGE, defaults);
}

/** The options a flag sets, for keeping a default the command line did not override. */
const FLAG_OF: Partial<Record<keyof BuildOptions, string>> = { dataDir: 'du-lieu', outDir: 'ra', docxTemplate: 'mau-docx' };

/**
 * The build options of a command line read by `readCommandLine`; `defaults`: folders used unless the
 * command line names others (tests point them at a scratch project).
 */
export function buildOptionsOf({ values, positionals }: Parsed, usage = USAGE, defaults: Partial<BuildOptions> = {}): BuildOptions | string | 'help' {
  if (values.help) return 'help';
  const unless = Object.entries(defaults).filter(([key, value]) => value !== undefined && values[FLAG_OF[key as keyof BuildOptions] ?? ''] === undefined);
  const options: BuildOptions = { dataDir: 'data', outDir: 'output', templatesDir: 'templates', targets: [], formats: [...DEFAULT_FORMATS], ...Object.fromEntries(unless) };
  const formatList = (values['dinh-dang'] ?? values.formats) as string | undefined;
  if (formatList !== undefined) {
    const formats = formatList.split(',').map((f) => f.trim()) as Format[];
    const unknown = formats.filter((f) => !FORMATS.includes(f));
    if (unknown.length > 0) return `Định dạng không hỗ trợ: "${unknown.join(', ')}". Chọn trong: ${FORMATS.join(', ')}.\n${usage}`;
    options.formats = formats;
  }
  if (typeof values['mau-docx'] === 'string') options.docxTemplate = values['mau-docx'];
  if (typeof values.ra === 'string') options.outDir = values.ra;
  if (typeof values['du-lieu'] === 'string') options.dataDir = values['du-lieu'];
  if (values['tat-ca']) options.all = true;
  if (values['ban-hanh-lai']) options.reissue = true;
  const workers = (values.luong as string | undefined) ?? process.env.VAN_BAN_LUONG;
  if (workers !== undefined && !/^[1-9]\d{0,2}$/.test(workers)) return `Số luồng "${workers}" không hợp lệ: ghi một số nguyên từ 1 đến 999, ví dụ --luong=2.\n${usage}`;
  options.workers = workers === undefined ? availableParallelism() : Number(workers);
  for (const target of positionals) {
    if (!existsSync(target)) return `Không tìm thấy "${target}". Ghi đường dẫn tệp hoặc thư mục, ví dụ data/2023.`;
    options.targets.push(target);
  }
  return options;
}

/** The help lines of a set of options: `  --ra <giá trị>   thư mục …`. */
export function optionHelp(options: Record<string, OptionSpec>): string[] {
  const rows = Object.entries(options)
    .filter(([name]) => name !== 'formats')
    .map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ' <giá trị>' : ''}`, spec.help]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
}
