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
const { dirname, join } = require('node:path');
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

/** The compiled code to keep of each bundle run in this thread (see runMain, runWorker). */
const toKeep = [];

/** Libraries bundled apart (bin/compile.mjs, LIBRARIES), by path: each run once in a thread, when first required. */
const libraries = new Map();

/**
 * A bundle's require: a library bundled apart (`./lib/<name>.js`, in `root`'s lib/ whichever bundle
 * asks) is run with its code cache, anything else is Node's.
 */
function requireOf(bundle, root) {
  const nodeRequire = createRequire(bundle);
  const require = (id) => {
    if (!id.startsWith('./lib/')) return nodeRequire(id);
    const file = join(root, id);
    if (!libraries.has(file)) {
      const module = { exports: {} };
      libraries.set(file, module);
      const keep = runBundle(file, module, root);
      if (keep) toKeep.push(keep);
    }
    return libraries.get(file).exports;
  };
  return Object.assign(require, { resolve: nodeRequire.resolve, cache: nodeRequire.cache });
}

/**
 * Runs `bundle` as a CommonJS module in this thread. Returns the function that keeps its compiled code
 * for the next runs, or undefined when the cache was used (there is nothing new to keep).
 */
function runBundle(bundle, module = { exports: {} }, root = dirname(bundle)) {
  const code = readFileSync(bundle, 'latin1'); // ASCII only (the compiler escapes the rest): read as such, without decoding
  const cacheFile = cacheFileOf(bundle, code);
  const cachedData = cacheFile && readOrUndefined(cacheFile);
  const script = new Script(wrap(code), { filename: bundle, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const keep = cacheFile && (!cachedData || script.cachedDataRejected) ? () => writeAtomically(cacheFile, script.createCachedData()) : undefined;
  script.runInThisContext().call(module.exports, module.exports, requireOf(bundle, root), module, bundle, dirname(bundle));
  return keep;
}

const keepAll = () => toKeep.splice(0).forEach((keep) => keep());

/** The command's main thread: the caches are made at exit, when they hold all the run compiled. */
function runMain(bundle) {
  const keep = runBundle(bundle);
  if (keep) toKeep.push(keep);
  process.once('exit', keepAll);
}

/** The event a worker thread emits once it has made its first document (src/build/worker.ts). */
const WORKER_WARM = 'van-ban:worker-warm';

/** A worker thread (src/build/workers.ts): it is stopped, not left to exit, so its cache is made once it is warm. */
function runWorker(bundle) {
  const keep = runBundle(bundle);
  if (keep) toKeep.push(keep);
  process.once(WORKER_WARM, keepAll);
}

module.exports = { CODE_ID, WORKER_WARM, cacheFileOf, runBundle, runMain, runWorker };
