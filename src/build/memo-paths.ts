/**
 * Path arithmetic done once per path and working folder: every document of a folder names the same
 * fonts, registry and templates, and a rebuild of 200 unchanged documents otherwise spends tens of
 * milliseconds resolving the same strings again. The answers are found through one map per argument,
 * the working folder's first: no key string is made at each call.
 */
import { cwd } from 'node:process';

type Memo = Map<string, Memo | string>;

export function memoPaths<A extends string[]>(fn: (...paths: A) => string): (...paths: A) => string {
  const done: Memo = new Map();
  return (...paths) => {
    let level = levelOf(done, cwd());
    for (let i = 0; i < paths.length - 1; i++) level = levelOf(level, paths[i]);
    const last = paths[paths.length - 1];
    let value = level.get(last) as string | undefined;
    if (value === undefined) level.set(last, (value = fn(...paths)));
    return value;
  };
}

function levelOf(memo: Memo, key: string): Memo {
  let level = memo.get(key) as Memo | undefined;
  if (!level) memo.set(key, (level = new Map()));
  return level;
}
