/**
 * Building a batch (`loai: dot_de_nghi`): the resolver reads it with its sheet and checks every row
 * (src/batch); if the checks stop it, no document of it is made and the outputs of its last good build
 * stay. Otherwise each of its documents is built like a data file's, from its resolved input, into the
 * batch's folder; one whose fields (from the batch and its row) and other inputs are unchanged since its
 * last good build is left as it is, so editing one row remakes that row's báo cáo and the lists only.
 */
import { basename } from 'node:path';
import type { Problem } from '../core/errors.ts';
import { sha256 } from '../core/hash.ts';
import type { Place } from '../core/records.ts';
import { summaryOf, type DocumentSummary } from '../document/summary.ts';
import { jobSource, type BatchJob } from '../batch/expand.ts';
import type { SourceFile } from '../core/source.ts';
import type { InputFile } from '../model/inputs.ts';
import type { ResolvedBatch } from '../resolve/resolver.ts';
import { loadBatchValidators } from '../schema/validate.ts';
import { isFile, templateChoice, type Builder, type DocumentResult } from './documents.ts';
import { batchFolder, jobTargets, removeEarlierOutputs, unchangedJob } from './batch-files.ts';
import { buildFormJob } from './batch-form.ts';
import { HashCache, isUpToDate, manifestKey, type Manifest } from './manifest.ts';
import { allInputs, checkResolved, problemsOf, writeChecked, type RunContext } from './render.ts';

/** `danh-sach.xlsx, 'Danh sách'!B5` (CSV: `danh-sach.csv, dòng 5`). */
export const placeText = (place: Place): string => `${basename(place.file)}, ${place.cell ?? `dòng ${place.line}`}`;

const hasErrors = (problems: Problem[]): boolean => problems.some((p) => p.severity === 'loi');

/** The batch in one line of the index page: its name and date. */
function batchSummary(resolved: ResolvedBatch | undefined, jobs: number): DocumentSummary | undefined {
  const data = resolved?.source.data;
  if (!data) return undefined;
  const [year, month, day] = String(data.ngay ?? '').split('-');
  const title = typeof data.ten === 'string' ? data.ten : basename(resolved.source.path);
  return { kind: 'Đợt đề nghị', number: '', date: day ? `${day}/${month}/${year}` : '', title: `${title} (${jobs} văn bản)`, signer: '', draft: false, issued: false };
}

/**
 * Builds a batch: its own result (the checks) first, then one result per document; those to make are made
 * by the builder `builderFor` gives for their number (worker threads for many, this thread for a few).
 */
export async function buildBatch(file: string, run: RunContext, manifest: Manifest, hashes: HashCache, builderFor: (documents: number) => Promise<Builder>): Promise<DocumentResult[]> {
  const earlier = manifest.documents[manifestKey(run.options.outDir, file)]?.jobs ?? [];
  const started = await startJobs(file, run, manifest, hashes, builderFor, earlier);
  if (!('asked' in started)) return [started];
  const { asked, names, problems, summary } = started;
  const results = await Promise.all(asked);
  removeDropped(file, earlier.filter((name) => !names.includes(name)), manifest, run);
  const jobInputs = results.flatMap((r) => r.inputs.filter((input) => !input.path.includes('#')));
  const inputs = [...new Map([...started.inputs, ...jobInputs].map((input) => [input.path, input])).values()];
  const own: DocumentResult = { source: file, outputs: [], problems, ok: !hasErrors(problems), inputs, state: 'built', jobs: names, summary };
  return [own, ...results];
}

/**
 * Resolves the batch and asks for each of its documents; what the batch's own result needs is kept, not
 * the resolution: each job is let go once made, so the rows and jobs do not stay for the rest of the run.
 */
async function startJobs(file: string, run: RunContext, manifest: Manifest, hashes: HashCache, builderFor: (documents: number) => Promise<Builder>, earlier: string[]) {
  let resolved: ResolvedBatch;
  await loadBatchValidators();
  try {
    resolved = run.resolver.resolveBatch(file);
  } catch (e) {
    return stopped(file, problemsOf(e, file), [], earlier, run, undefined);
  }
  const plan = resolved.plan;
  if (!plan || plan.stopped) return stopped(file, resolved.problems, resolved.inputs, earlier, run, batchSummary(resolved, 0));
  // The documents made in this thread place their fields with this reading of the batch file (a worker reads it itself).
  batchFiles.set(file, { source: resolved.source, sha256: resolved.sha256 });
  const made = plan.jobs.map((job) => madeAlready(file, job, run, manifest, hashes));
  const builder = await builderFor(made.filter((m) => m === undefined).length);
  const asked = plan.jobs.map((job, i) => made[i] ?? builder.job(file, job, resolved.sha256));
  const names = plan.jobs.map((j) => j.name);
  return { asked, names, problems: resolved.problems, inputs: resolved.inputs, summary: batchSummary(resolved, names.length) };
}

