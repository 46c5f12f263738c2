/**
 * The columns of the spreadsheets staff fill, in one table: each column's header as the input template
 * (`van-ban mau-nhap`) writes it, the other headers staff write for it, its note (what to write, with an
 * example), its drop-down list, text format and width. Two readers take their columns from here: the
 * danh sách of a document (`danh_sach: { tep: … }`, readers/nominee-sheet.ts: NOMINEE_COLUMNS) and the
 * sheet of a batch (`loai: dot_de_nghi`, readers/batch-sheet.ts: BATCH_COLUMNS); the template of each is
 * written from the same list, so a header the template writes is one its reader reads. To read a new
 * column, add it to COLUMN and to the list of the reader(s) that keep it.
 */
import { withoutMarks } from './text.ts';

/** Where a column's drop-down list comes from: the award names of the law data, or a fixed list. */
export type ColumnList = 'awards' | 'genders' | 'targets';

/** When a cell must be filled. */
export interface Required {
  /** Only on the rows of a cá nhân, or of a tập thể (absent: on every row). */
  who?: 'ca_nhan' | 'tap_the';
  /** Only when the batch makes a báo cáo thành tích per row (`tao.bao_cao_thanh_tich`). */
  report?: true;
  /** What to write, said when the cell is empty (danh sách reader; the batch checks say it in src/batch). */
  say?: string;
}

export interface SheetColumn {
  /** Key of the record (`ten`, `danh_hieu`, …). */
  key: string;
  /** The header as the template writes it. */
  header: string;
  /** Other headers staff write for the same column (compared without case or diacritics). */
  aliases: string[];
  /** What to write, with an example: the header cell's note in the template, after what `required` says. */
  note: string;
  required?: Required;
  list?: ColumnList;
  /**
   * Formatted as text in the template: what is typed stays as typed. For numbers whose leading zeros
   * matter (số CCCD, số điện thoại) and for ngày sinh (see COLUMN.ngay_sinh).
   */
  text?: boolean;
  /** Width in the template, in characters. */
  width: number;
}

