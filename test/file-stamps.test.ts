/**
 * The hashes of files kept with their stat (src/build/file-stamps.ts): a file whose stat is the same as
 * when it was hashed, long enough after its last change, is not read again; any other is.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStamps, STAMPS_HEADER, stampLine, stampsFile, type Stamp } from '../src/build/file-stamps.ts';
import { sha256 } from '../src/core/hash.ts';
import { scratchDir } from './helpers/scratch.ts';

const FAKE = 'f'.repeat(64);
const OUT = '/tmp/output';

/** A stamps file saying `path` (as it is now) was hashed `afterChange` ms after its ctime, to `hash`. */
function keepStamp(folder: string, path: string, hash: string, afterChange: number): void {
  const s = statSync(path);
  writeFileSync(stampsFile(folder, OUT), `${STAMPS_HEADER}\n${stampLine(path, [s.size, s.mtimeMs, s.ctimeMs, s.ino, s.ctimeMs + afterChange, hash])}`);
}

/** The stamps of a stamps file, by path (a later line stands for an earlier one). */
function stampsIn(file: string): Map<string, Stamp> {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
  expect(header).toBe(STAMPS_HEADER);
  return new Map(lines.filter(Boolean).map((line) => {
    const fields = line.split('\t');
    return [fields.slice(0, -6).join('\t'), [...fields.slice(-6, -1).map(Number), fields.at(-1)] as Stamp];
  }));
}

function fileWith(text: string): { folder: string; path: string } {
  const folder = scratchDir('vbtd-stamps-');
  const path = join(folder, 'ke-hoach.docx');
  writeFileSync(path, text);
  return { folder, path };
}

