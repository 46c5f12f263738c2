/**
 * Characters XML 1.0 forbids, read from the data: taken out by the reader with a warning that names
 * the file, the line, the field and the character; U+000B and U+000C (Word's Shift+Enter and page
 * break, copied out of Word) become line breaks. The DOCX writer's escapeXml stays as the backstop and
 * uses the same character class.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../src/build/pipeline.ts';
import { formatProblem } from '../../src/core/errors.ts';
import { NOT_XML } from '../../src/core/text.ts';
import { readMarkdown, readStructured } from '../../src/readers/parse.ts';
import { escapeXml } from '../../src/writers/docx/xml.ts';
import { scratchDir } from '../helpers/scratch.ts';
import { testPlan } from '../helpers/build.ts';

const REMOVED = (code: string) =>
  `ký tự ${code} (ký tự điều khiển, không nhìn thấy) không được có trong văn bản (Word không mở được tệp DOCX chứa nó) nên đã bị xóa. ` +
  'Ký tự này thường lẫn vào khi chép chữ từ chương trình khác: xóa nó khỏi tệp (gõ lại đoạn chữ đó) để hết cảnh báo.';
const SHIFT_ENTER = 'ký tự U+000B (ngắt dòng Shift+Enter của Word, lẫn vào khi chép chữ từ Word) được đổi thành xuống dòng.';

const warnings = (source: { warnings?: Parameters<typeof formatProblem>[0][] }) => (source.warnings ?? []).map(formatProblem);

describe('reading characters XML forbids', () => {
  it('a Markdown file: taken out of a field (escaped or raw) and the body, each named with its line and field', () => {
    const text = testPlan('can_cu:\n  - |\n    Căn cứ Luật\n    Thi đua\u0000 khen thưởng', 'Đoạn một\u000Bdòng hai\u0001.\n\nĐoạn\u000C ba\uFFFE.').replace('trich_yeu: Thử', 'trich_yeu: "Thử\\x01 một\\vhai"');
    const source = readMarkdown(text, 'data/thu.md');
    expect(source.data.trich_yeu).toBe('Thử một\nhai');
    expect(source.data.can_cu).toEqual(['Căn cứ Luật\nThi đua khen thưởng\n']);
    expect(source.body).toBe('Đoạn một\u000Bdòng hai.\n\nĐoạn\u000B ba.\n');
    expect(warnings(source)).toEqual([
      `Cảnh báo: data/thu.md, dòng 6 — trường "trich_yeu": ${REMOVED('U+0001')}`,
      `Cảnh báo: data/thu.md, dòng 6 — trường "trich_yeu": ${SHIFT_ENTER}`,
      `Cảnh báo: data/thu.md, dòng 13 — trường "can_cu[0]": ${REMOVED('U+0000')}`,
      `Cảnh báo: data/thu.md, dòng 15 — trường "noi_dung": ${SHIFT_ENTER}`,
      `Cảnh báo: data/thu.md, dòng 15 — trường "noi_dung": ${REMOVED('U+0001')}`,
      'Cảnh báo: data/thu.md, dòng 17 — trường "noi_dung": ký tự U+000C (ngắt trang của Word, lẫn vào khi chép chữ từ Word) được đổi thành xuống dòng.',
      'Cảnh báo: data/thu.md, dòng 17 — trường "noi_dung": ký tự U+FFFE (mã không phải chữ, không nhìn thấy) không được có trong văn bản (Word không mở được tệp DOCX chứa nó) nên đã bị xóa. Ký tự này thường lẫn vào khi chép chữ từ chương trình khác: xóa nó khỏi tệp (gõ lại đoạn chữ đó) để hết cảnh báo.',
    ]);
  });

  it('JSON and YAML: escapes too, lone surrogates, keys; a noi_dung value keeps U+000B as the body does', () => {
    const json = readStructured('{\n  "trich_yeu": "A\\u0007\\u0007B\\ud800",\n  "noi_dung": "x\\u000by\\uDC00"\n}', 'a.json');
    expect(json.data).toEqual({ trich_yeu: 'AB', noi_dung: 'x\u000By' });
    expect(warnings(json).map((w) => w.replace(/ không nhìn thấy.*/, ''))).toEqual([
      'Cảnh báo: a.json, dòng 2 — trường "trich_yeu": ký tự U+0007 (2 lần) (ký tự điều khiển,',
      'Cảnh báo: a.json, dòng 2 — trường "trich_yeu": ký tự U+D800 (nửa cặp mã UTF-16 bị hỏng,',
      'Cảnh báo: a.json, dòng 3 — trường "noi_dung": ký tự U+000B (ngắt dòng Shift+Enter của Word, lẫn vào khi chép chữ từ Word) được đổi thành xuống dòng.',
      'Cảnh báo: a.json, dòng 3 — trường "noi_dung": ký tự U+DC00 (nửa cặp mã UTF-16 bị hỏng,',
    ]);
    const list = readStructured('# danh sách\nmuc:\n  - { ten: "Lê Văn A" }\n  - { ten: "Trần\u001F B", chuc_vu\u0002: "Giáo viên\uFFFF" }\n', '_ds.yaml');
    expect(list.data).toEqual({ muc: [{ ten: 'Lê Văn A' }, { ten: 'Trần B', chuc_vu: 'Giáo viên' }] });
    expect(warnings(list).map((w) => w.slice(0, w.indexOf('(')))).toEqual([
      'Cảnh báo: _ds.yaml, dòng 4 — trường "muc[1].ten": ký tự U+001F ',
      'Cảnh báo: _ds.yaml, dòng 4 — trường "muc[1].chuc_vu": ký tự U+0002 ',
      'Cảnh báo: _ds.yaml, dòng 4 — trường "muc[1].chuc_vu": ký tự U+FFFF ',
    ]);
  });

  it('keeps what XML allows: tab, line ends, a surrogate pair, U+007F–U+009F', () => {
    const source = readStructured('trich_yeu: "a\\tb\\r\\nc 😀 \\x7f\\x85"', 'a.yaml');
    expect(source.data.trich_yeu).toBe('a\tb\r\nc 😀 \u007F\u0085');
    expect(source.warnings).toEqual([]);
  });

  it('the DOCX writer drops the same characters, as a backstop', () => {
    const all = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('') + '\uFFFE\uFFFF\uD800x\uDC00😀';
    expect(escapeXml(all)).toBe('\t\n\rx😀');
    expect(all.replace(NOT_XML, '')).toBe('\t\n\rx😀');
  });
});

