/** Bad-input matrix, point 2 of issue 9: a document reads nothing from outside the project, nothing too large, nothing that is not a file. */
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testPlan } from '../helpers/build.ts';
import { matrix, type Case } from './harness.ts';

const built = ['a.docx', 'a.pdf', 'a.html'];
const png = readFileSync('data/_chung/anh/con-dau-minh-hoa.png');
const secretDoc = testPlan('', 'Nội dung mật.');
const OUTSIDE = 'nằm ngoài thư mục dữ liệu và thư mục mẫu';
const TOO_LARGE = /quá lớn \([\d,]+ MB; tối đa [\d,]+ MB/;
/** A kế hoạch with `front` (from line 10) in the data folder. */
const doc = (front: string) => ({ 'data/a.md': testPlan(front) });
const fails = (field: string, text: string | RegExp, line = 10) => ({ exit: 1, messages: [{ file: 'data/a.md', line, field, text }] });
const signer = (image: string) => `ky: { quyen_han: [TM. ỦY BAN NHÂN DÂN], nguoi_ky: anh, ${image} }`;
const withSigner = (image: string) => ({ 'data/a.md': testPlan('').replace(/^ky: .*$/m, signer(image)) });

const cases: Case[] = [
  { name: 'the sample document builds (the baseline of every case)', files: doc(''), exit: 0, produced: built },
  { name: 'kem_theo climbs out with ../', files: doc('kem_theo: [../../ngoai/bi-mat.md]'), outside: { 'bi-mat.md': secretDoc }, ...fails('kem_theo[0]', OUTSIDE) },
  {
    name: 'kem_theo names an absolute path outside',
    files: {},
    outside: { 'bi-mat.md': secretDoc },
    setup: (root, outside) => writeDoc(root, doc(`kem_theo: [${join(outside, 'bi-mat.md')}]`)),
    ...fails('kem_theo[0]', OUTSIDE),
  },
  { name: 'kem_theo through a symbolic link to a file outside', files: doc('kem_theo: [lien-ket.md]'), outside: { 'bi-mat.md': secretDoc }, setup: (root, outside) => symlinkSync(join(outside, 'bi-mat.md'), join(root, 'data/lien-ket.md')), ...fails('kem_theo[0]', OUTSIDE) },
  { name: 'kem_theo through a linked folder inside data', files: doc('kem_theo: [thu-muc/bi-mat.md]'), outside: { 'bi-mat.md': secretDoc }, setup: (root, outside) => symlinkSync(outside, join(root, 'data/thu-muc')), ...fails('kem_theo[0]', OUTSIDE) },
  { name: 'kem_theo names /etc/passwd', files: doc('kem_theo: [/etc/passwd]'), ...fails('kem_theo[0]', OUTSIDE) },
  { name: 'kem_theo names /dev/zero', files: doc('kem_theo: [/dev/zero]'), ...fails('kem_theo[0]', OUTSIDE) },
  { name: 'kem_theo names a folder', files: { ...doc('kem_theo: [thu-muc]'), 'data/thu-muc/b.md': testPlan('') }, ...fails('kem_theo[0]', 'không phải một tệp'), produced: ['thu-muc/b.docx', 'thu-muc/b.pdf', 'thu-muc/b.html'] },
  {
    name: 'kem_theo names a named pipe (reading it would never end)',
    files: doc('kem_theo: [ong.md]'),
    setup: (root) => execFileSync('mkfifo', [join(root, 'data/ong.md')]),
    ...fails('kem_theo[0]', 'không phải một tệp'),
  },
  { name: 'phu_luc tep outside', files: doc('phu_luc: [{ tieu_de: Phụ lục, tep: ../../ngoai/bang.md }]'), outside: { 'bang.md': '| A | B |\n|---|---|\n| 1 | 2 |' }, ...fails('phu_luc[0].tep', OUTSIDE) },
  { name: 'mau climbs out of templates/noi-dung', files: doc('mau: ../../../ngoai/mau'), outside: { 'mau.md.hbs': 'Mẫu ngoài.' }, ...fails('mau', OUTSIDE) },
  { name: 'chu_ky outside, through ../', files: withSigner('chu_ky: ../../ngoai/chu-ky.png'), outside: { 'chu-ky.png': png }, ...fails('ky.chu_ky', OUTSIDE, 7) },
  { name: 'con_dau outside, by an absolute path', files: {}, outside: { 'dau.png': png }, setup: (root, outside) => writeDoc(root, withSigner(`con_dau: ${join(outside, 'dau.png')}`)), ...fails('ky.con_dau', OUTSIDE, 7) },
  { name: 'con_dau through a symbolic link', files: withSigner('con_dau: dau.png'), outside: { 'dau.png': png }, setup: (root, outside) => symlinkSync(join(outside, 'dau.png'), join(root, 'data/dau.png')), ...fails('ky.con_dau', OUTSIDE, 7) },
  { name: 'an image over 10 MB', files: { ...withSigner('con_dau: to.png'), 'data/to.png': Buffer.concat([png, Buffer.alloc(11 * 1024 * 1024)]) }, ...fails('ky.con_dau', TOO_LARGE, 7) },
  { name: 'a kem_theo file over 20 MB', files: { ...doc('kem_theo: [to.md]'), 'data/to.md': testPlan('', 'x'.repeat(21 * 1024 * 1024)) }, ...fails('kem_theo[0]', TOO_LARGE) },
  { name: 'a data file over 20 MB', files: { 'data/a.md': testPlan('', 'x'.repeat(21 * 1024 * 1024)) }, exit: 1, messages: [{ file: 'data/a.md', text: TOO_LARGE }] },
  {
    name: 'a data file that is a link to a file inside the data folder is built',
    files: { 'data/_ban-goc/a.md': testPlan('') },
    setup: (root) => symlinkSync(join(root, 'data/_ban-goc/a.md'), join(root, 'data/a.md')),
    exit: 0,
    produced: built,
  },
  {
    name: 'a data file that is a link to a file outside is refused, not read',
    files: {},
    outside: { 'bi-mat.md': secretDoc },
    setup: (root, outside) => symlinkSync(join(outside, 'bi-mat.md'), join(root, 'data/a.md')),
    exit: 1,
    messages: [{ file: 'data/a.md', text: 'tệp này là liên kết tới một tệp nằm ngoài thư mục dữ liệu' }],
  },
  {
    name: 'a folder of data linked from outside is not built',
    files: doc(''),
    outside: { 'bi-mat.md': secretDoc },
    setup: (root, outside) => symlinkSync(outside, join(root, 'data/ngoai')),
    exit: 0,
    produced: built,
  },
];

/** Writes data files whose text needs the scratch folder's path. */
function writeDoc(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
}

matrix('Tệp ngoài dự án, tệp quá lớn, tệp không phải tệp', cases);
