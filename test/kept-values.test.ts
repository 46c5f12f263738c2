/**
 * Values kept for the next runs (src/build/kept-values.ts), and the agency registry kept that way: a
 * kept value is the very value computed, under the key of the bytes it was computed from; a damaged
 * file is not used.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptValues } from '../src/build/kept-values.ts';
import { sha256 } from '../src/core/hash.ts';
import { DocumentError } from '../src/core/errors.ts';
import type { Registry } from '../src/model/registry.ts';
import { loadRegistry, type KeptRegistries } from '../src/resolve/resources.ts';
import { Resolver, type ResolverOptions } from '../src/resolve/resolver.ts';
import type { LawTables } from '../src/law/law-data.ts';
import { scratchDir } from './helpers/scratch.ts';

const REGISTRY = 'data/_chung/co-quan.yaml';

/** A store that records what it is asked, backed by a Map. */
function recording(): KeptRegistries & { keys: string[]; sets: string[] } {
  const map = new Map<string, Registry>();
  const keys: string[] = [];
  const sets: string[] = [];
  return { keys, sets, get: (key) => (keys.push(key), map.get(key)), set: (key, value) => (sets.push(key), map.set(key, value)) };
}

describe('kept values', () => {
  it('gives back the value kept under a key: Maps, lists, Vietnamese text, numbers JSON cannot hold', () => {
    const folder = scratchDir('vbtd-kept-');
    const value = { agencies: new Map([['ubnd', { ten: ['ỦY BAN NHÂN DÂN'], periods: [{ tu: '2024-01-01' }] }]]), odd: [Infinity, -0, NaN] };
    const kept = keptValues<typeof value>('thu', folder);
    expect(kept.get('khoá')).toBeUndefined();
    kept.set('khoá', value);
    expect(keptValues<typeof value>('thu', folder).get('khoá')).toEqual(value);
    expect(Object.is(kept.get('khoá')!.odd[1], -0)).toBe(true);
    expect(kept.get('khoá khác')).toBeUndefined();
  });

  it('does not use a damaged file, keeps only the newest of a kind, and keeps nothing without a cache folder', () => {
    const folder = scratchDir('vbtd-kept-');
    const kept = keptValues<string[]>('thu', folder, 2);
    kept.set('một', ['a']);
    const [file] = readdirSync(folder);
    const bytes = readFileSync(join(folder, file));
    bytes[bytes.length - 2] ^= 1;
    writeFileSync(join(folder, file), bytes);
    expect(kept.get('một')).toBeUndefined();
    kept.set('hai', ['b']);
    kept.set('ba', ['c']);
    expect(readdirSync(folder)).toHaveLength(2);
    expect(kept.get('ba')).toEqual(['c']);

    const off = keptValues<string[]>('thu', undefined, 2);
    off.set('một', ['a']);
    expect(off.get('một')).toBeUndefined();
  });

  it('the registry is kept under its path and the hash of its bytes, and a kept one is used as it is', () => {
    const store = recording();
    const first = loadRegistry(REGISTRY, store);
    const key = `${REGISTRY}\0${sha256(readFileSync(REGISTRY))}`;
    expect(store.sets).toEqual([key]);
    expect(loadRegistry(REGISTRY, store)).toEqual(first);
    expect(store.sets).toEqual([key]);
    // What the store gives is what the run uses: the file is not parsed again.
    const marked: Registry = { path: REGISTRY, agencies: new Map() };
    expect(loadRegistry(REGISTRY, { get: () => marked, set: () => expect.unreachable() }).registry).toBe(marked);
  });

  it('a registry with errors is not kept', () => {
    const dir = scratchDir('vbtd-kept-');
    const path = join(dir, 'co-quan.yaml');
    writeFileSync(path, 'ubnd:\n  ten: [1, 2\n');
    const store = recording();
    expect(() => loadRegistry(path, store)).toThrow(DocumentError);
    expect(store.sets).toEqual([]);
  });

  it('the law data is kept under its files\' paths and hashes; kept tables are used without reading the files again', () => {
    const dir = scratchDir('vbtd-kept-');
    cpSync('data/_chung', dir, { recursive: true });
    const sets: string[] = [];
    const map = new Map<string, LawTables>();
    const resolver = (keptLaw: ResolverOptions['keptLaw']) => new Resolver({ registry: { agencies: new Map() }, templatesDir: 'templates', lawDir: dir, roots: [dir], keptLaw });
    const store: ResolverOptions['keptLaw'] = { get: (key) => map.get(key), set: (key, tables) => (sets.push(key), map.set(key, tables)) };
    expect(resolver(store).lawProblems()).toEqual([]);
    const key = ['luong-co-so.yaml', 'danh-hieu.yaml'].map((f) => `${join(dir, f)}\0${sha256(readFileSync(join(dir, f)))}`).join('\0');
    expect(sets).toEqual([key]);
    expect(resolver(store).lawProblems()).toEqual([]);
    expect(sets).toEqual([key]);

    // Broken files: their problems, and nothing kept…
    writeFileSync(join(dir, 'danh-hieu.yaml'), 'danh_hieu: [\n');
    expect(resolver(store).lawProblems()).not.toEqual([]);
    expect(sets).toEqual([key]);
    // …unless a store gives tables for these very bytes: then the files are not parsed at all.
    expect(resolver({ get: () => map.get(key), set: () => expect.unreachable() }).lawProblems()).toEqual([]);
  });
});
