/** Writes the DOCX layout template's XML parts (templates/van-ban/) and zips them into templates/van-ban.docx. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { templateParts } from '../src/writers/docx/template-parts.ts';
import { zipTemplateParts } from '../src/writers/docx/template-zip.ts';

const partsDir = 'templates/van-ban';
const parts = templateParts();
for (const [name, content] of Object.entries(parts)) {
  const path = join(partsDir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
writeFileSync('templates/van-ban.docx', zipTemplateParts(parts));
console.log(`Đã ghi ${Object.keys(parts).length} phần XML vào ${partsDir}/ và templates/van-ban.docx`);
