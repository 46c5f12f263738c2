/** A check over the document model, in the manner of an ESLint rule: an id, a description, a check. */
import type { Severity } from '../errors.ts';
import type { Document } from '../model/types.ts';

export interface Finding {
  message: string;
  /** Field of the data file the finding is about, for the line number. */
  field?: (string | number)[];
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  check(doc: Document): Finding[];
}
