/**
 * Mutations of the sample data files, as fast-check arbitraries: a mutant is plain data (which sample,
 * which operations), printed in full when a property fails, and `applyMutant` turns it into the bytes of
 * a data file. Used by test/fuzz.test.ts and scripts/fuzz.ts.
 */
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** A value written in place of a field's value. `dai` and `chu` are expanded when applied, to keep mutants short to print. */
export type Value =
  | { t: 'so'; v: string }
  | { t: 'danh-sach'; items: Value[]; block: boolean }
  | { t: 'bang'; entries: [string, Value][] }
  | { t: 'rong'; v: string }
  | { t: 'dai'; piece: string; times: number }
  | { t: 'chu'; pieces: string[]; raw: boolean }
  | { t: 'yaml'; v: string };

export type Op =
  | { op: 'thay-gia-tri'; at: number; value: Value }
  | { op: 'xoa-truong'; at: number }
  | { op: 'lap-truong'; at: number }
  | { op: 'doi-ten'; at: number; how: number }
  | { op: 'them-truong'; at: number; key: string; value: Value }
  | { op: 'tep-hong'; at: number; kind: Damaged; ext: string; bytes: number[] }
  | { op: 'ngay-sai'; at: number; date: string }
  | { op: 'chen-noi-dung'; at: number; text: string }
  | { op: 'dong-dai'; at: number; piece: string; times: number }
  | { op: 'byte'; at: number; bytes: number[] }
  | { op: 'cat-cuoi'; at: number }
  | { op: 'crlf' }
  | { op: 'bom' };

/** A damaged file a field names: an image, list or part that is not what its name says. */
export type Damaged = 'png-lon' | 'png-cat' | 'png-rac' | 'jpeg-lon' | 'rong' | 'van-ban' | 'ngau-nhien';

export interface Mutant {
  /** The sample's path, relative to the data folder. */
  sample: string;
  /** Written as the sample's format, or (for a Markdown sample) converted to JSON or YAML before the byte operations. */
  as: 'giu' | 'json' | 'yaml';
  ops: Op[];
  /** Operations on the list file the sample names (`tep: _danh-sach….yaml`), written beside it under a new name. */
  list: Op[];
}

// ---------------------------------------------------------------------------------------------------
// Values

const VIETNAMESE = [
  'Ủy ban nhân dân',
  'thi đua',
  'khen thưởng',
  'Nguyễn Thị Thu Trang',
  'năm học 2024 - 2025',
  'Sở Nội vụ',
  'TM. ỦY BAN NHÂN DÂN',
  'Điều 1.',
  'đồng',
  '',
  ' ',
];

/** Characters and strings that break XML, PDF text, layout or normalisation. */
const STRANGE = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  '\u007F',
  '\u0085',
  '\u00A0',
  '\uFFFE',
  '\uFFFF',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uDBFF',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\u0301',
  'a\u0301\u0302\u0303\u0323\u0309',
  '\u0323\u0323\u0323',
  'Nguyễn Thị Thu Trang'.normalize('NFD'),
  'Quyết định khen thưởng'.normalize('NFD'),
  '👍🏽',
  '👨‍👩‍👧',
  '🇻🇳',
  '\u{1F600}',
  '\u{10FFFF}',
  '\u{E0001}',
  '𝕏𝔂',
  '漢字',
  'مرحبا',
  'שלום',
  'สวัสดี',
  'नमस्ते',
  'ＡＢＣ',
  '&amp;<>"\'',
  '{{ten}}',
  '{{{ten}}}',
  '</w:t></w:r>',
  ']]>',
  '<?xml version="1.0"?>',
  '%PDF-1.7',
  '\\',
  '$&',
  '`',
  '\t\t',
  'ﬁ',
  'ß',
  'İ',
];

const NUMBERS = ['0', '-0', '1', '-1', '5', '2023', '1e400', '-1e400', '.nan', '.inf', '-.inf', '0x1F', '0o17', '1_000', '+12', '.5', '007', '12.', '9007199254740993', '3.14', '-273.15', '1e-400'];

const NULLS = ['null', '~', '', '""', "''", 'Null', 'NULL'];

