/**
 * Reading a data file's bytes: UTF-8 with or without a byte-order mark, UTF-16 with one; the legacy
 * Vietnamese encodings (Windows-1258, TCVN3, VNI, and TCVN3 or VNI text pasted into a UTF-8 file)
 * recognised and converted back to exactly the original text; anything else an error with its line.
 * Fixtures: test/fixtures/ma-cu/ (see test/fixtures/README.md).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.ts';
import { decodeText, firstInvalidUtf8, readText } from '../../src/readers/encoding.ts';
import { decodeVni, encodeVni } from '../../src/readers/legacy-vni.ts';
import { readMarkdown } from '../../src/readers/parse.ts';
import { isVietnameseSyllable } from '../../src/readers/vietnamese.ts';
import { loadRegistry } from '../../src/resolve/resources.ts';
import { Resolver } from '../../src/resolve/resolver.ts';
import { testPlan } from '../helpers/build.ts';
import { scratchDir } from '../helpers/scratch.ts';

const FIXTURES = 'test/fixtures/ma-cu';
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** The 134 letters of Vietnamese with marks, lower and upper case (and đ, Đ). */
const LETTERS = [...'aăâeêioôơuưy'].flatMap((v) => ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'].map((t) => (v + t).normalize('NFC'))).concat('đ');
const ALL_LETTERS = LETTERS.join(' ') + ' ' + LETTERS.join(' ').toUpperCase();

describe('legacy encodings, on real text', () => {
  const cases = [
    ['windows-1258', 'windows-1258', false],
    ['tcvn3', 'tcvn3', false],
    ['vni', 'vni', false],
    ['tcvn3-chep', 'tcvn3', true],
    ['vni-chep', 'vni', true],
  ] as const;
  for (const [name, ext] of [
    ['chi-thi', 'md'],
    ['danh-sach', 'yaml'],
  ]) {
    const original = fixture(`${name}.${ext}`).toString('utf8');
    for (const [variant, encoding, pasted] of cases) {
      it(`${name}.${variant}.${ext}: recognised as ${encoding}, converted back to the original text exactly`, () => {
        const reading = readText(fixture(`${name}.${variant}.${ext}`));
        expect(reading).toMatchObject({ ok: false, encoding, pasted });
        expect(!reading.ok && reading.encoding && reading.text).toBe(original);
      });
    }
  }

  it('the first line that shows it: the first non-UTF-8 byte, or the first line of pasted legacy words', () => {
    const lineOf = (name: string) => (readText(fixture(name)) as { line: number }).line;
    expect([lineOf('chi-thi.tcvn3.md'), lineOf('chi-thi.windows-1258.md'), lineOf('chi-thi.vni.md'), lineOf('chi-thi.tcvn3-chep.md'), lineOf('chi-thi.vni-chep.md')]).toEqual([6, 6, 6, 6, 6]);
    expect(lineOf('danh-sach.vni.yaml')).toBe(2);
  });

  it('the original UTF-8 files and every sample of the repository are read as they are', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : /\.(md|ya?ml|json|hbs)$/.test(n) ? [join(dir, n)] : []));
    const files = [...walk('data'), ...walk('templates'), 'README.md', join(FIXTURES, 'chi-thi.md'), join(FIXTURES, 'danh-sach.yaml')];
    expect(files.length).toBeGreaterThan(25);
    expect(files.filter((f) => !readText(readFileSync(f)).ok)).toEqual([]);
  });
});

