/**
 * The tool's version for the build manifest: the package version and a hash of the program's own code
 * (the compiled files and the lock file of the packages they load, hashed once by bin/compile.mjs; or
 * the TypeScript sources of src/ when run from them) and the Node and zlib that compress the outputs, so that any change of the program rebuilds every
 * document, while a rebuild with the same program does not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

let version: string | undefined;

export function toolVersion(): string {
  return `${programVersion()}${ZLIB}`;
}

/** The package version and the hash of the program's code, the same on every machine. */
export function programVersion(): string {
  version ??= computeVersion();
  return version;
}

/**
 * The DOCX and PDF writers compress with Node's zlib, whose bytes may differ with another zlib, another
 * Node build of the same zlib, or another processor family (its SIMD paths): all three are part of the
 * version. On one machine and one Node the bytes are always the same.
 */
const ZLIB = `+node-${process.version}-${process.arch}-zlib-${process.versions.zlib}`;

/** Written by bin/compile.mjs beside the compiled code: its hash, so that a start need not read the bundle. */
const COMPILED_VERSION_FILE = 'ma-chuong-trinh.txt';

function computeVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // Compiled: this module is in a bundle at the top of dist/, beside the hash file.
  const compiled = [join(here, COMPILED_VERSION_FILE), join(here, '..', COMPILED_VERSION_FILE)].find((f) => existsSync(f));
  if (compiled) return `${packageVersion(here)}+${readFileSync(compiled, 'utf8').trim()}`;
  const root = join(here, '..');
  const hash = createHash('sha256');
  for (const file of codeFiles(root)) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return `${packageVersion(here)}+${hash.digest('hex').slice(0, 16)}`;
}

/** The version in the nearest package.json above `folder`. */
function packageVersion(folder: string): string {
  for (let f = folder; dirname(f) !== f; f = dirname(f)) {
    const path = join(f, 'package.json');
    if (existsSync(path)) {
      const { version } = JSON.parse(readFileSync(path, 'utf8')) as { version?: string };
      if (version) return version;
    }
  }
  return '0';
}

const codeFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs|json)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
