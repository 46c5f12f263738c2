import PizZip from 'pizzip';
import { FIXED_ZIP_DATE } from './index.ts';

/** Zips template parts in a fixed order with a fixed date, so the .docx is reproducible. */
export function zipTemplateParts(parts: Record<string, string>): Buffer {
  const zip = new PizZip();
  for (const name of Object.keys(parts).sort()) zip.file(name, parts[name], { date: FIXED_ZIP_DATE });
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
