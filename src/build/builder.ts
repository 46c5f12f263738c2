/**
 * What makes the documents of a run: this thread, one document after another, or a pool of worker
 * threads (workers.ts), one document per worker at a time. Either way each document is made from its
 * own inputs only, so its bytes do not depend on the number of workers, and the results come back in
 * the order of the run, whatever order the documents were finished in.
 */
import type { Problem } from '../core/errors.ts';
import type { DocumentResult } from './documents.ts';
import type { RunContext } from './render.ts';

export interface Builder {
  /** Makes the document of a data file. */
  document(file: string): Promise<DocumentResult>;
  /** Makes the document `name` of the batch `file`. */
  job(file: string, name: string): Promise<DocumentResult>;
  /** The shared files' problems the documents ran into (the law data), for the run to tell once. */
  lawProblems(): Problem[];
  close(): Promise<void>;
}

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
    job: (file, name) => next(async () => (await import('./batch.ts')).makeJobNamed(file, name, run)),
    lawProblems: () => run.resolver.neededLawProblems(),
    close: async () => undefined,
  };
}
