/**
 * npm run bench:lo — bulk nominations (issue 11), whole process as /usr/bin/time sees it (wall, CPU, peak
 * memory), with the command staff run (bin/van-ban.cjs):
 *  - a synthetic batch of N nominees (default 1,000; npm run tao-lo-thu makes the same one) → one báo cáo
 *    thành tích per nominee in DOCX + PDF, the lists, and the XLSX danh sách (target: under 8 s on 2 cores);
 *  - the same, DOCX only, against docxtemplater alone filling a báo cáo thành tích form
 *    (test/fixtures/mau-bieu) with the same N records, in one process (target: within 1.5×);
 *  - a rebuild after one row is edited: the files it rewrote;
 *  - a quyết định whose danh sách has 1,000, 5,000 and 20,000 rows (DOCX + PDF): seconds per 1,000 rows.
 * Options: --so-nguoi=N, --hang=1000,5000,20000 (danh sách sizes), --bo-danh-sach (skip those).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import ExcelJS from 'exceljs';
import { syntheticRows, type Row } from '../scripts/batch-rows.ts';
import { timed, type Figures } from './time.ts';

const { values } = parseArgs({ options: { 'so-nguoi': { type: 'string', default: '1000' }, hang: { type: 'string', default: '1000,5000,20000' }, 'bo-danh-sach': { type: 'boolean', default: false } } });
const count = Number(values['so-nguoi']);
const scratch = mkdtempSync(join(tmpdir(), 'vbtd-lo-'));
const LAUNCHER = 'bin/van-ban.cjs';

function run(args: string[]): Figures {
  const figures = timed([process.execPath, LAUNCHER, ...args]);
  if (figures.status !== 0) console.log(`(the command exited ${figures.status}: ${figures.stderr.split('\n').slice(-5).join(' / ')})`);
  return figures;
}

const show = (f: Figures) => `${f.wall.toFixed(2)} s wall, ${f.cpu.toFixed(2)} s CPU, ${Math.round(f.memory / 1024)} MB peak`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const hashes = (dir: string) => new Map(filesUnder(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));

/** The batch npm run tao-lo-thu writes (seed 1): its file. */
function writeBatch(dir: string, count: number): string {
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/tao-lo-thu.ts', `--so-nguoi=${count}`, '--hat-giong=1', `--ra=${dir}`], { stdio: 'ignore' });
  return join(dir, 'dot-thu.yaml');
}

