'use strict';
/**
 * Runs a compiled bundle (dist/main.js, dist/worker.js, the libraries in dist/lib/; copied into dist/ by
 * bin/compile.mjs) with V8's code cache. Without it, each start parsed the bundle and compiled every
 * function it called again: on this machine ~90 ms of a 0.45 s run making one plan. The cache is V8's
 * compiled code of what a run used, written beside the bundle (the main thread's at exit, a worker's
 * after its first document) and read by the next runs. A run that compiled much more than the run that
 * made the cache (the first run made DOCX only, this one PDF too) writes it again. Node 20 has no
 * compile cache for ES modules, hence CommonJS bundles run as vm.Scripts.
 *
 * V8 refuses a cache made by another V8 or with other flags, but checks the source only by its length:
 * the cache's name carries the bundle's own hash (its last line, written by the compiler), so that a
 * bundle never runs with the code of another.
 */
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { SourceMap, createRequire, wrap } = require('node:module');
const { dirname, join, resolve } = require('node:path');
const { getHeapCodeStatistics, setFlagsFromString } = require('node:v8');
const { Script, constants } = require('node:vm');

/**
 * Node's V8 checks a code cache's checksum only with this flag (by default only in debug builds): a cache
 * damaged on disk (a bit flipped, a power cut before the renamed file reached the disk) is then refused
 * and made again, where without it the program ran wrong code or crashed. Every producer and user of
 * the caches sets it here (V8 refuses a cache made under other flags).
 */
setFlagsFromString('--verify-snapshot-checksum');

/** The compiler's last line of a bundle: its hash. */
const CODE_ID = /\/\/ van-ban-ma=([0-9a-f]{16})\n$/;

/** Where the code cache of `bundle` is kept, or undefined for a bundle without its hash. */
function cacheFileOf(bundle, code) {
  const id = CODE_ID.exec(code.slice(-64))?.[1];
  return id && `${bundle}.${id}.v8-cache`;
}

/**
 * A cache file: the size of the compiled code (bytecode and its metadata) of the thread that made it,
 * then V8's cache. The size tells whether a later run compiled more than that one.
 */
const HEADER = 8;

/** Compiled this much more than the run that made the cache, a run writes it again. */
const grewMuch = (now, then) => now > then * 1.05 + 64 * 1024;

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
    return true;
  } catch {
    rmSync(scratch, { force: true });
    return false;
  }
}

/** How each bundle run in this thread keeps its compiled code (see runMain, runWorker). */
const keepers = [];

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
      // Set before the library runs (a library that requires itself gets what it has so far, as Node's
      // require does), and taken back if it fails, so that a later require tries again.
      libraries.set(file, module);
      try {
        keepers.push(runBundle(file, module, root));
      } catch (e) {
        libraries.delete(file);
        throw e;
      }
    }
    return libraries.get(file).exports;
  };
  return Object.assign(require, { resolve: nodeRequire.resolve, cache: nodeRequire.cache });
}

/**
 * Runs `bundle` as a CommonJS module in this thread. Returns the function that keeps its compiled code
 * for the next runs if there is no cache, it was refused, or this thread has compiled much more than
 * the one that made it.
 */
function runBundle(bundle, module = { exports: {} }, root = dirname(bundle)) {
  const code = readFileSync(bundle, 'latin1'); // ASCII only (the compiler escapes the rest): read as such, without decoding
  const cacheFile = cacheFileOf(bundle, code);
  const kept = cacheFile && readOrUndefined(cacheFile);
  const cachedData = kept && kept.length > HEADER ? kept.subarray(HEADER) : undefined;
  const script = new Script(wrap(code), { filename: bundle, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const madeWith = cachedData && !script.cachedDataRejected ? kept.readDoubleLE(0) : -Infinity;
  script.runInThisContext().call(module.exports, module.exports, requireOf(bundle, root), module, bundle, dirname(bundle));
  /** `compiled`: this thread's compiled code now (bytes); whether the cache was written. */
  return (compiled) => {
    if (!cacheFile || !grewMuch(compiled, madeWith)) return false;
    const header = Buffer.alloc(HEADER);
    header.writeDoubleLE(compiled);
    return writeAtomically(cacheFile, Buffer.concat([header, script.createCachedData()]));
  };
}

function keepAll() {
  const compiled = getHeapCodeStatistics().bytecode_and_metadata_size;
  keepers.splice(0).forEach((keep) => keep(compiled));
}

/** The command's main thread: the caches are made at exit, when they hold all the run compiled. */
function runMain(bundle) {
  keepers.push(runBundle(bundle));
  process.once('exit', keepAll);
}

/** The event a worker thread emits once it has made its first document (src/build/worker.ts). */
const WORKER_WARM = 'van-ban:worker-warm';

/** A worker thread (src/build/workers.ts): it is stopped, not left to exit, so its cache is made once it is warm. */
function runWorker(bundle) {
  keepers.push(runBundle(bundle));
  process.once(WORKER_WARM, keepAll);
}

/** The text Node's CommonJS wrapper puts before a bundle's first line (runBundle). */
const WRAPPER_START = wrap('\0').indexOf('\0');

/**
 * With DEBUG=1, when the program prints the stack of an internal error, each frame in a bundle is told
 * at its place in the sources, through the source map the compiler wrote beside the bundle: the bundles'
 * names are minified, and Node maps no vm.Script. The maps are read only then, when a stack is made.
 */
function mapStacksToSources() {
  const maps = new Map();
  const mapOf = (file) => {
    if (!maps.has(file)) {
      try {
        const payload = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
        maps.set(file, { map: new SourceMap(payload), escapes: payload.x_vanBanEscapes ?? {} });
      } catch {
        maps.set(file, undefined);
      }
    }
    return maps.get(file);
  };
  const sourcePlace = (frame) => {
    const file = frame.getFileName();
    const found = file && file.endsWith('.js') && mapOf(file);
    const line = frame.getLineNumber();
    if (!found || !line) return undefined;
    let column = frame.getColumnNumber() - 1 - (line === 1 ? WRAPPER_START : 0);
    column -= (found.escapes[line] ?? []).filter(([end]) => end <= column).reduce((sum, [, longer]) => sum + longer, 0);
    const entry = found.map.findEntry(line - 1, column);
    if (!entry?.originalSource) return undefined;
    return `${resolve(dirname(file), entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  };
  Error.prepareStackTrace = (error, frames) => [String(error), ...frames.map((frame) => `    at ${sourcePlace(frame) ?? frame}`)].join('\n');
}

if (process.env.DEBUG) mapStacksToSources();

module.exports = { CODE_ID, WORKER_WARM, cacheFileOf, runBundle, runMain, runWorker };
