/**
 * npm run check:imports — the folders of src/ and what they import from each other, and whether any
 * folders import each other in a cycle (exit 1 if so). Also lists the modules that read the disk
 * (`node:fs`): only the readers, the resolver, the build and the command line may.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = 'src';
export const FS_ALLOWED = ['readers', 'resolve', 'build', 'cli'];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

/** The folder of a module under src/ (`writers/pdf`, `model`; `.` for a file directly in src/). */
const folderOf = (file: string): string => relative(SRC, dirname(file)) || '.';

const SPECIFIER = /(?:from|import)\s*\(?\s*'(\.[^']+)'/g;

export function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files(SRC)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const to = folderOf(relative('.', resolve(dirname(file), specifier)));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder: the import cycles between folders. */
export function folderCycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) visit(v);
  return cycles;
}

/** An import or require of `fs`, `node:fs` or `fs/promises`, whatever the quotes. */
const FS_IMPORT = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"](?:node:)?fs(?:\/promises)?['"]/;

/** Modules outside the allowed folders that import the file system. */
export const diskReaders = (): string[] =>
  files(SRC).filter((file) => FS_IMPORT.test(readFileSync(file, 'utf8')) && !FS_ALLOWED.includes(folderOf(file).split('/')[0]));

export const importsFs = (source: string): boolean => FS_IMPORT.test(source);

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/import-graph.ts')) {
  const graph = folderGraph();
  for (const [from, to] of [...graph].sort(([a], [b]) => a.localeCompare(b))) console.log(`${from.padEnd(14)} → ${[...to].sort().join(', ')}`);
  const cycles = folderCycles(graph);
  const readers = diskReaders();
  console.log(cycles.length === 0 ? '\nKhông có vòng phụ thuộc giữa các thư mục.' : `\nVòng phụ thuộc: ${cycles.map((c) => c.join(' ↔ ')).join('; ')}`);
  console.log(readers.length === 0 ? `Chỉ ${FS_ALLOWED.join(', ')} đọc đĩa (node:fs).` : `Đọc đĩa ngoài chỗ cho phép: ${readers.join(', ')}`);
  process.exitCode = cycles.length > 0 || readers.length > 0 ? 1 : 0;
}
