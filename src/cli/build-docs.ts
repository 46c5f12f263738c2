/**
 * npm run build:docs [-- <tệp hoặc thư mục>…] [--dinh-dang=docx,pdf,html,json] [--mau-docx=<tệp>] [--ra=<thư mục>] [--du-lieu=<thư mục>]
 * Builds every document in data/ (or only the given files/folders) into output/.
 */
import { runBuild } from './run.ts';

const terminal = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };

runBuild(process.argv.slice(2), terminal).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exitCode = 1;
  },
);