const YAML_ODDITIES = [
  '!!js/function "function () { return 1 }"',
  '!!js/undefined ""',
  '!!binary aGVsbG8=',
  '!!set { a, b }',
  '!!omap [ a: 1, b: 2 ]',
  '!!int "mười"',
  '!!float abc',
  '!!str 12',
  '!!timestamp 2023-01-05',
  '*khong_co_neo',
  '[&a [x, x, x, x, x, x, x, x, x], &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], &c [*b, *b, *b, *b, *b, *b, *b, *b, *b], [*c, *c, *c, *c, *c, *c, *c, *c, *c]]',
  '&vong [*vong]',
  '{ <<: { ten: A }, ho_ten: B }',
  '{ __proto__: { polluted: 1 }, ten: A }',
  '{ toString: 1, valueOf: 2, constructor: 3 }',
  '{ ? [a, b] : c }',
  '{ 1: a, 2: b }',
  '{ null: a, true: b }',
  '&neo Ủy ban',
  '!vi-du giá trị',
  '|\n  dòng một\n  dòng hai',
  '>-\n  gấp\n  dòng',
  '|-',
  'yes',
  'no',
  'on',
  'off',
  'true',
  'false',
  '2023-01-05T10:00:00Z',
  '"\\x00\\a\\e"',
  '"\\N\\_\\L\\P"',
  "'nháy ''đơn'''",
  '"chưa đóng',
  '[1, 2',
  '{ a: 1',
  '- mục',
  '? khóa',
  '../../../../etc/hostname',
  '/etc/hostname',
  '_danh-sach-khong-co.yaml',
  'https://example.com/a.png',
  'C:\\Windows\\win.ini',
];

const IMPOSSIBLE_DATES = [
  '2023-02-30',
  '2023-02-29',
  '2024-02-29',
  '2023-13-01',
  '2023-00-10',
  '2023-04-31',
  '2023-01-00',
  '0000-01-01',
  '0001-01-01',
  '0099-12-31',
  '9999-12-31',
  '10000-01-01',
  '2023-1-5',
  '2023/01/05',
  '05/01/2023',
  '30/02/2023',
  '2023-01-05T25:00:00',
  '-2023-01-01',
  '2023-W01',
  "'2023-02-30'",
  '"2023-13-45"',
  '1900-01-01',
  '2100-01-01',
];

const stringPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...STRANGE) },
  { weight: 2, arbitrary: fc.constantFrom(...VIETNAMESE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const number = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);

const value: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: fc.record({ t: fc.constant('so' as const), v: number }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('rong' as const), v: fc.constantFrom(...NULLS) }) },
    { weight: 4, arbitrary: fc.record({ t: fc.constant('chu' as const), pieces: fc.array(stringPiece, { minLength: 1, maxLength: 6 }), raw: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('dai' as const), piece: fc.constantFrom('Thi đua yêu nước ', 'x', 'Ủy ban nhân dân tỉnh, ', '🇻🇳'), times: fc.integer({ min: 200, max: 5000 }) }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('yaml' as const), v: fc.constantFrom(...YAML_ODDITIES) }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('danh-sach' as const), items: fc.array(tie('value'), { maxLength: 4 }), block: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('bang' as const), entries: fc.array(fc.tuple(fc.constantFrom('a', 'ten', 'ho_ten', 'ngay', 'loai', 'tep', '1', 'Ủy ban'), tie('value')), { maxLength: 3 }) }) },
  ),
})).value;

const expand = (v: Extract<Value, { t: 'chu' | 'dai' }>): string => (v.t === 'dai' ? v.piece.repeat(v.times) : v.pieces.join(''));

