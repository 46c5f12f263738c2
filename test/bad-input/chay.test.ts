/**
 * Bad-input matrix, point 4 of issue 9: every failure is one document's. An output that cannot be
 * written fails that document (the others build, the summary is printed); two data files that would
 * write the same output both fail; temporary files a killed run left are removed.
 * Output paths are not fields of a data file: their messages name the data file and the output, with
 * no line or field.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testPlan } from '../helpers/build.ts';
import { matrix, type Case } from './harness.ts';

const doc = testPlan('');
/** A kế hoạch that fails on its own (a date that does not exist). */
const bad = testPlan('').replace('ngay: 2023-01-05', 'ngay: 2023-02-30');
/** An output of an earlier run (any sound DOCX). */
const earlier = readFileSync('templates/van-ban.docx');
const outputs = (stem: string) => [`${stem}.docx`, `${stem}.pdf`, `${stem}.html`];
const summary = (built: number, all: number) => ({ text: `Đã tạo ${built}/${all} văn bản${built < all ? `, ${all - built} văn bản có lỗi` : ''}.` });
const at = (root: string, path: string) => join(root, path);
/** As root, permissions do not stop a write: the read-only case can only be checked by another user. */
const asRoot = process.getuid?.() === 0;
const HO = 'data/hồ.md';
const [HO_NFC, HO_NFD] = [HO.normalize('NFC'), HO.normalize('NFD')];
/** A name of `bytes` bytes before its extension. */
const longName = (bytes: number) => 'k'.repeat(bytes);

