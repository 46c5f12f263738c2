/** Collects the problems of one data file, each located by its field path and line. */
import { fieldPath, type Problem } from './errors.ts';
import type { Path, SourceFile } from './source.ts';

export class Problems {
  /** `list` may be shared with the Problems of another file, to report both together. */
  constructor(
    private readonly source: Pick<SourceFile, 'path' | 'lineOf' | 'columnOf' | 'cellOf'>,
    readonly list: Problem[] = [],
  ) {}

  error(path: Path, message: string, line?: number): void {
    const column = line === undefined ? this.source.columnOf?.(path) : undefined;
    this.list.push({ severity: 'loi', file: this.source.path, line: line ?? this.source.lineOf(path), column, field: fieldPath(path) || undefined, message, ...this.source.cellOf?.(path) });
  }

  /** An error in another file the document reads (a content template), at its own line. */
  errorIn(file: string, line: number | undefined, message: string): void {
    this.list.push({ severity: 'loi', file, line, message });
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'loi');
  }
}