/** A YAML double-quoted scalar: escaped (the text parses back exactly), or raw (the characters themselves in the file). */
function quoted(text: string, raw: boolean): string {
  if (!raw) return JSON.stringify(text);
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The YAML text of a value, inline (`flow`: inside `[ ]` or `{ }`) or after `key: ` at `indent`. */
export function valueText(v: Value, indent: number, flow = false): string {
  switch (v.t) {
    case 'so':
    case 'rong':
      return v.v;
    case 'yaml':
      return flow || v.v.includes('\n') ? (flow ? JSON.stringify(v.v) : v.v.replace(/\n/g, `\n${' '.repeat(indent + 2)}`)) : v.v;
    case 'chu':
      return quoted(expand(v), v.raw);
    case 'dai':
      return JSON.stringify(expand(v));
    case 'danh-sach':
      if (!v.block || flow || v.items.length === 0) return `[${v.items.map((i) => valueText(i, indent, true)).join(', ')}]`;
      return v.items.map((i) => `\n${' '.repeat(indent + 2)}- ${valueText(i, indent + 4, true)}`).join('');
    case 'bang':
      return `{ ${v.entries.map(([k, x]) => `${k}: ${valueText(x, indent, true)}`).join(', ')} }`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Fields in YAML text

/** A field in the YAML text: a `key: value` line (with the lines of its block value), or an entry of a `{ … }` on one line. */
interface Field {
  line: number;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  /** Lines after `line` that belong to the value (block fields). */
  blockEnd: number;
  flow: boolean;
}

const KEY_LINE = /^(\s*(?:-\s+)*)([A-Za-z_][\w-]*)([ \t]*):(?=\s|$)/;
const indentOf = (line: string): number => line.length - line.trimStart().length;

function blockFields(lines: string[]): Field[] {
  const fields: Field[] = [];
  lines.forEach((line, i) => {
    const m = KEY_LINE.exec(line);
    if (!m) return;
    const column = m[1].length;
    let end = i + 1;
    while (end < lines.length) {
      const next = lines[end];
      const inside = next.trim() === '' || indentOf(next) > column || (line.slice(m[0].length).trim() === '' && indentOf(next) === column && /^\s*-(\s|$)/.test(next));
      if (!inside) break;
      end++;
    }
    while (end > i + 1 && lines[end - 1].trim() === '') end--;
    fields.push({ line: i, keyStart: column, keyEnd: column + m[2].length, valueStart: m[0].length, valueEnd: line.length, blockEnd: end, flow: false });
  });
  return fields;
}

/** Entries `key: value` of flow maps written on one line. */
function flowFields(lines: string[]): Field[] {
  const fields: Field[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/([{,]\s*)([A-Za-z_][\w-]*)\s*:\s*/g)) {
      const keyStart = m.index! + m[1].length;
      const valueStart = m.index! + m[0].length;
      let depth = 0;
      let quote = '';
      let end = valueStart;
      for (; end < line.length; end++) {
        const c = line[end];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '[' || c === '{') depth++;
        else if ((c === ']' || c === '}') && depth > 0) depth--;
        else if ((c === ',' || c === '}') && depth === 0) break;
      }
      while (end > valueStart && /\s/.test(line[end - 1])) end--;
      fields.push({ line: i, keyStart, keyEnd: keyStart + m[2].length, valueStart, valueEnd: end, blockEnd: i + 1, flow: true });
    }
  });
  return fields;
}

const fieldsOf = (lines: string[]): Field[] => [...blockFields(lines), ...flowFields(lines)].sort((a, b) => a.line - b.line || a.keyStart - b.keyStart);

const NEAR_MISSES: ((key: string) => string)[] = [
  (k) => k.slice(0, -1),
  (k) => `${k}${k.at(-1)}`,
  (k) => (k.length > 2 ? `${k.slice(0, 1)}${k[2]}${k[1]}${k.slice(3)}` : `${k}_`),
  (k) => k.replace(/_/g, '-'),
  (k) => k.replace(/_/g, ''),
  (k) => k.toUpperCase(),
  (k) => `${k[0].toUpperCase()}${k.slice(1)}`,
  (k) => k.replace(/a/, 'á').replace(/e/, 'ê').replace(/u/, 'ư'),
  (k) => `${k}\u200B`,
  (k) => `"${k} "`,
  (k) => k.normalize('NFD').replace(/o/, 'ô'.normalize('NFD')),
  () => '__proto__',
  () => 'constructor',
  () => 'toString',
];

