/** Where the build keeps what it can make again (prepared DOCX template, font subsets, file stamps…). */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The cache folder: VAN_BAN_CACHE, or .cache/van-ban in the node_modules the program's packages are in; undefined when off. */
export function cacheFolder(env = process.env): string | undefined {
  if (env.VAN_BAN_CACHE === '0') return undefined;
  if (env.VAN_BAN_CACHE) return env.VAN_BAN_CACHE;
  try {
    const pizzip = createRequire(import.meta.url).resolve('pizzip/package.json');
    return join(dirname(dirname(pizzip)), '.cache', 'van-ban');
  } catch {
    return undefined;
  }
}

/** Only the `keep` files of `folder` named like `pattern` kept most recently stay. */
export function pruneKept(folder: string, pattern: RegExp, keep: number): void {
  const kept = readdirSync(folder)
    .filter((name) => pattern.test(name))
    .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of kept.slice(keep)) rmSync(old.path, { force: true });
}
