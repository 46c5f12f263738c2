/**
 * The tool's version for the build manifest: the package version and a hash of the program's own code
 * (the compiled files, or the TypeScript sources when run from them), so that any change of the
 * program rebuilds every document, while a rebuild with the same program does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

let version: string | undefined;

export function toolVersion(): string {
  version ??= computeVersion();
  return version;
}

function computeVersion(): string {
  const root = codeRoot(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  for (const file of codeFiles(root)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  const pkg = JSON.parse(readFileSync(join(root, '..', 'package.json'), 'utf8')) as { version: string };
  return `${pkg.version}+${hash.digest('hex').slice(0, 16)}`;
}

/** The folder of the program's code: `src` or `dist`, the nearest one above this module. */
function codeRoot(folder: string): string {
  let f = folder;
  while (!['src', 'dist'].includes(basename(f)) && dirname(f) !== f) f = dirname(f);
  return dirname(f) === f ? folder : f;
}

const codeFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs|json)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
