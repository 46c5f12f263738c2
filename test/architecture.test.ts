/** The structure the build stands on: no folder of src/ imports another in a cycle, and only the readers, the resolver, the build and the command line read the disk. */
import { describe, expect, it } from 'vitest';
import { diskReaders, folderCycles, folderGraph, importsFs } from '../scripts/import-graph.ts';

describe('src/ folders', () => {
  const graph = folderGraph();

  it('import each other without cycles', () => {
    expect(folderCycles(graph)).toEqual([]);
  });

  it('the model, content, dossier, plan and writers import neither the resolver nor the build', () => {
    for (const pure of ['model', 'content', 'dossier', 'batch', 'plan', 'writers/docx', 'writers/pdf', 'writers/html', 'writers/xlsx', 'checks', 'checks/rules', 'writers/form', 'checks/eligibility', 'checks/eligibility/rules']) {
      expect([...graph.get(pure)!].filter((to) => ['resolve', 'build', 'cli', 'readers'].includes(to)), pure).toEqual([]);
    }
  });

  it('writers depend on the plan and the layout module, not on the document model', () => {
    for (const writer of ['writers/docx', 'writers/pdf', 'writers/html']) expect([...graph.get(writer)!].sort(), writer).toEqual(['layout', 'plan']);
  });

  it('only readers, resolve, build and cli import node:fs', () => {
    expect(diskReaders()).toEqual([]);
    const ways = [`import { readFileSync } from 'node:fs';`, 'import fs from "fs";', `import { readFile } from 'fs/promises';`, `const fs = require('fs');`, `await import("node:fs")`];
    expect(ways.map(importsFs)).toEqual([true, true, true, true, true]);
    expect(importsFs(`import { x } from './fs-like.ts';`)).toBe(false);
  });

  it('finds a cycle when there is one', () => {
    expect(folderCycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]))).toEqual([['a', 'b', 'c']]);
  });
});
