/**
 * The one document model. The model builder makes it from the resolved inputs; the layout plan is
 * made from it, and the writers serialise that plan. It holds no bytes and no file handles: its JSON
 * form (json.ts) describes a document completely, with the content hash of every image it shows.
 * All strings are NFC and already carry their final punctuation and case.
 */
import type { Run } from '../core/run.ts';
import type { StyleId } from '../layout/nd30.ts';

export type { Run };

/** Levels of the body hierarchy (Nghị định 30, Phụ lục I). */
export type Level = 'phan' | 'chuong' | 'muc' | 'dieu' | 'khoan' | 'diem';

export interface ParagraphBlock {
  kind: 'paragraph';
  style: StyleId;
  runs: Run[];
  /**
   * Generated numbering label such as `I.`, `1.`, `a)`, `2.1.`, `Điều 1.`, `-`, written before the runs
   * and followed by one space. Absent when the author numbered the paragraph by hand.
   */
  label?: string;
  /** What the label stands for: the pattern of its level (`a)`, `1.1.`, `-`) and its value (1, 2…). */
  numbering?: { pattern: string; value: number };
  /** Whether the label is bold (labels follow the paragraph style unless set). */
  labelBold?: boolean;
  /** Overrides of the style for this paragraph (kept rare: most formatting lives in the style). */
  align?: 'left' | 'center' | 'right' | 'justify';
  firstLineIndent?: boolean;
  /** Level in the body hierarchy, for headings and numbered items. */
  level?: Level;
  /** A heading (bold, kept with the next paragraph) rather than a numbered running-text item. */
  heading?: boolean;
  /** Kept on the same page as the next block (beyond what its style says). */
  keepWithNext?: boolean;
}

export interface TableCell {
  paragraphs: Run[][];
  align?: 'left' | 'center' | 'right' | 'justify';
  colSpan?: number;
  bold?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Relative column widths (scaled to the text width); absent: the layout measures them from the text. */
  columnWidths?: number[];
  /** The first `headerRows` rows repeat at the top of every page. */
  headerRows: number;
  rows: TableCell[][];
  /** Rows (by index) that stay on the page of the row after them: a group's title, the row before a total. */
  rowsKeptWithNext?: number[];
  /** The last row stays on the same page as the next block (a total and its `Bằng chữ` line). */
  keepWithNext?: boolean;
}

export interface PageBreakBlock {
  kind: 'page-break';
}

export type Block = ParagraphBlock | TableBlock | PageBreakBlock;

export interface Header {
  /** Tên cơ quan chủ quản, IN HOA, one entry per line; empty when there is none. */
  coQuanChuQuan: string[];
  /** Tên cơ quan ban hành, IN HOA bold, one entry per line. */
  coQuanBanHanh: string[];
  /**
   * `Số: 05/KH-UBND`, or `Số:      /KH-UBND` when the number is not yet assigned; empty when the
   * document carries no number at all (a báo cáo thành tích cá nhân).
   */
  soKyHieu: string;
  /** Công văn only: `V/v …` lines under the số. */
  vvTrichYeu: string[];
  /** Mức độ khẩn / độ mật (`KHẨN`, `MẬT`…), framed under the số. */
  khanMat: string[];
  /** `DỰ THẢO`, `DỰ THẢO LẦN 2`, framed, when the document is a draft. */
  duThao?: string;
  quocHieu: string;
  tieuNgu: string;
  /** `Cao Bằng, ngày 29 tháng 6 năm 2023`; absent for a biên bản unless its data asks for it. */
  diaDanhNgay?: string;
}

export interface Title {
  /** `KẾ HOẠCH`, `TỜ TRÌNH`…; absent for a công văn. */
  tenLoai?: string;
  /** Trích yếu lines (an author may break it by hand). */
  trichYeu: string[];
  /** A document sent with another: `(Kèm theo Kế hoạch số … ngày … của …)` under the trích yếu. */
  attachedTo?: string;
}

/** An image the document shows: where it came from, its content hash and its size in pixels. */
export interface ImageRef {
  path: string;
  sha256: string;
  widthPx: number;
  heightPx: number;
}

export interface Signer {
  /** Quyền hạn chain and chức vụ, IN HOA: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`. */
  lines: string[];
  /** Italic note under the chức vụ, e.g. `(Ký, đóng dấu)`. */
  note?: string;
  /** Extra line printed above the name, after the signature space (e.g. `CHÁNH VĂN PHÒNG UBND TỈNH`). */
  aboveName?: string;
  /** Họ tên, without học hàm/học vị; absent on a blank form. */
  name?: string;
  /** Signature image (blue) and seal image (red), PNG or JPEG. */
  signatureImage?: ImageRef;
  sealImage?: ImageRef;
}

