/**
 * npm run bench — times document generation on this machine:
 *  - our PDF writer per document (warm), against LibreOffice converting our DOCX (one file per call,
 *    and 20 files in one call);
 *  - our DOCX writer per document, against docxtemplater + pizzip alone filling the same template
 *    with the same, already generated, XML (what our model → XML step costs on top).
 * LibreOffice rows are skipped when `soffice` is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { findDocuments } from '../src/pipeline.ts';
import { buildDocumentFromFile } from '../src/model/build.ts';
import { loadRegistry } from '../src/model/registry.ts';
import { renderDocx, DEFAULT_DOCX_TEMPLATE } from '../src/writers/docx/index.ts';
import { contentXml, documentSections } from '../src/writers/docx/content.ts';
import { renderPdf } from '../src/writers/pdf/index.ts';
import { PAGE } from '../src/layout/nd30.ts';
import type { Document } from '../src/model/types.ts';

const RUNS = 20;
const BATCH = 20;

async function medianMs(fn: () => unknown | Promise<unknown>, runs = RUNS): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const registry = loadRegistry('data/_chung/co-quan.yaml');
const docs: Document[] = findDocuments('data').map((p) => buildDocumentFromFile(p, { registry, templatesDir: 'templates' }));
const pages = (pdf: Uint8Array) => Number(/\/Count (\d+)/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? 0);

const rows: string[][] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));
const ms = (n: number) => n.toFixed(1);

let pdfTotal = 0;
let docxTotal = 0;
let plainTotal = 0;
const template = readFileSync(DEFAULT_DOCX_TEMPLATE);
for (const doc of docs) {
  const pdf = await renderPdf(doc);
  const pdfMs = await medianMs(() => renderPdf(doc));
  const docxMs = await medianMs(() => renderDocx(doc));
  const xml = contentXml(documentSections(doc, PAGE), PAGE, 'rIdHeaderPageNumber');
  const plainMs = await medianMs(() => {
    const d = new Docxtemplater(new PizZip(template), { paragraphLoop: true });
    d.render({ noi_dung: xml });
    return d.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  });
  pdfTotal += pdfMs;
  docxTotal += docxMs;
  plainTotal += plainMs;
  row(doc.source, pages(pdf), ms(pdfMs), ms(docxMs), ms(plainMs));
}
const n = docs.length;
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}\n`);
console.log('| document | pages | our PDF (ms) | our DOCX (ms) | docxtemplater alone, same XML (ms) |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`| **mean per document** | | **${ms(pdfTotal / n)}** | **${ms(docxTotal / n)}** | **${ms(plainTotal / n)}** |`);

let hasSoffice = true;
try {
  execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
} catch {
  hasSoffice = false;
}
if (!hasSoffice) {
  console.log('\nLibreOffice: skipped (no soffice).');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'vbtd-bench-'));
  const profile = `-env:UserInstallation=file://${dir}/profile`;
  const files = Array.from({ length: BATCH }, (_, i) => {
    const path = join(dir, `d${i}.docx`);
    writeFileSync(path, renderDocx(docs[i % n]));
    return path;
  });
  const convert = (inputs: string[]) => execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs], { stdio: 'ignore' });
  convert([files[0]]); // first start creates the profile
  const one = await medianMs(() => convert([files[0]]), 5);
  const batch = await medianMs(() => convert(files), 3);
  const ours = pdfTotal / n;
  console.log(`\n| LibreOffice DOCX → PDF | ms | per document | our PDF is faster by |`);
  console.log('|---|---|---|---|');
  console.log(`| one file per call | ${ms(one)} | ${ms(one)} | ${(one / ours).toFixed(0)}× |`);
  console.log(`| ${BATCH} files in one call | ${ms(batch)} | ${ms(batch / BATCH)} | ${(batch / BATCH / ours).toFixed(1)}× |`);
  rmSync(dir, { recursive: true, force: true });
}