describe('VNI table', () => {
  it('the examples of VNI text found in offices', () => {
    expect(decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeVni('ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC')).toBe('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
    expect(encodeVni('Người được khen thưởng')).toBe('Ngöôøi ñöôïc khen thöôûng');
  });

  it('every letter with its marks, both ways; a mark after a letter that cannot take it stays as it is', () => {
    expect(decodeVni(encodeVni(ALL_LETTERS))).toBe(ALL_LETTERS);
    expect(new Set(encodeVni(ALL_LETTERS).split(' ')).size).toBe(LETTERS.length * 2);
    expect(decodeVni('bù eê')).toBe('bù eê');
  });
});

describe('what a Vietnamese syllable is', () => {
  it('every letter, real syllables; not the words legacy text read the wrong way gives', () => {
    expect(LETTERS.filter((l) => l !== 'đ' && !isVietnameseSyllable(l))).toEqual([]);
    expect(['nghiêng', 'khuyến', 'Quyết', 'giữa', 'người', 'ĐẢNG', 'gì', 'thuở', 'oái'].filter((w) => !isVietnameseSyllable(w))).toEqual([]);
    expect(['hoµ', 'Vieät', 'chñ', 'nghÜa', 'hoøa', 'x·', 'cuèi', 'Müller', 'ngưòì'].filter(isVietnameseSyllable)).toEqual([]);
  });
});

describe('Unicode files', () => {
  const text = 'trich_yeu: Về đẩy mạnh phong trào thi đua\nnoi_nhan: [Sở Nội vụ]\n';
  it('UTF-8 with a byte-order mark, UTF-16 LE and BE with one: the text', () => {
    const withMark = (mark: number[], body: Buffer) => Buffer.concat([Buffer.from(mark), body]);
    expect(readText(withMark([0xef, 0xbb, 0xbf], Buffer.from(text)))).toEqual({ ok: true, text });
    expect(readText(withMark([0xff, 0xfe], iconv.encode(text, 'utf-16le')))).toEqual({ ok: true, text });
    expect(readText(withMark([0xfe, 0xff], iconv.encode(text, 'utf-16be')))).toEqual({ ok: true, text });
  });

  it('UTF-16 without a mark is recognised (its every other byte is zero) and converted', () => {
    expect(readText(iconv.encode(text, 'utf-16le'))).toEqual({ ok: false, encoding: 'utf-16le', text, line: 1, pasted: false });
    expect(readText(iconv.encode(text, 'utf-16be'))).toMatchObject({ ok: false, encoding: 'utf-16be', text });
  });

  it('a NUL byte in UTF-8 is text (the reader takes it out with a warning)', () => {
    expect(readText(Buffer.from('a: b\u0000c\n'))).toEqual({ ok: true, text: 'a: b\u0000c\n' });
  });
});

describe('bytes that are not UTF-8', () => {
  it('the first byte that does not belong to a UTF-8 sequence', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
    expect(at(0x61, 0xc3, 0xa0, 0xe1, 0xbb, 0x87, 0xf0, 0x9f, 0x98, 0x80)).toBe(-1);
    expect(at(0x61, 0xc3)).toBe(1); // cut short
    expect(at(0x61, 0xc0, 0x80)).toBe(1); // overlong
    expect(at(0xe0, 0x80, 0x80)).toBe(0); // overlong
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // beyond U+10FFFF
    expect(at(0x61, 0x80)).toBe(1); // a continuation byte alone
    expect(at(0xff)).toBe(0);
  });

  it('no Vietnamese encoding reads them: an error at the line of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('loai: ke_hoach\ntrich_yeu: Thử\n'), Buffer.from([0x20, 0x9d, 0xff, 0x81, 0x0a])]);
    expect(readText(bytes)).toEqual({ ok: false, line: 3 });
    expect(() => decodeText(bytes, 'data/a.md')).toThrow(DocumentError);
    try {
      decodeText(bytes, 'data/a.md');
    } catch (e) {
      expect((e as DocumentError).problems).toEqual([
        {
          severity: 'loi',
          file: 'data/a.md',
          line: 3,
          message:
            'tệp không lưu bằng mã UTF-8: dòng này có byte không đọc được, và không nhận ra bảng mã nào của tiếng Việt (Windows-1258, TCVN3, VNI). ' +
            'Mở tệp bằng trình soạn thảo (Notepad, VS Code), lưu lại với bảng mã UTF-8, kiểm tra lại dòng này rồi chạy lại.',
        },
      ]);
    }
  });

  it('a legacy file: an error naming the encoding, the line as it reads, and the command that converts it', () => {
    const problems = (name: string) => {
      try {
        decodeText(fixture(name), `data/${name}`);
      } catch (e) {
        return (e as DocumentError).problems;
      }
    };
    expect(problems('chi-thi.tcvn3.md')).toEqual([
      {
        severity: 'loi',
        file: 'data/chi-thi.tcvn3.md',
        line: 6,
        message:
          'tệp được lưu bằng bảng mã TCVN3 (ABC, phông .VnTime), không phải UTF-8: dòng này đọc đúng là "trich_yeu: Về đẩy mạnh phong trào thi đua yêu nước năm 2025". ' +
          'Chuyển tệp sang UTF-8 bằng lệnh: npm run chuyen-ma -- "data/chi-thi.tcvn3.md" (tệp cũ được giữ lại, đổi tên thành "data/chi-thi.tcvn3.md.bak"), rồi tạo lại văn bản.',
      },
    ]);
    expect(problems('chi-thi.vni-chep.md')?.[0].message).toMatch(/^tệp có chữ gõ bằng bảng mã cũ VNI \(phông VNI-Times\), chép sang mà không chuyển mã: dòng này đọc đúng là "trich_yeu: Về/);
    expect(problems('chi-thi.windows-1258.md')?.[0].message).toMatch(/^tệp được lưu bằng bảng mã Windows-1258, không phải UTF-8/);
  });
});