/** The checks stopped the batch: nothing is made, the documents of its last good build stay (stale). */
function stopped(file: string, problems: Problem[], inputs: InputFile[], jobs: string[], run: RunContext, summary?: DocumentSummary): DocumentResult {
  const kept = jobs.flatMap((name) => jobTargets(file, name, run.options).map((t) => t.path)).filter(isFile);
  return { source: file, outputs: [], problems, ok: false, inputs, kept, state: kept.length > 0 ? 'stale' : 'error', jobs, summary };
}

/** A document of a batch left as it is (its last good build still stands), or filled in a staff's Word form; undefined when it is to be made. */
function madeAlready(file: string, job: BatchJob, run: RunContext, manifest: Manifest, hashes: HashCache): Promise<DocumentResult> | undefined {
  const { options } = run;
  // The document's fields as made from the batch and its row stand for the batch file and the sheet.
  const fields = fieldsOf(file, job);
  hashes.set(fields.path, fields.sha256);
  const entry = manifest.documents[manifestKey(options.outDir, file, job.name)];
  const targets = jobTargets(file, job.name, options, entry?.good?.danhSach === true);
  if (job.form) return buildFormJob(file, job, fields, job.place && placeText(job.place), run, manifest, hashes);
  const upToDate = !options.all && isUpToDate(entry?.good, { outputs: targets.map((t) => t.path), docxTemplate: templateChoice(options) }, options.outDir, hashes);
  return upToDate ? Promise.resolve(unchangedJob(file, job.name, { ...entry!, place: job.place && placeText(job.place) }, options)) : undefined;
}

const fieldsOf = (file: string, job: BatchJob): InputFile => ({ path: `${file}#${job.name}`, sha256: job.fingerprint });

/** The batch files a thread has read to place the fields of the documents it makes, by file (a worker reads each once). */
const batchFiles = new Map<string, { source: SourceFile; sha256: string }>();

/** Makes a document of the batch `file` from its job; `sha256`: the batch file's hash when the job was planned. */
export async function makeBatchJob(file: string, job: BatchJob, sha256: string, run: RunContext): Promise<DocumentResult> {
  let batch = batchFiles.get(file);
  if (batch?.sha256 !== sha256) {
    batch = run.resolver.batchFile(file);
    batchFiles.set(file, batch);
  }
  if (batch.sha256 !== sha256) return { source: file, key: job.name, outputs: [], problems: [{ severity: 'loi', file, message: `tệp đợt đã đổi trong lúc đang tạo văn bản "${job.name}" của nó: chạy lại lệnh.` }], ok: false, inputs: [], state: 'error' };
  return makeJob(file, job, batch.source, run);
}

/** Makes one document of a batch, its outputs written. */
async function makeJob(file: string, job: BatchJob, batch: SourceFile, run: RunContext): Promise<DocumentResult> {
  const { options } = run;
  const fields = fieldsOf(file, job);
  const targets = jobTargets(file, job.name, options);
  const place = job.place && placeText(job.place);
  for (const t of targets) run.staleTemps.removeFor(t.path);
  const base = { source: file, key: job.name, ...(place ? { place } : {}) };
  let inputs: InputFile[] = [fields];
  try {
    const resolved = run.resolver.resolveSource(jobSource(batch, job.fields));
    inputs = [fields, ...allInputs(resolved, run)];
    const checked = checkResolved(resolved, run);
    const { rendered, held } = await writeChecked(checked, targets, run);
    const kept = targets.map((t) => t.path).filter(isFile);
    if (held) return { ...base, outputs: [], problems: [...checked.problems, held], ok: true, inputs, kept, state: 'held' };
    const written = rendered.map((r) => ({ path: r.path, sha256: sha256(r.bytes) }));
    const danhSach = checked.doc!.danhSach !== undefined;
    return { ...base, outputs: rendered.map((r) => r.path), problems: checked.problems, ok: true, inputs, state: 'built', written, summary: summaryOf(checked.doc!), danhSach };
  } catch (e) {
    const kept = targets.map((t) => t.path).filter(isFile);
    return { ...base, outputs: [], problems: problemsOf(e, file), ok: false, inputs, kept, state: kept.length > 0 ? 'stale' : 'error' };
  }
}

/** Documents the batch no longer makes (a row removed, a name changed): their outputs go, unless edited by hand since. */
function removeDropped(file: string, names: string[], manifest: Manifest, run: RunContext): void {
  const { outDir } = run.options;
  for (const name of names) removeEarlierOutputs(manifest.documents[manifestKey(outDir, file, name)], [], outDir, batchFolder(file, run.options));
}