/** Names of fields added beside the sample's: object members, numbers, YAML words, the body's name. */
const ADDED_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'length', '0', '"1"', 'true', 'null', '""', '"Ủy ban"', 'noi_dung', 'mau', 'du_lieu', 'ky', 'danh_sach', 'phu_luc', 'kem_theo', '<<'];

function mutateFront(lines: string[], op: Op): string[] {
  const fields = fieldsOf(lines);
  if (fields.length === 0) return lines;
  const dated = fields.filter((f) => /\d{4}-\d{2}-\d{2}/.test(lines[f.line].slice(f.valueStart, f.valueEnd)));
  const pool = op.op === 'ngay-sai' && dated.length > 0 ? dated : fields;
  const f = pool[(op as { at: number }).at % pool.length];
  const line = lines[f.line];
  const replaceLine = (text: string, removeBlock: boolean): string[] => [...lines.slice(0, f.line), ...text.split('\n'), ...lines.slice(removeBlock ? f.blockEnd : f.line + 1)];
  switch (op.op) {
    case 'thay-gia-tri': {
      const text = valueText(op.value, f.keyStart, f.flow);
      return replaceLine(`${line.slice(0, f.valueStart)}${f.flow ? text : ` ${text}`.replace(/^ (?=\n)/, '')}${line.slice(f.valueEnd)}`, !f.flow);
    }
    case 'ngay-sai':
      return replaceLine(`${line.slice(0, f.valueStart)}${f.flow ? '' : ' '}${op.date}${line.slice(f.valueEnd)}`, !f.flow);
    case 'xoa-truong':
      if (f.flow) return replaceLine(`${line.slice(0, f.keyStart)}${line.slice(f.valueEnd).replace(/^,\s*/, '')}`, false);
      return [...lines.slice(0, f.line), ...lines.slice(f.blockEnd)];
    case 'lap-truong':
      if (f.flow) return replaceLine(`${line.slice(0, f.valueEnd)}, ${line.slice(f.keyStart, f.valueEnd)}${line.slice(f.valueEnd)}`, false);
      return [...lines.slice(0, f.blockEnd), ...lines.slice(f.line, f.blockEnd).map((l, i) => (i === 0 ? l.replace(/^(\s*)-(\s+)/, '$1 $2') : l)), ...lines.slice(f.blockEnd)];
    case 'them-truong': {
      const text = valueText(op.value, f.keyStart, f.flow);
      if (f.flow) return replaceLine(`${line.slice(0, f.keyStart)}${op.key}: ${text}, ${line.slice(f.keyStart)}`, false);
      const prefix = line.slice(0, f.keyStart).replace(/-/g, ' ');
      return [...lines.slice(0, f.blockEnd), ...`${prefix}${op.key}: ${text}`.replace(/: (?=\n)/, ':').split('\n'), ...lines.slice(f.blockEnd)];
    }
    case 'doi-ten': {
      const key = line.slice(f.keyStart, f.keyEnd);
      return replaceLine(`${line.slice(0, f.keyStart)}${NEAR_MISSES[op.how % NEAR_MISSES.length](key)}${line.slice(f.keyEnd)}`, false);
    }
    default:
      return lines;
  }
}

// ---------------------------------------------------------------------------------------------------
// Damaged files

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ihdr = (width: number, height: number): Buffer => {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 6, 0, 0, 0], 8);
  return pngChunk('IHDR', data);
};

/** The bytes of a damaged file: a PNG of 100 000 × 100 000 pixels with no pixel data, a PNG cut short, a JPEG of 65 535 × 65 535 cut short, nothing, text, random bytes. */
export function damagedBytes(kind: Damaged, random: number[]): Buffer {
  switch (kind) {
    case 'png-lon':
      return Buffer.concat([PNG_SIGNATURE, ihdr(100_000, 100_000), pngChunk('IEND', Buffer.alloc(0))]);
    case 'png-cat':
      return Buffer.concat([PNG_SIGNATURE, ihdr(2, 2), pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x60])).subarray(0, 10)]);
    case 'png-rac':
      return Buffer.concat([PNG_SIGNATURE, Buffer.from(random)]);
    case 'jpeg-lon':
      return Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xc0, 0, 17, 8, 0xff, 0xff, 0xff, 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    case 'rong':
      return Buffer.alloc(0);
    case 'van-ban':
      return Buffer.from('không phải ảnh\n', 'utf8');
    case 'ngau-nhien':
      return Buffer.from(random);
  }
}