export interface Recipients {
  /** `Nơi nhận:` (or `Như trên` style lists); written bold italic 12 pt. */
  heading: string;
  /** Each line already formatted: `- Ban TĐKT Trung ương (b/c);` … `- Lưu: VT, TĐKT.` */
  lines: Run[][];
}

export interface Closing {
  /** Nơi nhận, in the left column (a biên bản's, when it has one, under its two signers). */
  recipients?: Recipients;
  /** One signer (right column) or two (left and right, e.g. THƯ KÝ and CHỦ TỌA). */
  signers: Signer[];
}

export interface Appendix {
  /** `Phụ lục I`, `Phụ lục`, or absent (a `DANH SÁCH` that is titled by its heading). */
  label?: string;
  /** IN HOA title lines. */
  title: string[];
  /** `(Kèm theo Kế hoạch số 469/KH-UBND ngày 21 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh)`. */
  attachedTo?: string;
  body: Block[];
  landscape?: boolean;
}

/**
 * The danh sách of a tờ trình or quyết định as a spreadsheet (`--dinh-dang=xlsx`): the same columns, rows
 * and total as its phụ lục table, numbers kept as numbers (STT, tiền thưởng in đồng).
 */
export interface NomineeSheet {
  /** Cơ quan ban hành on one line: `ỦY BAN NHÂN DÂN TỈNH HÀ GIANG`. */
  agency: string;
  /** `DANH SÁCH`, then the title lines, IN HOA. */
  title: string[];
  /** `(Kèm theo Quyết định số … ngày … của …)`. */
  attachedTo: string;
  /** Relative widths, as the phụ lục table's; `money`: tiền thưởng in đồng. */
  columns: { title: string; width: number; kind: 'number' | 'text' | 'money' }[];
  rows: NomineeSheetRow[];
  /** The sum of tiền thưởng, when the list carries money. */
  total?: number;
  /** `(Danh sách ấn định 05 tập thể và 12 cá nhân)`. */
  countLine: string;
}

/** A title row across the columns (`I. TẬP THỂ`, `XÃ A: 03 tập thể`), or a nominee with one value per column. */
export type NomineeSheetRow = { kind: 'title'; text: string } | { kind: 'entry'; cells: (string | number)[] };

export interface DocumentInfo {
  /** Type key, e.g. `ke_hoach`, `cong_van`. */
  type: string;
  /** Type abbreviation for the ký hiệu (`KH`), empty for công văn. */
  typeAbbreviation: string;
  number?: number;
  /** ISO date when known; the year at least. */
  date: { year: number; month?: number; day?: number };
  draft: boolean;
  /** `da_ban_hanh: true`: issued, so its outputs are never rewritten with different content. */
  issued?: boolean;
  /** A blank form for units to fill in (`bieu_mau`): số, họ tên and the Lưu line may stay empty. */
  form: boolean;
  /** Agency registry key. */
  agency?: string;
}

export interface Document {
  /** Path of the data file, relative to the working directory (for messages and output names). */
  source: string;
  info: DocumentInfo;
  header: Header;
  title: Title;
  /** Authority line of a quyết định: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG`. */
  authority?: string;
  /** Kính gửi: one addressee, or several (one per line). */
  kinhGui: string[];
  /** Căn cứ lines, punctuation applied (`;` and the last `.`), italic. */
  canCu: string[];
  body: Block[];
  closing: Closing;
  appendices: Appendix[];
  /** Documents sent with this one that carry their own header (e.g. an Đề cương báo cáo). */
  attachments: Document[];
  /** The danh sách as a spreadsheet, when the document has one (tờ trình, quyết định). */
  danhSach?: NomineeSheet;
  /** Counts of the attached danh sách, for the checks (writers do not print this). */
  nominees?: { tapThe: number; caNhan: number };
  /** Law values the document used that are not confirmed against their legal source, for the checks. */
  unconfirmedLaw?: UnconfirmedLaw[];
}

/** A law value marked `da_xac_nhan: false` (or `nguong_da_xac_nhan: false`) in the law data. */
export interface UnconfirmedLaw {
  /** `lương cơ sở`, `hệ số tiền thưởng “Giấy khen” (cá nhân, mã giay_khen_ca_nhan)`. */
  what: string;
  /** `2.530.000 đồng/tháng`. */
  value: string;
  /** Date it applies from, `YYYY-MM-DD`. */
  from: string;
  /** Its legal source: `Nghị định số 161/2026/NĐ-CP`. */
  source: string;
  /** Law data file and line of the value, and the field that marks it unconfirmed. */
  file: string;
  line: number;
  flag: string;
  /** Field of the document's data file that used it. */
  field: (string | number)[];
}

