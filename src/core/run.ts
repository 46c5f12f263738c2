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

/**
 * Characters that stand for a manual line break: a newline left in a text (a YAML value written over
 * several lines with `|`, a code block), and what text pasted from Word carries: its Shift+Enter becomes
 * a vertical tab (U+000B) when copied out, and a page break a form feed (U+000C).
 */
export const MANUAL_BREAK = /[\n\v\f]/;
const BREAK_WITH_SPACES = /[ \t]*[\n\v\f][ \t]*/;
const LEADING_BREAKS = /^(?:[ \t]*[\n\v\f])+[ \t]*/;
const TRAILING_BREAKS = /(?:[ \t]*[\n\v\f])+[ \t]*$/;

/**
 * The runs of a paragraph with every newline, U+000B and U+000C turned into a manual line break (`breakAfter`),
 * the spaces around it dropped. A break at either end of the paragraph is dropped: Word would show an
 * empty line there and the PDF none.
 */
export function withLineBreaks(runs: Run[]): Run[] {
  if (!runs.some((run) => MANUAL_BREAK.test(run.text))) return runs;
  const last = runs.length - 1;
  return runs.flatMap((run, index) => {
    let text = run.text;
    if (index === 0) text = text.replace(LEADING_BREAKS, '');
    if (index === last) text = text.replace(TRAILING_BREAKS, '');
    const pieces = text.split(BREAK_WITH_SPACES);
    return pieces
      .map((piece, i): Run => ({ ...run, text: piece, ...(i < pieces.length - 1 ? { breakAfter: true } : {}) }))
      .filter((piece) => piece.text !== '' || piece.breakAfter);
  });
}

/** A dash between spaces, after a word: `kinh tế - xã hội`, `(11/6/1948 - 11/6/2023)`. */
const SPACED_DASH = /(\S) ([-–—]) (?=\S)/g;

/**
 * The space before a spaced dash becomes a no-break space, so that the dash never starts a line: where
 * it does not fit at the end of a line it goes down with the word before it. Word and LibreOffice keep
 * a no-break space, and the PDF's line breaking (UAX #14) too.
 */
export const withGluedDashes = (runs: Run[]): Run[] =>
  runs.map((run) => {
    const text = run.text.replace(SPACED_DASH, '$1\u00a0$2 ');
    return text === run.text ? run : { ...run, text };
  });
