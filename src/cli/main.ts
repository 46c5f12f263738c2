/**
 * The command `van-ban` (also `npm run build:docs`): `tao` builds (the default), `kiem-tra` checks
 * without writing, `theo-doi` rebuilds on every save. Returns the exit code; prints through `io`.
 */
import { BUILD_OPTIONS, optionHelp } from './args.ts';
import type { Io } from './io.ts';

interface Command {
  names: string[];
  summary: string;
  run(argv: string[], io: Io): Promise<number>;
}

const COMMANDS: Command[] = [
  {
    names: ['tao', 'build'],
    summary: 'tạo văn bản (DOCX, PDF, HTML) từ tệp dữ liệu; chỉ tạo lại văn bản có dữ liệu đã đổi (lệnh mặc định)',
    run: async (argv, io) => (await import('./run.ts')).runBuild(argv, io),
  },
  {
    names: ['kiem-tra', 'check'],
    summary: 'kiểm tra mọi tệp dữ liệu, danh sách, mẫu và tệp dùng chung mà không ghi gì; in "tệp:dòng:cột: …" hoặc --json',
    run: async (argv, io) => (await import('./check.ts')).runCheck(argv, io),
  },
  {
    names: ['theo-doi', 'watch'],
    summary: 'tạo văn bản rồi theo dõi thư mục dữ liệu và mẫu: lưu tệp là văn bản và trang xem trước được tạo lại',
    run: async (argv, io) => (await import('./watch.ts')).runWatch(argv, io),
  },
  {
    names: ['mau-nhap', 'template'],
    summary: 'ghi bảng tính Excel trống (tiêu đề, ghi chú, danh sách chọn) để cán bộ điền: mặc định bảng tính của đợt đề nghị; --loai=danh-sach: danh sách kèm văn bản',
    run: async (argv, io) => (await import('./template.ts')).runTemplate(argv, io),
  },
];

export const HELP = [
  'van-ban: tạo văn bản thi đua – khen thưởng đúng thể thức Nghị định 30/2020/NĐ-CP từ tệp dữ liệu.',
  '',
  'Cách dùng:',
  '  npx van-ban [lệnh] [<tệp hoặc thư mục>…] [tùy chọn]',
  '  npm run build:docs -- [<tệp hoặc thư mục>…] [tùy chọn]     (như "van-ban tao")',
  '  npm run check -- [<tệp hoặc thư mục>…] [--json]            (như "van-ban kiem-tra")',
  '  npm run watch                                               (như "van-ban theo-doi")',
  '',
  'Lệnh:',
  ...COMMANDS.map((c) => `  ${c.names.join(', ').padEnd(20)}${c.summary}`),
  '',
  'Không ghi tệp hay thư mục: làm với cả thư mục dữ liệu (data/). Thư mục node_modules, .git, output và',
  'tên bắt đầu bằng "_" hoặc "." được bỏ qua (đó là dữ liệu dùng chung, không phải văn bản).',
  '',
  'Tùy chọn khi tạo văn bản:',
  ...optionHelp(BUILD_OPTIONS),
  '',
  'Mỗi lệnh có hướng dẫn riêng: npx van-ban <lệnh> --help.',
  'Mã thoát: 0 khi mọi văn bản được tạo (hoặc không có lỗi), 1 khi có văn bản lỗi, 2 khi dòng lệnh sai.',
].join('\n');

export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help' || first === 'tro-giup') {
    io.out(HELP);
    return 0;
  }
  const command = COMMANDS.find((c) => c.names.includes(first));
  return command ? command.run(rest, io) : COMMANDS[0].run(argv, io);
}
