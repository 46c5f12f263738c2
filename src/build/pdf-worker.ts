/**
 * The thread that writes the PDFs of a run made in the main thread (pdf-thread.ts): it loads pdf-lib and
 * the fonts while the main thread builds the documents, then serialises each plan it is sent, so that
 * the main thread writes the DOCX, the HTML and the index page meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { fontsOf } from '../layout/fonts.ts';
import type { LayoutPlan } from '../plan/types.ts';
import { loadFonts } from '../resolve/fonts.ts';
import { cacheFolder } from './cache-folder.ts';
import { fontPackStore } from './font-pack-cache.ts';
import type { PdfAnswer } from './pdf-thread.ts';

// Imported as the main thread imports it, so that the PDF writer stays a chunk of its own in dist/.
const { writePdf } = await import('../writers/pdf/index.ts');
const fonts = fontsOf(loadFonts().files);
const store = fontPackStore(cacheFolder());

parentPort!.on('message', async ({ id, plan }: { id: number; plan: LayoutPlan }) => {
  let answer: PdfAnswer;
  try {
    answer = { id, bytes: await writePdf(plan, fonts, store) };
  } catch {
    // The main thread writes this one itself, and so reports its problem as it would have.
    answer = { id, failed: true };
  }
  parentPort!.postMessage(answer, answer.bytes ? [answer.bytes.buffer as ArrayBuffer] : []);
});
parentPort!.postMessage({ ready: true });
