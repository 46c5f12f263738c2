/**
 * A batch's báo cáo thành tích through the staff's own Word form (`tao.bao_cao_thanh_tich.mau_word`):
 * the form checked once (its tags against the fields a row can give) before anything is made, each
 * row's record in the keys the form filler knows, and each row's missing values found at its cells,
 * all before generating. Filling the form is the build's (writers/form fillForm). Pure.
 */
import { fieldPath, type Problem } from '../core/errors.ts';
import type { Path } from '../core/source.ts';
import { problemAt } from '../core/records.ts';
import { NOMINEE_FORM_FIELDS, prepareForm, type PreparedForm } from '../writers/form/index.ts';
import { formValues } from '../writers/form/values.ts';
import type { CheckedRow } from './rows.ts';

type Raw = Record<string, unknown>;

/** The form's file as the resolver read it. */
export interface FormFile {
  /** As written in the batch file (`mau/bao-cao-thanh-tich.docx`), for messages. */
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

/** A filled form to make: the form and one row's record. */
export interface FormJob {
  form: PreparedForm;
  /** The form file's hash (an input of every filled form). */
  sha256: string;
  record: Raw;
}

/** The form's field for a column of the sheet, where the names differ (`ten` is also `ho_ten`). */
const FIELD_OF_COLUMN: Record<string, string> = { ten: 'ho_ten' };
const COLUMN_OF_FIELD: Record<string, string> = { ho_ten: 'ten', nguoi_ky: 'thu_truong' };
const ROW_FIELDS = ['ten', 'ngay_sinh', 'gioi_tinh', 'que_quan', 'tru_quan', 'chuc_vu', 'don_vi', 'trinh_do', 'nhiem_vu', 'thanh_tich'];

/** The form checked once: its problems (at the form's paragraphs) stop the batch. */
export function prepareBatchForm(file: FormFile, blank: readonly string[]): { form?: PreparedForm; problems: Problem[] } {
  return prepareForm(file.bytes, file.path, NOMINEE_FORM_FIELDS, { blank });
}

/**
 * The record of one row for the form: the batch's values (`co_quan`, `dia_danh`, `ngay`, shared
 * `du_lieu`), then the row's cells (`ten` also as `ho_ten`), its award's name, the year, the head of
 * its unit as `nguoi_ky`; the sheet has no history columns, so `lich_su_khen_thuong` is empty.
 */
export function formRecord(row: CheckedRow, batch: Raw, header: { co_quan: string; dia_danh: string }, achievement?: string): Raw {
  const section = ((batch.tao as Raw).bao_cao_thanh_tich ?? {}) as Raw;
  const v = row.record.values;
  const record: Raw = { ...((section.du_lieu ?? {}) as Raw), co_quan: header.co_quan, dia_danh: header.dia_danh, ngay: section.ngay ?? batch.ngay };
  if (typeof batch.nam === 'string' || typeof batch.nam === 'number') record.nam = String(batch.nam);
  for (const key of ROW_FIELDS) {
    if (v[key] === undefined) continue;
    record[key] = v[key];
    if (FIELD_OF_COLUMN[key]) record[FIELD_OF_COLUMN[key]] = v[key];
  }
  if (achievement !== undefined) record.thanh_tich = achievement;
  record.danh_hieu = row.award.ten;
  if (v.thu_truong) record.nguoi_ky = v.thu_truong;
  record.lich_su_khen_thuong = [];
  return record;
}

/** The values a row lacks for the form, each an error at the row's cell (or the row, for a value not from a cell). */
export function formRowProblems(form: PreparedForm, row: CheckedRow, record: Raw): Problem[] {
  const { faults } = formValues(form.used, record, { formPath: form.path, blank: form.blank });
  return faults.map((f) => {
    const place = row.record.place(columnOf(f.path));
    const message = f.message.replace('vào danh sách trường được để trống', 'vào "tao.bao_cao_thanh_tich.de_trong" của tệp đợt');
    return { ...problemAt(place, 'loi', message), ...(place.header ? {} : { field: fieldPath(f.path) }) };
  });
}

const columnOf = (path: Path): string => {
  const field = String(path[0]);
  return COLUMN_OF_FIELD[field] ?? field;
};
