/**
 * Biên bản họp xét khen thưởng: attendance, the times of the meeting, and the results of the secret
 * ballot per candidate — votes for, % of the council's TOTAL membership, đạt / không đạt against the
 * threshold of the award in force on the meeting date (data/_chung/danh-hieu.yaml).
 */
import type { LawData } from '../law/law-data.ts';
import { formatPercent } from '../law/money.ts';
import { voteResult } from '../law/votes.ts';
import { formatDateWords, isoDate, twoDigits, type PartialDate } from '../core/dates.ts';
import type { Problems } from '../core/problems.ts';
import type { TableBlock, TableCell } from '../document/types.ts';
import { addUsed, type UsedLawValue } from './unconfirmed.ts';

type Raw = Record<string, unknown>;

interface Absent {
  ho_ten: string;
  ly_do: string;
  phieu_van_ban?: boolean;
}

export interface VoteRow {
  stt: number;
  ten: string;
  danh_hieu: string;
  so_phieu_dong_y: number;
  ty_le: string;
  nguong: string;
  dat: boolean;
  ket_luan: 'Đạt' | 'Không đạt';
}

/** Values for the content template, under `bien_ban`. */
export interface Meeting {
  hoi_dong: string | null;
  bat_dau: string;
  ket_thuc: string;
  dia_diem: string;
  tong_so: number;
  co_mat: number;
  so_vang: number;
  vang: Absent[];
  so_phieu_van_ban: number;
  /** Ballots counted: members present plus written votes of absent members. */
  so_phieu: number;
  /** Họ tên null on a form, left blank for the signer to write. */
  chu_tri: Person;
  thu_ky: Person;
  noi_dung: string[];
  ket_qua: VoteRow[];
  so_dat: number;
  so_khong_dat: number;
}

interface Person {
  ho_ten: string | null;
  chuc_vu: string;
}

const PATH = ['bien_ban'];

const person = (raw: Raw): Person => ({ ho_ten: (raw.ho_ten as string | undefined) || null, chuc_vu: String(raw.chuc_vu) });

/**
 * `unconfirmed` collects the unconfirmed vote thresholds the results used; `form`: a biên bản to fill in
 * (`bieu_mau`), which may leave the names of chủ trì and thư ký blank.
 */
export function readMeeting(raw: Raw, date: PartialDate, law: LawData, problems: Problems, { unconfirmed = [], form = false }: { unconfirmed?: UsedLawValue[]; form?: boolean } = {}): Meeting {
  const members = raw.thanh_vien as { tong_so: number; co_mat: number; vang?: Absent[] };
  const absent = members.vang ?? [];
  if (members.co_mat + absent.length !== members.tong_so) {
    problems.error([...PATH, 'thanh_vien'], `${members.co_mat} có mặt và ${absent.length} vắng không bằng tổng số ${members.tong_so} thành viên Hội đồng. Sửa "co_mat", "tong_so" hoặc danh sách "vang".`);
  }
  const written = absent.filter((a) => a.phieu_van_ban).length;
  const ballots = members.co_mat + written;
  const start = meetingTime(String(raw.thoi_gian_bat_dau), date, [...PATH, 'thoi_gian_bat_dau'], problems);
  const end = meetingTime(String(raw.thoi_gian_ket_thuc), start?.date ?? date, [...PATH, 'thoi_gian_ket_thuc'], problems);
  if (start && end && end.sortKey <= start.sortKey) problems.error([...PATH, 'thoi_gian_ket_thuc'], 'giờ kết thúc phải sau giờ bắt đầu.');
  const [chuTri, thuKy] = [person(raw.chu_tri as Raw), person(raw.thu_ky as Raw)];
  if (!form) {
    if (!chuTri.ho_ten) problems.error([...PATH, 'chu_tri', 'ho_ten'], 'thiếu họ tên người chủ trì. Ghi "ho_ten" (biên bản mẫu để trống tên thì thêm "bieu_mau: true").');
    if (!thuKy.ho_ten) problems.error([...PATH, 'thu_ky', 'ho_ten'], 'thiếu họ tên thư ký. Ghi "ho_ten" (biên bản mẫu để trống tên thì thêm "bieu_mau: true").');
  }
  const rows = ((raw.ket_qua ?? []) as Raw[]).flatMap((r, i) => voteRow(r, i, { total: members.tong_so, ballots, date, law, problems, unconfirmed }) ?? []);
  return {
    hoi_dong: (raw.hoi_dong as string | undefined) ?? null,
    bat_dau: start?.text ?? '',
    ket_thuc: end?.text ?? '',
    dia_diem: String(raw.dia_diem),
    tong_so: members.tong_so,
    co_mat: members.co_mat,
    so_vang: absent.length,
    vang: absent.map((a) => ({ ...a, phieu_van_ban: a.phieu_van_ban ?? false })),
    so_phieu_van_ban: written,
    so_phieu: ballots,
    chu_tri: chuTri,
    thu_ky: thuKy,
    noi_dung: (raw.noi_dung ?? []) as string[],
    ket_qua: rows,
    so_dat: rows.filter((r) => r.dat).length,
    so_khong_dat: rows.filter((r) => !r.dat).length,
  };
}

