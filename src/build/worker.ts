/**
 * A worker thread of the pool (workers.ts): opens the run once, then makes each document it is handed
 * and answers with its result. Its outputs are written here, as they are made.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BuildOptions, DocumentResult } from './documents.ts';
import { makeBatchJob } from './batch.ts';
import { buildDocumentFile, openRun, problemsOf } from './render.ts';
import type { Answer, Task } from './workers.ts';

const options = (workerData as { options: BuildOptions }).options;
const opened = openRun(options, options.formats.includes('docx'));

async function make(task: Task): Promise<DocumentResult> {
  // The main thread opened the run before starting the pool; should it fail here, the document says so.
  if ('problems' in opened) return { source: task.file, outputs: [], problems: opened.problems, ok: false, inputs: [], state: 'error' };
  return task.job === undefined ? buildDocumentFile(task.file, opened.run) : makeBatchJob(task.file, task.job.job, task.job.sha256, opened.run);
}

/** The document's result; a fault (the batch file unreadable since the main thread read it…) fails this document only. */
async function resultOf(task: Task): Promise<DocumentResult> {
  try {
    return await make(task);
  } catch (e) {
    return { source: task.file, ...(task.job === undefined ? {} : { key: task.job.job.name }), outputs: [], problems: problemsOf(e, task.file), ok: false, inputs: [], state: 'error' };
  }
}

/** Told once the first document is made: the compiled program's loader then keeps this thread's compiled code (bin/run-bundle.cjs). */
const WORKER_WARM = 'van-ban:worker-warm';

parentPort!.on('message', async (task: Task) => {
  const result = await resultOf(task);
  const answer: Answer = { id: task.id, result, lawProblems: 'run' in opened ? opened.run.resolver.neededLawProblems() : [] };
  parentPort!.postMessage(answer);
  (process as NodeJS.EventEmitter).emit(WORKER_WARM);
});
