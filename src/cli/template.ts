/**
 * `van-ban mau-nhap [<tệp .xlsx>] [--loai=dot-de-nghi|danh-sach]`: writes an input template for staff
 * to fill (writers/xlsx/template.ts): by default the sheet of a batch (`loai: dot_de_nghi`, the heavy job
 * of an award cycle), or the danh sách of one document; the columns of each from core/sheet-columns.ts,
 * the award names of the law data in the drop-down list. Never overwrites a file unless told
 * (`--ghi-de`); written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeOf, writeFileAtomic, WriteError } from '../build/output.ts';
import { DocumentError, formatProblem } from '../core/errors.ts';
import { BATCH_COLUMNS, NOMINEE_COLUMNS, type ColumnList, type SheetColumn } from '../core/sheet-columns.ts';
import { AWARDS_FILE, BASE_SALARY_FILE, LawDataError, parseLawData, type LawData } from '../law/law-data.ts';
import { TARGET_WORDS, type Target } from '../law/award-names.ts';
import { decodeText } from '../readers/encoding.ts';
import { BUILD_OPTIONS, optionHelp, readCommandLine, type OptionSpec } from './args.ts';
import type { Io } from './io.ts';

interface TemplateKind {
  columns: SheetColumn[];
  /** The file written when none is named. */
  file: string;
  /** `mẫu danh sách`: said when written. */
  what: string;
  /** The đối tượng its reader takes (a batch makes no báo cáo thành tích for a hộ gia đình). */
  targets: Target[];
}

export const TEMPLATE_KINDS: Record<string, TemplateKind> = {
  'dot-de-nghi': { columns: BATCH_COLUMNS, file: 'danh-sach-de-nghi.xlsx', what: 'mẫu đợt đề nghị', targets: ['ca_nhan', 'tap_the'] },
  'danh-sach': { columns: NOMINEE_COLUMNS, file: 'mau-danh-sach.xlsx', what: 'mẫu danh sách', targets: ['ca_nhan', 'tap_the', 'ho_gia_dinh'] },
};
const DEFAULT_KIND = 'dot-de-nghi';
/** Rows under the header that get the drop-down lists. */
export const TEMPLATE_ROWS = 5000;

const OPTIONS: Record<string, OptionSpec> = {
  loai: { type: 'string', example: '--loai=danh-sach', help: 'loại bảng tính: dot-de-nghi (mặc định) hoặc danh-sach' },
  'ghi-de': { type: 'boolean', help: 'ghi đè tệp đã có' },
  'du-lieu': BUILD_OPTIONS['du-lieu'],
  help: BUILD_OPTIONS.help,
};

export const TEMPLATE_USAGE = [
  `van-ban mau-nhap [<tệp .xlsx>] [--loai=dot-de-nghi|danh-sach] [tùy chọn]   (cũng là: van-ban template)`,
  '',
  'Ghi một bảng tính Excel trống để cán bộ điền: tiêu đề cột đúng như chương trình đọc, ghi chú cách điền ở',
  'từng tiêu đề cột (rê chuột vào tiêu đề: bắt buộc hay không, ghi gì, ví dụ), danh sách chọn cho danh hiệu',
  '(tên trong data/_chung/danh-hieu.yaml), giới tính và đối tượng, dòng tiêu đề cố định khi cuộn, cột ngày sinh,',
  'số CCCD, số điện thoại dạng chữ (giữ đúng như gõ, giữ số 0 ở đầu). Điền từ dòng 2.',
  '',
  'Hai loại:',
  `  --loai=dot-de-nghi  (mặc định; tệp ${TEMPLATE_KINDS['dot-de-nghi'].file}) bảng tính của một đợt đề nghị khen thưởng`,
  '                      (tệp đợt "loai: dot_de_nghi"): mỗi dòng một tập thể, cá nhân, đủ cột để tạo báo cáo thành',
  '                      tích của từng dòng, biên bản, tờ trình, quyết định. Điền xong, ghi tên tệp ở',
  '                      "danh_sach: { tep: … }" của tệp đợt.',
  `  --loai=danh-sach    (tệp ${TEMPLATE_KINDS['danh-sach'].file}) danh sách kèm một tờ trình, quyết định viết tay: ít cột`,
  '                      hơn (tên, giới tính, chức vụ, đơn vị, đối tượng, danh hiệu, nhóm, số CCCD, số điện thoại).',
  '                      Điền xong, ghi tên tệp ở "danh_sach: { tep: … }" của tệp văn bản.',
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
  const kindName = String(parsed.values.loai ?? DEFAULT_KIND);
  const kind = TEMPLATE_KINDS[kindName];
  if (!kind) return fail(io, `Không có loại bảng tính "${kindName}". Chọn --loai=dot-de-nghi (bảng tính của đợt đề nghị, mặc định) hoặc --loai=danh-sach (danh sách kèm văn bản).`, 2);
  if (parsed.positionals.length > 1) return fail(io, `Chỉ ghi một tệp mỗi lần; đã ghi ${parsed.positionals.length} tệp.\n${TEMPLATE_USAGE}`, 2);
  const path = parsed.positionals[0] ?? kind.file;
  if (!path.toLowerCase().endsWith('.xlsx')) return fail(io, `Tên tệp "${path}" phải có đuôi .xlsx, ví dụ ${kind.file}.`, 2);
  if (existsSync(path) && !parsed.values['ghi-de']) return fail(io, `Đã có tệp "${path}": không ghi đè. Chọn tên khác, hoặc thêm --ghi-de để ghi đè.`, 1);
  const law = loadLaw(join(String(parsed.values['du-lieu'] ?? 'data'), '_chung'), io);
  if (!law) return 1;
  const { writeInputTemplate } = await import('../writers/xlsx/template.ts');
  const bytes = await writeInputTemplate({ columns: kind.columns, lists: templateLists(law, kind.targets), rows: TEMPLATE_ROWS });
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    return fail(io, `Lỗi: ${e.message}`, 1);
  }
  io.out(`✓ ${path} (${kind.what}: ${kind.columns.length} cột, điền từ dòng 2)`);
  return 0;
}

/** The drop-down lists: each award name once, in the catalogue's order; giới tính; đối tượng. */
export function templateLists(law: LawData, targets: Target[] = TEMPLATE_KINDS['danh-sach'].targets): Record<ColumnList, string[]> {
  return { awards: [...new Set(law.awards.map((a) => a.ten))], genders: ['Nam', 'Nữ'], targets: targets.map((t) => TARGET_WORDS[t]) };
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
