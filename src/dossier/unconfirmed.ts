/** The unconfirmed law values a dossier used, each once, with the field of the data file that used it first. */
import type { Path } from '../core/source.ts';
import type { UnconfirmedValue } from '../law/law-data.ts';

export interface UsedLawValue extends UnconfirmedValue {
  field: Path;
}

export function addUsed(used: UsedLawValue[], values: UnconfirmedValue[], field: Path): void {
  for (const value of values) {
    const known = used.some((u) => u.file === value.file && u.line === value.line && u.flag === value.flag);
    if (!known) used.push({ ...value, field });
  }
}
