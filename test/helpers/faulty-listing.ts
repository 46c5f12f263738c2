/**
 * A data folder whose listing throws, as a bug in the program would: a preload script (`node --require`)
 * makes readdirSync throw a TypeError for it. For the tests of the program's last-resort messages.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function faultyListing(dir: string): { data: string; preload: string } {
  const data = join(dir, 'du-lieu-hong');
  mkdirSync(data);
  cpSync('data/_chung', join(data, '_chung'), { recursive: true });
  const preload = join(dir, 'hong.cjs');
  writeFileSync(
    preload,
    `const fs = require('node:fs');
    const readdirSync = fs.readdirSync;
    fs.readdirSync = function (path, ...rest) {
      if (String(path).includes('du-lieu-hong')) throw new TypeError('text.trim is not a function');
      return readdirSync.call(this, path, ...rest);
    };
    require('node:module').syncBuiltinESMExports();`,
  );
  return { data, preload };
}
