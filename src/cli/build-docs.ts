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
    // The last resort, for a fault of the program: its message is English and internal, so it is not shown.
    console.error('Lỗi không mong đợi: chương trình gặp lỗi bên trong và dừng lại. Hãy báo cho nhóm phát triển, gửi kèm lệnh đã chạy và thư mục dữ liệu (chạy lại với biến môi trường DEBUG=1 để in chi tiết).');
    if (process.env.DEBUG) console.error(e);
    process.exitCode = 1;
  },
);
