/** A check over the document model, in the manner of an ESLint rule: an id, a description, a check. */
import type { Severity } from '../../core/errors.ts';
import type { SourceFile } from '../../core/source.ts';
import type { ContentTemplate } from '../../content/templates.ts';
import type { Document } from '../../document/types.ts';
import type { Fonts } from '../../layout/fonts.ts';

export interface Finding {
  message: string;
  /** Field of the data file the finding is about, for the line number. */
  field?: (string | number)[];
  /** Line of the data file, when the finding is about a line of its body rather than a field. */
  line?: number;
}

/** What a rule may use besides the document: the fonts, to measure text as it will be set. */
export interface CheckContext {
  fonts: Fonts;
  /** The data file the document was built from, to point at the field or line a finding is about. */
  source?: SourceFile;
  /** The content template the document was filled from (`mau`), as loaded. */
  contentTemplate?: ContentTemplate;
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

/** The text of a line of runs (a Nơi nhận line). */
export const lineText = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');
