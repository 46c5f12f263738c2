/**
 * bin/run-bundle.cjs runs a compiled bundle with V8's code cache: the first run keeps the compiled code
 * under the bundle's own hash, the next runs use it, and a cache of other code, or a damaged one, is
 * never used.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/scratch.ts';

const RUNNER = resolve('bin/run-bundle.cjs');
const { cacheFileOf, runBundle } = createRequire(import.meta.url)(RUNNER) as {
  cacheFileOf(bundle: string, code: string): string | undefined;
  runBundle(bundle: string): (compiled: number) => boolean;
};

/** The compiled code of a thread, as the loader measures it. */
const COMPILED = 1_000_000;

/** A bundle (ASCII, as the compiler makes them) that records, in `globalThis.ran`, that it ran with the CommonJS module's variables. */
function bundle(dir: string, id: string, value: string): string {
  const file = join(dir, `main-${id}.js`);
  writeFileSync(file, `globalThis.ran = [${JSON.stringify(value)}, typeof require, typeof module.exports, __filename];\n// van-ban-ma=${id}\n`);
  return file;
}

/**
 * runBundle in a process of its own (in this one, V8 finds code it compiled already and reads no
 * cache): the bundle's `ran`, and whether the run kept its compiled code (as at exit), having compiled
 * `compiled` bytes of code.
 */
