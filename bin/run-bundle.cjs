'use strict';
/**
 * Runs a compiled bundle (dist/main.js, dist/worker.js; copied into dist/ by bin/compile.mjs) with V8's
 * code cache. Without it, each start parsed the bundle and compiled every function it called again: on
 * this machine ~90 ms of a 0.45 s run making one plan. The cache is V8's compiled code of what a run
 * used, written beside the bundle by the first run after a compile (the main thread's at exit, a
 * worker's after its first document) and read by the next ones. Node 20 has no compile cache for ES
 * modules, hence a CommonJS bundle run as a vm.Script.
 *
 * V8 refuses a cache made by another V8 or with other flags, but checks the source only by its length:
 * the cache's name carries the bundle's own hash (its last line, written by the compiler), so that a
 * bundle never runs with the code of another.
 */
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname } = require('node:path');
const { Script, constants } = require('node:vm');

/** The compiler's last line of a bundle: its hash. */
const CODE_ID = /\/\/ van-ban-ma=([0-9a-f]{16})\n$/;

/** Where the code cache of `bundle` is kept, or undefined for a bundle without its hash. */
function cacheFileOf(bundle, code) {
  const id = CODE_ID.exec(code.slice(-64))?.[1];
  return id && `${bundle}.${id}.v8-cache`;
}

function readOrUndefined(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all; a folder that cannot be written (installed read-only) only means no cache. */
function writeAtomically(file, bytes) {
  const scratch = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(scratch, bytes);
    renameSync(scratch, file);
  } catch {
    rmSync(scratch, { force: true });
  }
}

/**
 * Runs `bundle` as a CommonJS module in this thread. Returns the function that keeps its compiled code
 * for the next runs, or undefined when the cache was used (there is nothing new to keep).
 */
function runBundle(bundle) {
  const code = readFileSync(bundle, 'latin1'); // ASCII only (the compiler escapes the rest): read as such, without decoding
  const cacheFile = cacheFileOf(bundle, code);
  const cachedData = cacheFile && readOrUndefined(cacheFile);
  const script = new Script(wrap(code), { filename: bundle, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const keep = cacheFile && (!cachedData || script.cachedDataRejected) ? () => writeAtomically(cacheFile, script.createCachedData()) : undefined;
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return keep;
}

/** The command's main thread: the cache is made at exit, when it holds all the run compiled. */
function runMain(bundle) {
  const keep = runBundle(bundle);
  if (keep) process.once('exit', keep);
}

/** The event a worker thread emits once it has made its first document (src/build/worker.ts). */
const WORKER_WARM = 'van-ban:worker-warm';

/** A worker thread (src/build/workers.ts): it is stopped, not left to exit, so its cache is made once it is warm. */
function runWorker(bundle) {
  const keep = runBundle(bundle);
  if (keep) process.once(WORKER_WARM, keep);
}

module.exports = { CODE_ID, WORKER_WARM, cacheFileOf, runBundle, runMain, runWorker };
