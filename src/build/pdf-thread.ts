/**
 * A thread writing the PDFs of documents made in the main thread (pdf-worker.ts). A plan the thread
 * cannot write, or a thread that stopped, is written in the main thread instead: the same bytes (the
 * same writer, fonts and font subsets), and its problem reported as usual.
 */
import { Worker } from 'node:worker_threads';
import type { LayoutPlan } from '../plan/types.ts';
import { workerEntry } from './workers.ts';

export interface PdfAnswer {
  id: number;
  bytes?: Uint8Array;
  failed?: true;
}

export interface PdfThread {
  /** The PDF of `plan`, or undefined when the main thread must write it. */
  write(plan: LayoutPlan): Promise<Uint8Array | undefined>;
  close(): Promise<void>;
}

export function startPdfThread(entry = workerEntry('pdf-worker')): PdfThread {
  const pending = new Map<number, (bytes: Uint8Array | undefined) => void>();
  let stopped = false;
  let nextId = 0;
  const worker = new Worker(entry.code, { eval: entry.eval });
  const stop = () => {
    stopped = true;
    for (const answer of pending.values()) answer(undefined);
    pending.clear();
  };
  worker.on('message', (message: PdfAnswer | { ready: true }) => {
    if (!('id' in message)) return;
    pending.get(message.id)?.(message.bytes);
    pending.delete(message.id);
    if (pending.size === 0) worker.unref();
  });
  worker.on('error', stop);
  worker.on('exit', stop);
  // Idle, the thread does not keep the process alive; with a PDF asked for, it does, until the answer.
  worker.unref();
  return {
    write: (plan) =>
      stopped
        ? Promise.resolve(undefined)
        : new Promise((resolve) => {
            const id = nextId++;
            pending.set(id, resolve);
            worker.ref();
            worker.postMessage({ id, plan });
          }),
    close: async () => {
      stop();
      await worker.terminate();
    },
  };
}
