/**
 * The fields a Word form's tags may name: what the data can supply, each with its kind (how its value
 * is written into the form). The caller says which fields its data has; NOMINEE_FORM_FIELDS are those
 * of a báo cáo thành tích nominee and its batch.
 */

/**
 * `text`: written as given (a string keeps its leading zeros); `date`: dd/mm/yyyy; `bool`: a condition
 * (`{#co_sang_kien}…{/}`); `award`: a catalogue code written as the award's name; `list`: rows repeated
 * by a loop (`{#lich_su_khen_thuong}…{/lich_su_khen_thuong}`), with the fields of one row.
 */
export type FieldKind = 'text' | 'date' | 'bool' | 'award' | { list: FormFields };
export type FormFields = Readonly<Record<string, FieldKind>>;

export const isList = (kind: FieldKind): kind is { list: FormFields } => typeof kind === 'object';

/** One row of a nominee's history: a danh hiệu or hình thức already received. */
export const HISTORY_FIELDS: FormFields = {
  nam: 'text',
  danh_hieu: 'award',
  hinh_thuc: 'award',
  so_quyet_dinh: 'text',
  ngay: 'date',
  co_quan: 'text',
};

/** A báo cáo thành tích: the nominee's fields, then the batch's (the caller merges both into one record). */
export const NOMINEE_FORM_FIELDS: FormFields = {
  ho_ten: 'text',
  ten: 'text',
  ngay_sinh: 'date',
  gioi_tinh: 'text',
  que_quan: 'text',
  tru_quan: 'text',
  chuc_vu: 'text',
  don_vi: 'text',
  trinh_do: 'text',
  hoc_ham_hoc_vi: 'text',
  nhiem_vu: 'text',
  thanh_tich: 'text',
  danh_hieu: 'award',
  nam: 'text',
  co_sang_kien: 'bool',
  sang_kien: 'text',
  lich_su_khen_thuong: { list: HISTORY_FIELDS },
  // The batch.
  co_quan: 'text',
  dia_danh: 'text',
  ngay: 'date',
  nguoi_ky: 'text',
  chuc_vu_nguoi_ky: 'text',
};
