#!/usr/bin/env node
'use strict';
/**
 * The command (`npm run build:docs`, `npx van-ban`): checks the Node version, compiles src/ into dist/
 * when dist/ is missing or older than the sources (bin/compile.mjs), then runs the compiled entry with
 * V8's code cache (bin/run-bundle.cjs). CommonJS, not an ES module: Node starts its ES module loader
 * only for an ES entry, ~10 ms at each start.
 */
const { readdirSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { nodeMessage, nodeSupported } = require('./node-version.cjs');

const ROOT = resolve(__dirname, '..');
/** What the compiled program is made from: a newer one of these means dist/ is stale. */
const SOURCES = ['src', 'bin/compile.mjs', 'bin/run-bundle.cjs', 'package-lock.json'];

/** The newest modification time under `path` (folders count too: a deleted file changes its folder's). */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

async function run() {
  const outDir = resolve(process.env.VAN_BAN_DIST || join(ROOT, 'dist'));
  const entry = join(outDir, 'main.js');
  const built = statSync(entry, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (built < Math.max(...SOURCES.map((s) => newest(join(ROOT, s))))) {
    console.error(built < 0 ? 'Đang biên dịch chương trình lần đầu (vài giây)…' : 'Mã nguồn đã thay đổi: đang biên dịch lại chương trình (vài giây)…');
    try {
      const { compile } = await import('./compile.mjs');
      await compile(outDir);
    } catch (e) {
      console.error(`Không biên dịch được chương trình vào ${outDir}: kiểm tra quyền ghi thư mục đó, chạy "npm ci" để cài lại các gói rồi chạy lại (biến môi trường DEBUG=1 in chi tiết).`);
      if (process.env.DEBUG) console.error(e);
      process.exitCode = 1;
      return;
    }
  }
  // The entry (src/cli/build-docs.ts) runs the command when loaded and sets the exit code.
  require(join(outDir, 'run-bundle.cjs')).runMain(entry);
}

/**
 * A run is short and makes many documents alike. V8's optimising compiler, inlining deeply and from
 * early on, spent more CPU compiling (on threads of its own, beside the worker threads on a 2-core
 * machine) than its code saved: 1,000 nominees took 10.5 s instead of 9.1 s (BENCHMARKS.md). Set
 * before the program is loaded; the worker threads share the process's flags.
 */
function lighterCompiler() {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--interrupt-budget=300000');
}

if (!nodeSupported(process.versions.node)) {
  console.error(nodeMessage(process.versions.node));
  process.exitCode = 1;
} else {
  lighterCompiler();
  run();
}