/** Fields that name a file. */
const FILE_KEYS = ['chu_ky', 'con_dau', 'tep', 'kem_theo'];

/** Names the damaged file `name` in a field that names a file, or else as a signer's `chu_ky` or `con_dau`. */
function nameDamaged(lines: string[], op: Extract<Op, { op: 'tep-hong' }>, name: string): string[] {
  const fields = fieldsOf(lines);
  const keyOf = (f: Field): string => lines[f.line].slice(f.keyStart, f.keyEnd);
  const named = fields.filter((f) => FILE_KEYS.includes(keyOf(f)));
  if (named.length > 0) {
    const f = named[op.at % named.length];
    const value: Value = { t: 'chu', pieces: [name], raw: false };
    return mutateFront(lines, { op: 'thay-gia-tri', at: fields.indexOf(f), value: keyOf(f) === 'kem_theo' ? { t: 'danh-sach', items: [value], block: false } : value });
  }
  const signer = fields.findIndex((f) => keyOf(f) === 'nguoi_ky' || keyOf(f) === 'ho_ten');
  if (signer < 0) return lines;
  return mutateFront(lines, { op: 'them-truong', at: signer, key: op.at % 2 ? 'chu_ky' : 'con_dau', value: { t: 'chu', pieces: [name], raw: false } });
}

// ---------------------------------------------------------------------------------------------------
// Markdown body

const cell = fc.constantFrom('Ô', 'Nguyễn Văn A', '', ' ', '1', '**đậm**', '`mã`', 'a \\| b', '<br>', '漢字', '\u000B', '1.000.000 đồng');
const row = fc.array(cell, { minLength: 0, maxLength: 7 }).map((cells) => `| ${cells.join(' | ')} |`);
const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.array(row, { maxLength: 6 }), fc.boolean())
  .map(([columns, rows, separator]) => [`| ${Array.from({ length: columns }, (_, i) => `Cột ${i + 1}`).join(' | ')} |`, ...(separator ? [`|${'---|'.repeat(columns)}`] : []), ...rows].join('\n'));

const list = fc
  .tuple(fc.integer({ min: 1, max: 24 }), fc.constantFrom('- ', '* ', '1. ', '1) ', '+ ', '- [ ] ', '- [x] '), fc.constantFrom(2, 3, 4))
  .map(([depth, marker, step]) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i * step)}${marker}Mục cấp ${i + 1}`).join('\n'));

const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom('Tiêu đề', '', 'I. MỤC ĐÍCH', '**Đậm**', '`mã`')).map(([level, text]) => `${'#'.repeat(level)} ${text}`);

const MARKDOWN = [
  'Tiêu đề kiểu setext\n===',
  'Tiêu đề phụ\n---',
  '<div>khối HTML</div>',
  '<table><tr><td>ô HTML</td></tr></table>',
  '<!-- ghi chú -->',
  '<script>alert(1)</script>',
  'Chữ <b>đậm</b> và <span style="color:red">đỏ</span>.',
  '<br>',
  '<img src="anh.png">',
  '![ảnh](anh/khong-co.png)',
  '![](_chung/anh/chu-ky-minh-hoa.png)',
  '![chữ ký](../_chung/anh/chu-ky-minh-hoa.png "tiêu đề")',
  '![x](../../../../etc/hostname)',
  '![x](https://example.com/a.png)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '[liên kết](https://thuvienphapluat.vn)',
  '<https://chinhphu.vn>',
  '[x](javascript:alert(1))',
  '[tham chiếu][r]\n\n[r]: https://example.com',
  'Văn bản có chú thích[^1].\n\n[^1]: Nội dung chú thích.',
  'Chú thích không có định nghĩa[^9].',
  '[^mo]: Định nghĩa không ai dùng.',
  '```js\nconst x = 1;\n```',
  '```\nkhối mã chưa đóng',
  '~~~\nmã\n~~~',
  '    mã thụt lề',
  '> trích dẫn\n> > lồng',
  '***',
  '***đậm nghiêng*** ~~gạch~~ `mã` \\*thoát\\*',
  'Ngắt dòng cứng  \ndòng sau\\\ndòng nữa',
  '&nbsp; &#0; &#11; &#xFFFE; &#55296; &#x10FFFF; &copy; &khongco;',
  '$x^2$',
  '{{ten}} {{#each x}}{{/each}}',
  '|',
  '- ',
  '1.',
  '\\',
  '`',
  '*',
  '---',
  '',
];

