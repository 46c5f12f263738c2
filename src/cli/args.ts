/** The options of `npm run build:docs`, read from the command line without building anything. */
import { existsSync } from 'node:fs';
import { DEFAULT_FORMATS, FORMATS, type BuildOptions, type Format } from '../build/pipeline.ts';

export const USAGE = `Cách dùng: npm run build:docs [-- <tệp hoặc thư mục trong data/>…] [--dinh-dang=docx,pdf,html,json] [--mau-docx=<tệp .docx>] [--ra=<thư mục>] [--du-lieu=<thư mục>] [--ban-hanh-lai]`;

/** The options that take a value, each with an example of it. */
const VALUE_OPTIONS = new Map([
  ['--dinh-dang', '--dinh-dang=docx,pdf'],
  ['--formats', '--formats=docx,pdf'],
  ['--mau-docx', '--mau-docx=mau-cua-toi.docx'],
  ['--ra', '--ra=output'],
  ['--du-lieu', '--du-lieu=data'],
]);

/** The build options, or the message to print (with exit code 2) when the command line is wrong. */
export function parseArgs(argv: string[]): BuildOptions | string {
  const options: BuildOptions = { dataDir: 'data', outDir: 'output', templatesDir: 'templates', targets: [], formats: [...DEFAULT_FORMATS] };
  for (const arg of argv) {
    const equals = arg.indexOf('=');
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    const value = equals === -1 ? undefined : arg.slice(equals + 1);
    if (flag === '--help' || flag === '-h') return USAGE;
    if (arg === '--ban-hanh-lai') {
      options.reissue = true;
      continue;
    }
    const example = VALUE_OPTIONS.get(flag);
    if (arg.startsWith('-') && !example) return `Không hiểu tùy chọn "${arg}".\n${USAGE}`;
    if (example && !value) return `Tùy chọn "${flag}" thiếu giá trị: ghi giá trị liền sau dấu "=", ví dụ ${example}.\n${USAGE}`;
    if (flag === '--dinh-dang' || flag === '--formats') {
      const formats = value!.split(',').map((f) => f.trim()) as Format[];
      const unknown = formats.filter((f) => !FORMATS.includes(f));
      if (unknown.length > 0) return `Định dạng không hỗ trợ: "${unknown.join(', ')}". Chọn trong: ${FORMATS.join(', ')}.\n${USAGE}`;
      options.formats = formats;
    } else if (flag === '--mau-docx') options.docxTemplate = value;
    else if (flag === '--ra') options.outDir = value!;
    else if (flag === '--du-lieu') options.dataDir = value!;
    else if (!existsSync(arg)) return `Không tìm thấy "${arg}". Ghi đường dẫn tệp hoặc thư mục, ví dụ data/2023.`;
    else options.targets.push(arg);
  }
  return options;
}
