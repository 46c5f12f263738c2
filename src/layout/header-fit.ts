/**
 * The header's two columns fitted to their text within the decree's ranges (Ô 1–4). The cơ quan column
 * is 40 % of the text width unless one of its lines needs more; then it takes what the Quốc hiệu, the
 * tiêu ngữ and the date leave it. When even that is not enough, the cơ quan lines, then the Quốc hiệu
 * too, are set at 12 pt. A line that still does not fit is reported, for the author to break it.
 */
import { variantOf, type Fonts } from './fonts.ts';
import { HEADER, styleOf, type StyleId } from './nd30.ts';

export interface HeaderLine {
  text: string;
  style: StyleId;
}

export interface HeaderFit {
  leftPt: number;
  /** Size of the cơ quan lines, when smaller than their styles'. */
  agencySizePt?: number;
  /** Size of the Quốc hiệu, when smaller than its style's. */
  quocHieuSizePt?: number;
  /** Left-column lines wider than the column even so. */
  overflow: HeaderLine[];
}

interface Sizes {
  agency?: number;
  quocHieu?: number;
}

const STAGES: Sizes[] = [{}, { agency: HEADER.smallSizePt }, { agency: HEADER.smallSizePt, quocHieu: HEADER.smallSizePt }];
const AGENCY_STYLES: StyleId[] = ['CoQuanChuQuan', 'CoQuanBanHanh'];

/** What the header prints (the document model's header has these fields). */
export interface HeaderTexts {
  coQuanChuQuan: string[];
  coQuanBanHanh: string[];
  soKyHieu: string;
  quocHieu: string;
  tieuNgu: string;
  diaDanhNgay?: string;
}

/** Fits the columns to the lines that must not wrap: cơ quan and số (left); Quốc hiệu, tiêu ngữ, địa danh and ngày (right). */
export function fitHeader(h: HeaderTexts, textWidthPt: number, fonts: Fonts): HeaderFit {
  const left: HeaderLine[] = [
    ...h.coQuanChuQuan.map((text): HeaderLine => ({ text, style: 'CoQuanChuQuan' })),
    ...h.coQuanBanHanh.map((text): HeaderLine => ({ text, style: 'CoQuanBanHanh' })),
    { text: h.soKyHieu, style: 'SoKyHieu' },
  ];
  const right: HeaderLine[] = [{ text: h.quocHieu, style: 'QuocHieu' }, { text: h.tieuNgu, style: 'TieuNgu' }];
  if (h.diaDanhNgay) right.push({ text: h.diaDanhNgay, style: 'DiaDanhNgay' });
  const preferred = textWidthPt * HEADER.leftFraction;
  const widthAt = (line: HeaderLine, sizes: Sizes): number => {
    const style = styleOf(line.style);
    const size = (AGENCY_STYLES.includes(line.style) ? sizes.agency : line.style === 'QuocHieu' ? sizes.quocHieu : undefined) ?? style.sizePt;
    return fonts.width(line.text, size, variantOf(style.bold, style.italic)) + HEADER.fitSlackPt;
  };
  const widest = (lines: HeaderLine[], sizes: Sizes): number => Math.max(0, ...lines.map((l) => widthAt(l, sizes)));
  const fitAt = (sizes: Sizes): HeaderFit => {
    const room = textWidthPt - widest(right, sizes);
    const leftPt = Math.min(Math.max(preferred, widest(left, sizes)), Math.max(preferred, room));
    return { leftPt, agencySizePt: sizes.agency, quocHieuSizePt: sizes.quocHieu, overflow: left.filter((l) => widthAt(l, sizes) > leftPt) };
  };
  const fits = STAGES.map(fitAt);
  return fits.find((fit) => fit.overflow.length === 0) ?? fits[fits.length - 1];
}
