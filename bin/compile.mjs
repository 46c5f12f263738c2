/**
 * Compiles src/ into one ESM bundle with code splitting (esbuild): the command then starts as plain
 * JavaScript, and what a run may not need (the PDF writer, pdf-lib, fontkit, ajv…) sits in chunks
 * loaded by dynamic import only when used. Run by the launcher when dist/ is missing or older than
 * src/, and by `npm run compile`.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** The command's entry; `main.js` in the out folder. */
export const ENTRY = 'src/cli/build-docs.ts';

/** Where the compiled command goes unless VAN_BAN_DIST names another folder (the tests compile into a scratch one). */
export const outDirOf = (env = process.env) => env.VAN_BAN_DIST || join(ROOT, 'dist');

// Bundled CommonJS packages call require() and __dirname, which an ES module lacks.
const BANNER = [
  "import { createRequire as __vbCreateRequire } from 'node:module';",
  "import { fileURLToPath as __vbFileURLToPath } from 'node:url';",
  'const require = __vbCreateRequire(import.meta.url);',
  'const __filename = __vbFileURLToPath(import.meta.url);',
  "const __dirname = __vbFileURLToPath(new URL('.', import.meta.url));",
].join('\n');

/** Compiles into a scratch folder beside `outDir`, then puts it in place, so that a run never sees half a bundle. */
export async function compile(outDir = outDirOf()) {
  const { build } = await import('esbuild');
  const scratch = `${outDir}.tmp-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { main: ENTRY },
    outdir: scratch,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: BANNER },
    legalComments: 'none',
    logLevel: 'silent',
  });
  writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
  rmSync(outDir, { recursive: true, force: true });
  try {
    renameSync(scratch, outDir);
  } catch {
    // Another run compiled at the same time and put its folder in place first: use that one.
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await compile();
  console.log(`Đã biên dịch chương trình vào ${outDirOf()}.`);
}
