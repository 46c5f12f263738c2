/**
 * The process around the command (`npx van-ban`, `npm run build:docs`): runs `main` on the command
 * line with the terminal's output, and sets the exit code (never exits, so piped output is not lost).
 */
import { setFlagsFromString } from 'node:v8';
import { terminalIo } from './io.ts';
import { main } from './main.ts';

// V8 lets each thread's heap grow to up to 4 times what it kept at its last full collection before it
// collects again: a batch of 10,000 nominees reached 1.1 GB across the three threads, each holding a
// fraction of it. Growing by half at most keeps that run under 0.7 GB, at no time measured (BENCHMARKS.md).
// Set before any worker starts: the flags are the process's.
setFlagsFromString('--heap-growing-percent=50');

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
