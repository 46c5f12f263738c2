/**
 * The check: every data file read, resolved, built and checked as the build does (the same functions),
 * and the shared files (agency registry, law data, content templates, DOCX template) checked even when
 * no document uses them; nothing is written. Each problem is reported once, however many documents share
 * the file it is in.
 */
import type { Problem } from '../core/errors.ts';
import { jobSource } from '../batch/expand.ts';
import { checkContentTemplates } from '../resolve/resources.ts';
import { collisions, documentsOf, type BuildOptions } from './documents.ts';
import { checkDocument, checkResolved, openDocxTemplate, openRun, problemsOf, type RunContext } from './render.ts';
import { isBatchFile } from './batch-files.ts';
import { loadBatchValidators } from '../schema/validate.ts';

/** A batch: its checks, then each of its documents as the build would make it. */
function checkBatch(file: string, run: RunContext): { problems: Problem[]; documents: number } {
  try {
    const batch = run.resolver.resolveBatch(file);
    const jobs = batch.plan?.stopped === false ? batch.plan.jobs : [];
    const problems = jobs.flatMap((job) => checkResolved(run.resolver.resolveSource(jobSource(batch.source, job.fields)), run).problems);
    return { problems: [...batch.problems, ...problems], documents: jobs.length };
  } catch (e) {
    return { problems: problemsOf(e, file), documents: 0 };
  }
}

/** A data file's problems and how many documents it makes (a batch, as many as it makes; else one). */
function checkFile(file: string, run: RunContext, collided?: { problems: Problem[] }): { problems: Problem[]; documents: number } {
  if (collided) return { problems: collided.problems, documents: 1 };
  return isBatchFile(file) ? checkBatch(file, run) : { problems: checkDocument(file, run).problems, documents: 1 };
}

export interface CheckReport {
  problems: Problem[];
  /** The data files checked. */
  files: string[];
  /** The documents they make: a batch makes many. */
  documents: number;
  /** A shared file every document needs (the registry) could not be read: no document was checked. */
  stopped: boolean;
}

export async function checkAll(options: BuildOptions): Promise<CheckReport> {
  const template = openDocxTemplate(options);
  const shared = [...('problem' in template ? [template.problem] : []), ...checkContentTemplates(options.templatesDir)];
  const opened = openRun(options, false);
  if ('problems' in opened) return { problems: distinct([...opened.problems, ...shared]), files: [], documents: 0, stopped: true };
  const { run } = opened;
  const files = documentsOf(options);
  if (files.some(isBatchFile)) await loadBatchValidators();
  const collided = collisions(files, options);
  const checked = files.map((file) => checkFile(file, run, collided.get(file)));
  const problems = distinct([...run.resolver.lawProblems(), ...shared, ...checked.flatMap((c) => c.problems)]);
  return { problems, files, documents: checked.reduce((n, c) => n + c.documents, 0), stopped: false };
}

/** A list file or template used by several documents gives the same problem for each: kept once. */
function distinct(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.column, p.cell, p.severity, p.field, p.header, p.message, p.rule]);
    return !seen.has(key) && seen.add(key);
  });
}
