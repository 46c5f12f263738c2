/**
 * Nominee rows for batches (`loai: dot_de_nghi`), fictional, made from a seed: the sample batch in
 * data/ (scripts/tao-dot-mau.ts) and the large synthetic batches of the benchmarks (bench/tao-lo-thu.ts).
 * The same seed and count give the same rows; the sheet is written with exceljs, dated by the batch.
 */
import ExcelJS from 'exceljs';

export const HEADERS = [
  'STT', 'Họ và tên', 'Đối tượng', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Đơn vị', 'Trình độ', 'Địa chỉ', 'Đặc điểm',
  'Danh hiệu', 'Nhiệm vụ', 'Thành tích', 'Tệp thành tích', 'Thủ trưởng đơn vị', 'Số phiếu đồng ý', 'Ghi chú',
] as const;

export type Row = Partial<Record<(typeof HEADERS)[number], string | number>>;

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HO = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hà', 'Lý', 'Ma', 'Triệu', 'Nông', 'Quan', 'Bàn'];
const DEM_NAM = ['Văn', 'Minh', 'Đức', 'Quang', 'Thanh', 'Ngọc', 'Hữu'];
const DEM_NU = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng'];
const TEN_NAM = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Việt'];
const TEN_NU = ['Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Huyền', 'Lan', 'Linh', 'Mai', 'Nga', 'Phương', 'Thảo', 'Trang', 'Vân', 'Yến'];
const CHUC_VU = ['Giáo viên', 'Giáo viên', 'Giáo viên', 'Tổ trưởng chuyên môn', 'Phó Hiệu trưởng', 'Nhân viên thư viện', 'Giáo viên chủ nhiệm'];
const TRINH_DO = ['Cử nhân Sư phạm Toán', 'Cử nhân Sư phạm Ngữ văn', 'Thạc sĩ Quản lý giáo dục', 'Cử nhân Sư phạm Tiếng Anh', 'Cử nhân Giáo dục Tiểu học', 'Cử nhân Giáo dục Mầm non'];

/** Units with their heads (fictional). */
export const UNITS = [
  { ten: 'Trường THPT Sơn Dương', thu_truong: 'Nông Văn Thạch', dia_chi: 'tổ dân phố Tân Bắc, xã Sơn Dương, tỉnh Tuyên Quang' },
  { ten: 'Trường THPT Chuyên Tuyên Quang', thu_truong: 'Hoàng Minh Tuấn', dia_chi: 'phường Minh Xuân, tỉnh Tuyên Quang' },
  { ten: 'Trường THCS Phan Thiết', thu_truong: 'Lê Thị Hạnh', dia_chi: 'phường Phan Thiết, tỉnh Tuyên Quang' },
  { ten: 'Trường Mầm non Hoa Sen', thu_truong: 'Đỗ Minh Châu', dia_chi: 'phường Tân Quang, tỉnh Tuyên Quang' },
  { ten: 'Trường Tiểu học Hồng Thái', thu_truong: 'Bàn Văn Sơn', dia_chi: 'xã Hồng Thái, tỉnh Tuyên Quang' },
  { ten: 'Trường THPT Hàm Yên', thu_truong: 'Ma Thị Lan', dia_chi: 'xã Hàm Yên, tỉnh Tuyên Quang' },
  { ten: 'Trường PTDTNT THCS Na Hang', thu_truong: 'Quan Văn Hùng', dia_chi: 'xã Na Hang, tỉnh Tuyên Quang' },
  { ten: 'Trường THCS Tân Trào', thu_truong: 'Triệu Thị Mai', dia_chi: 'xã Tân Trào, tỉnh Tuyên Quang' },
];

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];
const two = (n: number) => String(n).padStart(2, '0');

const RESULTS = [
  'Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025; được đồng nghiệp và học sinh tín nhiệm.',
  'Tỷ lệ học sinh các lớp được giao đạt yêu cầu trở lên 100%.',
  'Bồi dưỡng học sinh giỏi cấp tỉnh: 01 giải Nhì, 02 giải Ba.',
  'Sáng kiến "Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học" được công nhận cấp tỉnh.',
  'Tham gia biên soạn tài liệu giáo dục địa phương tỉnh Tuyên Quang.',
  'Chủ nhiệm lớp đạt danh hiệu "Lớp học thân thiện" của trường.',
];

