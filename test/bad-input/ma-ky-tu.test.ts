/**
 * Bad-input matrix, points 1 and 6 of issue 9: characters XML 1.0 forbids are taken out of the data
 * with a warning (U+000B and U+000C become line breaks), and a file in a legacy encoding (Windows-1258,
 * TCVN3, VNI, or TCVN3/VNI text pasted into UTF-8) is an error naming its line and the converting
 * command; UTF-8 with a byte-order mark and UTF-16 with one build.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { encodeVni } from '../../src/readers/legacy-vni.ts';
import { toWindows1258 } from '../fixtures/ma-cu/tao.ts';
import { testPlan } from '../helpers/build.ts';
import { matrix, type Case } from './harness.ts';

const built = ['a.docx', 'a.pdf', 'a.html'];
const fixture = (name: string) => readFileSync(`test/fixtures/ma-cu/${name}`);
const REMOVED = 'nên đã bị xóa';
const BREAK = 'được đổi thành xuống dòng';
const CONVERT = 'npm run chuyen-ma -- "data/a';

/** The sample kế hoạch with `text` as its trích yếu, written as is after "trich_yeu: " (line 6); its body starts at line 12. */
const withTitle = (text: string) => ({ 'data/a.md': testPlan('').replace('trich_yeu: Thử', `trich_yeu: ${text}`) });
/** A warning of data/a.md that still builds. */
const warns = (line: number, field: string, code: string, text = REMOVED) => ({ exit: 0, produced: built, messages: [{ file: 'data/a.md', line, field, text: `ký tự ${code}` }, { file: 'data/a.md', line, field, text }] });

/** The sample kế hoạch as a YAML document, for the structured readers. */
const YAML_DOC = `loai: ke_hoach
co_quan: ubnd-tinh-cao-bang
so: 5
ngay: 2023-01-05
trich_yeu: Về đẩy mạnh phong trào thi đua yêu nước
ky: { quyen_han: [TM. ỦY BAN NHÂN DÂN], nguoi_ky: anh }
noi_nhan: [Sở Nội vụ]
luu: [NC]
noi_dung: |
  Đổi mới công tác khen thưởng: khen thưởng đúng người, đúng thành tích, kịp thời.
`;
const JSON_DOC = (trichYeu: string, noiDung: string) =>
  `{\n  "loai": "ke_hoach",\n  "co_quan": "ubnd-tinh-cao-bang",\n  "so": 5,\n  "ngay": "2023-01-05",\n  "trich_yeu": "${trichYeu}",\n` +
  `  "ky": { "quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "nguoi_ky": "anh" },\n  "noi_nhan": ["Sở Nội vụ"],\n  "luu": ["NC"],\n  "noi_dung": "${noiDung}"\n}\n`;

const fromFixture = (name: string) => ({ 'data/a.md': fixture(name) });
const legacy = (encoding: string, line = 6, file = 'data/a.md') => ({ exit: 1, messages: [{ file, line, text: encoding }, { file, line, text: CONVERT }] });

