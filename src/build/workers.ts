/**
 * A pool of worker threads making documents (worker.ts): each opens the run itself (registry, DOCX
 * template, fonts) and writes the outputs of the documents it makes; the main thread hands out one
 * document at a time to whichever worker is free, and keeps the results in the order they were asked for.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../core/errors.ts';
import type { BatchJob } from '../batch/expand.ts';
import type { InputFile } from '../model/inputs.ts';
import type { BuildOptions, Builder, DocumentResult } from './documents.ts';

export interface Task {
  id: number;
  file: string;
  /** A document of a batch: its job (its fields, not the batch's other rows) and the batch file's hash; none for a data file's document. */
  job?: { job: BatchJob; sha256: string };
}

export interface Answer {
  id: number;
  result: DocumentResult;
  lawProblems: Problem[];
}

/**
 * The worker's entry: compiled, dist/worker.js beside this bundle, run with the code cache by the
 * loader copied there (bin/run-bundle.cjs); from the sources (the tests), worker.ts loaded through tsx,
 * which a worker registers itself.
 */
function workerEntry(): { code: string; eval: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const source = JSON.stringify(new URL('./worker.ts', here).href);
    return { code: `import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); });`, eval: true };
  }
  const [runner, bundle] = ['./run-bundle.cjs', './worker.js'].map((name) => JSON.stringify(fileURLToPath(new URL(name, here))));
  return { code: `require(${runner}).runWorker(${bundle});`, eval: true };
}

const isList = (task: Task): boolean => task.job !== undefined && task.job.job.kind !== 'bao_cao_thanh_tich';

const INTERNAL = 'lỗi khi tạo văn bản: luồng tạo văn bản dừng bất thường (có thể do hết bộ nhớ). Chạy lại với --luong=1; nếu vẫn lỗi, hãy báo cho nhóm phát triển, gửi kèm tệp này.';

/** A worker pool; `lawProblems`: the shared files' problems its documents ran into (the law data), for the run to tell once. */
export type WorkerPool = Builder & { lawProblems(): Problem[] };

/** `entry`: the worker's code (the tests give one that fails). */
export function workerPool(options: BuildOptions, size: number, entry = workerEntry()): WorkerPool {
  const waiting: Task[] = [];
  // What was asked, without the job itself: a job sent to a worker is not kept here.
  const pending = new Map<number, { file: string; name?: string; list: boolean; resolve: (r: DocumentResult) => void }>();
  const busy = new Map<Worker, number>();
  const idle: Worker[] = [];
  let lawProblems: Problem[] = [];
  let nextId = 0;
  // Every document names the same shared inputs (fonts, law data…): one copy of each, not one per answer.
  const inputs = new Map<string, InputFile>();
  const shared = (input: InputFile): InputFile => {
    const key = `${input.path}\0${input.sha256}`;
    const known = inputs.get(key);
    if (known) return known;
    inputs.set(key, input);
    return input;
  };

  // A batch's lists (tờ trình, quyết định…) hold every row: one at a time, so that two do not add up in
  // memory, and first, the longest documents started first ending the run sooner.
  let listsWaiting = 0;
  const listBusy = (): boolean => [...busy.values()].some((id) => pending.get(id)?.list);
  const next = (): number => {
    if (listBusy()) return waiting.findIndex((t) => !isList(t));
    return listsWaiting > 0 ? waiting.findIndex(isList) : waiting.length > 0 ? 0 : -1;
  };
  const dispatch = (): void => {
    while (idle.length > 0) {
      const at = next();
      if (at < 0) return;
      const [task] = waiting.splice(at, 1);
      if (isList(task)) listsWaiting--;
      const worker = idle.pop()!;
      busy.set(worker, task.id);
      worker.postMessage(task);
    }
  };
  const finish = (id: number, result: DocumentResult): void => {
    const asked = pending.get(id);
    pending.delete(id);
    asked?.resolve(result);
  };
  let restarts = 0;
  let broken = false;
  const fail = (id: number): void => {
    const { file, name } = pending.get(id)!;
    finish(id, { source: file, ...(name === undefined ? {} : { key: name }), outputs: [], problems: [{ severity: 'loi', file, message: INTERNAL }], ok: false, inputs: [], state: 'error' });
  };
  const start = (): void => {
    const worker = new Worker(entry.code, { eval: entry.eval, workerData: { options } });
    worker.on('message', (answer: Answer) => {
      busy.delete(worker);
      if (answer.lawProblems.length > 0 && lawProblems.length === 0) lawProblems = answer.lawProblems;
      finish(answer.id, { ...answer.result, inputs: answer.result.inputs.map(shared) });
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (e) => {
      if (process.env.DEBUG) console.error(e);
      const id = busy.get(worker);
      busy.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      if (id !== undefined) fail(id);
      // A worker that cannot even start (each one would fail the same way) ends the pool: what waits fails.
      broken = ++restarts > size + 2;
      if (broken) {
        waiting.splice(0).forEach((task) => fail(task.id));
        listsWaiting = 0;
      }
      else start();
      dispatch();
    });
    idle.push(worker);
  };
  for (let i = 0; i < size; i++) start();

  const ask = (file: string, job?: Task['job']): Promise<DocumentResult> =>
    new Promise((resolve) => {
      const task: Task = { id: nextId++, file, ...(job === undefined ? {} : { job }) };
      pending.set(task.id, { file, ...(job === undefined ? {} : { name: job.job.name }), list: isList(task), resolve });
      if (broken) return fail(task.id);
      waiting.push(task);
      if (isList(task)) listsWaiting++;
      dispatch();
    });

  return {
    document: (file) => ask(file),
    job: (file, job, sha256) => ask(file, { job, sha256 }),
    lawProblems: () => lawProblems,
    close: async () => {
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
