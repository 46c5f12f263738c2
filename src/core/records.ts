/**
 * Records as a reader yields them from a spreadsheet: one per row, each value with its place (file,
 * row, cell and column header), so that a problem found much later still names the cell to fix.
 */
import type { Problem } from './errors.ts';

export interface Place {
  file: string;
  /** Excel row number, or the CSV line the record starts on. */
  line: number;
  /** `Sheet1!D12`; absent in a CSV file. */
  cell?: string;
  /** The column header as written (`Danh hiệu`). */
  header?: string;
}

export interface SheetRecord {
  line: number;
  /** Non-empty cells by key, trimmed. */
  values: Record<string, string>;
  /** Where the value of `key` is: its cell and header, or the row when the sheet has no such column. */
  place(key: string): Place;
}

export interface RecordSet {
  file: string;
  records: SheetRecord[];
  /** The keys of the columns the sheet has. */
  columns: string[];
  /** Faults of the sheet itself (unknown or repeated column) and warnings of cleaned cells. */
  problems: Problem[];
}

/** A problem at a place. */
export const problemAt = (place: Place, severity: Problem['severity'], message: string): Problem => ({ severity, ...place, message });
