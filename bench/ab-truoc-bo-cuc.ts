/**
 * The writers before the layout plan (commit 785c0bd) against the current ones, in one process,
 * interleaved document by document, so that the machine's drift hits both alike:
 *   git worktree add ../truoc-bo-cuc 785c0bd && ln -s "$PWD/node_modules" ../truoc-bo-cuc/node_modules
 *   npx tsx bench/ab-truoc-bo-cuc.ts ../truoc-bo-cuc [rounds]
 * Before: the model rendered to DOCX and to PDF (layout decided inside each writer). Now: the plan,
 * then each writer (the plan is made once for all writers; here it is counted in both).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDocuments } from '../src/build/pipeline.ts';
import { fontsOf } from '../src/layout/fonts.ts';
import { buildDocument } from '../src/model/build.ts';
import { imageBytesOf } from '../src/model/inputs.ts';
import { buildPlan } from '../src/plan/build.ts';
import { loadFonts, loadRegistry } from '../src/resolve/resources.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import { writeDocx } from '../src/writers/docx/index.ts';
import { writePdf } from '../src/writers/pdf/index.ts';
import { writeHtml } from '../src/writers/html/index.ts';

const before = resolve(process.argv[2] ?? '../truoc-bo-cuc');
const oldBuild = await import(`${before}/src/model/build.ts`);
const oldRegistry = await import(`${before}/src/model/registry.ts`);
const oldDocx = await import(`${before}/src/writers/docx/index.ts`);
const oldPdf = await import(`${before}/src/writers/pdf/index.ts`);

const ROUNDS = Number(process.argv[3] ?? 30);
const oldReg = oldRegistry.loadRegistry('data/_chung/co-quan.yaml');
const { registry, file } = loadRegistry('data/_chung/co-quan.yaml');
const resolver = new Resolver({ registry, registryFile: file, templatesDir: 'templates', lawDir: 'data/_chung', roots: ['data', 'templates'] });
const fonts = fontsOf(loadFonts().files);
const template = { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) };
const samples = findDocuments('data').map((p) => {
  const r = resolver.resolveFile(p);
  return { old: oldBuild.buildDocumentFromFile(p, { registry: oldReg, templatesDir: 'templates' }), doc: buildDocument(r), images: imageBytesOf(r) };
});
const time = async (fn: () => unknown) => { const t = performance.now(); await fn(); return performance.now() - t; };
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const acc: Record<string, number[][]> = { oldDocx: [], newDocx: [], oldPdf: [], newPdf: [], html: [], plan: [] };
for (const s of samples) { oldDocx.renderDocx(s.old); await oldPdf.renderPdf(s.old); const p = buildPlan(s.doc, { fonts, imageBytes: s.images }); writeDocx(p, template); await writePdf(p, fonts); }
samples.forEach(() => Object.values(acc).forEach((a) => a.push([])));
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, s] of samples.entries()) {
    acc.oldDocx[i].push(await time(() => oldDocx.renderDocx(s.old)));
    acc.newDocx[i].push(await time(() => writeDocx(buildPlan(s.doc, { fonts, imageBytes: s.images }), template)));
    acc.oldPdf[i].push(await time(() => oldPdf.renderPdf(s.old)));
    acc.newPdf[i].push(await time(() => writePdf(buildPlan(s.doc, { fonts, imageBytes: s.images }), fonts)));
    const plan = buildPlan(s.doc, { fonts, imageBytes: s.images });
    acc.plan[i].push(await time(() => buildPlan(s.doc, { fonts, imageBytes: s.images })));
    acc.html[i].push(await time(() => writeHtml(plan, { fontUrl: (f) => f })));
  }
}
const mean = (k: string) => acc[k].map(med).reduce((a, b) => a + b, 0) / samples.length;
console.log(`${ROUNDS} rounds; mean over ${samples.length} documents of each document's median (ms):`);
for (const k of Object.keys(acc)) console.log(`${k.padEnd(8)} ${mean(k).toFixed(2)}`);
console.log(`max HTML per document: ${Math.max(...acc.html.map(med)).toFixed(2)} ms`);
