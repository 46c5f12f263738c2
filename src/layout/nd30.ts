/**
 * Every layout number of Nghị định 30/2020/NĐ-CP (Phụ lục I) that the writers use, in one place.
 * The DOCX template (scripts/build-template.ts) and the PDF writer both read this module:
 * change a margin or a size here and both outputs move.
 *
 * Units: millimetres for lengths on the page, points (pt) for font sizes and paragraph spacing.
 */

export const FONT_FAMILY_DOCX = 'Times New Roman';
/** Metric-compatible with Times New Roman, full Vietnamese coverage, freely redistributable. */
export const FONT_FAMILY_PDF = 'Tinos';

export interface PageLayout {
  widthMm: number;
  heightMm: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Distance from the top edge of the page to the page number (inside the top margin). */
  pageNumberFromTopMm: number;
  pageNumberSizePt: number;
}

export const PAGE: PageLayout = {
  widthMm: 210,
  heightMm: 297,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  pageNumberFromTopMm: 10,
  pageNumberSizePt: 14,
};

export const textWidthMm = (page: PageLayout = PAGE): number =>
  page.widthMm - page.margins.left - page.margins.right;

/**
 * The header is a borderless two-column table. The decree suggests ≈45/55, but the Quốc hiệu
 * (13 pt bold) measures 95 mm in Times New Roman, so a 55 % column of a 165 mm text width would
 * wrap it; 40/60 keeps it on one line. Cells have no padding, so the text width is the column width.
 */
export const HEADER = {
  leftFraction: 0.4,
  /**
   * A cơ quan line wider than 40 % widens its column into what the right column does not need; failing
   * that, the cơ quan lines, then the Quốc hiệu, go down to this size (the decree allows 12–13 pt).
   */
  smallSizePt: 12,
  /** Room kept beside the widest line of a column, so that Word and LibreOffice fit it on one line too. */
  fitSlackPt: 1,
  /** Rule under the cơ quan ban hành and under the trích yếu: this fraction of the text above it (decree: 1/3–1/2). */
  shortRuleFraction: 0.4,
  /** Rule thickness in points. */
  ruleWeightPt: 0.75,
  /** Gap between the text and the rule under it (clear of the dots under ạ, ệ, ộ). */
  ruleGapPt: 3,
};

/** Signature block (right) and Nơi nhận (left): a borderless two-column table after the body. */
export const SIGNATURE = {
  leftFraction: 0.45,
  /** A chức vụ line wider than the signer's 55 % widens that column, leaving Nơi nhận at least this. */
  minLeftFraction: 0.35,
  /** Blank space left for the handwritten signature, between chức vụ and họ tên; a seal image makes it taller. */
  signatureSpaceMm: 25,
  /** Where no signature image says how wide the signature is, the seal is placed as if it were this wide. */
  nominalSignatureWidthMm: 40,
  /** Clear space above and below a seal image, so that it covers neither the chức vụ nor the name. */
  sealClearanceMm: 1,
  /** Space between the last body paragraph and the signature table. */
  spaceBeforePt: 6,
  /** A biên bản's Nơi nhận stands under its two signers, at the left (Mẫu 1.9), this far below the names. */
  recipientsBelowSignersPt: 12,
  /** The seal image is drawn about real size (a round seal is 35–42 mm across), over the signature's left third (decree: "trùm lên khoảng 1/3 chữ ký về phía bên trái"). */
  sealSizeMm: 36,
};

/** Tables in the body (Word's defaults: 0.19 cm cell margins left and right, 1/2 pt single borders). */
export const TABLE = {
  cellPaddingMm: 1.9,
  borderWeightPt: 0.5,
  /** Space between a table and the paragraph after it. */
  spaceAfterPt: 6,
  /** Cell text sits in the middle of its row (STT and amounts beside a wrapped name). */
  verticalAlign: 'center' as 'top' | 'center',
};

/** Spacing around the title block and the framed marks (độ khẩn, dự thảo). */
export const TITLE = {
  /** Space between the rule under the trích yếu (or a phụ lục title) and what follows. */
  spaceAfterRulePt: 12,
  /** Gap between a framed mark's text and its rectangle. */
  framePaddingPt: 2,
};

/**
 * Kính gửi: one paragraph starting this far from the left margin; the addressees (one on the same
 * line, or several `- …;` lines) hang after `Kính gửi: `, so their dashes stand under the colon.
 */
export const KINH_GUI = { indentMm: 25, label: 'Kính gửi: ' };

/** Each Nơi nhận line starts with this; a line that wraps continues under the text after it. */
export const RECIPIENT_DASH = '- ';

/** A page breaks inside a paragraph only where at least this many of its lines stay on each side (no widow, no orphan). */
export const LINES_AT_PAGE_BREAK = 2;

/** Ends the text of a document: every sample of Phụ lục III ends its content with it. */
export const END_MARK = './.';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphStyle {
  /** Name shown in Word's style list. */
  name: string;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  align: Align;
  firstLineIndentMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Multiple of the font's natural line height (1 = single). */
  lineSpacing: number;
  keepWithNext?: boolean;
}

const BODY_SIZE = 14;
const BODY_INDENT_MM = 12.7;
const BODY_SPACE_AFTER = 6;
const BODY_LINE = 1.0;

const centred = (sizePt: number, extra: Partial<ParagraphStyle> = {}): Omit<ParagraphStyle, 'name'> => ({
  sizePt,
  align: 'center',
  lineSpacing: 1,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  ...extra,
});