interface VoteContext {
  total: number;
  ballots: number;
  date: PartialDate;
  law: LawData;
  problems: Problems;
  unconfirmed: UsedLawValue[];
}

function voteRow(raw: Raw, i: number, c: VoteContext): VoteRow | undefined {
  const path = [...PATH, 'ket_qua', i];
  const votes = raw.so_phieu_dong_y as number;
  if (votes > c.ballots) {
    c.problems.error([...path, 'so_phieu_dong_y'], `${votes} phiếu đồng ý nhiều hơn số phiếu thu về (${c.ballots}: thành viên có mặt và phiếu gửi bằng văn bản).`);
    return undefined;
  }
  if (votes > c.total) {
    c.problems.error([...path, 'so_phieu_dong_y'], `${votes} phiếu đồng ý nhiều hơn tổng số ${c.total} thành viên Hội đồng. Sửa "so_phieu_dong_y" hoặc "thanh_vien.tong_so".`);
    return undefined;
  }
  if (typeof raw.nguong === 'number' && !/^\d+(\.\d)?$/.test(String(raw.nguong))) {
    c.problems.error([...path, 'nguong'], `ngưỡng ${raw.nguong}% có quá một chữ số thập phân. Ghi tỷ lệ phần trăm với nhiều nhất một chữ số thập phân, ví dụ 80 hoặc 92.5.`);
    return undefined;
  }
  let award;
  try {
    award = c.law.award(String(raw.danh_hieu), isoDate(c.date));
  } catch (e) {
    c.problems.error([...path, 'danh_hieu'], (e as Error).message);
    return undefined;
  }
  const threshold = (raw.nguong as number | undefined) ?? award.nguong_bieu_quyet;
  if (threshold === undefined) {
    c.problems.error([...path, 'nguong'], `danh hiệu "${award.ten}" không có ngưỡng biểu quyết trong danh-hieu.yaml. Ghi "nguong" (tỷ lệ %) cho dòng này.`);
    return undefined;
  }
  const unconfirmed = raw.nguong === undefined ? c.law.unconfirmedThreshold(award) : undefined;
  if (unconfirmed) addUsed(c.unconfirmed, [unconfirmed], [...path, 'danh_hieu']);
  const result = voteResult(votes, c.total, threshold);
  return {
    stt: i + 1,
    ten: String(raw.ten),
    danh_hieu: award.ten,
    so_phieu_dong_y: votes,
    ty_le: result.percentText,
    nguong: formatPercent(threshold),
    dat: result.passed,
    ket_luan: result.passed ? 'Đạt' : 'Không đạt',
  };
}

interface MeetingTime {
  date: PartialDate;
  text: string;
  sortKey: string;
}

/** `2025-11-20 14:00` or `16:30` (on `day`) → `14 giờ 00 phút, ngày 20 tháng 11 năm 2025`. */
function meetingTime(value: string, day: PartialDate, path: string[], problems: Problems): MeetingTime | undefined {
  const m = /^(?:(\d{4})-(\d{2})-(\d{2}) )?(\d{1,2}):(\d{2})$/.exec(value);
  const hour = Number(m?.[4]);
  const minute = Number(m?.[5]);
  if (!m || hour > 23 || minute > 59) {
    problems.error(path, `"${value}" không phải giờ hợp lệ. Ghi "YYYY-MM-DD HH:MM", ví dụ "2025-11-20 14:00", hoặc "16:30" cho cùng ngày.`);
    return undefined;
  }
  const date = m[1] ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : day;
  const [hh, mm] = [twoDigits(hour), twoDigits(minute)];
  return { date, text: `${hh} giờ ${mm} phút, ${formatDateWords(date)}`, sortKey: `${isoDate(date)} ${hh}:${mm}` };
}

const cell = (text: string, align?: TableCell['align']): TableCell => ({ paragraphs: [[{ text }]], align });

/** Results table: STT, name, award, votes for, % of all members, đạt / không đạt. */
export function resultsTable(meeting: Meeting): TableBlock {
  const header = ['STT', 'Tên tập thể, cá nhân', 'Danh hiệu đề nghị', 'Số phiếu đồng ý', `Tỷ lệ trên tổng số ${meeting.tong_so} thành viên`, 'Kết quả'].map((t) => cell(t));
  const rows = meeting.ket_qua.map((r) => [
    cell(String(r.stt), 'center'),
    cell(r.ten),
    cell(r.danh_hieu),
    cell(String(r.so_phieu_dong_y), 'center'),
    cell(r.ty_le, 'center'),
    cell(r.ket_luan, 'center'),
  ]);
  return { kind: 'table', columnWidths: [11, 38, 30, 15, 18, 15], headerRows: 1, rows: [header, ...rows] };
}

/** THƯ KÝ on the left, CHỦ TỌA on the right, when the data file names no signers itself. */
export function meetingSigners(meeting: Meeting): Raw[] {
  return [
    { chuc_vu: 'THƯ KÝ', ho_ten: meeting.thu_ky.ho_ten ?? undefined },
    { chuc_vu: 'CHỦ TỌA', ho_ten: meeting.chu_tri.ho_ten ?? undefined },
  ];
}
