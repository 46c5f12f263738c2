/** A run of text with one set of character properties: the unit of every paragraph's content. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Subscript, e.g. the drafter's initials after the Lưu line. */
  sub?: boolean;
  sup?: boolean;
  /** A manual line break after this run's text. */
  breakAfter?: boolean;
}
