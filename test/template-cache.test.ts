/**
 * The DOCX template prepared once and kept for the next runs (src/build/template-cache.ts): a kept
 * preparation gives the very DOCX a fresh one gives; a damaged or foreign cache file is not used; a
 * template that fails its checks is never kept; VAN_BAN_CACHE=0 keeps nothing.
 */
import { readdirSync, readFileSync, realpathSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/core/hash.ts';
import { cacheFolder } from '../src/build/cache-folder.ts';
import { KEPT_TEMPLATES, prepareTemplateCached } from '../src/build/template-cache.ts';
import { prepareTemplate, TemplateError, writeDocx } from '../src/writers/docx/index.ts';
import { buildFile, planOf } from './helpers/build.ts';
import { scratchDir } from './helpers/scratch.ts';

const DEFAULT = new Uint8Array(readFileSync('templates/van-ban.docx'));
const templateOf = (bytes: Uint8Array, path = 'templates/van-ban.docx') => ({ path, bytes: new Uint8Array(bytes), sha256: sha256(bytes) });
const keptFiles = (folder: string) => readdirSync(folder).filter((f) => f.startsWith('mau-docx-'));

describe('DOCX template kept between runs', () => {
  it('a kept preparation gives the same DOCX, byte for byte, as a fresh one', () => {
    const folder = scratchDir('vbtd-cache-');
    const plan = planOf(buildFile('data/2025/chi-thi-thi-dua-2025.md'));
    const fresh = writeDocx(plan, templateOf(DEFAULT));
    prepareTemplateCached(templateOf(DEFAULT), folder);
    expect(keptFiles(folder)).toHaveLength(1);
    const second = templateOf(DEFAULT);
    const kept = prepareTemplateCached(second, folder);
    expect(kept).toEqual({ ...prepareTemplate(templateOf(DEFAULT)), bytes: kept.bytes });
    expect(Buffer.from(kept.bytes).equals(Buffer.from(prepareTemplate(templateOf(DEFAULT)).bytes))).toBe(true);
    expect(writeDocx(plan, second).equals(fresh)).toBe(true);
  });

  it('a damaged cache file is not used: the template is prepared again, and the file replaced', () => {
    const folder = scratchDir('vbtd-cache-');
    prepareTemplateCached(templateOf(DEFAULT), folder);
    const file = join(folder, keptFiles(folder)[0]);
    const good = readFileSync(file);
    const parts = good.indexOf(0x0a) + 1;
    const damagedParts = Buffer.from(good).fill(0x41, parts + 100, parts + 110);
    for (const damaged of [good.subarray(0, good.length - 10), Buffer.from(good).fill(0x41, good.length - 5), damagedParts, Buffer.from('{"format":1}\n'), Buffer.alloc(0)]) {
      writeFileSync(file, damaged);
      const ready = prepareTemplateCached(templateOf(DEFAULT), folder);
      expect(Buffer.from(ready.bytes).equals(Buffer.from(prepareTemplate(templateOf(DEFAULT)).bytes))).toBe(true);
      expect(readFileSync(file).equals(good)).toBe(true);
    }
  });

  it('the template filled with the marks is kept too: a run that finds it does not fill the template again', () => {
    const folder = scratchDir('vbtd-cache-');
    prepareTemplateCached(templateOf(DEFAULT), folder);
    const file = join(folder, keptFiles(folder)[0]);
    const data = readFileSync(file);
    const end = data.indexOf(0x0a);
    const header = JSON.parse(data.subarray(0, end).toString('utf8'));
    // A kept filling told apart from a fresh one by a comment before the content mark.
    header.filledXml = header.filledXml.replace('<!--van-ban:noi-dung-->', '<!--giu-lai--><!--van-ban:noi-dung-->');
    writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), data.subarray(end + 1)]));
    const template = templateOf(DEFAULT);
    prepareTemplateCached(template, folder);
    const docx = new PizZip(writeDocx(planOf(buildFile('data/2025/chi-thi-thi-dua-2025.md')), template));
    expect(docx.file('word/document.xml')!.asText()).toContain('<!--giu-lai-->');
  });

  it('a template that fails its checks is refused every time and never kept', () => {
    const folder = scratchDir('vbtd-cache-');
    const broken = templateOf(new TextEncoder().encode('không phải tệp DOCX'), 'mau.docx');
    for (let run = 0; run < 2; run++) expect(() => prepareTemplateCached(broken, folder)).toThrow(TemplateError);
    expect(keptFiles(folder)).toEqual([]);
  });

  it('keeps the most recent templates only', () => {
    const folder = scratchDir('vbtd-cache-');
    const old = new Date('2020-01-01');
    for (let i = 0; i < KEPT_TEMPLATES + 4; i++) {
      const path = join(folder, `mau-docx-${String(i).padStart(32, '0')}.bin`);
      writeFileSync(path, 'cu');
      utimesSync(path, old, old);
    }
    prepareTemplateCached(templateOf(DEFAULT), folder);
    const kept = keptFiles(folder);
    expect(kept).toHaveLength(KEPT_TEMPLATES);
    expect(kept.filter((f) => !f.startsWith('mau-docx-0000'))).toHaveLength(1);
  });

  it('VAN_BAN_CACHE chooses the folder, or turns the cache off with 0; by default it is in node_modules/.cache', () => {
    expect(cacheFolder({ VAN_BAN_CACHE: '0' })).toBeUndefined();
    expect(cacheFolder({ VAN_BAN_CACHE: '/tmp/noi-khac' })).toBe('/tmp/noi-khac');
    expect(cacheFolder({})).toBe(join(realpathSync('node_modules'), '.cache', 'van-ban'));
  });
});
