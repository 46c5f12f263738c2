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

/** A batch: its checks, then each of its documents as the build would make it. */
function checkBatch(file: string, run: RunContext): Problem[] {
  try {
    const batch = run.resolver.resolveBatch(file);
    const jobs = batch.plan?.stopped === false ? batch.plan.jobs : [];
    return [...batch.problems, ...jobs.flatMap((job) => checkResolved(run.resolver.resolveSource(jobSource(batch.source, job.fields)), run).problems)];
  } catch (e) {
    return problemsOf(e, file);
  }
}

export interface CheckReport {
  problems: Problem[];
  /** The data files checked. */
  files: string[];
  /** A shared file every document needs (the registry) could not be read: no document was checked. */
  stopped: boolean;
}

export function checkAll(options: BuildOptions): CheckReport {
  const template = openDocxTemplate(options);
  const shared = [...('problem' in template ? [template.problem] : []), ...checkContentTemplates(options.templatesDir)];
  const opened = openRun(options, false);
  if ('problems' in opened) return { problems: distinct([...opened.problems, ...shared]), files: [], stopped: true };
  const { run } = opened;
  const files = documentsOf(options);
  const collided = collisions(files, options);
  const documents = files.flatMap((file) => collided.get(file)?.problems ?? (isBatchFile(file) ? checkBatch(file, run) : checkDocument(file, run).problems));
  return { problems: distinct([...run.resolver.lawProblems(), ...shared, ...documents]), files, stopped: false };
}

/** A list file or template used by several documents gives the same problem for each: kept once. */
function distinct(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.column, p.cell, p.severity, p.field, p.header, p.message, p.rule]);
    return !seen.has(key) && seen.add(key);
  });
}