/** docxtemplater alone: the form filled with each record, zipped, written, in this process. */
function docxtemplaterAlone(records: Record<string, unknown>[], out: string): number {
  const form = readFileSync('test/fixtures/mau-bieu/bao-cao-thanh-tich-ca-nhan.docx');
  mkdirSync(out, { recursive: true });
  const start = performance.now();
  records.forEach((record, i) => {
    const doc = new Docxtemplater(new PizZip(form), { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
    doc.render(record);
    writeFileSync(join(out, `${i}.docx`), doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
  });
  return (performance.now() - start) / 1000;
}

const formRecord = (row: Row) => ({
  ho_ten: row['Họ và tên'],
  ngay_sinh: row['Ngày sinh'],
  gioi_tinh: row['Giới tính'],
  chuc_vu: row['Chức vụ'],
  don_vi: row['Đơn vị'],
  trinh_do: row['Trình độ'],
  nhiem_vu: row['Nhiệm vụ'],
  thanh_tich: row['Thành tích'],
  danh_hieu: row['Danh hiệu'],
  lich_su_khen_thuong: [],
});

/** Adds a sentence to the thành tích of the tenth nominee. */
async function editOneRow(sheet: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(sheet);
  const ws = book.worksheets[0];
  const header = [1, 2, 3, 4, 5].map((n) => ws.getRow(n)).find((r) => (r.values as unknown[]).includes('Họ và tên'))!;
  const column = (header.values as unknown[]).indexOf('Thành tích');
  const cell = ws.getRow(header.number + 10).getCell(column);
  cell.value = `${cell.value ?? ''} Có thêm một sáng kiến được công nhận.`;
  await book.xlsx.writeFile(sheet);
}

/** A quyết định with a danh sách of `rows` rows, from the sample one. */
function listDecision(dir: string, rows: number): string {
  mkdirSync(dir, { recursive: true });
  cpSync('data/_chung', join(dir, '_chung'), { recursive: true });
  const names = syntheticRows(rows, 7).filter((r) => r['Đối tượng'] !== 'tập thể');
  const list = names.map((r, i) => `  - { ten: ${r['Họ và tên']}, chuc_vu: Giáo viên, don_vi: Trường số ${(i % 50) + 1}, danh_hieu: ${i % 3 ? 'chien_si_thi_dua_co_so' : 'bang_khen_chu_tich_tinh_ca_nhan'} }`);
  writeFileSync(join(dir, '_ds.yaml'), `muc:\n${list.join('\n')}\n`);
  const decision = readFileSync('data/2025/quyet-dinh-khen-thuong-2025.md', 'utf8').replace(/tep: _danh-sach-khen-thuong-2025\.yaml/, 'tep: _ds.yaml');
  writeFileSync(join(dir, 'qd.md'), decision);
  return join(dir, 'qd.md');
}

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
execFileSync(process.execPath, [LAUNCHER, '--help'], { stdio: 'ignore' }); // compiles dist/ if stale

const rows = syntheticRows(count, 1);
const dir = join(scratch, 'dot');
const batch = writeBatch(dir, count);
const out = join(scratch, 'ra');
const all = run(['--dinh-dang=docx,pdf,xlsx', '--tat-ca', `--du-lieu=${dir}`, `--ra=${out}`, batch]);
console.log(`\n${count} nominees → ${filesUnder(out).filter((f) => /\.(docx|pdf|xlsx)$/.test(f)).length} files (DOCX + PDF per document, XLSX danh sách): ${show(all)} (target: under 8 s)`);

const docxOnly = run(['--dinh-dang=docx', '--tat-ca', `--du-lieu=${dir}`, `--ra=${join(scratch, 'ra-docx')}`, batch]);
const alone = docxtemplaterAlone(rows.map(formRecord), join(scratch, 'docxtemplater'));
console.log(`DOCX only, whole process: ${show(docxOnly)}; docxtemplater alone filling a form with the same ${count} records, in-process (no start-up, no checks, no layout): ${alone.toFixed(2)} s → ratio ${(docxOnly.wall / alone).toFixed(2)} (target: within 1.5)`);

const before = hashes(out);
await editOneRow(join(dir, 'danh-sach.xlsx'));
const rebuild = run(['--dinh-dang=docx,pdf,xlsx', `--du-lieu=${dir}`, `--ra=${out}`, batch]);
const after = hashes(out);
const changed = [...after].filter(([f, h]) => before.get(f) !== h).map(([f]) => f);
console.log(`Rebuild after editing one row's thành tích: ${show(rebuild)}; files rewritten: ${changed.length} (${changed.filter((f) => !f.startsWith('.')).join(', ')})`);

if (!values['bo-danh-sach']) {
  console.log('\nQuyết định with a danh sách, DOCX + PDF:');
  for (const size of values.hang!.split(',').map(Number)) {
    const decision = listDecision(join(scratch, `ds-${size}`), size);
    const f = run(['--dinh-dang=docx,pdf', '--tat-ca', `--du-lieu=${join(scratch, `ds-${size}`)}`, `--ra=${join(scratch, `ds-ra-${size}`)}`, decision]);
    const pdf = filesUnder(join(scratch, `ds-ra-${size}`)).find((p) => p.endsWith('.pdf'));
    console.log(`  ${size} rows: ${show(f)}; ${((f.wall / size) * 1000).toFixed(2)} s per 1,000 rows${pdf ? `; PDF ${(statSync(pdf).size / 1e6).toFixed(1)} MB` : ''}`);
  }
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
rmSync(scratch, { recursive: true, force: true });
