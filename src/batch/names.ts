/**
 * Output names from Vietnamese names: `Nguyễn Văn An` → `nguyen-van-an`; readable, the same on every
 * file system (ASCII letters, digits and `-`), never a name Windows keeps for itself. Two nominees with
 * the same name: the later one (in row order) takes its đơn vị, then a number (`nguyen-van-an-2`).
 */

import { withoutMarks } from '../core/text.ts';

const MAX_LENGTH = 80;

/** Names Windows gives to devices, whatever the extension. */
const RESERVED = new Set(['con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

export function slugOf(text: string): string {
  const slug = withoutMarks(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > MAX_LENGTH ? slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') : slug;
  const name = cut || 'khong-ten';
  return RESERVED.has(name) ? `${name}-1` : name;
}

/** A name for each entry, unique in `taken` (which it fills), decided in the order given. */
export function uniqueNames(entries: { name: string; unit?: string }[], taken = new Set<string>()): string[] {
  const bases = entries.map((e) => slugOf(e.name));
  const first = new Map<string, number>();
  bases.forEach((b, i) => first.has(b) || first.set(b, i));
  return entries.map((e, i) => {
    const base = bases[i];
    const candidates = first.get(base) === i ? [base] : [];
    if (e.unit) candidates.push(slugOf(`${base} ${e.unit}`));
    const name = candidates.find((c) => !taken.has(c)) ?? numbered(base, taken);
    taken.add(name);
    return name;
  });
}

function numbered(base: string, taken: Set<string>): string {
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
