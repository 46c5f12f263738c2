/**
 * npm run bench — times document generation on this machine, per sample document (warm, median):
 *  - the layout plan (model → plan, measured with the fonts), made once for all writers;
 *  - each writer serialising that plan: DOCX, PDF, HTML;
 *  - docxtemplater + pizzip alone filling the same template with the same, already generated, XML
 *    (what our DOCX writer costs on top of the library);
 *  - LibreOffice converting our DOCX to PDF (one file per call, and 20 files in one call).
 * `npm run bench -- --nhanh` leaves LibreOffice out. LibreOffice rows are skipped when `soffice` is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { isBatchFile } from '../src/build/batch-files.ts';
import { findDocuments } from '../src/build/pipeline.ts';
import type { Document } from '../src/document/types.ts';
import { fontsOf } from '../src/layout/fonts.ts';
import { buildDocument } from '../src/model/build.ts';
import { imageBytesOf } from '../src/model/inputs.ts';
import { buildPlan } from '../src/plan/build.ts';
import type { LayoutPlan } from '../src/plan/types.ts';
import { loadFonts, loadRegistry } from '../src/resolve/resources.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import { bodyXml } from '../src/writers/docx/document.ts';
import { DocxImages } from '../src/writers/docx/images.ts';
import { writeDocx } from '../src/writers/docx/index.ts';
import { prepareTemplate } from '../src/writers/docx/template.ts';
import { writeHtml } from '../src/writers/html/index.ts';
import { writePdf } from '../src/writers/pdf/index.ts';

const RUNS = 20;
const BATCH = 20;
const quick = process.argv.includes('--nhanh');

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

const { registry, file } = loadRegistry('data/_chung/co-quan.yaml');
const resolver = new Resolver({ registry, registryFile: file, templatesDir: 'templates', lawDir: 'data/_chung', roots: ['data', 'templates'] });
const fonts = fontsOf(loadFonts().files);
const template = { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) };

interface Sample {
  doc: Document;
  images: Map<string, Uint8Array>;
  plan: LayoutPlan;
}

// A batch (dot-khen-thuong) makes many documents through its own path, not one plan: left out.
const samples: Sample[] = findDocuments('data').filter((path) => !isBatchFile(path)).map((path) => {
  const resolved = resolver.resolveFile(path);
  const doc = buildDocument(resolved);
  const images = imageBytesOf(resolved);
  return { doc, images, plan: buildPlan(doc, { fonts, imageBytes: images }) };
});
const pages = (pdf: Uint8Array) => Number(/\/Count (\d+)/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? 0);
const ms = (n: number) => n.toFixed(1);

const columns = ['plan', 'DOCX', 'PDF', 'HTML', 'plan + DOCX', 'plan + PDF', 'docxtemplater alone'] as const;
const totals = Object.fromEntries(columns.map((c) => [c, 0])) as Record<(typeof columns)[number], number>;
const rows: string[] = [];
for (const { doc, images, plan } of samples) {
  const pdf = await writePdf(plan, fonts);
  const t = {
    plan: await medianMs(() => buildPlan(doc, { fonts, imageBytes: images })),
    DOCX: await medianMs(() => writeDocx(plan, template)),
    PDF: await medianMs(() => writePdf(plan, fonts)),
    HTML: await medianMs(() => writeHtml(plan, { fontUrl: (f) => `../_phong/${f}` })),
    'docxtemplater alone': 0,
  };
  const prepared = prepareTemplate(template);
  const xml = bodyXml(plan, { headerRelId: prepared.headerRelId, styleIds: prepared.styleIds, images: new DocxImages(plan.images) });
  t['docxtemplater alone'] = await medianMs(() => {
    const d = new Docxtemplater(new PizZip(prepared.bytes), { paragraphLoop: true });
    d.render({ noi_dung: xml.content });
    return d.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  });
  const all = { ...t, 'plan + DOCX': t.plan + t.DOCX, 'plan + PDF': t.plan + t.PDF };
  for (const c of columns) totals[c] += all[c];
  rows.push(`| ${doc.source} | ${pages(pdf)} | ${columns.map((c) => ms(all[c])).join(' | ')} |`);
}
const n = samples.length;
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}\n`);
console.log(`| document | pages | ${columns.map((c) => `${c} (ms)`).join(' | ')} |`);
console.log(`|---|---|${columns.map(() => '---|').join('')}`);
for (const r of rows) console.log(r);
console.log(`| **mean per document** | | ${columns.map((c) => `**${ms(totals[c] / n)}**`).join(' | ')} |`);

let hasSoffice = !quick;
try {
  if (hasSoffice) execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
} catch {
  hasSoffice = false;
}
if (!hasSoffice) {
  console.log(`\nLibreOffice: skipped (${quick ? '--nhanh' : 'no soffice'}).`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'vbtd-bench-'));
  const profile = `-env:UserInstallation=file://${dir}/profile`;
  const files = Array.from({ length: BATCH }, (_, i) => {
    const path = join(dir, `d${i}.docx`);
    writeFileSync(path, writeDocx(samples[i % n].plan, template));
    return path;
  });
  const convert = (inputs: string[]) => execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs], { stdio: 'ignore' });
  convert([files[0]]); // the first start creates the profile
  const one = await medianMs(() => convert([files[0]]), 5);
  const batch = await medianMs(() => convert(files), 3);
  const ours = (totals.plan + totals.PDF) / n;
  console.log(`\n| LibreOffice DOCX → PDF | ms | per document | plan + our PDF is faster by |`);
  console.log('|---|---|---|---|');
  console.log(`| one file per call | ${ms(one)} | ${ms(one)} | ${(one / ours).toFixed(0)}× |`);
  console.log(`| ${BATCH} files in one call | ${ms(batch)} | ${ms(batch / BATCH)} | ${(batch / BATCH / ours).toFixed(1)}× |`);
  rmSync(dir, { recursive: true, force: true });
}
