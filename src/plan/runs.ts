/** What a paragraph of the plan prints: its numbering label, one space, then its runs. */
import type { Paragraph, Run } from './types.ts';

/** Between a numbering label and the text after it. */
export const LABEL_SPACE = ' ';

export const printedRuns = (p: Paragraph): Run[] => (p.numbering ? [{ text: p.numbering.label + LABEL_SPACE, bold: p.numbering.bold }, ...p.runs] : p.runs);
