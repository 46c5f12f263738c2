/** The law data (lương cơ sở, award catalogue) of a data folder, loaded once per folder. */
import { loadLawData, type LawData } from '../law/law-data.ts';

const cache = new Map<string, LawData>();

export function lawDataIn(dir: string): LawData {
  let data = cache.get(dir);
  if (!data) {
    data = loadLawData(dir);
    cache.set(dir, data);
  }
  return data;
}

/** `2025-12-15` from a partial date; a draft without day or month counts from the first day. */
export function isoDate(date: { year: number; month?: number; day?: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

export const TARGET_WORD: Record<string, string> = { tap_the: 'tập thể', ca_nhan: 'cá nhân', ho_gia_dinh: 'hộ gia đình' };

/** `03 tập thể`: counts in lists and running text take a leading zero below 10. */
export const countText = (n: number, target: string): string => `${String(n).padStart(2, '0')} ${TARGET_WORD[target] ?? target}`;
