/**
 * The process around the command (`npx van-ban`, `npm run build:docs`): runs `main` on the command
 * line with the terminal's output, and sets the exit code (never exits, so piped output is not lost).
 */
import { terminalIo } from './io.ts';
import { main } from './main.ts';

main(process.argv.slice(2), terminalIo()).then(
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
