/**
 * The DOCX template filled by docxtemplater with marks where a document's content goes: made once per
 * template (and kept with the prepared template in the cache, src/build/template-cache.ts), then each
 * document puts its XML in place of the marks (index.ts).
 */
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { LAST_SECTION_FIELD, type PreparedTemplate } from './template.ts';
import { CONTENT_FIELD } from './template-parts.ts';
import { unknownTagError } from './template-tags.ts';

/** Zip entry date for reproducible files (pizzip stamps rewritten entries with "now" otherwise). */
export const FIXED_ZIP_DATE = new Date(2020, 2, 5, 0, 0, 0);

/**
 * Where docxtemplater puts a document's content and its last section: raw XML it inserts as given, which
 * no generated XML holds (an XML comment; text is escaped), replaced by each document's own.
 */
export const CONTENT_MARK = '<!--van-ban:noi-dung-->';
export const LAST_SECTION_MARK = '<!--van-ban:trang-cuoi-->';

/**
 * pizzip's zip of `bytes`, stamping every entry it rewrites with FIXED_ZIP_DATE (set at each use, not
 * at load: pizzip is loaded on its first use, bin/compile.mjs).
 */
export function fixedDateZip(bytes: Uint8Array): PizZip {
  (PizZip as unknown as { defaults: { date: Date } }).defaults.date = FIXED_ZIP_DATE;
  return new PizZip(bytes);
}

export interface FilledTemplate {
  /** The package docxtemplater made, zipped: a document's zip reuses its compressed parts. */
  bytes: Uint8Array;
  documentXml: string;
}

const filledTemplates = new WeakMap<PreparedTemplate, FilledTemplate>();

/**
 * The template filled by docxtemplater once per template and run, with marks where the content goes;
 * filling it again for every document (parsing every part, zipping them all again) took a third of the
 * time a DOCX takes.
 */
export function filledTemplate(template: PreparedTemplate): FilledTemplate {
  let filled = filledTemplates.get(template);
  if (filled) return filled;
  const zip = fixedDateZip(template.bytes);
  zip.file('word/document.xml', template.documentXml, { date: FIXED_ZIP_DATE });
  const docx = new Docxtemplater(zip, {
    paragraphLoop: true,
    // docxtemplater prints its errors as JSON with a stack unless told not to; ours say it in Vietnamese.
    errorLogging: false,
    nullGetter: (part) => {
      throw unknownTagError(template.path, String(part.value));
    },
  });
  docx.render({ [CONTENT_FIELD]: CONTENT_MARK, [LAST_SECTION_FIELD]: LAST_SECTION_MARK });
  const out = docx.getZip();
  filled = { bytes: out.generate({ type: 'uint8array', compression: 'DEFLATE' }), documentXml: out.file('word/document.xml')!.asText() };
  filledTemplates.set(template, filled);
  return filled;
}

/** A filling made by an earlier run (build/template-cache.ts), taken as this template's. */
export function rememberFilled(template: PreparedTemplate, filled: FilledTemplate): void {
  filledTemplates.set(template, filled);
}
