/**
 * `van-ban theo-doi` (`npm run watch`): builds, then watches the data and templates folders; on every
 * save the documents affected are built again (the manifest tells which), the problems are printed, and
 * an open preview (a local web server of the output folder) reloads itself. Runs until Ctrl+C.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { buildAll, type BuildOptions } from '../build/pipeline.ts';
import { BUILD_OPTIONS, optionHelp, readCommandLine, buildOptionsOf, type OptionSpec } from './args.ts';
import type { Io } from './io.ts';
import { printReport } from './run.ts';
import { startPreview, type Preview } from './preview.ts';

const WATCH_OPTIONS: Record<string, OptionSpec> = {
  ...BUILD_OPTIONS,
  cong: { type: 'string', example: '--cong=4173', help: 'cổng của trang xem trước http://localhost:<cổng>/ (mặc định 4173; 0: chọn cổng trống)' },
  'khong-xem-truoc': { type: 'boolean', help: 'không mở trang xem trước, chỉ tạo văn bản' },
};

const USAGE = 'Cách dùng: npm run watch [-- <tệp hoặc thư mục>…] [tùy chọn]. Xem tùy chọn: npx van-ban theo-doi --help';

export const WATCH_HELP = [
  'van-ban theo-doi [<tệp hoặc thư mục>…] [tùy chọn]   (cũng là: npm run watch -- …)',
  '',
  'Tạo văn bản, rồi theo dõi thư mục dữ liệu và thư mục mẫu: mỗi lần lưu tệp, văn bản liên quan được tạo',
  'lại, lỗi được in ra, và trang xem trước đang mở tự tải lại. Dừng bằng Ctrl+C.',
  '',
  'Tùy chọn:',
  ...optionHelp(WATCH_OPTIONS),
].join('\n');

/** Files editors keep beside the one open: temporary and swap files, Excel's `~$…` and LibreOffice's `.~lock…#` locks. */
const EDITOR_FILES = /\.tmp$|~$|\.swp$|^~\$|^\.~lock\./;

/** Waits this long after a save for the next ones (an editor writes a file in several steps). */
const SETTLE_MS = 60;

export interface WatchControl {
  /** Ends the watch (Ctrl+C does it on the terminal). */
  signal?: AbortSignal;
  /** Told after each build with its exit code (tests wait on it). */
  built?(code: number): void;
  /** Told the preview's address once it listens. */
  listening?(url: string): void;
}

export async function runWatch(argv: string[], io: Io, defaults: Partial<BuildOptions> = {}, control: WatchControl = {}): Promise<number> {
  const parsed = readCommandLine(argv, WATCH_OPTIONS, USAGE);
  if (typeof parsed === 'string') return fail(io, parsed);
  const port = parsed.values.cong === undefined ? 4173 : Number(parsed.values.cong);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(io, `Cổng "${parsed.values.cong}" không hợp lệ: ghi một số từ 0 đến 65535, ví dụ --cong=4173.\n${USAGE}`);
  const options = buildOptionsOf(parsed, USAGE, defaults);
  if (options === 'help') return io.out(WATCH_HELP), 0;
  if (typeof options === 'string') return fail(io, options);
  const preview = parsed.values['khong-xem-truoc'] ? undefined : await startPreview(options.outDir, port, io);
  if (preview) control.listening?.(preview.url);
  const signal = control.signal ?? interrupted();
  const rebuild = serialised(async () => {
    const code = await buildAll(options).then(
      (report) => printReport(report, io),
      (e: unknown) => {
        // A fault of the program: said in Vietnamese, and the watch goes on (the next save tries again).
        io.err('Lỗi không mong đợi khi tạo văn bản: chương trình gặp lỗi bên trong. Vẫn tiếp tục theo dõi; hãy báo cho nhóm phát triển (chạy lại với DEBUG=1 để in chi tiết).');
        if (process.env.DEBUG) console.error(e);
        return 1;
      },
    );
    preview?.reload();
    control.built?.(code);
  });
  const watchers = watchFolders(options, debounced(rebuild, SETTLE_MS), io);
  await rebuild();
  io.out(`\nĐang theo dõi ${watchers.folders.join(', ')}: lưu tệp là văn bản được tạo lại. Dừng: Ctrl+C.`);
  await new Promise<void>((done) => (signal.aborted ? done() : signal.addEventListener('abort', () => done(), { once: true })));
  for (const w of watchers.list) w.close();
  await preview?.close();
  return 0;
}

const fail = (io: Io, message: string): number => {
  io.err(message);
  return 2;
};

/** Aborted by Ctrl+C. */
function interrupted(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}

/** The data and templates folders (and a DOCX template chosen elsewhere), each watched through; saves inside the output folder are not ours. */
function watchFolders(options: BuildOptions, changed: () => void, io: Io): { list: FSWatcher[]; folders: string[] } {
  const outDir = resolve(options.outDir) + sep;
  const folders = [...new Set([options.dataDir, options.templatesDir, ...options.targets])];
  const list: FSWatcher[] = [];
  for (const folder of folders) {
    try {
      const watcher = watch(folder, { recursive: true }, (_event, name) => {
        const path = resolve(folder, String(name ?? ''));
        if (!path.startsWith(outDir) && !EDITOR_FILES.test(basename(path))) changed();
      });
      watcher.on('error', () => io.err(`Không theo dõi được "${folder}" nữa (thư mục bị xóa hoặc đổi tên?). Chạy lại lệnh theo dõi.`));
      list.push(watcher);
    } catch {
      io.err(`Không theo dõi được "${folder}": thư mục không có hoặc không đọc được.`);
    }
  }
  return { list, folders };
}

/** Calls `f` once the calls have stopped for `ms`. */
function debounced(f: () => unknown, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void f(), ms);
  };
}

/** `f` never runs twice at once: a call while it runs makes it run once more after. */
function serialised(f: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const go = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = f().finally(() => (running = undefined));
    await running;
    if (again) {
      again = false;
      await go();
    }
  };
  return go;
}

export type { Preview };
