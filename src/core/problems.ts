/** Collects the problems of one data file, each located by its field path and line. */
import { fieldPath, type Problem } from './errors.ts';
import type { Path, SourceFile } from './source.ts';

export class Problems {
  /** `list` may be shared with the Problems of another file, to report both together. */
  constructor(
    private readonly source: Pick<SourceFile, 'path' | 'lineOf'>,
    readonly list: Problem[] = [],
  ) {}

  error(path: Path, message: string, line?: number): void {
    this.list.push({ severity: 'loi', file: this.source.path, line: line ?? this.source.lineOf(path), field: fieldPath(path) || undefined, message });
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'loi');
  }
}
