/**
 * npm run build:docs [-- <tệp hoặc thư mục>…] [--dinh-dang=docx,pdf,html,json] [--mau-docx=<tệp>] [--ra=<thư mục>] [--du-lieu=<thư mục>]
 * Builds every document in data/ (or only the given files/folders) into output/.
 */
import { buildAll } from '../build/pipeline.ts';
import { formatProblem } from '../core/errors.ts';
import { parseArgs } from './args.ts';

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
