/** Whether a written DOCX or PDF would open: every XML part of a DOCX parses strictly; a PDF loads. */
import { DOMParser } from '@xmldom/xmldom';
import { PDFDocument } from '@cantoo/pdf-lib';
import PizZip from 'pizzip';

/** What is wrong with a DOCX's zip or XML parts (empty when every part parses). */
export function docxProblems(docx: Uint8Array): string[] {
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch (e) {
    return [`zip: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  if (!parts.includes('word/document.xml')) problems.push('no word/document.xml');
  for (const name of parts) {
    const onError = (level: string, message: string) => problems.push(`${name} ${level}: ${message}`);
    new DOMParser({ onError }).parseFromString(zip.file(name)!.asText(), 'text/xml');
  }
  return problems;
}

/** Why a PDF does not load (empty when it does and has a page). */
export async function pdfProblems(pdf: Uint8Array): Promise<string[]> {
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    return doc.getPageCount() > 0 ? [] : ['no page'];
  } catch (e) {
    return [`pdf: ${(e as Error).message}`];
  }
}
