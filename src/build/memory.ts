/**
 * Memory of large runs. V8 lets each thread's heap grow to up to 4 times what it kept at its last full
 * collection before it collects again: a batch of 10,000 nominees reached 1.1 GB across the three threads,
 * each holding a fraction of it. Growing by half at most keeps that run under 0.7 GB, for ~10% more CPU
 * time (more full collections), so only runs of many documents ask for it (BENCHMARKS.md).
 */
import { setFlagsFromString } from 'node:v8';

/** From this many documents to make, a run keeps its heaps small rather than collecting less often. */
export const MANY_DOCUMENTS = 2000;

let small = false;

/**
 * Keeps the heaps small from now on when `documents` is many (whether they are now). V8 reads the flag
 * each time it sets a heap's next limit, so threads already started follow it from their next collection.
 */
export function heapsFor(documents: number): boolean {
  if (!small && documents >= MANY_DOCUMENTS) {
    setFlagsFromString('--heap-growing-percent=50');
    small = true;
  }
  return small;
}
