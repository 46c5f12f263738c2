/** The law data (lương cơ sở, award catalogue) of a data folder, loaded once per folder. */
import { loadLawData, type LawData } from '../law/law-data.ts';
import { twoDigits } from '../model/dates.ts';

const cache = new Map<string, LawData>();

export function lawDataIn(dir: string): LawData {
  let data = cache.get(dir);
  if (!data) {
    data = loadLawData(dir);
    cache.set(dir, data);
  }
  return data;
}

export const TARGET_WORD: Record<string, string> = { tap_the: 'tập thể', ca_nhan: 'cá nhân', ho_gia_dinh: 'hộ gia đình' };

/** `03 tập thể`: counts in lists and running text take a leading zero below 10. */
export const countText = (n: number, target: string): string => `${twoDigits(n)} ${TARGET_WORD[target] ?? target}`;
