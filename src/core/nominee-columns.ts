/**
 * The columns of a danh sách spreadsheet, in one table: the reader (readers/nominee-sheet.ts) knows a
 * column by its header or an alias, and the input template (`van-ban mau-nhap`) writes the same headers,
 * notes, drop-down lists and text formats, so the two cannot drift apart. To read a new column, add a row
 * here (and its key to the nominee schema in schema/data-schema.ts when the key is kept).
 */

/** Where a column's drop-down list comes from: the award names of the law data, or a fixed list. */
export type ColumnList = 'awards' | 'genders' | 'targets';

export interface NomineeColumn {
  /** Key of the list entry (`muc: [{ ten, danh_hieu, … }]`); '' for a column read but not kept. */
  key: string;
  /** The header as the template writes it. */
  header: string;
  /** Other headers staff write for the same column (compared without case or diacritics). */
  aliases: string[];
  /** The header cell's note in the template: what to write. */
  note: string;
  /** When the cell must be filled: what to write in it (said when it is empty). */
  required?: string;
  list?: ColumnList;
  /** Formatted as text in the template: numbers whose leading zeros matter (số CCCD, số điện thoại). */
  text?: boolean;
  /** Width in the template, in characters. */
  width: number;
}

export const NOMINEE_COLUMNS: NomineeColumn[] = [
  { key: '', header: 'STT', aliases: ['TT'], note: 'Số thứ tự (không bắt buộc): khi in, danh sách được đánh số lại theo nhóm.', width: 6 },
  {
    key: 'ten',
    header: 'Họ và tên, tên tập thể',
    aliases: ['Họ và tên', 'Họ tên', 'Tên', 'Tên tập thể', 'Tên đơn vị', 'Tên tập thể, cá nhân', 'Tên tập thể, họ và tên cá nhân', 'Họ và tên/Tên tập thể'],
    note: 'Bắt buộc. Cá nhân: họ và tên đầy đủ, không viết tắt (ví dụ "Nguyễn Thị Lan"). Tập thể: tên đầy đủ (ví dụ "Trường Mầm non Hoa Lan, xã Mèo Vạc").',
    required: 'Ghi tên tập thể hoặc họ và tên cá nhân',
    width: 32,
  },
  { key: 'gioi_tinh', header: 'Giới tính', aliases: [], note: 'Cá nhân: chọn "Nam" hoặc "Nữ". Tập thể: để trống.', list: 'genders', width: 10 },
  { key: 'chuc_vu', header: 'Chức vụ', aliases: [], note: 'Cá nhân: chức vụ hoặc chức danh (ví dụ "Giáo viên"). Tập thể: để trống.', width: 22 },
  { key: 'don_vi', header: 'Đơn vị công tác', aliases: ['Đơn vị'], note: 'Cá nhân: đơn vị công tác (ví dụ "Trường THPT Sơn Dương"). Tập thể: để trống.', width: 30 },
  {
    key: 'doi_tuong',
    header: 'Đối tượng',
    aliases: [],
    note: 'Chọn "cá nhân", "tập thể" hoặc "hộ gia đình". Không bắt buộc, nhưng cần khi một danh hiệu dùng cho cả cá nhân và tập thể (ví dụ "Giấy khen") mà dòng không có chức vụ, đơn vị.',
    list: 'targets',
    width: 13,
  },
  {
    key: 'danh_hieu',
    header: 'Danh hiệu, hình thức khen thưởng',
    aliases: ['Danh hiệu', 'Hình thức khen thưởng'],
    note: 'Bắt buộc. Chọn trong danh sách (lấy từ data/_chung/danh-hieu.yaml); cũng đọc được tên viết tắt như "CSTĐCS", "LĐTT".',
    required: 'Ghi mã danh hiệu trong data/_chung/danh-hieu.yaml (ví dụ "chien_si_thi_dua_co_so")',
    list: 'awards',
    width: 36,
  },
  { key: 'nhom', header: 'Nhóm', aliases: [], note: 'Không bắt buộc: tên nhóm để in tiêu đề nhóm trong danh sách (ví dụ "XÃ MÈO VẠC").', width: 18 },
  { key: 'so_cccd', header: 'Số CCCD', aliases: ['Số căn cước', 'Số căn cước công dân', 'CCCD'], note: 'Cá nhân: số căn cước (12 chữ số, giữ nguyên số 0 ở đầu). Không in trong danh sách.', text: true, width: 16 },
  { key: 'so_dien_thoai', header: 'Số điện thoại', aliases: ['Điện thoại', 'SĐT'], note: 'Không bắt buộc (giữ nguyên số 0 ở đầu). Không in trong danh sách.', text: true, width: 15 },
  { key: '', header: 'Ghi chú', aliases: [], note: 'Không bắt buộc; không in trong danh sách.', width: 20 },
];

/** `Họ và Tên:` → `ho va ten`: a header as it is compared. */
export const headerKey = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.*]+$/, '')
    .trim();

/** The column a header names, or undefined. */
export function columnOfHeader(header: string, columns: readonly NomineeColumn[] = NOMINEE_COLUMNS): NomineeColumn | undefined {
  const key = headerKey(header);
  return columns.find((c) => [c.header, ...c.aliases].some((h) => headerKey(h) === key));
}