function runAlone(file: string, compiled = COMPILED): { ran: unknown; kept: boolean } {
  const script = `const kept = require(${JSON.stringify(RUNNER)}).runBundle(${JSON.stringify(file)})(${compiled}); console.log(JSON.stringify({ ran: globalThis.ran, kept }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { ran: unknown; kept: boolean };
}

const ran = () => (globalThis as { ran?: unknown }).ran;
const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8-cache'));

describe('bin/run-bundle.cjs', () => {
  it('runs the bundle as a CommonJS module; the first run keeps the code under its hash, the next uses it', () => {
    const dir = scratchDir('vbtd-run-bundle-');
    const file = bundle(dir, 'a'.repeat(16), 'mot');
    const keep = runBundle(file);
    expect(ran()).toEqual(['mot', 'function', 'object', file]);
    expect(caches(dir)).toEqual([]);
    expect(keep(COMPILED)).toBe(true);
    expect(caches(dir)).toEqual([`main-${'a'.repeat(16)}.js.${'a'.repeat(16)}.v8-cache`]);
    expect(runAlone(file)).toEqual({ ran: ['mot', 'function', 'object', file], kept: false });
  });

  it('a run that compiled much more than the one that made the cache writes it again', () => {
    const dir = scratchDir('vbtd-run-bundle-');
    const file = bundle(dir, 'e'.repeat(16), 'sau');
    expect(runAlone(file).kept).toBe(true);
    expect(runAlone(file, COMPILED * 1.04).kept).toBe(false);
    expect(runAlone(file, COMPILED * 1.2).kept).toBe(true);
    expect(runAlone(file, COMPILED * 1.2).kept).toBe(false);
    expect(runAlone(file, COMPILED).kept).toBe(false);
  });

  it('never uses the cache of other code of the same length, nor a damaged cache', () => {
    const dir = scratchDir('vbtd-run-bundle-');
    const first = bundle(dir, '1'.repeat(16), 'hai');
    expect(runAlone(first)).toEqual({ ran: ['hai', 'function', 'object', first], kept: true });
    expect(runAlone(first)).toEqual({ ran: ['hai', 'function', 'object', first], kept: false });
    writeFileSync(cacheFileOf(first, readFileSync(first, 'latin1'))!, 'not V8 code');
    expect(runAlone(first)).toEqual({ ran: ['hai', 'function', 'object', first], kept: true });
    expect(runAlone(first).kept).toBe(false);

    // Compiled again: other code of the same length, in the same file. V8 alone would run the cache of
    // the code before (it checks only the length).
    const before = readFileSync(first);
    writeFileSync(first, before.toString('latin1').replace('hai', 'ba!').replace('1'.repeat(16), '2'.repeat(16)), 'latin1');
    expect(readFileSync(first).length).toBe(before.length);
    expect(runAlone(first)).toEqual({ ran: ['ba!', 'function', 'object', first], kept: true });
  });

  it('keeps no cache for a bundle without its hash, and a folder it cannot write only means no cache', () => {
    const dir = scratchDir('vbtd-run-bundle-');
    const file = join(dir, 'plain.js');
    writeFileSync(file, 'globalThis.ran = ["bon"];\n');
    expect(runBundle(file)(COMPILED)).toBe(false);
    expect(ran()).toEqual(['bon']);

    // A cache that cannot be written (here a folder stands in its place): no error, no scratch file left.
    const signed = bundle(dir, 'c'.repeat(16), 'nam');
    const keep = runBundle(signed);
    mkdirSync(cacheFileOf(signed, readFileSync(signed, 'latin1'))!);
    expect(keep(COMPILED)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([`main-${'c'.repeat(16)}.js`, `main-${'c'.repeat(16)}.js.${'c'.repeat(16)}.v8-cache`, 'plain.js']);
  });

  it('a library bundled apart is run once, with a code cache of its own, whichever bundle requires it', () => {
    const dir = scratchDir('vbtd-run-bundle-');
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'b.js'), `globalThis.runs = (globalThis.runs ?? 0) + 1; exports.b = 'b';\n// van-ban-ma=${'b'.repeat(16)}\n`);
    writeFileSync(join(dir, 'lib', 'a.js'), `exports.a = require('./lib/b.js').b + 'a';\n// van-ban-ma=${'a'.repeat(16)}\n`);
    const main = join(dir, 'main.js');
    writeFileSync(main, `globalThis.ran = [require('./lib/a.js').a, require('./lib/b.js').b, globalThis.runs];\n// van-ban-ma=${'c'.repeat(16)}\n`);
    const script = `const r = require(${JSON.stringify(RUNNER)}); r.runMain(${JSON.stringify(main)}); process.on('exit', () => console.log(JSON.stringify(globalThis.ran)));`;
    const run = () => JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as unknown;
    expect(run()).toEqual(['ba', 'b', 1]);
    const cached = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.v8-cache'));
    expect(cached(dir)).toEqual([`main.js.${'c'.repeat(16)}.v8-cache`]);
    expect(cached(join(dir, 'lib')).sort()).toEqual([`a.js.${'a'.repeat(16)}.v8-cache`, `b.js.${'b'.repeat(16)}.v8-cache`]);
    expect(run()).toEqual(['ba', 'b', 1]);
  });

  it('a damaged cache (a bit flipped anywhere) is refused and made again: the bundle runs its own code', () => {
    const dir = scratchDir('vbtd-run-bundle-');
    const file = join(dir, 'sum.js');
    writeFileSync(file, `function sum(a, b) { return a + b; }\nglobalThis.ran = [sum(1134, 567), [1, 2, 3].map((x) => x * 7).join()];\n// van-ban-ma=${'d'.repeat(16)}\n`);
    const right = { ran: [1701, '7,14,21'], kept: true };
    expect(runAlone(file)).toEqual(right);
    const cache = cacheFileOf(file, readFileSync(file, 'latin1'))!;
    const good = readFileSync(cache);
    const offsets = [...new Set([8, 20, 64, 143, 144, 151, 152, ...Array.from({ length: 12 }, (_, i) => 8 + Math.floor(((good.length - 9) * i) / 11))])];
    for (const offset of offsets) {
      const damaged = Buffer.from(good);
      damaged[offset] ^= 1 << (offset % 8);
      writeFileSync(cache, damaged);
      expect(runAlone(file), `bit flipped at ${offset}`).toEqual(right);
    }
  });

  it('a library that failed to load is run again by the next require, not taken as loaded', () => {
    const dir = scratchDir('vbtd-run-bundle-');
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'f.js'), `globalThis.tries = (globalThis.tries ?? 0) + 1; if (globalThis.tries === 1) throw new Error('lan dau'); exports.ok = true;\n// van-ban-ma=${'f'.repeat(16)}\n`);
    const main = join(dir, 'main.js');
    writeFileSync(main, `let first; try { require('./lib/f.js'); } catch (e) { first = e.message; } globalThis.ran = [first, require('./lib/f.js').ok, globalThis.tries];\n// van-ban-ma=${'9'.repeat(16)}\n`);
    const script = `require(${JSON.stringify(RUNNER)}).runMain(${JSON.stringify(main)}); console.log(JSON.stringify(globalThis.ran));`;
    expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))).toEqual(['lan dau', true, 2]);
  });
});
