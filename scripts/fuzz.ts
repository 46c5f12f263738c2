/**
 * npm run fuzz [-- --so-tep=2000] [--hat-giong=<số>] [--vi-du=5]
 * Writes N mutants of the sample data files into a scratch copy of the project, builds each as DOCX
 * and PDF with the real pipeline, and counts: built, failed with problems, malformed DOCX, unparseable
 * PDF, generic errors, English messages, stack traces, with the first examples of each bad kind.
 * Exit 1 when any bad count is above 0. The data files stay in the scratch folder, with each one's
 * mutation in dot-bien.jsonl, so a finding can be built again.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { BAD_NAMES, buildAndCheck, REPO, samplesOf, scratchProject, type Bad, type Outcome } from './fuzz/check.ts';
import { applyMutant, mutants } from './fuzz/mutate.ts';

const OPTIONS = ['so-tep', 'hat-giong', 'vi-du'];
const unknown = process.argv.slice(2).filter((a) => !OPTIONS.some((o) => a.startsWith(`--${o}=`)));
if (unknown.length > 0) {
  console.error(`Không hiểu "${unknown.join(' ')}". Cách dùng: npm run fuzz -- --so-tep=2000 --hat-giong=<số> --vi-du=5`);
  process.exit(2);
}

function option(name: string, fallback: number): number {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  const value = Number(arg.slice(name.length + 3));
  if (!Number.isSafeInteger(value)) {
    console.error(`Tùy chọn --${name} cần một số nguyên, ví dụ --${name}=2000.`);
    process.exit(2);
  }
  return value;
}

const count = option('so-tep', 2000);
const seed = option('hat-giong', Date.now() % 2 ** 31);
const examples = option('vi-du', 5);

const root = scratchProject(REPO);
const samples = samplesOf(root);
const read = (path: string): string => readFileSync(join(root, 'data', path), 'utf8');
console.log(`Hạt giống: ${seed} (chạy lại: npm run fuzz -- --so-tep=${count} --hat-giong=${seed})`);
console.log(`Thư mục thử: ${root}`);

const bad = new Map<Bad, Outcome[]>(Object.keys(BAD_NAMES).map((k) => [k as Bad, []]));
const slowest = { ms: 0, file: '' };
let built = 0;
let failed = 0;
const started = Date.now();
const all = fc.sample(mutants(samples), { seed, numRuns: count });
for (const [i, mutant] of all.entries()) {
  const base = mutant.sample.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const files = applyMutant(mutant, read, `fuzz-${String(i + 1).padStart(4, '0')}-${base}`);
  appendFileSync(join(root, 'dot-bien.jsonl'), `${JSON.stringify({ file: files[0].path, mutant })}\n`);
  const before = Date.now();
  const outcome = await buildAndCheck(root, files);
  const took = Date.now() - before;
  if (took > slowest.ms) Object.assign(slowest, { ms: took, file: outcome.file });
  if (outcome.built) built++;
  else failed++;
  for (const kind of new Set(outcome.findings.map((f) => f.bad))) bad.get(kind)!.push(outcome);
  if ((i + 1) % 200 === 0) console.error(`… ${i + 1}/${count} tệp, ${Math.round((Date.now() - started) / 1000)} giây`);
}

console.log(`\n${count} tệp dữ liệu đột biến, ${Math.round((Date.now() - started) / 1000)} giây:`);
console.log(`  tạo được văn bản:          ${built}`);
console.log(`  không tạo, có thông báo lỗi: ${failed}`);
for (const [kind, outcomes] of bad) console.log(`  ${BAD_NAMES[kind]}: ${outcomes.length}`);
console.log(`  chậm nhất: ${slowest.file}, ${(slowest.ms / 1000).toFixed(1)} giây`);
for (const [kind, outcomes] of bad) {
  if (outcomes.length === 0) continue;
  console.log(`\n${BAD_NAMES[kind]} — ${Math.min(examples, outcomes.length)} ví dụ đầu:`);
  for (const o of outcomes.slice(0, examples)) {
    for (const f of o.findings.filter((f) => f.bad === kind).slice(0, 2)) console.log(`  ${o.file}: ${f.detail.slice(0, 400)}`);
  }
}
const anyBad = [...bad.values()].some((o) => o.length > 0);
if (anyBad) console.log(`\nTạo lại một tệp (trong ${REPO}): npm run build:docs -- --du-lieu=${root}/data --ra=${root}/output --dinh-dang=docx,pdf ${root}/data/<tệp>`);
process.exitCode = anyBad ? 1 : 0;
