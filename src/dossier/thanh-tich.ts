/**
 * Báo cáo thành tích of an individual or a collective: the title `ĐỀ NGHỊ TẶNG …`, the lý lịch lines,
 * and the two award-history tables (danh hiệu thi đua; hình thức khen thưởng).
 */
import type { Award } from '../law/law-data.ts';
import type { Block, TableCell } from '../document/types.ts';
import { upper } from '../core/text.ts';
import { genderOf } from '../law/award-names.ts';

type Raw = Record<string, unknown>;

interface HistoryRow {
  nam: string | number;
  danh_hieu: string;
  so_quyet_dinh?: string;
}

/** Values for the content template, under `thanh_tich`. */
export interface Achievement {
  doi_tuong: 'ca_nhan' | 'tap_the';
  de_nghi: string;
  nam: string | null;
  /** Filled lý lịch (or đặc điểm) fields as `{ nhan, gia_tri }`, in the order of the form. */
  ly_lich: { nhan: string; gia_tri: string }[];
}

const PERSONAL_FIELDS: [string, string][] = [
  ['ho_ten', 'Họ và tên'],
  ['ngay_sinh', 'Sinh ngày, tháng, năm'],
  ['gioi_tinh', 'Giới tính'],
  ['que_quan', 'Quê quán'],
  ['tru_quan', 'Trú quán'],
  ['don_vi', 'Đơn vị công tác'],
  ['chuc_vu', 'Chức vụ (Đảng, chính quyền, đoàn thể)'],
  ['trinh_do', 'Trình độ chuyên môn, nghiệp vụ'],
  ['hoc_ham', 'Học hàm, học vị, danh hiệu, giải thưởng'],
];

const COLLECTIVE_FIELDS: [string, string][] = [
  ['ten', 'Tên tập thể'],
  ['dia_chi', 'Địa chỉ trụ sở, điện thoại'],
  ['nam_thanh_lap', 'Năm thành lập'],
];

export function readAchievement(raw: Raw, award: Award): Achievement {
  const collective = raw.doi_tuong === 'tap_the';
  const facts = ((collective ? raw.dac_diem : raw.ly_lich) ?? {}) as Raw;
  const fields = collective ? COLLECTIVE_FIELDS : PERSONAL_FIELDS;
  return {
    doi_tuong: collective ? 'tap_the' : 'ca_nhan',
    de_nghi: award.ten,
    nam: (raw.nam as string | undefined) ?? null,
    ly_lich: fields.filter(([key]) => facts[key] !== undefined).map(([key, nhan]) => ({ nhan, gia_tri: factText(key, String(facts[key])) })),
  };
}

/** Giới tính written "nu", "NỮ" prints as "Nữ"; other facts as written. */
const factText = (key: string, value: string): string => (key === 'gioi_tinh' ? genderOf(value) ?? value : value);

/** `ĐỀ NGHỊ TẶNG DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ”`, then the period (`NĂM HỌC 2024 - 2025`). */
export function achievementTitle(achievement: Achievement, award: Award): string[] {
  const what = award.loai === 'danh_hieu' ? `DANH HIỆU “${upper(award.ten)}”` : upper(award.ten);
  return [`ĐỀ NGHỊ TẶNG ${what}`, ...(achievement.nam ? [upper(achievement.nam)] : [])];
}

const cell = (text: string, align?: TableCell['align']): TableCell => ({ paragraphs: [[{ text }]], align });

/** A history table `Năm | Danh hiệu (Hình thức) | Số, ngày … của quyết định; cơ quan ban hành`. */
export function historyTable(rows: HistoryRow[] | undefined, kind: 'danh_hieu' | 'hinh_thuc'): Block[] {
  if (!rows || rows.length === 0) return [{ kind: 'paragraph', style: 'Than', runs: [{ text: 'Không có.' }] }];
  const what = kind === 'danh_hieu' ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng';
  const decision = kind === 'danh_hieu' ? 'công nhận danh hiệu thi đua' : 'khen thưởng';
  const header = [cell('Năm'), cell(what), cell(`Số, ngày, tháng, năm của quyết định ${decision}; cơ quan ban hành quyết định`)];
  const body = rows.map((r) => [cell(String(r.nam), 'center'), cell(r.danh_hieu), cell(r.so_quyet_dinh ?? '')]);
  return [{ kind: 'table', columnWidths: [16, 40, 54], headerRows: 1, rows: [header, ...body] }];
}
