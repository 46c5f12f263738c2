/**
 * The commendation dossier parts of a data file (`danh_sach`, `bien_ban`, `thanh_tich`), computed from
 * the data and the dated law data: values for the content template, blocks inserted at
 * `<!-- chen: … -->` markers, the danh sách phụ lục, default signers and title lines.
 */
import { dirname } from 'node:path';
import type { LawData } from '../law/law-data.ts';
import type { PartialDate } from '../model/dates.ts';
import type { Problems } from '../model/problems.ts';
import type { SourceFile } from '../readers/source.ts';
import type { Appendix, Block } from '../model/types.ts';
import { meetingSigners, readMeeting, resultsTable } from './bien-ban.ts';
import { nomineeAppendix, readNomineeList, summarize, type ListSummary, type NomineeList } from './danh-sach.ts';
import { lawDataIn } from './law.ts';
import { isoDate } from '../model/dates.ts';
import { achievementTitle, historyTable, readAchievement } from './thanh-tich.ts';

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
}

export interface DossierInput {
  raw: Raw;
  source: SourceFile;
  problems: Problems;
  /** Folder of luong-co-so.yaml and danh-hieu.yaml. */
  lawDir: string;
  date: PartialDate;
  /** Quyết định pay tiền thưởng: their danh sách carries money by default. */
  withMoneyByDefault: boolean;
}

export function buildDossier(input: DossierInput): Dossier {
  const { raw, problems } = input;
  const dossier: Dossier = { context: {}, inserts: {} };
  const field = ['danh_sach', 'bien_ban', 'thanh_tich'].find((f) => raw[f] !== undefined);
  if (!field) return dossier;
  const law = loadLaw(input.lawDir, problems, field);
  if (!law) return dossier;
  if (raw.danh_sach !== undefined) addList(dossier, input, law);
  if (raw.bien_ban !== undefined) {
    const meeting = readMeeting(raw.bien_ban as Raw, input.date, law, problems);
    dossier.context.bien_ban = meeting;
    dossier.inserts.ket_qua_bieu_quyet = [resultsTable(meeting)];
    dossier.signers = meetingSigners(meeting);
  }
  if (raw.thanh_tich !== undefined) addAchievement(dossier, input, law);
  return dossier;
}

function loadLaw(dir: string, problems: Problems, field: string): LawData | undefined {
  try {
    return lawDataIn(dir);
  } catch (e) {
    problems.error([field], `cần dữ liệu luật trong ${dir} nhưng không đọc được: ${(e as Error).message}`);
    return undefined;
  }
}

function addList(dossier: Dossier, input: DossierInput, law: LawData): void {
  const list = readNomineeList(input.raw.danh_sach, input.source, input.problems, law, isoDate(input.date), input.withMoneyByDefault);
  dossier.list = list;
  dossier.summary = summarize(list);
  Object.assign(dossier.context, dossier.summary);
}

function addAchievement(dossier: Dossier, input: DossierInput, law: LawData): void {
  const raw = input.raw.thanh_tich as Raw;
  let award;
  try {
    award = law.award(String(raw.de_nghi));
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

/** Folder of the law data: the folder of the agency registry (data/_chung). */
export const lawDirOf = (registryPath: string | undefined): string => (registryPath ? dirname(registryPath) : 'data/_chung');