describe('file stamps', () => {
  it('hashes a file, keeps its stamp, and the next run trusts it without reading', () => {
    const { folder, path } = fileWith('một');
    const later = () => statSync(path).ctimeMs + 5000;
    const first = FileStamps.load(folder, OUT, later);
    expect(first.hashOf(path)).toBe(sha256(Buffer.from('một')));
    first.save();
    expect(stampsIn(stampsFile(folder, OUT)).get(path)?.[5]).toBe(sha256(Buffer.from('một')));
    // The kept hash is taken as it is: a wrong one shows that the file was not read.
    keepStamp(folder, path, FAKE, 5000);
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(FAKE);
    // Another output folder has stamps of its own.
    expect(FileStamps.load(folder, '/tmp/output-khac').hashOf(path)).toBe(sha256(Buffer.from('một')));
  });

  it('a run adds the stamps of the files it hashed at the end of the file; the file is written anew when the lines stood for outnumber the others', () => {
    const folder = scratchDir('vbtd-stamps-');
    const paths = ['a.docx', 'b\tc.pdf', 'd,e.html'].map((name) => join(folder, name));
    paths.forEach((p, i) => writeFileSync(p, `tệp ${i}`));
    const later = () => statSync(paths[0]).ctimeMs + 5000;
    const first = FileStamps.load(folder, OUT, later);
    for (const p of paths) first.hashOf(p);
    first.save();
    const file = stampsFile(folder, OUT);
    const lines = () => readFileSync(file, 'utf8').split('\n').length - 2;
    expect(lines()).toBe(3);
    let expected = 3;
    let rewritten = 0;
    for (let round = 1; round <= 80; round++) {
      writeFileSync(paths[1], `sửa ${round}`);
      const run = FileStamps.load(folder, OUT, () => statSync(paths[1]).ctimeMs + 5000);
      for (const p of paths) run.hashOf(p);
      run.save();
      // One line added for the file changed; written anew as its 3 stamps once 2 × 3 + 64 lines would be passed.
      expected = expected + 1 <= 2 * 3 + 64 ? expected + 1 : (rewritten++, 3);
      expect(lines(), `round ${round}`).toBe(expected);
      expect(stampsIn(file).get(paths[1])?.[5]).toBe(sha256(Buffer.from(`sửa ${round}`)));
      expect(FileStamps.load(folder, OUT).hashOf(paths[2])).toBe(sha256(Buffer.from('tệp 2')));
    }
    expect(rewritten).toBe(1);
  });

  it('keeps at most 100,000 stamps, the oldest going first, however many lines were added', () => {
    const { folder, path } = fileWith('một');
    const file = stampsFile(folder, OUT);
    const gone = Array.from({ length: 100_050 }, (_, i) => stampLine(join(folder, `xoa-${i}.pdf`), [1, 2, 3, 4, 5, FAKE])).join('');
    writeFileSync(file, `${STAMPS_HEADER}\n${gone}`);
    const run = FileStamps.load(folder, OUT, () => statSync(path).ctimeMs + 5000);
    run.hashOf(path);
    run.save();
    const kept = stampsIn(file);
    expect(kept.size).toBe(100_000);
    expect(kept.has(join(folder, 'xoa-50.pdf'))).toBe(false);
    expect(kept.has(join(folder, 'xoa-51.pdf'))).toBe(true);
    expect(kept.get(path)?.[5]).toBe(sha256(Buffer.from('một')));
  });

  it('reads the file again when it was hashed within 2 s of its last change or modification (a coarse clock may hide a second write)', () => {
    const { folder, path } = fileWith('một');
    keepStamp(folder, path, FAKE, 1999);
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(sha256(Buffer.from('một')));
    keepStamp(folder, path, FAKE, 2000);
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(FAKE);
    // A modification time in the future (a file system without ctime, a clock set back): not trusted either.
    const future = new Date(statSync(path).ctimeMs + 3000);
    utimesSync(path, future, future);
    keepStamp(folder, path, FAKE, 4000);
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(sha256(Buffer.from('một')));
    keepStamp(folder, path, FAKE, 5000);
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(FAKE);
  });

  it('reads the file again when its size, times or inode changed', () => {
    const { folder, path } = fileWith('một');
    keepStamp(folder, path, FAKE, 5000);
    writeFileSync(path, 'hai');
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(sha256(Buffer.from('hai')));
  });

  it('a missing file has no hash; a damaged stamps file is ignored; nothing hashed, nothing written', () => {
    const { folder, path } = fileWith('một');
    expect(FileStamps.load(folder, OUT).hashOf(join(folder, 'khong-co.docx'))).toBeUndefined();
    const s = statSync(path);
    const line = stampLine(path, [s.size, s.mtimeMs, s.ctimeMs, s.ino, s.ctimeMs + 5000, FAKE]);
    // The file of an earlier format; lines cut short or with a field that is no number; a stamp of this very file, but for its hash.
    const damages = ['{', `{"format":1,"stamps":{"${path}":[1,2]}}`, `dau-tep 1\n${line}`, `${STAMPS_HEADER}\n${line.slice(0, -10)}`, `${STAMPS_HEADER}\n${line.replace(`\t${s.ino}\t`, '\tx\t')}`, `${STAMPS_HEADER}\n${line.replace(FAKE, 'khong-phai-ma-bam')}`];
    for (const damaged of damages) {
      writeFileSync(stampsFile(folder, OUT), damaged);
      expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(sha256(Buffer.from('một')));
    }
    const untouched = scratchDir('vbtd-stamps-');
    FileStamps.load(untouched, OUT).save();
    expect(readdirSync(untouched)).toEqual([]);
    const off = FileStamps.load(undefined, OUT);
    expect(off.hashOf(path)).toBe(sha256(Buffer.from('một')));
    off.save();
  });

  it('the shared files\' stamps (the fonts) have a file of their own, which the output folders\' stamps never push out', () => {
    const { folder, path } = fileWith('phông');
    const later = () => statSync(path).ctimeMs + 5000;
    const shared = FileStamps.shared(folder, later);
    expect(shared.hashOf(path)).toBe(sha256(Buffer.from('phông')));
    shared.save();
    expect(readdirSync(folder).filter((f) => f.startsWith('dau-tep-'))).toEqual(['dau-tep-chung.txt']);
    for (let i = 0; i < 20; i++) {
      const stamps = FileStamps.load(folder, `/tmp/output-${i}`, later);
      stamps.hashOf(path);
      stamps.save();
    }
    expect(readdirSync(folder).filter((f) => f.startsWith('dau-tep-'))).toHaveLength(17);
    expect(readdirSync(folder)).toContain('dau-tep-chung.txt');
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(sha256(Buffer.from('phông')));
    const kept = stampsIn(join(folder, 'dau-tep-chung.txt')).get(path)!;
    writeFileSync(join(folder, 'dau-tep-chung.txt'), `${STAMPS_HEADER}\n${stampLine(path, [...kept.slice(0, 5), FAKE] as Stamp)}`);
    expect(FileStamps.shared(folder).hashOf(path)).toBe(FAKE);
  });
});
