/**
 * What makes the documents of a run (a Builder, documents.ts): this thread, one document after
 * another, or a pool of worker threads (workers.ts), one document per worker at a time. Either way each
 * document is made from its own inputs only, so its bytes do not depend on the number of workers, and the results come back in
 * the order of the run, whatever order the documents were finished in.
 */
import type { Builder, DocumentResult } from './documents.ts';
import type { RunContext } from './render.ts';

/** This thread: the documents are made one after another, in the order they are asked for. */
export function inThread(run: RunContext): Builder {
  let chain: Promise<unknown> = Promise.resolve();
  const next = (make: () => Promise<DocumentResult>): Promise<DocumentResult> => {
    const made = chain.then(make);
    chain = made.catch(() => undefined);
    return made;
  };
  return {
    document: (file) => next(async () => (await import('./render.ts')).buildDocumentFile(file, run)),
    job: (file, job, sha256) => next(async () => (await import('./batch.ts')).makeBatchJob(file, job, sha256, run)),
    close: async () => undefined,
  };
}
