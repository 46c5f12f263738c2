/** Document types of Nghị định 30 Phụ lục III: tên loại and the abbreviation used in the ký hiệu. */
import type { Level } from './types.ts';

export interface DocType {
  /** Tên loại printed as the title (IN HOA); empty for a công văn. */
  name: string;
  abbreviation: string;
  /** Tờ trình, báo cáo sent upward and công văn start Nơi nhận with `- Như trên;`. */
  recipientsStart?: string;
  /** The header of a biên bản has no địa danh, ngày line. */
  noDateLine?: boolean;
  /** Centred bold line between the căn cứ and the body (`QUYẾT ĐỊNH:`). */
  opening?: string;
  /** Levels of Markdown headings #, ##, ### when the document does not set `cap_tieu_de`. */
  headingLevels?: Level[];
  /** Its danh sách pays tiền thưởng unless the data says `tien_thuong: false` (a quyết định khen thưởng). */
  paysRewards?: boolean;
}

export const DOC_TYPES = {
  ke_hoach: { name: 'KẾ HOẠCH', abbreviation: 'KH' },
  chi_thi: { name: 'CHỈ THỊ', abbreviation: 'CT' },
  bao_cao: { name: 'BÁO CÁO', abbreviation: 'BC' },
  to_trinh: { name: 'TỜ TRÌNH', abbreviation: 'TTr', recipientsStart: 'Như trên' },
  bien_ban: { name: 'BIÊN BẢN', abbreviation: 'BB', noDateLine: true },
  quyet_dinh: { name: 'QUYẾT ĐỊNH', abbreviation: 'QĐ', recipientsStart: 'Như Điều 3', opening: 'QUYẾT ĐỊNH:', headingLevels: ['dieu', 'khoan', 'diem'], paysRewards: true },
  cong_van: { name: '', abbreviation: '', recipientsStart: 'Như trên' },
  huong_dan: { name: 'HƯỚNG DẪN', abbreviation: 'HD' },
  thong_bao: { name: 'THÔNG BÁO', abbreviation: 'TB' },
  chuong_trinh: { name: 'CHƯƠNG TRÌNH', abbreviation: 'CTr' },
  quy_che: { name: 'QUY CHẾ', abbreviation: 'QC' },
  quy_dinh: { name: 'QUY ĐỊNH', abbreviation: 'QyĐ' },
  nghi_quyet: { name: 'NGHỊ QUYẾT', abbreviation: 'NQ' },
  giay_moi: { name: 'GIẤY MỜI', abbreviation: 'GM' },
} satisfies Record<string, DocType>;

export type DocTypeKey = keyof typeof DOC_TYPES;
export const DOC_TYPE_KEYS = Object.keys(DOC_TYPES) as DocTypeKey[];
