/**
 * The hashes of files kept with their stat (src/build/file-stamps.ts): a file whose stat is the same as
 * when it was hashed, long enough after its last change, is not read again; any other is.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStamps, stampsFile } from '../src/build/file-stamps.ts';
import { sha256 } from '../src/core/hash.ts';
import { scratchDir } from './helpers/scratch.ts';

const FAKE = 'f'.repeat(64);
const OUT = '/tmp/output';

/** A stamps file saying `path` (as it is now) was hashed `afterChange` ms after its ctime, to `hash`. */
function keepStamp(folder: string, path: string, hash: string, afterChange: number): void {
  const s = statSync(path);
  writeFileSync(stampsFile(folder, OUT), JSON.stringify({ format: 1, stamps: { [path]: [s.size, s.mtimeMs, s.ctimeMs, s.ino, s.ctimeMs + afterChange, hash] } }));
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
    expect(JSON.parse(readFileSync(stampsFile(folder, OUT), 'utf8')).stamps[path][5]).toBe(sha256(Buffer.from('một')));
    // The kept hash is taken as it is: a wrong one shows that the file was not read.
    keepStamp(folder, path, FAKE, 5000);
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(FAKE);
    // Another output folder has stamps of its own.
    expect(FileStamps.load(folder, '/tmp/output-khac').hashOf(path)).toBe(sha256(Buffer.from('một')));
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
    // A stamp of this very file, but for its hash: checked when used.
    const wrongHash = JSON.stringify({ format: 1, stamps: { [path]: [s.size, s.mtimeMs, s.ctimeMs, s.ino, s.ctimeMs + 5000, 'khong-phai-ma-bam'] } });
    for (const damaged of ['{', '{"format":1,"stamps":{"x":[1,2]}}', `{"format":2,"stamps":{}}`, wrongHash]) {
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
    expect(readdirSync(folder).filter((f) => f.endsWith('.json'))).toEqual(['dau-tep-chung.json']);
    for (let i = 0; i < 20; i++) {
      const stamps = FileStamps.load(folder, `/tmp/output-${i}`, later);
      stamps.hashOf(path);
      stamps.save();
    }
    expect(readdirSync(folder).filter((f) => f.endsWith('.json'))).toHaveLength(17);
    expect(readdirSync(folder)).toContain('dau-tep-chung.json');
    expect(FileStamps.load(folder, OUT).hashOf(path)).toBe(sha256(Buffer.from('phông')));
    writeFileSync(join(folder, 'dau-tep-chung.json'), JSON.stringify({ format: 1, stamps: { [path]: JSON.parse(readFileSync(join(folder, 'dau-tep-chung.json'), 'utf8')).stamps[path].map((x: unknown, i: number) => (i === 5 ? FAKE : x)) } }));
    expect(FileStamps.shared(folder).hashOf(path)).toBe(FAKE);
  });
});
