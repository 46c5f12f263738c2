/**
 * npm run check [-- <tệp hoặc thư mục>…] [--json] [--du-lieu=<thư mục>] [--mau-docx=<tệp>]
 * Checks every document and shared file without writing anything (see check.ts).
 */
import { runCheck } from './check.ts';

const terminal = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };

runCheck(process.argv.slice(2), terminal).then(
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
