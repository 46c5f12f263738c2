/**
 * Property-based fuzz test: mutants of the samples in data/ (values of other types, deleted,
 * duplicated and misspelt fields, impossible dates, strange characters, Markdown of every kind, random
 * bytes, long lines) are built with the real pipeline. Each either builds or fails with problems; never
 * the generic error path, English or a stack trace; every DOCX is well-formed XML and every PDF loads.
 * The seed is fixed; on failure fast-check prints it with the smallest failing mutant. More files:
 * `npm run fuzz`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PizZip from 'pizzip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAndCheck, docxErrors, docxMachineText, messageFindings, pdfError, samplesOf, scratchProject, utf8OrUtf16, xmlErrors } from '../scripts/fuzz/check.ts';
import { applyMutant, damagedBytes, mutants, type Mutant } from '../scripts/fuzz/mutate.ts';
import { jpegSize } from '../src/core/jpeg.ts';
import { pngSize } from '../src/core/png.ts';
import { englishWords, hasStack, isGeneric } from './helpers/english.ts';

const SEED = 90_2025;
const RUNS = 250;

const root = scratchProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const samples = samplesOf(root);
const read = (path: string): string => readFileSync(join(root, 'data', path), 'utf8');

describe('fuzzed data files', () => {
  it(`build, or fail with Vietnamese problems; DOCX well-formed, PDF loads (${RUNS} mutants, seed ${SEED})`, async () => {
    let run = 0;
    let built = 0;
    await fc.assert(
      fc.asyncProperty(mutants(samples), async (mutant) => {
        const outcome = await buildAndCheck(root, applyMutant(mutant, read, `dot-bien-${++run}`));
        if (outcome.built) built++;
        expect(outcome.findings).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Mutants that build are what puts strange text through the writers; a mutator that broke every file would test little.
    expect(built).toBeGreaterThan(RUNS / 5);
  }, 300_000);
});

describe('the fuzz checkers', () => {
  it('find characters XML 1.0 forbids, raw or as references, and broken markup', () => {
    expect(xmlErrors('<a>Ủy ban\tnhân dân\n</a>')).toEqual([]);
    expect(xmlErrors('<a>x\u000By</a>')).toEqual(['ký tự U+000B ở vị trí 4']);
    expect(xmlErrors('<a>\uFFFE</a>')).toEqual(['ký tự U+FFFE ở vị trí 3']);
    expect(xmlErrors('<a>\uD800</a>')).toEqual(['ký tự U+D800 ở vị trí 3']);
    expect(xmlErrors('<a>&#11;&#x1F600;</a>')).toEqual(['tham chiếu ký tự &#11; ở vị trí 3']);
    expect(xmlErrors('<a><b></a>')).toHaveLength(1);
  });

  it('find a malformed part of a DOCX, and a PDF that does not load', async () => {
    const zip = new PizZip();
    zip.file('word/document.xml', '<w:document xmlns:w="urn:w">\u0001</w:document>');
    zip.file('[Content_Types].xml', '<Types/>');
    expect(docxErrors(zip.generate({ type: 'uint8array' }))).toEqual(['word/document.xml: ký tự U+0001 ở vị trí 28']);
    expect(docxErrors(new Uint8Array([1, 2, 3]))[0]).toMatch(/^không mở được zip/);
    expect(await pdfError(new TextEncoder().encode('%PDF-1.7\nrác'))).toBeDefined();
  });

  it('find a value printed by mistake in a DOCX, not Vietnamese that looks like one', () => {
    const docx = (text: string): Uint8Array => {
      const zip = new PizZip();
      zip.file('word/document.xml', `<w:document><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:document>`);
      return zip.generate({ type: 'uint8array' });
    };
    expect(docxMachineText(docx('Tặng [object Object] cho'))).toEqual(['word/document.xml: …Tặng [object Object] cho…']);
    expect(docxMachineText(docx('ngày NaN tháng'))).toHaveLength(1);
    expect(docxMachineText(docx('Infinity đồng'))).toHaveLength(1);
    expect(docxMachineText(docx('vấn đề nan giải, không xác định'))).toEqual([]);
  });

  it('find English words, stacks and the generic path, not Vietnamese or what a message quotes', () => {
    expect(englishWords("lỗi khi tạo văn bản: Cannot read properties of undefined (reading 'trim')")).toEqual(['Cannot', 'read', 'properties', 'of', 'undefined', 'reading']);
    expect(englishWords('Unexpected token } in JSON at position 12')).toEqual(['Unexpected', 'token', 'at', 'position']);
    expect(englishWords('trường "the_is_not": giá trị "not a function" không in được; thẻ, thế, to, an, do, can')).toEqual([]);
    expect(englishWords('ký tự ' + 'thế'.normalize('NFD'))).toEqual([]);
    expect(englishWords('Lỗi: data/the/of.md, dòng 3 — không đọc được tệp of.yaml')).toEqual([]);
    expect(hasStack('TypeError: x\n    at f (/work/src/a.ts:12:5)')).toBe(true);
    expect(hasStack('    at file:///work/src/a.ts:12:5')).toBe(true);
    expect(hasStack('Lỗi: data/a.md, dòng 12 — ngày 2023-02-30 không có thật')).toBe(false);
    expect(isGeneric('Lỗi: a.md — lỗi khi tạo văn bản: x.')).toBe(true);
    expect(messageFindings('Lỗi không mong đợi: EISDIR: illegal operation on a directory, read').map((f) => f.bad)).toEqual(['loi-chung', 'tieng-anh']);
  });

  it('tell UTF-8 (and UTF-16 with its mark) from other bytes', () => {
    expect(utf8OrUtf16(Buffer.from('Ủy ban nhân dân', 'utf8'))).toBe(true);
    expect(utf8OrUtf16(Buffer.from('\uFEFFỦy ban', 'utf16le'))).toBe(true);
    expect(utf8OrUtf16(Buffer.from([0x55, 0xf8, 0x35]))).toBe(false);
    expect(utf8OrUtf16(Buffer.from('Uû ban', 'latin1'))).toBe(false);
  });
});

describe('the mutations', () => {
  const sample = '2025/to-trinh.md';
  const text = '---\nloai: to_trinh\nngay: 2025-12-01\nky: { nguoi_ky: minh, ho_ten: A }\nnoi_nhan:\n  - Sở Nội vụ\ndanh_sach:\n  tep: _ds.yaml\n---\nNội dung.\n';
  const files: Record<string, string> = { [sample]: text, '2025/_ds.yaml': 'muc:\n  - { ten: A, danh_hieu: x }\n' };
  const mutate = (ops: Mutant['ops'], as: Mutant['as'] = 'giu', list: Mutant['ops'] = []) => applyMutant({ sample, as, ops, list }, (p) => files[p], 'dot-bien');
  const apply = (ops: Mutant['ops'], as: Mutant['as'] = 'giu') => mutate(ops, as)[0].bytes.toString('utf8');

  it('put a value of another type in a field, its block value removed', () => {
    // Fields in order: loai, ngay, ky, ky.nguoi_ky, ky.ho_ten, noi_nhan.
    expect(apply([{ op: 'thay-gia-tri', at: 5, value: { t: 'bang', entries: [['a', { t: 'so', v: '1' }]] } }])).toContain('\nnoi_nhan: { a: 1 }\ndanh_sach:\n');
    expect(apply([{ op: 'thay-gia-tri', at: 0, value: { t: 'chu', pieces: ['a', '\u000B'], raw: false } }])).toContain('\nloai: "a\\u000b"\n');
    expect(apply([{ op: 'thay-gia-tri', at: 3, value: { t: 'rong', v: 'null' } }])).toContain('\nky: { nguoi_ky: null, ho_ten: A }\n');
  });

  it('delete, duplicate and misspell fields, and put impossible dates', () => {
    expect(apply([{ op: 'xoa-truong', at: 5 }])).toBe('---\nloai: to_trinh\nngay: 2025-12-01\nky: { nguoi_ky: minh, ho_ten: A }\ndanh_sach:\n  tep: _ds.yaml\n---\nNội dung.\n');
    expect(apply([{ op: 'lap-truong', at: 1 }])).toContain('\nngay: 2025-12-01\nngay: 2025-12-01\n');
    expect(apply([{ op: 'lap-truong', at: 4 }])).toContain('\nky: { nguoi_ky: minh, ho_ten: A, ho_ten: A }\n');
    expect(apply([{ op: 'xoa-truong', at: 3 }])).toContain('\nky: { ho_ten: A }\n');
    expect(apply([{ op: 'doi-ten', at: 0, how: 0 }])).toContain('\nloa: to_trinh\n');
    expect(apply([{ op: 'ngay-sai', at: 0, date: '2023-02-30' }])).toContain('\nngay: 2023-02-30\n');
    expect(apply([{ op: 'them-truong', at: 5, key: '__proto__', value: { t: 'so', v: '1' } }])).toContain('\n  - Sở Nội vụ\n__proto__: 1\ndanh_sach:');
    expect(apply([{ op: 'them-truong', at: 4, key: 'toString', value: { t: 'so', v: '1' } }])).toContain('\nky: { nguoi_ky: minh, toString: 1, ho_ten: A }\n');
  });

  it('insert Markdown and bytes, and convert to JSON', () => {
    expect(apply([{ op: 'chen-noi-dung', at: 1, text: '# Tiêu đề' }])).toBe(`${text.replace('Nội dung.\n', 'Nội dung.\n\n# Tiêu đề\n\n')}`);
    expect(mutate([{ op: 'byte', at: 0, bytes: [0xff] }])[0].bytes[0]).toBe(0xff);
    const [json] = mutate([], 'json');
    expect(json.path).toBe('2025/dot-bien.json');
    expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ loai: 'to_trinh', noi_nhan: ['Sở Nội vụ'], noi_dung: 'Nội dung.\n' });
  });

  it('write damaged images and name them where a file is named', () => {
    const [doc, damaged] = mutate([{ op: 'tep-hong', at: 0, kind: 'png-lon', ext: '.png', bytes: [] }]);
    expect(doc.bytes.toString('utf8')).toContain('\n  tep: "_dot-bien-tep-1.png"\n');
    expect(damaged.path).toBe('2025/_dot-bien-tep-1.png');
    expect(pngSize(damaged.bytes)).toEqual({ width: 100_000, height: 100_000 });
    expect(jpegSize(damagedBytes('jpeg-lon', []))).toEqual({ width: 65_535, height: 65_535 });
    const noFileField = applyMutant({ sample, as: 'giu', ops: [{ op: 'tep-hong', at: 1, kind: 'rong', ext: '.jpg', bytes: [] }], list: [] }, (p) => files[p].replace(/danh_sach:\n.*\n/, ''), 'x');
    expect(noFileField[0].bytes.toString('utf8')).toContain('\nky: { chu_ky: "_x-tep-1.jpg", nguoi_ky: minh, ho_ten: A }\n');
  });

  it('mutate the list file a document names, under a new name it then names', () => {
    const [doc, list] = mutate([], 'giu', [{ op: 'thay-gia-tri', at: 1, value: { t: 'so', v: '7' } }]);
    expect(doc.path).toBe('2025/dot-bien.md');
    expect(doc.bytes.toString('utf8')).toContain('\n  tep: _dot-bien-_ds.yaml\n');
    expect(list).toEqual({ path: '2025/_dot-bien-_ds.yaml', bytes: Buffer.from('muc:\n  - { ten: 7, danh_hieu: x }\n') });
  });
});