describe('the build prints what the readers warn about', () => {
  it('a document built with its warnings, its list file named too; the DOCX is well-formed', async () => {
    const root = scratchDir();
    mkdirSync(join(root, 'data'));
    const plan = testPlan('danh_sach: { tep: _ds.yaml }', 'Đoạn\u000Bhai\u0001.').replace('trich_yeu: Thử', 'trich_yeu: "Thử\\x01"');
    writeFileSync(join(root, 'data/a.md'), plan);
    writeFileSync(join(root, 'data/_ds.yaml'), 'muc:\n  - { ten: "Lê Văn\u0008 A", danh_hieu: lao_dong_tien_tien }\n');
    const report = await buildAll({
      dataDir: 'data',
      outDir: join(root, 'output'),
      templatesDir: 'templates',
      targets: [join(root, 'data/a.md')],
      formats: ['docx'],
    });
    const [result] = report.results;
    expect(result.problems.filter((p) => p.severity === 'loi')).toEqual([]);
    expect(result.problems.filter((p) => p.severity === 'canh-bao' && !p.rule).map((p) => [p.file.replace(root, ''), p.line, p.field, p.message.slice(0, 14)])).toEqual([
      ['/data/a.md', 6, 'trich_yeu', 'ký tự U+0001 ('],
      ['/data/a.md', 12, 'noi_dung', 'ký tự U+000B ('],
      ['/data/a.md', 12, 'noi_dung', 'ký tự U+0001 ('],
      ['/data/_ds.yaml', 2, 'muc[0].ten', 'ký tự U+0008 ('],
    ]);
    const zip = new PizZip(readFileSync(result.outputs[0]));
    for (const part of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const xml = zip.file(part)!.asText();
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      new DOMParser({ onError: (level, message) => expect.fail(`${part}: ${level}: ${message}`) }).parseFromString(xml, 'text/xml');
    }
  });
});
