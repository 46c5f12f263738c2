/** Counts of nominees as documents print them. */
import { twoDigits } from '../core/dates.ts';

export const TARGET_WORD: Record<string, string> = { tap_the: 'tập thể', ca_nhan: 'cá nhân', ho_gia_dinh: 'hộ gia đình' };

/** `03 tập thể`: counts in lists and running text take a leading zero below 10. */
export const countText = (n: number, target: string): string => `${twoDigits(n)} ${TARGET_WORD[target] ?? target}`;
