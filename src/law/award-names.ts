/**
 * Award names as staff write them: "Chiến sĩ thi đua cơ sở", "CSTĐCS", "Bằng khen Chủ tịch UBND tỉnh".
 * A written name is compared by its key: no case, no diacritics (đ = d), no punctuation, single spaces,
 * "Ủy ban nhân dân" = "UBND", "sỹ" = "sĩ". Each award is known by its code, its `ten`, `ten` without
 * "của", the initials of `ten` (LĐTT, CSTĐCS) and its `ten_goi_khac`. Pure: no file system.
 */
import { nearest } from '../core/nearest.ts';
import { withoutMarks } from '../core/text.ts';

export type Target = 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';

export interface NamedAward {
  ma: string;
  ten: string;
  doi_tuong: Target;
  ten_goi_khac?: string[];
}

/** The key a written name is compared by. */
export function nameKey(text: string): string {
  const plain = withoutMarks(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${plain} `
    .replace(/ uy ban nhan dan /g, ' ubnd ')
    .replace(/ sy /g, ' si ')
    .trim();
}

/** Initials of a name, đ kept apart from d: "Lao động tiên tiến" → "ldtt". */
function initials(text: string): string {
  return text
    .normalize('NFC')
    .split(/[\s\-–,.]+/)
    .filter(Boolean)
    .map((word) => nameKey(word[0]))
    .join('');
}

const known = new WeakMap<NamedAward, string[]>();

/** Every key an award is known by (worked out once per award: a list of thousands of rows asks again and again). */
export function keysOf(award: NamedAward): string[] {
  let keys = known.get(award);
  if (!keys) known.set(award, (keys = keysFrom(award)));
  return keys;
}

function keysFrom(award: NamedAward): string[] {
  const withoutOf = award.ten.replace(/\s+của\s+/giu, ' ');
  const written = [award.ten, withoutOf, initials(award.ten), initials(withoutOf), ...(award.ten_goi_khac ?? [])];
  return [...new Set([award.ma.replace(/_/g, ' '), ...written.map(nameKey)])];
}

export type Lookup<T extends NamedAward> =
  | { kind: 'found'; award: T }
  | { kind: 'ambiguous'; candidates: T[] }
  | { kind: 'unknown'; suggestion?: T };

/**
 * The award known by `written`, narrowed to `target` when several share the name. `awards` may hold
 * several dated entries of one code: they count as one award, known by the names of all of them.
 */
export function lookUp<T extends NamedAward>(awards: readonly T[], written: string, target?: Target): Lookup<T> {
  const key = nameKey(written);
  const matches = onePerCode(awards.filter((award) => keysOf(award).includes(key)));
  const fitting = target && matches.length > 1 ? matches.filter((a) => a.doi_tuong === target) : matches;
  if (fitting.length === 1) return { kind: 'found', award: fitting[0] };
  if (fitting.length > 1) return { kind: 'ambiguous', candidates: fitting };
  if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  return { kind: 'unknown', suggestion: suggest(awards, key, target) };
}

function onePerCode<T extends NamedAward>(awards: readonly T[]): T[] {
  const byCode = new Map<string, T>();
  for (const award of awards) if (!byCode.has(award.ma)) byCode.set(award.ma, award);
  return [...byCode.values()];
}

function suggest<T extends NamedAward>(awards: readonly T[], key: string, target?: Target): T | undefined {
  const pool = target ? awards.filter((a) => a.doi_tuong === target) : awards;
  const owners = new Map<string, T>();
  for (const award of pool) for (const k of keysOf(award)) if (!owners.has(k)) owners.set(k, award);
  const best = nearest(key, [...owners.keys()]);
  return best === undefined ? undefined : owners.get(best);
}

export const TARGET_WORDS: Record<Target, string> = { ca_nhan: 'cá nhân', tap_the: 'tập thể', ho_gia_dinh: 'hộ gia đình' };

/** `không có danh hiệu "…" trong danh mục (tệp). Có phải "…" (mã)?` */
export function unknownMessage(written: string, file: string, suggestion?: NamedAward): string {
  const head = `không có danh hiệu "${written}" trong danh mục (${file}).`;
  if (!suggestion) return `${head} Ghi tên như ở trường "ten" của tệp đó, tên gọi khác ở "ten_goi_khac", hoặc mã ("ma").`;
  return `${head} Có phải "${suggestion.ten}" (${suggestion.ma})?`;
}

/** A name shared by awards for different đối tượng: asks to choose, listing them. */
export function ambiguousMessage(written: string, candidates: NamedAward[]): string {
  const list = candidates.map((a) => `${a.ma} (${TARGET_WORDS[a.doi_tuong]})`).join(', ');
  return `"${written}" là tên của ${candidates.length} mục trong danh mục: ${list}. Ghi mã của mục cần dùng, hoặc ghi rõ đối tượng (cá nhân hay tập thể).`;
}

/** "cá nhân", "Ca nhan", "CN" → ca_nhan; "tập thể", "TT" → tap_the; else undefined. */
export function targetOf(written: string): Target | undefined {
  const key = nameKey(written).replace(/ /g, '');
  if (['canhan', 'cn'].includes(key)) return 'ca_nhan';
  if (['tapthe', 'tt'].includes(key)) return 'tap_the';
  if (['hogiadinh', 'hgd'].includes(key)) return 'ho_gia_dinh';
  return undefined;
}

/** "nam", "NAM" → Nam; "nữ", "Nu", "NỮ" → Nữ; else undefined. */
export function genderOf(written: string): 'Nam' | 'Nữ' | undefined {
  const key = nameKey(written);
  if (key === 'nam') return 'Nam';
  if (key === 'nu') return 'Nữ';
  return undefined;
}
