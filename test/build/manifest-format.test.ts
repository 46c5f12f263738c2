/**
 * The manifest's file (output/.bang-ke.json): each input or output file written once in its table,
 * documents naming them by place, one document per line; read back as it was written.
 */
import { describe, expect, it } from 'vitest';
import { relative, resolve } from 'node:path';
import { manifestFromText, manifestPath, manifestText, type Manifest } from '../../src/build/manifest.ts';

const FONT = { path: '../fonts/tinos.ttf', sha256: 'a'.repeat(64) };
const REGISTRY = { path: '../data/_chung/co-quan.yaml', sha256: 'b'.repeat(64) };

const planOf = (n: number, registry = REGISTRY) => ({
  good: {
    inputs: [{ path: `../data/ke-hoach-${n}.md`, sha256: String(n).repeat(64).slice(0, 64) }, registry, FONT],
    outputs: [{ path: `ke-hoach-${n}.docx`, sha256: 'c'.repeat(63) + n }],
    docxTemplate: '',
    summary: { kind: 'Kế hoạch', number: `${n}/KH-UBND`, date: '06/02/2023', title: 'Công tác thi đua', signer: 'Nguyễn Thị Dung', draft: false, issued: false },
    warnings: [],
  },
  state: 'built' as const,
  problems: [],
});

const manifest: Manifest = {
  tool: '0.1.0+abc',
  documents: {
    '../data/ke-hoach-2.md': planOf(2, { ...REGISTRY, sha256: 'd'.repeat(64) }),
    '../data/ke-hoach-1.md': planOf(1),
    '../data/loi.md': { state: 'error', problems: [{ severity: 'loi', file: 'data/loi.md', message: 'thiếu trường "ngay"' }] },
  },
};

describe('the manifest file', () => {
  it('is read back as it was written, and writes the same bytes again', () => {
    const text = manifestText(manifest);
    const read = manifestFromText(text)!;
    expect(read).toEqual(manifest);
    expect(manifestText(read)).toBe(text);
  });

  it('writes a shared file once in its table, a file of two hashes twice; one document per line, sorted by key', () => {
    const lines = manifestText(manifest).split('\n');
    expect(lines.slice(0, 3)).toEqual(['{"format":2,"tool":"0.1.0+abc",', '"files":[', `["../data/ke-hoach-1.md","${'1'.repeat(64)}"],`]);
    expect(lines.filter((l) => l.includes('tinos.ttf'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('["../data/_chung/co-quan.yaml"'))).toHaveLength(2);
    const documents = lines.slice(lines.indexOf('"documents":{') + 1, -2);
    expect(documents.map((l) => l.slice(0, l.indexOf(':')))).toEqual(['"../data/ke-hoach-1.md"', '"../data/ke-hoach-2.md"', '"../data/loi.md"']);
    expect(documents[0]).toContain('"inputs":[0,1,2],"outputs":[3]');
    expect(documents[1]).toContain('"inputs":[4,5,2],"outputs":[6]');
  });

  it('is none when damaged, of another format or naming a file its table lacks: the next run builds everything', () => {
    const text = manifestText(manifest);
    expect(manifestFromText(text.slice(0, -10))).toBeUndefined();
    expect(manifestFromText(text.replace('"format":2', '"format":1'))).toBeUndefined();
    expect(manifestFromText(text.replace('"inputs":[0,1,2]', '"inputs":[0,1,99]'))).toBeUndefined();
    expect(manifestFromText(text.replace('"inputs":[0,1,2]', '"inputs":7'))).toBeUndefined();
    expect(manifestFromText('null')).toBeUndefined();
  });
});

describe('manifestPath', () => {
  it('gives what path.relative gives from the output folder, with `/`, the short way or not', () => {
    const outDirs = ['output', 'output/', './output', '../out', 'a/../output', '/tmp/out', '/tmp//out', '/'];
    const rests = ['x.docx', '2023/x.docx', '.hidden/x.pdf', '../data/x.md', './x.docx', '2023//x.docx', '2023/../x.docx', '2023/./x.docx', '..x/y', 'x/', '', 'a\\b.pdf'];
    for (const outDir of outDirs) {
      for (const rest of rests) {
        const path = `${outDir}/${rest}`;
        expect(manifestPath(outDir, path), `${outDir} + ${rest}`).toBe(relative(resolve(outDir), resolve(path)).split('\\').join('/'));
      }
      expect(manifestPath(outDir, 'data/2023/a.md')).toBe(relative(resolve(outDir), resolve('data/2023/a.md')));
    }
  });
});
