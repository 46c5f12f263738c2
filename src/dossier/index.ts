/**
 * The commendation dossier parts of a data file (`danh_sach`, `bien_ban`, `thanh_tich`), computed from
 * the data and the dated law data: values for the content template, blocks inserted at
 * `<!-- chen: … -->` markers, the danh sách phụ lục, default signers and title lines.
 */
import type { LawData } from '../law/law-data.ts';
import { targetOf } from '../law/award-names.ts';
import { isoDate, type PartialDate } from '../core/dates.ts';
import type { Problems } from '../core/problems.ts';
import type { SourceFile } from '../core/source.ts';
import type { Appendix, Block, NomineeSheet } from '../document/types.ts';
import { meetingSigners, readMeeting, resultsTable } from './bien-ban.ts';
import { nomineeAppendix, nomineeSheet, readNomineeList, summarize, type ListSummary, type NomineeList } from './danh-sach.ts';
import { achievementTitle, historyTable, readAchievement } from './thanh-tich.ts';
import type { UsedLawValue } from './unconfirmed.ts';

type Raw = Record<string, unknown>;

export interface Dossier {
  /** Values for the content template: `so_tap_the`, `so_luong`, `bien_ban.…`, `thanh_tich.…`. */
  context: Record<string, unknown>;
  /** Blocks for the `<!-- chen: name -->` markers of the body. */
  inserts: Record<string, Block[]>;
  list?: NomineeList;
  summary?: ListSummary;
  /** Signers when the data file names none (biên bản: THƯ KÝ, CHỦ TỌA). */
  signers?: Raw[];
  /** Trích yếu when the data file gives none (báo cáo thành tích: `ĐỀ NGHỊ TẶNG …`). */
  trichYeu?: string[];
  /** Unconfirmed law values (da_xac_nhan: false) the dossier used: each must be warned about. */
  unconfirmed: UsedLawValue[];
}

/** The fields of a data file that make a dossier, and so need the law data. */
export const DOSSIER_FIELDS = ['danh_sach', 'bien_ban', 'thanh_tich'] as const;

export interface DossierInput {
  raw: Raw;
  problems: Problems;
  /** The law data, as the resolver loaded it (absent when it could not: the resolver has said why). */
  law?: LawData;
  /** The separate list file of `danh_sach: { tep }`, as the resolver loaded it. */
  listFile?: SourceFile;
  date: PartialDate;
  /** Quyết định pay tiền thưởng: their danh sách carries money by default. */
  withMoneyByDefault: boolean;
}

export function buildDossier(input: DossierInput): Dossier {
  const { raw, problems } = input;
  const dossier: Dossier = { context: {}, inserts: {}, unconfirmed: [] };
  const { law } = input;
  if (!law || !DOSSIER_FIELDS.some((f) => raw[f] !== undefined)) return dossier;
  if (raw.danh_sach !== undefined) addList(dossier, input, law);
  if (raw.bien_ban !== undefined) {
    const meeting = readMeeting(raw.bien_ban as Raw, input.date, law, problems, { unconfirmed: dossier.unconfirmed, form: raw.bieu_mau === true });
    dossier.context.bien_ban = meeting;
    // A meeting without a vote has no results table.
    dossier.inserts.ket_qua_bieu_quyet = meeting.ket_qua.length > 0 ? [resultsTable(meeting)] : [];
    dossier.signers = meetingSigners(meeting);
  }
  if (raw.thanh_tich !== undefined) addAchievement(dossier, input, law);
  return dossier;
}

function addList(dossier: Dossier, input: DossierInput, law: LawData): void {
  const list = readNomineeList(input.raw.danh_sach, input.listFile, input.problems, law, isoDate(input.date), input.withMoneyByDefault);
  dossier.list = list;
  dossier.summary = summarize(list);
  dossier.unconfirmed.push(...list.unconfirmed);
  Object.assign(dossier.context, dossier.summary);
}

function addAchievement(dossier: Dossier, input: DossierInput, law: LawData): void {
  const written = input.raw.thanh_tich as Raw;
  const target = targetOf(String(written.doi_tuong));
  if (target !== 'ca_nhan' && target !== 'tap_the') {
    input.problems.error(['thanh_tich', 'doi_tuong'], `đối tượng "${written.doi_tuong}" không rõ. Ghi "cá nhân" hoặc "tập thể".`);
    return;
  }
  const raw: Raw = { ...written, doi_tuong: target };
  let award;
  try {
    award = law.award(String(raw.de_nghi), undefined, target);
  } catch (e) {
    input.problems.error(['thanh_tich', 'de_nghi'], (e as Error).message);
    return;
  }
  const achievement = readAchievement(raw, award);
  dossier.context.thanh_tich = achievement;
  dossier.trichYeu = achievementTitle(achievement, award);
  dossier.inserts.bang_danh_hieu = historyTable(raw.lich_su_danh_hieu as never, 'danh_hieu');
  dossier.inserts.bang_khen_thuong = historyTable(raw.lich_su_khen_thuong as never, 'hinh_thuc');
}

/** The danh sách phụ lục; `attachedTo` writes the `(Kèm theo …)` line for a given issuer. */
export function dossierAppendices(dossier: Dossier, attachedTo: (issuer?: string) => string): Appendix[] {
  const { list, summary } = dossier;
  return list && summary && list.nominees.length > 0 ? [nomineeAppendix(list, summary, attachedTo(list.issuer))] : [];
}


/** The danh sách as a spreadsheet, from the list and its phụ lục (made by dossierAppendices); `agency` on one line. */
export function dossierSheet(dossier: Dossier, appendix: Appendix, agency: string): NomineeSheet | undefined {
  const { list, summary } = dossier;
  return list && summary && list.nominees.length > 0 ? nomineeSheet(list, summary, appendix, agency) : undefined;
}