const cases: Case[] = [
  {
    name: 'a failing edit keeps the outputs of the last good build and says they are not updated',
    files: { 'data/a.md': doc.replace(/^ngay: .*$/m, 'ngay: 2023-02-30'), 'output/a.docx': 'bản cũ', 'output/a.pdf': 'bản cũ', 'output/a.html': 'bản cũ' },
    exit: 1,
    messages: [
      { file: 'data/a.md', text: '✗ data/a.md: không tạo văn bản này. Giữ nguyên bản cũ, chưa cập nhật theo dữ liệu mới: output/a.docx, output/a.pdf, output/a.html.' },
      { text: 'Đã tạo 0/1 văn bản, 1 văn bản có lỗi (1 văn bản còn bản cũ chưa cập nhật).' },
    ],
    produced: outputs('a'),
  },
  {
    name: 'the output path of a document is a folder: that document fails, the other builds',
    files: { 'data/a.md': doc, 'data/b.md': doc },
    setup: (root) => mkdirSync(at(root, 'output/a.docx'), { recursive: true }),
    exit: 1,
    messages: [{ file: 'data/a.md', text: 'không ghi được tệp "output/a.docx": đã có một thư mục trùng tên "output/a.docx". Đổi tên hoặc xóa thư mục đó' }, summary(1, 2)],
    produced: outputs('b'),
  },
  {
    name: 'only the PDF path is a folder: no DOCX or HTML of that document is left either',
    files: { 'data/a.md': doc },
    setup: (root) => mkdirSync(at(root, 'output/a.pdf'), { recursive: true }),
    exit: 1,
    messages: [{ file: 'data/a.md', text: 'đã có một thư mục trùng tên "output/a.pdf"' }, summary(0, 1)],
  },
  {
    name: 'the output folder of a document is a file: the documents of that folder fail, the others build',
    files: { 'data/2025/a.md': doc, 'data/2025/b.md': doc, 'data/c.md': doc },
    setup: (root) => {
      mkdirSync(at(root, 'output'));
      writeFileSync(at(root, 'output/2025'), 'tệp của người dùng');
    },
    exit: 1,
    messages: [
      { file: 'data/2025/a.md', text: '"output/2025" là một tệp nên không tạo được thư mục cùng tên để ghi vào. Đổi tên hoặc xóa tệp "output/2025"' },
      { file: 'data/2025/b.md', text: '"output/2025" là một tệp' },
      summary(1, 3),
    ],
    produced: ['2025', ...outputs('c')],
  },
  {
    name: '--ra names a file: said once, nothing built',
    files: { 'data/a.md': doc, 'data/b.md': doc, 'ra.txt': 'tệp của người dùng' },
    args: ['--ra=ra.txt'],
    exit: 1,
    messages: [{ file: 'ra.txt', text: 'không tạo được thư mục ra "ra.txt", nên không tạo được văn bản nào: "ra.txt" là một tệp' }, { text: 'Không tạo văn bản nào: sửa lỗi trên rồi chạy lại.' }],
  },
  {
    name: '--ra is under a file',
    files: { 'data/a.md': doc, 'ra.txt': 'tệp của người dùng' },
    args: ['--ra=ra.txt/ra'],
    exit: 1,
    messages: [{ text: 'không tạo được thư mục ra "ra.txt/ra", nên không tạo được văn bản nào: "ra.txt" là một tệp' }],
  },
  asRoot
    ? {
        name: 'a read-only output folder (run as root, who may write there: the document builds)',
        files: { 'data/a.md': doc },
        setup: (root) => {
          mkdirSync(at(root, 'output'));
          chmodSync(at(root, 'output'), 0o555);
        },
        exit: 0,
        produced: outputs('a'),
      }
    : {
        name: 'a read-only output folder',
        files: { 'data/a.md': doc },
        setup: (root) => {
          mkdirSync(at(root, 'output'));
          chmodSync(at(root, 'output'), 0o555);
        },
        exit: 1,
        messages: [{ file: 'data/a.md', text: 'không có quyền ghi vào thư mục "output". Cấp quyền ghi cho thư mục này' }],
      },
  {
    name: 'an output name too long for the file system (the data file name fits, its .docx does not)',
    files: { [`data/${longName(252)}.md`]: doc, 'data/b.md': doc },
    exit: 1,
    messages: [{ file: `data/${longName(252)}.md`, text: 'tên tệp hoặc đường dẫn quá dài (tên một tệp tối đa 255 byte' }, summary(1, 2)],
    produced: outputs('b'),
  },
  {
    name: 'an output name that fits but whose temporary name would not: it builds',
    files: { [`data/${longName(246)}.md`]: doc },
    exit: 0,
    produced: outputs(longName(246)),
  },
  {
    name: 'a.md, a.yaml and a.json write the same outputs: all three fail, each naming the others',
    files: { 'data/a.md': doc, 'data/a.yaml': 'loai: ke_hoach\n', 'data/a.json': '{"loai": "ke_hoach"}', 'data/b.md': doc },
    exit: 1,
    messages: [
      { file: 'data/a.md', text: 'tệp này và "data/a.json", "data/a.yaml" cùng ra một văn bản (output/a.docx): không tạo tệp nào' },
      { file: 'data/a.yaml', text: 'tệp này và "data/a.json", "data/a.md" cùng ra một văn bản' },
      { file: 'data/a.json', text: 'tệp này và "data/a.md", "data/a.yaml" cùng ra một văn bản' },
      summary(1, 4),
    ],
    produced: outputs('b'),
  },
  {
    name: 'A.md and a.md (one file on Windows and macOS) both fail',
    files: { 'data/A.md': doc, 'data/a.md': doc },
    exit: 1,
    messages: [
      { file: 'data/A.md', text: 'tệp này và "data/a.md" cùng ra một văn bản' },
      { file: 'data/a.md', text: 'tệp này và "data/A.md" cùng ra một văn bản' },
    ],
  },
  {
    name: 'the same name written composed and decomposed (hồ.md twice, one file on macOS) both fail',
    files: { [HO_NFC]: doc, [HO_NFD]: doc },
    exit: 1,
    messages: [{ file: HO_NFC, text: 'cùng ra một văn bản' }],
  },
  {
    name: 'a collision leaves the earlier outputs as they were, and removes the temporary files beside them',
    files: { 'data/a.md': doc, 'data/a.yaml': 'loai: ke_hoach\n', 'output/a.docx': earlier, 'output/a.docx.4242.tmp': 'dở dang' },
    exit: 1,
    messages: [{ file: 'data/a.md', text: 'cùng ra một văn bản' }],
    produced: ['a.docx'],
  },
  {
    name: 'temporary files a killed run left beside the outputs of a document that fails are removed',
    files: { 'data/a.md': bad, 'output/a.docx.4242.tmp': 'dở dang', 'output/a.pdf.17.tmp': 'dở dang' },
    exit: 1,
    messages: [{ file: 'data/a.md', line: 5, field: 'ngay', text: 'không có thật' }],
  },
  {
    name: 'temporary files in a folder where nothing is written this run (its only document fails) are removed',
    files: { 'data/2025/a.md': bad, 'data/b.md': doc, 'output/2025/a.html.99.tmp': 'dở dang' },
    exit: 1,
    messages: [{ file: 'data/2025/a.md', line: 5, field: 'ngay', text: 'không có thật' }, summary(1, 2)],
    produced: outputs('b'),
  },
  {
    name: 'a temporary file of the HTML fonts a killed run left is removed',
    files: { 'data/a.md': doc, 'output/_phong/Tinos-Regular.ttf.4242.tmp': 'dở dang' },
    exit: 0,
    produced: outputs('a'),
  },
];

matrix('Chạy: đường dẫn ra không ghi được, trùng đầu ra, tệp tạm', cases);