const cases: Case[] = [
  // Point 1: characters XML 1.0 forbids.
  { name: 'U+0001 in trích yếu (a YAML escape)', files: withTitle('"Thử\\x01 nghiệm"'), ...warns(6, 'trich_yeu', 'U+0001') },
  { name: 'U+001F typed into trích yếu', files: withTitle('Thử\u001F nghiệm'), ...warns(6, 'trich_yeu', 'U+001F') },
  { name: 'U+FFFE in trích yếu', files: withTitle('Thử\uFFFE nghiệm'), ...warns(6, 'trich_yeu', 'U+FFFE') },
  { name: 'U+000C in trích yếu becomes a line break', files: withTitle('Thử\u000Cnghiệm'), ...warns(6, 'trich_yeu', 'U+000C', BREAK) },
  { name: 'U+000B in the body becomes a line break (built, with a warning)', files: { 'data/a.md': testPlan('', 'Dòng một\u000Bdòng hai.') }, ...warns(12, 'noi_dung', 'U+000B', BREAK) },
  { name: 'U+0007 in the body, in a table cell', files: { 'data/a.md': testPlan('', '| A | B |\n|---|---|\n| x\u0007 | y |') }, ...warns(14, 'noi_dung', 'U+0007') },
  { name: 'a NUL byte in the body', files: { 'data/a.md': testPlan('', 'Nội\u0000 dung.') }, ...warns(12, 'noi_dung', 'U+0000') },
  { name: 'a control character in a field name', files: { 'data/a.md': testPlan('can_cu\u0002: [Luật Thi đua, khen thưởng]') }, ...warns(10, 'can_cu', 'U+0002') },
  {
    name: 'U+0008 in a YAML list file named by danh_sach.tep',
    files: { 'data/a.md': testPlan('danh_sach: { tep: _ds.yaml }'), 'data/_ds.yaml': 'muc:\n  - { ten: "Lê Văn\u0008 A", danh_hieu: lao_dong_tien_tien }\n' },
    exit: 0,
    produced: built,
    messages: [{ file: 'data/_ds.yaml', line: 2, field: 'muc[0].ten', text: 'ký tự U+0008' }],
  },
  {
    name: 'U+FFFF and a lone surrogate escaped in a JSON file',
    files: { 'data/a.json': JSON_DOC('Thử\\uffff', 'Nội dung\\ud800.') },
    exit: 0,
    produced: built,
    messages: [
      { file: 'data/a.json', line: 6, field: 'trich_yeu', text: 'ký tự U+FFFF' },
      { file: 'data/a.json', line: 10, field: 'noi_dung', text: 'ký tự U+D800 (nửa cặp mã UTF-16 bị hỏng' },
    ],
  },
  {
    name: 'U+000B in a JSON noi_dung becomes a line break',
    files: { 'data/a.json': JSON_DOC('Thử', 'Dòng một\\u000bdòng hai.') },
    exit: 0,
    produced: built,
    messages: [{ file: 'data/a.json', line: 10, field: 'noi_dung', text: BREAK }],
  },
  {
    name: 'a lone low surrogate in a YAML file',
    files: { 'data/a.yaml': YAML_DOC.replace('trich_yeu: Về đẩy mạnh', 'trich_yeu: "Về đẩy mạnh\\udc00"\n#') },
    exit: 0,
    produced: built,
    messages: [{ file: 'data/a.yaml', line: 5, field: 'trich_yeu', text: 'ký tự U+DC00' }],
  },
  {
    name: 'U+007F is allowed in XML but not printable: the font check refuses it',
    files: withTitle('Thử\u007F'),
    exit: 1,
    messages: [{ file: 'data/a.md', line: 6, field: 'trich_yeu', text: 'ký tự điều khiển U+007F' }],
  },

  // Point 6: encodings.
  { name: 'a Markdown file in TCVN3 (ABC)', files: fromFixture('chi-thi.tcvn3.md'), ...legacy('TCVN3') },
  { name: 'a Markdown file in VNI', files: fromFixture('chi-thi.vni.md'), ...legacy('VNI') },
  { name: 'a Markdown file in Windows-1258', files: fromFixture('chi-thi.windows-1258.md'), ...legacy('Windows-1258') },
  { name: 'a UTF-8 Markdown file holding TCVN3 text copied out of Word', files: fromFixture('chi-thi.tcvn3-chep.md'), ...legacy('chép sang mà không chuyển mã') },
  { name: 'a UTF-8 Markdown file holding VNI text copied out of Word', files: fromFixture('chi-thi.vni-chep.md'), ...legacy('VNI (phông VNI-Times)') },
  { name: 'a YAML file in TCVN3', files: { 'data/a.yaml': iconv.encode(YAML_DOC, 'tcvn') }, ...legacy('TCVN3', 5, 'data/a.yaml') },
  { name: 'a YAML file in VNI', files: { 'data/a.yaml': iconv.encode(encodeVni(YAML_DOC), 'windows1252') }, ...legacy('VNI', 5, 'data/a.yaml') },
  { name: 'a YAML file in Windows-1258', files: { 'data/a.yaml': toWindows1258(YAML_DOC) }, ...legacy('Windows-1258', 5, 'data/a.yaml') },
  {
    name: 'a TCVN3 list file named by danh_sach.tep',
    files: { 'data/a.md': testPlan('danh_sach: { tep: _ds.yaml }'), 'data/_ds.yaml': fixture('danh-sach.tcvn3.yaml') },
    exit: 1,
    messages: [{ file: 'data/_ds.yaml', line: 2, text: 'TCVN3' }, { file: 'data/_ds.yaml', line: 2, text: 'npm run chuyen-ma -- "data/_ds.yaml"' }],
  },
  {
    name: 'a document sent with it (kem_theo) in Windows-1258',
    files: { 'data/a.md': testPlan('kem_theo: [_kem.md]'), 'data/_kem.md': fixture('chi-thi.windows-1258.md') },
    exit: 1,
    messages: [{ file: 'data/_kem.md', line: 6, text: 'Windows-1258' }],
  },
  { name: 'UTF-8 with a byte-order mark builds', files: { 'data/a.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(testPlan(''))]) }, exit: 0, produced: built },
  { name: 'UTF-16 LE with a byte-order mark builds', files: { 'data/a.md': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(testPlan(''), 'utf-16le')]) }, exit: 0, produced: built },
  { name: 'UTF-16 BE with a byte-order mark builds', files: { 'data/a.md': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(testPlan(''), 'utf-16be')]) }, exit: 0, produced: built },
  { name: 'UTF-16 without a byte-order mark', files: { 'data/a.md': iconv.encode(testPlan(''), 'utf-16le') }, ...legacy('UTF-16 không có dấu BOM', 1) },
  {
    name: 'random bytes that are not UTF-8, in no Vietnamese encoding',
    files: { 'data/a.md': Buffer.concat([Buffer.from(testPlan('', 'Nội dung ')), Buffer.from([0xff, 0x81, 0x9d, 0xfe, 0x0a])]) },
    exit: 1,
    messages: [{ file: 'data/a.md', line: 13, text: 'tệp không lưu bằng mã UTF-8: dòng này có byte không đọc được' }],
  },
];

matrix('Ký tự không hợp lệ và bảng mã', cases);