/** An individual of `unit`, made from the generator. */
function person(next: () => number, unitIndex: number, award: string, votes?: number, used = new Set<string>()): Row {
  const male = next() < 0.45;
  const unit = unitOf(unitIndex);
  let name: string;
  do {
    const [dem, ten] = male ? [pick(next, DEM_NAM), pick(next, TEN_NAM)] : [pick(next, DEM_NU), pick(next, TEN_NU)];
    name = `${pick(next, HO)} ${dem} ${ten}`;
  } while (used.has(`${name}|${unit.ten}`));
  used.add(`${name}|${unit.ten}`);
  const results = [...RESULTS].sort(() => next() - 0.5).slice(0, 3);
  // The same name and ngày sinh is one person twice, which the batch refuses: another date then.
  let born: string;
  do born = `${two(1 + Math.floor(next() * 28))}/${two(1 + Math.floor(next() * 12))}/${1970 + Math.floor(next() * 25)}`;
  while (used.has(`${name}|${born}`));
  used.add(`${name}|${born}`);
  return {
    'Họ và tên': name,
    'Đối tượng': 'Cá nhân',
    'Ngày sinh': born,
    'Giới tính': male ? 'Nam' : 'Nữ',
    'Chức vụ': pick(next, CHUC_VU),
    'Đơn vị': unit.ten,
    'Trình độ': pick(next, TRINH_DO),
    'Danh hiệu': award,
    'Nhiệm vụ': 'Giảng dạy theo phân công của nhà trường; tham gia các hoạt động chuyên môn của tổ.',
    'Thành tích': results.map((r) => `- ${r}`).join('\n'),
    'Thủ trưởng đơn vị': unit.thu_truong,
    ...(votes === undefined ? {} : { 'Số phiếu đồng ý': votes }),
  };
}

/** The units above, then `Trường Tiểu học số 9`, … for large batches. */
function unitOf(index: number): (typeof UNITS)[number] {
  if (index < UNITS.length) return UNITS[index];
  const n = index + 1;
  return { ten: `Trường Tiểu học số ${n}`, thu_truong: 'Nguyễn Văn Hiệu', dia_chi: `xã số ${n}, tỉnh Tuyên Quang` };
}

function collective(unitIndex: number, award: string, votes?: number): Row {
  const unit = unitOf(unitIndex);
  return {
    'Họ và tên': unit.ten,
    'Đối tượng': 'Tập thể',
    'Địa chỉ': unit.dia_chi,
    'Đặc điểm': `${unit.ten} có 28 lớp, 64 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn.`,
    'Danh hiệu': award,
    'Nhiệm vụ': 'Tổ chức dạy học và giáo dục học sinh theo chương trình giáo dục phổ thông 2018.',
    'Thành tích': '- Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025.\n- Dẫn đầu cụm thi đua của ngành.',
    'Thủ trưởng đơn vị': unit.thu_truong,
    ...(votes === undefined ? {} : { 'Số phiếu đồng ý': votes }),
  };
}

/**
 * `count` nominees: about one in eight a collective, the others individuals with a mix of awards; the
 * award names written as staff write them. Each unit has at most `perUnit` of them when given.
 */
export function syntheticRows(count: number, seed: number, units = Math.max(UNITS.length, Math.ceil(count / 5))): Row[] {
  const next = random(seed);
  const used = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    if (i % 8 === 7) return collective(Math.floor(i / 8) % units, pick(next, ['Tập thể lao động xuất sắc', 'Bằng khen Chủ tịch UBND tỉnh', 'Tập thể LĐXS']));
    const award = pick(next, ['Bằng khen Chủ tịch UBND tỉnh', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'CSTĐ cấp tỉnh', 'Chiến sĩ thi đua cấp tỉnh']);
    return person(next, i % units, award, award.startsWith('C') ? 10 + Math.floor(next() * 2) : undefined, used);
  });
}

export { collective, person };

/** Writes the rows as a sheet "Danh sách": a title row, the headers, the rows numbered; dated `date` so that the bytes depend on the rows only. */
export async function writeSheet(rows: Row[], path: string, title: string, date = new Date(Date.UTC(2025, 10, 1))): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'van-ban-thi-dua';
  workbook.created = date;
  workbook.modified = date;
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]);
  sheet.addRow([...HEADERS]);
  rows.forEach((row, i) => sheet.addRow(HEADERS.map((h) => (h === 'STT' ? i + 1 : (row[h] ?? null)))));
  sheet.getRow(2).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = [6, 26, 10, 12, 9, 22, 30, 26, 30, 40, 30, 40, 60, 24, 22, 10, 24][i]));
  sheet.getColumn(4).numFmt = '@';
  await workbook.xlsx.writeFile(path);
}
