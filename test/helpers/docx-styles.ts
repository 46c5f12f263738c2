/** The paragraph styles a written DOCX uses, by name, after checking that every XML part of it parses. */
import PizZip from 'pizzip';
import { DOMParser } from '@xmldom/xmldom';
import { expect } from 'vitest';

/** Every XML part of a DOCX parses; the names of the paragraph styles its body and header use, in order. */
export function styleNamesUsed(docx: Uint8Array): string[] {
  const zip = new PizZip(docx);
  const parse = (name: string) => {
    const errors: string[] = [];
    const dom = new DOMParser({ onError: (level, message) => errors.push(`${name} ${level}: ${message}`) }).parseFromString(zip.file(name)!.asText(), 'text/xml');
    expect(errors).toEqual([]);
    return dom;
  };
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) parse(name);
  const names = new Map<string, string>();
  for (const style of parse('word/styles.xml').getElementsByTagName('w:style')) {
    if (style.getAttribute('w:type') === 'paragraph') names.set(style.getAttribute('w:styleId')!, style.getElementsByTagName('w:name')[0].getAttribute('w:val')!);
  }
  const parts = ['word/document.xml', ...Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).sort()];
  const used = parts.flatMap((part) => Array.from(parse(part).getElementsByTagName('w:pStyle'), (s) => s.getAttribute('w:val')!));
  return used.map((id) => names.get(id) ?? `(không có kiểu "${id}")`);
}
