/** A check over the document model, in the manner of an ESLint rule: an id, a description, a check. */
import type { Severity } from '../../core/errors.ts';
import type { Document } from '../../document/types.ts';
import type { Fonts } from '../../layout/fonts.ts';

export interface Finding {
  message: string;
  /** Field of the data file the finding is about, for the line number. */
  field?: (string | number)[];
}

/** What a rule may use besides the document: the fonts, to measure text as it will be set. */
export interface CheckContext {
  fonts: Fonts;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  /**
   * Whether the rule also checks a document sent with another (`kem_theo`). Such a document has its
   * own header, số and closing, checked like any other; only what Nghị định 30 leaves out of a
   * document issued with another (its own Nơi nhận) is not required of it.
   */
  onAttachments: boolean;
  check(doc: Document, context: CheckContext): Finding[];
}