const insertion = fc.oneof(
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: list },
  { weight: 2, arbitrary: heading },
  { weight: 4, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 2, arbitrary: fc.array(stringPiece, { minLength: 1, maxLength: 8 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

// ---------------------------------------------------------------------------------------------------
// Mutants

const at = fc.nat({ max: 10_000 });

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('thay-gia-tri' as const), at, value }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('xoa-truong' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lap-truong' as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('doi-ten' as const), at, how: fc.nat({ max: NEAR_MISSES.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('ngay-sai' as const), at, date: fc.constantFrom(...IMPOSSIBLE_DATES) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('them-truong' as const), at, key: fc.constantFrom(...ADDED_KEYS), value }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('tep-hong' as const),
      at,
      kind: fc.constantFrom<Damaged>('png-lon', 'png-cat', 'png-rac', 'jpeg-lon', 'rong', 'van-ban', 'ngau-nhien'),
      ext: fc.constantFrom('.png', '.jpg', '.jpeg', '.PNG', '.gif', '.yaml', '.md', ''),
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 48 }),
    }),
  },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('chen-noi-dung' as const), at, text: insertion }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('dong-dai' as const), at, piece: fc.constantFrom('chữ ', 'x', 'Ủy ban nhân dân tỉnh Tuyên Quang ', '-', '漢'), times: fc.integer({ min: 1_000, max: 20_000 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('byte' as const), at, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cat-cuoi' as const), at }) },
  { weight: 1, arbitrary: fc.constantFrom({ op: 'crlf' as const }, { op: 'bom' as const }) },
);

/** Operations on fields (for a list file). */
const fieldOp: fc.Arbitrary<Op> = op.filter((o) => FIELD_OPS.has(o.op));

/** Operations after which a document may still build: text in a field's place, Markdown in the body. */
const mildOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('thay-gia-tri' as const), at, value: fc.record({ t: fc.constant('chu' as const), pieces: fc.array(stringPiece, { minLength: 1, maxLength: 6 }), raw: fc.constant(false) }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('chen-noi-dung' as const), at, text: insertion }) },
);

/**
 * Mutants of the given samples (paths relative to the data folder): half with one to four operations
 * of any kind (most of them do not build), half with one or two mild ones (many build, so the writers
 * get strange text).
 */
export const mutants = (samples: string[]): fc.Arbitrary<Mutant> =>
  fc.record({
    sample: fc.constantFrom(...samples),
    as: fc.constantFrom<Mutant['as']>('giu', 'giu', 'giu', 'giu', 'json', 'yaml'),
    ops: fc.oneof(fc.array(op, { minLength: 1, maxLength: 4 }), fc.array(mildOp, { minLength: 1, maxLength: 2 })),
    list: fc.oneof({ weight: 3, arbitrary: fc.constant<Op[]>([]) }, { weight: 1, arbitrary: fc.array(fieldOp, { minLength: 1, maxLength: 3 }) }),
  });

/** Splits a data file into its YAML (the front-matter of a Markdown file, or all of a YAML/JSON file) and the Markdown body. */
function split(text: string, markdown: boolean): { front: string[]; body: string[] | undefined } {
  if (!markdown) return { front: text.split('\n'), body: undefined };
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close < 0) return { front: [], body: lines };
  return { front: lines.slice(1, close), body: lines.slice(close + 1) };
}

const join = (front: string[], body: string[] | undefined): string => (body === undefined ? front.join('\n') : ['---', ...front, '---', ...body].join('\n'));