/** Every column either reader knows, by key (its name in this table). */
const COLUMN_SPECS = {
  stt: { header: 'STT', aliases: ['TT', 'Số thứ tự'], note: 'Số thứ tự (không bắt buộc): khi in, danh sách được đánh số lại theo nhóm.', width: 6 },
  ten: {
    header: 'Họ và tên, tên tập thể',
    aliases: ['Họ và tên', 'Họ tên', 'Tên', 'Tên tập thể', 'Tên đơn vị', 'Tên tập thể, cá nhân', 'Tên tập thể, họ và tên cá nhân', 'Họ và tên/Tên tập thể'],
    note: 'Cá nhân: họ và tên đầy đủ, không viết tắt (ví dụ "Nguyễn Thị Lan"). Tập thể: tên đầy đủ (ví dụ "Trường Mầm non Hoa Lan, xã Mèo Vạc").',
    width: 32,
  },
  doi_tuong: {
    header: 'Đối tượng',
    aliases: ['Cá nhân/Tập thể'],
    note: 'Chọn "cá nhân", "tập thể" hoặc "hộ gia đình". Không bắt buộc, nhưng cần khi một danh hiệu dùng cho cả cá nhân và tập thể (ví dụ "Giấy khen") mà dòng không có chức vụ, đơn vị.',
    list: 'targets',
    width: 13,
  },
  ngay_sinh: {
    header: 'Ngày sinh',
    aliases: ['Ngày, tháng, năm sinh', 'Sinh ngày'],
    // A text cell keeps "05/01/1985" as typed; a date cell would be read by the locale of the computer
    // (05/01 is 1 May in an English Excel), silently. A real date pasted in is read too (as dd/mm/yyyy).
    note: 'Cá nhân: ngày/tháng/năm, ví dụ 05/01/1985 (không rõ ngày, tháng: chỉ ghi năm, ví dụ 1985). Ô để dạng chữ nên giữ đúng như gõ. Tập thể: để trống.',
    text: true,
    width: 12,
  },
  gioi_tinh: { header: 'Giới tính', aliases: [], note: 'Cá nhân: chọn "Nam" hoặc "Nữ". Tập thể: để trống.', list: 'genders', width: 10 },
  que_quan: { header: 'Quê quán', aliases: [], note: 'Cá nhân (không bắt buộc): quê quán, ví dụ "xã Hồng Thái, tỉnh Tuyên Quang".', width: 24 },
  tru_quan: { header: 'Trú quán', aliases: ['Nơi ở', 'Nơi ở hiện nay'], note: 'Cá nhân (không bắt buộc): nơi ở hiện nay, ví dụ "phường Minh Xuân, tỉnh Tuyên Quang".', width: 24 },
  chuc_vu: { header: 'Chức vụ', aliases: [], note: 'Cá nhân: chức vụ hoặc chức danh (ví dụ "Giáo viên"). Tập thể: để trống.', width: 22 },
  don_vi: { header: 'Đơn vị công tác', aliases: ['Đơn vị'], note: 'Cá nhân: đơn vị công tác (ví dụ "Trường THPT Sơn Dương"). Tập thể: để trống.', width: 30 },
  trinh_do: {
    header: 'Trình độ chuyên môn',
    aliases: ['Trình độ', 'Trình độ chuyên môn, nghiệp vụ'],
    note: 'Cá nhân (không bắt buộc): trình độ chuyên môn, nghiệp vụ, ví dụ "Cử nhân Sư phạm Toán".',
    width: 24,
  },
  dia_chi: {
    header: 'Địa chỉ trụ sở, điện thoại',
    aliases: ['Địa chỉ', 'Địa chỉ trụ sở'],
    note: 'Tập thể (không bắt buộc): địa chỉ trụ sở, điện thoại, ví dụ "xã Hồng Thái, tỉnh Tuyên Quang; điện thoại 0207 3822 111".',
    width: 28,
  },
  nam_thanh_lap: { header: 'Năm thành lập', aliases: [], note: 'Tập thể (không bắt buộc): năm thành lập, ví dụ 1962.', width: 10 },
  danh_hieu: {
    header: 'Danh hiệu, hình thức khen thưởng',
    aliases: ['Danh hiệu', 'Hình thức khen thưởng', 'Danh hiệu đề nghị'],
    note: 'Chọn trong danh sách (lấy từ data/_chung/danh-hieu.yaml); cũng đọc được tên viết tắt như "CSTĐCS", "LĐTT".',
    list: 'awards',
    width: 36,
  },
  dac_diem: {
    header: 'Đặc điểm, tình hình',
    aliases: ['Đặc điểm'],
    note: 'Tập thể: đặc điểm, tình hình, ví dụ "Trường có 28 lớp, 64 cán bộ, giáo viên, nhân viên". Chung cho mọi dòng thì ghi một lần ở "tao.bao_cao_thanh_tich.du_lieu.dac_diem" của tệp đợt. Cá nhân: để trống.',
    width: 36,
  },
  nhiem_vu: {
    header: 'Nhiệm vụ',
    aliases: ['Quyền hạn, nhiệm vụ', 'Chức năng, nhiệm vụ', 'Quyền hạn, nhiệm vụ được giao'],
    note: 'Cá nhân: quyền hạn, nhiệm vụ được giao (ví dụ "Giảng dạy môn Toán lớp 10, 11; chủ nhiệm lớp 10A1"). Tập thể: chức năng, nhiệm vụ. Chung cho mọi dòng thì ghi một lần ở "tao.bao_cao_thanh_tich.du_lieu" (nhiem_vu, chuc_nang) của tệp đợt.',
    width: 36,
  },
  thanh_tich: {
    header: 'Thành tích đạt được',
    aliases: ['Thành tích', 'Tóm tắt thành tích'],
    note: 'Thành tích, xuống dòng trong ô bằng Alt+Enter; dòng bắt đầu bằng "- " thành gạch đầu dòng (ví dụ "- Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025."). Hoặc để trống và ghi tên tệp ở cột "Tệp thành tích".',
    width: 48,
  },
  tep_thanh_tich: {
    header: 'Tệp thành tích',
    aliases: ['Tệp báo cáo thành tích'],
    note: 'Không bắt buộc: tên tệp Markdown có thành tích, thay cho cột "Thành tích đạt được", tính từ thư mục của bảng tính (ví dụ "_thanh-tich/ha-thi-thu-trang.md").',
    width: 24,
  },
  thu_truong: {
    header: 'Thủ trưởng đơn vị',
    aliases: ['Thủ trưởng', 'Họ tên thủ trưởng đơn vị'],
    note: 'Họ và tên thủ trưởng đơn vị, người ký (tập thể) hoặc xác nhận (cá nhân) báo cáo thành tích, ví dụ "Nông Văn Thạch".',
    width: 22,
  },
  so_phieu: {
    header: 'Số phiếu đồng ý',
    aliases: ['Số phiếu', 'Phiếu đồng ý'],
    note: 'Không bắt buộc: số thành viên Hội đồng đồng ý, một số nguyên, ví dụ 11; biên bản so với ngưỡng của danh hiệu. Chỉ ghi cho danh hiệu xét bằng bỏ phiếu.',
    width: 10,
  },
  nhom: { header: 'Nhóm', aliases: [], note: 'Không bắt buộc: tên nhóm để in tiêu đề nhóm trong danh sách (ví dụ "XÃ MÈO VẠC").', width: 18 },
  so_cccd: { header: 'Số CCCD', aliases: ['Số căn cước', 'Số căn cước công dân', 'CCCD'], note: 'Cá nhân: số căn cước (12 chữ số, giữ nguyên số 0 ở đầu). Không in trong danh sách.', text: true, width: 16 },
  so_dien_thoai: { header: 'Số điện thoại', aliases: ['Điện thoại', 'SĐT'], note: 'Không bắt buộc (giữ nguyên số 0 ở đầu). Không in trong danh sách.', text: true, width: 15 },
  ghi_chu: { header: 'Ghi chú', aliases: [], note: 'Không bắt buộc; không in trong danh sách.', width: 20 },
} satisfies Record<string, Omit<SheetColumn, 'key'>>;

