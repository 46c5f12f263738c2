/**
 * A báo cáo thành tích of a batch through the staff's Word form (`mau_word`): the form, checked once by
 * the resolver, filled with the row's record (writers/form) and written as `<name>.docx` alone, whatever
 * the formats asked (a filled form is the staff's Word file; it has no PDF or HTML of ours). Left as it
 * is when its record, the form and the other inputs are unchanged since its last good build.
 */
import { join } from 'node:path';
import { sha256 } from '../core/hash.ts';
import type { BatchJob } from '../batch/expand.ts';
import type { InputFile } from '../model/inputs.ts';
import { fillForm } from '../writers/form/index.ts';
import { isFile, templateChoice, type DocumentResult } from './documents.ts';
import { batchFolder, removeEarlierOutputs, unchangedJob } from './batch-files.ts';
import { HashCache, isUpToDate, manifestKey, type Manifest } from './manifest.ts';
import { writeFilesTogether } from './output.ts';
import type { RunContext } from './render.ts';

export async function buildFormJob(file: string, job: BatchJob, fields: InputFile, place: string | undefined, run: RunContext, manifest: Manifest, hashes: HashCache): Promise<DocumentResult> {
  const { options } = run;
  const target = join(batchFolder(file, options), `${job.name}.docx`);
  const entry = manifest.documents[manifestKey(options.outDir, file, job.name)];
  const base = { source: file, key: job.name, ...(place ? { place } : {}) };
  const form: InputFile = { path: job.form!.form.path, sha256: job.form!.sha256 };
  const inputs = [fields, form];
  if (!options.all && isUpToDate(entry?.good, { outputs: [target], docxTemplate: templateChoice(options) }, options.outDir, hashes)) {
    return { ...unchangedJob(file, job.name, { ...entry!, place }, options), outputs: [target] };
  }
  run.staleTemps.removeFor(target);
  const { bytes, problems } = fillForm(job.form!.form, job.form!.record);
  if (!bytes) {
    const kept = [target].filter(isFile);
    return { ...base, outputs: [], problems, ok: false, inputs, kept, state: kept.length > 0 ? 'stale' : 'error' };
  }
  writeFilesTogether([{ path: target, bytes }]);
  // Made by our layout before the form was named: its PDF and HTML no longer match the document.
  removeEarlierOutputs(entry, [target], options.outDir, batchFolder(file, options));
  return { ...base, outputs: [target], problems: [], ok: true, inputs, state: 'built', written: [{ path: target, sha256: sha256(bytes) }] };
}
