/** Builds documents the way the build does: resolve the inputs, build the model, lay it out, write. */
import { readFileSync } from 'node:fs';
import { runChecks } from '../../src/checks/index.ts';
import { DocumentError, type Problem } from '../../src/core/errors.ts';
import { fontsOf, type Fonts } from '../../src/layout/fonts.ts';
import { buildDocument } from '../../src/model/build.ts';
import type { ResolvedDocument } from '../../src/model/inputs.ts';
import type { Document, ImageRef } from '../../src/document/types.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { readMarkdown } from '../../src/readers/parse.ts';
import { loadFonts, loadRegistry } from '../../src/resolve/resources.ts';
import { Resolver } from '../../src/resolve/resolver.ts';
import { buildPlan } from '../../src/plan/build.ts';
import type { LayoutPlan } from '../../src/plan/types.ts';
import { writeDocx } from '../../src/writers/docx/index.ts';
import { writePdf } from '../../src/writers/pdf/index.ts';
import { writeHtml } from '../../src/writers/html/index.ts';

export const fonts = (): Fonts => fontsOf(loadFonts().files);

/** A resolver over the samples: data/ and templates/ of the repository. */
export function resolver(): Resolver {
  const { registry, file } = loadRegistry('data/_chung/co-quan.yaml');
  return new Resolver({ registry, registryFile: file, templatesDir: 'templates', lawDir: 'data/_chung', roots: ['data', 'templates'] });
}

export const resolveFile = (path: string): ResolvedDocument => resolver().resolveFile(path);

export const buildFile = (path: string): Document => buildDocument(resolveFile(path));

export const buildSource = (source: SourceFile): Document => buildDocument(resolver().resolveSource(source));

/** A short plan of the Cao Bằng sample agency, with `front` added to its fields and `body` as its text. */
export const testPlan = (front: string, body = 'Nội dung.'): string => `---
loai: ke_hoach
co_quan: ubnd-tinh-cao-bang
so: 5
ngay: 2023-01-05
trich_yeu: Thử
ky: { quyen_han: [TM. ỦY BAN NHÂN DÂN], nguoi_ky: anh }
noi_nhan: [Sở Nội vụ]
luu: [NC]
${front}
---
${body}
`;

/** Builds a document from Markdown text, as if it were the file `path`. */
export const buildMarkdown = (text: string, path = 'test.md'): Document => buildSource(readMarkdown(text, path));

/** What the build reports for a Markdown document: the model's errors, or else what the checks find. */
export function problemsOf(text: string, path = 'test.md'): Problem[] {
  const resolved = resolver().resolveSource(readMarkdown(text, path));
  try {
    return runChecks(buildDocument(resolved), resolved, { fonts: sharedFonts() });
  } catch (e) {
    if (e instanceof DocumentError) return e.problems;
    throw e;
  }
}

let loadedFonts: Fonts | undefined;
const sharedFonts = (): Fonts => (loadedFonts ??= fonts());

/** The bytes of every image a document shows, read again from where the model says they came from. */
function imageBytes(doc: Document): Map<string, Uint8Array> {
  const refs: ImageRef[] = [];
  const collect = (d: Document): void => {
    for (const s of d.closing.signers) refs.push(...[s.signatureImage, s.sealImage].filter((i): i is ImageRef => i !== undefined));
    d.attachments.forEach(collect);
  };
  collect(doc);
  return new Map(refs.map((ref) => [ref.sha256, new Uint8Array(readFileSync(ref.path))]));
}

export const planOf = (doc: Document): LayoutPlan => buildPlan(doc, { fonts: fonts(), imageBytes: imageBytes(doc) });

const TEMPLATE = { path: 'templates/van-ban.docx', bytes: new Uint8Array(readFileSync('templates/van-ban.docx')) };

export const renderDocx = (doc: Document): Buffer => writeDocx(planOf(doc), TEMPLATE);
export const renderPdf = (doc: Document): Promise<Uint8Array> => writePdf(planOf(doc), fonts());
export const renderHtml = (doc: Document, fontUrl = (file: string) => `../_phong/${file}`): string => writeHtml(planOf(doc), { fontUrl });