/** Inserts Markdown into the body; a body left empty (the document uses a content template) stays empty. */
function mutateBody(body: string[], op: Op): string[] {
  if (body.every((l) => l.trim() === '')) return body;
  const place = (op as { at: number }).at % (body.length + 1);
  const text = op.op === 'chen-noi-dung' ? op.text : op.op === 'dong-dai' ? op.piece.repeat(op.times) : undefined;
  return text === undefined ? body : [...body.slice(0, place), '', ...text.split('\n'), '', ...body.slice(place)];
}

/** A Markdown data file as JSON or YAML: its fields with the body as `noi_dung`; unchanged when its front-matter is not YAML. */
function convert(text: string, as: Mutant['as']): { text: string; ext: string } | undefined {
  if (as === 'giu') return undefined;
  const { front, body } = split(text, true);
  let data: unknown;
  try {
    data = parseYaml(front.join('\n'), { uniqueKeys: false, logLevel: 'silent' }) ?? {};
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = { ...data, noi_dung: (body ?? []).join('\n') };
  return as === 'json' ? { text: JSON.stringify(record, null, 2), ext: '.json' } : { text: stringifyYaml(record), ext: '.yaml' };
}

function mutateBytes(bytes: Buffer, op: Op): Buffer {
  switch (op.op) {
    case 'byte': {
      const place = op.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, place), Buffer.from(op.bytes), bytes.subarray(place)]);
    }
    case 'cat-cuoi':
      return bytes.subarray(0, op.at % (bytes.length + 1));
    case 'crlf':
      return Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    default:
      return bytes;
  }
}

const FIELD_OPS = new Set<Op['op']>(['thay-gia-tri', 'xoa-truong', 'lap-truong', 'doi-ten', 'ngay-sai', 'them-truong']);
const BODY_OPS = new Set<Op['op']>(['chen-noi-dung', 'dong-dai']);

export interface MutantFile {
  /** Relative to the data folder. */
  path: string;
  bytes: Buffer;
}

const LIST_LINE = /^(\s*tep:\s*)(\S+\.ya?ml)\s*$/m;

/**
 * The files of a mutant, named `<name>` plus the extension in the sample's folder (and, when the list
 * file is mutated, `_<name>-<list file>` beside it): the data file first. `read` gives the text of a
 * file of the data folder.
 */
export function applyMutant(mutant: Mutant, read: (path: string) => string, name: string): MutantFile[] {
  const folder = mutant.sample.includes('/') ? mutant.sample.slice(0, mutant.sample.lastIndexOf('/') + 1) : '';
  let text = read(mutant.sample);
  const files: MutantFile[] = [];
  const listName = LIST_LINE.exec(text)?.[2];
  if (listName && mutant.list.length > 0) {
    const path = `${folder}_${name}-${listName}`;
    const lines = mutant.list.reduce(mutateFront, read(folder + listName).split('\n'));
    files.push({ path, bytes: Buffer.from(lines.join('\n'), 'utf8') });
    text = text.replace(LIST_LINE, `$1${path.slice(folder.length)}`);
  }
  const ext = /\.[^./]+$/.exec(mutant.sample)?.[0] ?? '.md';
  const markdown = ext === '.md';
  let { front, body } = split(text, markdown);
  mutant.ops.forEach((o, i) => {
    if (BODY_OPS.has(o.op)) body = body && mutateBody(body, o);
    else if (FIELD_OPS.has(o.op)) front = mutateFront(front, o);
    else if (o.op === 'tep-hong') {
      const damaged = `_${name}-tep-${i + 1}${o.ext}`;
      files.push({ path: folder + damaged, bytes: damagedBytes(o.kind, o.bytes) });
      front = nameDamaged(front, o, damaged);
    }
  });
  const converted = markdown ? convert(join(front, body), mutant.as) : undefined;
  let bytes: Buffer = Buffer.from(converted?.text ?? join(front, body), 'utf8');
  for (const o of mutant.ops.filter((o) => !FIELD_OPS.has(o.op) && !BODY_OPS.has(o.op) && o.op !== 'tep-hong')) bytes = mutateBytes(bytes, o);
  return [{ path: `${folder}${name}${converted?.ext ?? ext}`, bytes }, ...files];
}
