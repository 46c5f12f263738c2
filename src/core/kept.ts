/** What earlier runs computed from a file and kept, by a key naming that file and its content (build/kept-values.ts). */
export interface Kept<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}
