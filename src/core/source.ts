/**
 * A data file as read: its fields, its Markdown body if any, and where each field is, so that a
 * problem can name the line. Readers produce it; everything after works on it without the disk.
 */
import type { Problem } from './errors.ts';

export type Path = readonly (string | number)[];

export interface SourceFile {
  path: string;
  data: Record<string, unknown>;
  /** Markdown body (Markdown files) or undefined. */
  body?: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
  /** 1-based line of a field, or of its nearest parent that exists. */
  lineOf(path: Path): number | undefined;
  /** 1-based column where that field's value (or that parent's key) starts, when the reader knows it. */
  columnOf?(path: Path): number | undefined;
  /**
   * Where a field is in a spreadsheet: its cell (`Sheet1!D12`, absent in a CSV file) and column header;
   * `file` when that is another file than `path` (a document made from a row of a batch's sheet).
   */
  cellOf?(path: Path): { file?: string; cell?: string; header?: string };
  /** What the reader changed in the text (a control character taken out), to print with the build. */
  warnings?: Problem[];
}