export const COLUMN = Object.fromEntries(Object.entries(COLUMN_SPECS).map(([key, spec]) => [key, { key, ...spec }])) as {
  [K in keyof typeof COLUMN_SPECS]: (typeof COLUMN_SPECS)[K] & { key: K };
};

/** The danh sách of a document: the columns of the printed list, and a few kept but not printed. */
export const NOMINEE_COLUMNS: SheetColumn[] = [
  COLUMN.stt,
  { ...COLUMN.ten, required: { say: 'Ghi tên tập thể hoặc họ và tên cá nhân' } },
  COLUMN.gioi_tinh,
  COLUMN.chuc_vu,
  COLUMN.don_vi,
  COLUMN.doi_tuong,
  { ...COLUMN.danh_hieu, required: { say: 'Ghi mã danh hiệu trong data/_chung/danh-hieu.yaml (ví dụ "chien_si_thi_dua_co_so")' } },
  COLUMN.nhom,
  COLUMN.so_cccd,
  COLUMN.so_dien_thoai,
  COLUMN.ghi_chu,
];

/**
 * The sheet of a batch: one row per nominee, with the cells of the báo cáo thành tích. What is required
 * is checked by src/batch/rows.ts (with its own messages); test/writers/xlsx-template.test.ts holds the
 * two together.
 */
export const BATCH_COLUMNS: SheetColumn[] = [
  COLUMN.stt,
  { ...COLUMN.ten, required: {} },
  {
    ...COLUMN.doi_tuong,
    note: 'Chọn "cá nhân" hoặc "tập thể". Không bắt buộc: để trống thì dòng có ngày sinh, giới tính, chức vụ hoặc đơn vị là cá nhân, dòng có địa chỉ, đặc điểm hoặc năm thành lập là tập thể.',
  },
  { ...COLUMN.danh_hieu, required: {} },
  COLUMN.ngay_sinh,
  COLUMN.gioi_tinh,
  COLUMN.que_quan,
  COLUMN.tru_quan,
  COLUMN.chuc_vu,
  { ...COLUMN.don_vi, required: { who: 'ca_nhan' }, note: 'Đơn vị công tác của cá nhân, ví dụ "Trường THPT Sơn Dương" (in ở báo cáo thành tích, dùng để tính hạn mức mỗi đơn vị). Tập thể: để trống.' },
  COLUMN.trinh_do,
  COLUMN.dia_chi,
  COLUMN.nam_thanh_lap,
  { ...COLUMN.dac_diem, required: { who: 'tap_the', report: true } },
  { ...COLUMN.nhiem_vu, required: { report: true } },
  { ...COLUMN.thanh_tich, required: { report: true } },
  COLUMN.tep_thanh_tich,
  { ...COLUMN.thu_truong, required: { report: true } },
  COLUMN.so_phieu,
  COLUMN.nhom,
  { ...COLUMN.ghi_chu, note: 'Không bắt buộc; không in. Ghi "#" ở đầu ô để bỏ qua cả dòng (ví dụ "# trùng dòng 9": dòng không được kiểm tra, không có trong văn bản nào).' },
];

/** `Bắt buộc với cá nhân khi đợt tạo báo cáo thành tích.`: what `required` says, at the head of the note. */
export function requiredText(required: Required | undefined): string {
  if (!required) return '';
  const who = required.who === 'ca_nhan' ? ' với cá nhân' : required.who === 'tap_the' ? ' với tập thể' : '';
  return `Bắt buộc${who}${required.report ? ' khi đợt tạo báo cáo thành tích' : ''}.`;
}

/** The header cell's note in the template: what is required, then what to write. */
export const noteOf = (column: SheetColumn): string => [requiredText(column.required), column.note].filter(Boolean).join(' ');

/** `"STT", "Họ và tên, tên tập thể", …`: the headers a reader knows, for its messages. */
export const headerList = (columns: readonly SheetColumn[]): string => columns.map((c) => `"${c.header}"`).join(', ');

/** `Họ và Tên:` → `ho va ten`: a header as it is compared. */
export const headerKey = (header: string): string =>
  withoutMarks(header)
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.*]+$/, '')
    .trim();

/** The column a header names, or undefined. */
export function columnOfHeader(header: string, columns: readonly SheetColumn[] = NOMINEE_COLUMNS): SheetColumn | undefined {
  const key = headerKey(header);
  return columns.find((c) => [c.header, ...c.aliases].some((h) => headerKey(h) === key));
}
