/**
 * The DOCX template prepared once (unzipped, checked, zipped again: about a tenth of a second) and filled
 * by docxtemplater with the marks of a document's content (another 50 ms, and loading docxtemplater and
 * xmldom), kept for the next runs in node_modules/.cache/van-ban, under the hash of the template's bytes and of the
 * program. A cache file that is missing, damaged or from another program is not used: the template is
 * prepared again. Only a template that passed every check is kept. VAN_BAN_CACHE=0 turns the cache off;
 * VAN_BAN_CACHE=<folder> puts it elsewhere.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from '../core/hash.ts';
import { filledTemplate, rememberFilled, type FilledTemplate } from '../writers/docx/filled.ts';
import { prepareTemplate, rememberPrepared, type PreparedTemplate, type TemplateFile } from '../writers/docx/template.ts';
import { cacheFolder, pruneKept } from './cache-folder.ts';
import { makeFolder, writeFileAtomic } from './output.ts';
import { toolVersion } from './version.ts';

const FORMAT = 2;

interface CacheHeader {
  format: number;
  documentXml: string;
  headerRelId?: string;
  styleIds: PreparedTemplate['styleIds'];
  /** The zipped parts that follow the header line. */
  size: number;
  sha256: string;
  /** The template filled with the marks (filled.ts): its document.xml, and its zip, which follows the parts. */
  filledXml: string;
  filledSize: number;
  filledSha256: string;
}

interface Kept {
  ready: PreparedTemplate;
  filled: FilledTemplate;
}

/** The template prepared: from the cache when an earlier run kept it, else prepared now and kept (errors are thrown, as by prepareTemplate). */
export function prepareTemplateCached(template: TemplateFile & { sha256: string }, folder = cacheFolder()): PreparedTemplate {
  if (!folder) return prepareTemplate(template);
  const file = join(folder, `mau-docx-${sha256(`${FORMAT}\0${toolVersion()}\0${template.sha256}`).slice(0, 32)}.bin`);
  const kept = readKept(file, template.path);
  if (kept) {
    rememberPrepared(template, kept.ready);
    rememberFilled(kept.ready, kept.filled);
    return kept.ready;
  }
  const ready = prepareTemplate(template);
  keep(file, { ready, filled: filledTemplate(ready) });
  return ready;
}

function readKept(file: string, path: string): Kept | undefined {
  try {
    const data = readFileSync(file);
    const end = data.indexOf(0x0a);
    const header = JSON.parse(data.subarray(0, end).toString('utf8')) as CacheHeader;
    if (header.format !== FORMAT || typeof header.documentXml !== 'string' || typeof header.styleIds !== 'object' || typeof header.filledXml !== 'string') return undefined;
    if (data.length !== end + 1 + header.size + header.filledSize) return undefined;
    const bytes = new Uint8Array(data.subarray(end + 1, end + 1 + header.size));
    const filledBytes = new Uint8Array(data.subarray(end + 1 + header.size));
    if (sha256(bytes) !== header.sha256 || sha256(filledBytes) !== header.filledSha256) return undefined;
    const ready = { path, bytes, documentXml: header.documentXml, headerRelId: header.headerRelId, styleIds: header.styleIds };
    return { ready, filled: { bytes: filledBytes, documentXml: header.filledXml } };
  } catch {
    return undefined;
  }
}

/** Kept for the next runs if the folder can be written; a run that cannot keep it loses nothing. */
function keep(file: string, { ready, filled }: Kept): void {
  const header: CacheHeader = {
    format: FORMAT,
    documentXml: ready.documentXml,
    headerRelId: ready.headerRelId,
    styleIds: ready.styleIds,
    size: ready.bytes.length,
    sha256: sha256(ready.bytes),
    filledXml: filled.documentXml,
    filledSize: filled.bytes.length,
    filledSha256: sha256(filled.bytes),
  };
  try {
    makeFolder(dirname(file));
    writeFileAtomic(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ready.bytes, filled.bytes]));
    pruneKept(dirname(file), /^mau-docx-[0-9a-f]+\.bin$/, KEPT_TEMPLATES);
  } catch {
    // Not kept: the next run prepares the template again.
  }
}

/** How many prepared templates are kept: each version of the program, and each template a user names, makes one. */
export const KEPT_TEMPLATES = 16;
