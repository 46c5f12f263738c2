/**
 * Path arithmetic done once per path and working folder: every document of a folder names the same
 * fonts, registry and templates, and a rebuild of 200 unchanged documents otherwise spends tens of
 * milliseconds resolving the same strings again.
 */
import { cwd } from 'node:process';

export function memoPaths<A extends string[]>(fn: (...paths: A) => string): (...paths: A) => string {
  const done = new Map<string, string>();
  return (...paths) => {
    const key = `${cwd()}\0${paths.join('\0')}`;
    let value = done.get(key);
    if (value === undefined) done.set(key, (value = fn(...paths)));
    return value;
  };
}
