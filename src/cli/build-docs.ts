/**
 * npm run build:docs [-- <tệp hoặc thư mục>…] [--dinh-dang=docx,pdf,html,json] [--mau-docx=<tệp>] [--ra=<thư mục>]
 * Builds every document in data/ (or only the given files/folders) into output/.
 */
import { existsSync } from 'node:fs';
import { buildAll, DEFAULT_FORMATS, FORMATS, type BuildOptions, type Format } from '../build/pipeline.ts';
import { formatProblem } from '../core/errors.ts';

const USAGE = `Cách dùng: npm run build:docs [-- <tệp hoặc thư mục trong data/>…] [--dinh-dang=docx,pdf,html,json] [--mau-docx=<tệp .docx>] [--ra=<thư mục>]`;

export function parseArgs(argv: string[]): BuildOptions | string {
  const options: BuildOptions = { dataDir: 'data', outDir: 'output', templatesDir: 'templates', targets: [], formats: [...DEFAULT_FORMATS] };
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2);
    if (flag === '--dinh-dang' || flag === '--formats') {
      const formats = (value ?? '').split(',').map((f) => f.trim()) as Format[];
      const unknown = formats.filter((f) => !FORMATS.includes(f));
      if (unknown.length > 0 || formats.length === 0) return `Định dạng không hỗ trợ: "${unknown.join(', ') || value}". Chọn trong: ${FORMATS.join(', ')}.`;
      options.formats = formats;
    } else if (flag === '--mau-docx') options.docxTemplate = value;
    else if (flag === '--ra') options.outDir = value;
    else if (flag === '--du-lieu') options.dataDir = value;
    else if (flag === '--help' || flag === '-h') return USAGE;
    else if (arg.startsWith('--')) return `Không hiểu tùy chọn "${arg}".\n${USAGE}`;
    else if (!existsSync(arg)) return `Không tìm thấy "${arg}". Ghi đường dẫn tệp hoặc thư mục, ví dụ data/2023.`;
    else options.targets.push(arg);
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  const { results, registryProblems, shared } = await buildAll(options);
  for (const p of registryProblems) console.error(formatProblem(p));
  for (const out of shared) console.log(`✓ ${out}`);
  for (const r of results) {
    for (const out of r.outputs) console.log(`✓ ${out}`);
    for (const p of r.problems) (p.severity === 'loi' ? console.error : console.warn)(formatProblem(p));
    if (!r.ok) console.error(`✗ ${r.source}: không tạo văn bản này.`);
  }
  const failed = results.filter((r) => !r.ok).length;
  const built = results.length - failed;
  console.log(`\nĐã tạo ${built}/${results.length} văn bản${failed ? `, ${failed} văn bản có lỗi` : ''}.`);
  if (results.length === 0 && registryProblems.length === 0) console.log('Không có tệp dữ liệu nào (.md, .json, .yaml) trong đường dẫn đã chọn.');
  return failed > 0 || registryProblems.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exitCode = 1;
  },
);