describe('every file a document reads goes through the same detection', () => {
  const project = () => {
    const root = scratchDir();
    mkdirSync(join(root, 'data'));
    return root;
  };
  const resolverIn = (root: string) => {
    const { registry } = loadRegistry('data/_chung/co-quan.yaml');
    return new Resolver({ registry, templatesDir: 'templates', lawDir: 'data/_chung', roots: [join(root, 'data'), 'templates', 'data'] });
  };

  it('a data file in TCVN3 fails at its first line that shows it; the same file in UTF-16 with a mark resolves', () => {
    const root = project();
    const tcvn3 = join(root, 'data/chi-thi.md');
    writeFileSync(tcvn3, fixture('chi-thi.tcvn3.md'));
    expect(() => resolverIn(root).resolveFile(tcvn3)).toThrow(/chi-thi\.md, dòng 6 — tệp được lưu bằng bảng mã TCVN3/);
    const utf16 = join(root, 'data/utf16.md');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(fixture('chi-thi.md').toString('utf8'), 'utf-16le')]));
    const resolved = resolverIn(root).resolveFile(utf16);
    expect(resolved.problems).toEqual([]);
    expect(resolved.source.data.trich_yeu).toBe('Về đẩy mạnh phong trào thi đua yêu nước năm 2025');
  });

  it('a list file (danh_sach.tep), a phụ lục file and a document sent with it, in legacy encodings: each an error in that file', () => {
    const root = project();
    writeFileSync(join(root, 'data/_ds.yaml'), fixture('danh-sach.tcvn3.yaml'));
    writeFileSync(join(root, 'data/_pl.yaml'), fixture('danh-sach.vni-chep.yaml'));
    writeFileSync(join(root, 'data/kem.md'), fixture('chi-thi.windows-1258.md'));
    const source = readMarkdown(testPlan('danh_sach: { tep: _ds.yaml }\nphu_luc: [{ tieu_de: Phụ lục, tep: _pl.yaml }]\nkem_theo: [kem.md]'), join(root, 'data/a.md'));
    const problems = resolverIn(root).resolveSource(source).problems.map((p) => `${p.file.replace(root, '')}, dòng ${p.line}: ${p.message.slice(0, 50)}`);
    expect(problems).toEqual([
      '/data/_ds.yaml, dòng 2: tệp được lưu bằng bảng mã TCVN3 (ABC, phông .VnTim',
      '/data/_pl.yaml, dòng 2: tệp có chữ gõ bằng bảng mã cũ VNI (phông VNI-Times',
      '/data/kem.md, dòng 6: tệp được lưu bằng bảng mã Windows-1258, không phải',
    ]);
  });
});
