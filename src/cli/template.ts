/**
 * `van-ban mau-nhap [<tệp .xlsx>]`: writes the input template, an empty danh sách for staff to fill
 * (writers/xlsx/template.ts), with the award names of the law data in its drop-down list. Never
 * overwrites a file unless told (`--ghi-de`); written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeOf, writeFileAtomic, WriteError } from '../build/output.ts';
import { DocumentError, formatProblem } from '../core/errors.ts';
import { NOMINEE_COLUMNS } from '../core/nominee-columns.ts';
import { AWARDS_FILE, BASE_SALARY_FILE, LawDataError, parseLawData, type LawData } from '../law/law-data.ts';
import { TARGET_WORDS } from '../law/award-names.ts';
import { decodeText } from '../readers/encoding.ts';
import { BUILD_OPTIONS, optionHelp, readCommandLine, type OptionSpec } from './args.ts';
import type { Io } from './io.ts';

export const DEFAULT_TEMPLATE_FILE = 'mau-danh-sach.xlsx';
/** Rows under the header that get the drop-down lists. */
export const TEMPLATE_ROWS = 5000;

const OPTIONS: Record<string, OptionSpec> = {
  'ghi-de': { type: 'boolean', help: 'ghi đè tệp đã có' },
  'du-lieu': BUILD_OPTIONS['du-lieu'],
  help: BUILD_OPTIONS.help,
};

export const TEMPLATE_USAGE = [
  `van-ban mau-nhap [<tệp .xlsx>] [tùy chọn]   (cũng là: van-ban template)`,
  '',
  `Ghi một bảng tính Excel trống (mặc định ${DEFAULT_TEMPLATE_FILE}) để cán bộ điền danh sách tập thể, cá nhân đề nghị`,
  'khen thưởng: tiêu đề cột đúng như chương trình đọc, ghi chú cách điền ở từng tiêu đề cột, danh sách chọn',
  'cho danh hiệu (lấy từ data/_chung/danh-hieu.yaml), giới tính và đối tượng, cột số CCCD và số điện thoại',
  'dạng chữ (giữ số 0 ở đầu). Điền xong, ghi tên tệp ở "danh_sach: { tep: … }" của tệp dữ liệu.',
  '',
  'Tùy chọn:',
  ...optionHelp(OPTIONS),
].join('\n');

export async function runTemplate(argv: string[], io: Io): Promise<number> {
  const parsed = readCommandLine(argv, OPTIONS, TEMPLATE_USAGE);
  if (typeof parsed === 'string') return fail(io, parsed, 2);
  if (parsed.values.help) {
    io.out(TEMPLATE_USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) return fail(io, `Chỉ ghi một tệp mỗi lần; đã ghi ${parsed.positionals.length} tệp.\n${TEMPLATE_USAGE}`, 2);
  const path = parsed.positionals[0] ?? DEFAULT_TEMPLATE_FILE;
  if (!path.toLowerCase().endsWith('.xlsx')) return fail(io, `Tên tệp "${path}" phải có đuôi .xlsx, ví dụ ${DEFAULT_TEMPLATE_FILE}.`, 2);
  if (existsSync(path) && !parsed.values['ghi-de']) return fail(io, `Đã có tệp "${path}": không ghi đè. Chọn tên khác, hoặc thêm --ghi-de để ghi đè.`, 1);
  const law = loadLaw(join(String(parsed.values['du-lieu'] ?? 'data'), '_chung'), io);
  if (!law) return 1;
  const { writeInputTemplate } = await import('../writers/xlsx/template.ts');
  const bytes = await writeInputTemplate({ columns: NOMINEE_COLUMNS, lists: templateLists(law), rows: TEMPLATE_ROWS });
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    return fail(io, `Lỗi: ${e.message}`, 1);
  }
  io.out(`✓ ${path} (mẫu danh sách: ${NOMINEE_COLUMNS.length} cột, điền từ dòng 2)`);
  return 0;
}

/** The drop-down lists: each award name once, in the catalogue's order; giới tính; đối tượng. */
export function templateLists(law: LawData): { awards: string[]; genders: string[]; targets: string[] } {
  return { awards: [...new Set(law.awards.map((a) => a.ten))], genders: ['Nam', 'Nữ'], targets: Object.values(TARGET_WORDS) };
}

function loadLaw(folder: string, io: Io): LawData | undefined {
  const [salary, awards] = [BASE_SALARY_FILE, AWARDS_FILE].map((name) => join(folder, name));
  try {
    const read = (path: string) => ({ path, text: decodeText(readFileSync(path), path) });
    return parseLawData(read(salary), read(awards));
  } catch (e) {
    if (e instanceof DocumentError) for (const p of e.problems) io.err(formatProblem(p));
    else if (e instanceof LawDataError) io.err(`Lỗi: ${e.message}`);
    else if (codeOf(e)) io.err(`Lỗi: không đọc được dữ liệu luật trong "${folder}" (${AWARDS_FILE}, ${BASE_SALARY_FILE}), cần để lấy tên các danh hiệu. Chạy lệnh trong thư mục dự án, hoặc ghi --du-lieu=<thư mục dữ liệu>.`);
    else throw e;
    return undefined;
  }
}

function fail(io: Io, message: string, code: number): number {
  io.err(message);
  return code;
}