const bodyLike = (extra: Partial<ParagraphStyle> = {}): Omit<ParagraphStyle, 'name'> => ({
  sizePt: BODY_SIZE,
  align: 'justify',
  firstLineIndentMm: BODY_INDENT_MM,
  spaceBeforePt: 0,
  spaceAfterPt: BODY_SPACE_AFTER,
  lineSpacing: BODY_LINE,
  ...extra,
});

/**
 * Paragraph styles, keyed by the style id used in the DOCX template. The DOCX body refers to these
 * ids only, so restyling one of them in Word changes every document built from the template.
 */
export const STYLES = {
  CoQuanChuQuan: { name: 'Cơ quan chủ quản', ...centred(13) },
  CoQuanBanHanh: { name: 'Cơ quan ban hành', ...centred(13, { bold: true }) },
  SoKyHieu: { name: 'Số, ký hiệu', ...centred(13, { spaceBeforePt: 6 }) },
  VvTrichYeu: { name: 'Trích yếu công văn', ...centred(12, { spaceBeforePt: 6 }) },
  KhanMat: { name: 'Độ khẩn, độ mật', ...centred(13, { bold: true, spaceBeforePt: 6 }) },
  DuThao: { name: 'Dự thảo', ...centred(13, { bold: true, spaceBeforePt: 6 }) },
  QuocHieu: { name: 'Quốc hiệu', ...centred(13, { bold: true }) },
  TieuNgu: { name: 'Tiêu ngữ', ...centred(14, { bold: true }) },
  DiaDanhNgay: { name: 'Địa danh, ngày tháng', ...centred(14, { italic: true, spaceBeforePt: 6 }) },
  TenLoai: { name: 'Tên loại văn bản', ...centred(14, { bold: true, spaceBeforePt: 18, keepWithNext: true }) },
  TrichYeu: { name: 'Trích yếu', ...centred(14, { bold: true, keepWithNext: true }) },
  ThamQuyen: { name: 'Thẩm quyền ban hành', ...centred(14, { bold: true, spaceBeforePt: 6, spaceAfterPt: 6, keepWithNext: true }) },
  KinhGui: { name: 'Kính gửi', ...bodyLike({ align: 'left', firstLineIndentMm: 0, spaceBeforePt: 6 }) },
  CanCu: { name: 'Căn cứ', ...bodyLike({ italic: true }) },
  Than: { name: 'Thân văn bản', ...bodyLike() },
  ChuGiua: { name: 'Dòng giữa', ...bodyLike({ align: 'center', firstLineIndentMm: 0, bold: true, keepWithNext: true }) },
  Phan: { name: 'Phần', ...bodyLike({ align: 'center', firstLineIndentMm: 0, bold: true, spaceBeforePt: 6, keepWithNext: true }) },
  Chuong: { name: 'Chương', ...bodyLike({ align: 'center', firstLineIndentMm: 0, bold: true, spaceBeforePt: 6, keepWithNext: true }) },
  Muc: { name: 'Mục', ...bodyLike({ bold: true, keepWithNext: true }) },
  Khoan: { name: 'Khoản', ...bodyLike({ bold: true, keepWithNext: true }) },
  Diem: { name: 'Điểm', ...bodyLike({ bold: true, italic: false, keepWithNext: true }) },
  Dieu: { name: 'Điều', ...bodyLike() },
  NoiNhanTieuDe: { name: 'Nơi nhận', sizePt: 12, bold: true, italic: true, align: 'left', lineSpacing: 1, spaceBeforePt: 0, spaceAfterPt: 0 },
  NoiNhan: { name: 'Nơi nhận - dòng', sizePt: 11, align: 'left', lineSpacing: 1, spaceBeforePt: 0, spaceAfterPt: 0 },
  ChucVuKy: { name: 'Quyền hạn, chức vụ người ký', ...centred(14, { bold: true }) },
  TenNguoiKy: { name: 'Họ tên người ký', ...centred(14, { bold: true }) },
  GhiChuKy: { name: 'Ghi chú chữ ký', ...centred(14, { italic: true }) },
  PhuLucSo: { name: 'Phụ lục - số', ...centred(14, { bold: true, keepWithNext: true }) },
  PhuLucTieuDe: { name: 'Phụ lục - tiêu đề', ...centred(14, { bold: true, keepWithNext: true }) },
  PhuLucKemTheo: { name: 'Phụ lục - kèm theo', ...centred(14, { italic: true, keepWithNext: true }) },
  Bang: { name: 'Bảng - ô', sizePt: 13, align: 'left', lineSpacing: 1, spaceBeforePt: 2, spaceAfterPt: 2 },
  BangTieuDe: { name: 'Bảng - hàng tiêu đề', sizePt: 13, bold: true, align: 'center', lineSpacing: 1, spaceBeforePt: 2, spaceAfterPt: 2 },
  SoTrang: { name: 'Số trang', ...centred(PAGE.pageNumberSizePt) },
} satisfies Record<string, ParagraphStyle>;

export type StyleId = keyof typeof STYLES;

/** The style of a style id, typed as a ParagraphStyle (every optional property readable). */
export const styleOf = (id: StyleId): ParagraphStyle => STYLES[id];

export const MM_PER_PT = 25.4 / 72;
export const PT_PER_MM = 72 / 25.4;
/** DOCX measures lengths in twentieths of a point (twips). */
export const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
