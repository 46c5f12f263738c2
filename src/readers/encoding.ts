/**
 * Bytes of a data file → its text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are read. Anything else is an error that says what the file is and how to fix it:
 * the legacy Vietnamese encodings still common in offices (Windows-1258, TCVN3 also called ABC, VNI)
 * are recognised — by the bytes, or, in a UTF-8 file, by the Latin-1 letters that text typed in a
 * TCVN3 or VNI font becomes when it is copied out ("Céng hoµ", "Coäng hoøa") — and the message names
 * the command that converts the file (`npm run chuyen-ma`).
 */
import iconv from 'iconv-lite';
import { DocumentError } from '../core/errors.ts';
import { sha256 } from '../core/hash.ts';
import { CP1252_80_9F, TCVN3_CHARS } from './legacy-tables.ts';
import { decodeVni } from './legacy-vni.ts';
import { vietnameseScore, wordIsVietnamese } from './vietnamese.ts';

export type Legacy = 'windows-1258' | 'tcvn3' | 'vni' | 'utf-16le' | 'utf-16be';

/** The names staff know the encodings by. */
export const ENCODING_NAMES: Record<Legacy, string> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI (phông VNI-Times)',
  'utf-16le': 'UTF-16 không có dấu BOM',
  'utf-16be': 'UTF-16 không có dấu BOM',
};

export type Reading =
  /** Text the build can read. */
  | { ok: true; text: string }
  /** Text in another encoding: `text` is the file converted; `line` the first line that shows it. */
  | { ok: false; encoding: Legacy; text: string; line: number; pasted: boolean }
  /** Not UTF-8 and no encoding recognised: `line` has the first byte that is not UTF-8. */
  | { ok: false; encoding?: undefined; line: number };

export const CONVERT_COMMAND = 'npm run chuyen-ma --';

/**
 * Texts an earlier run found clean (UTF-8 or UTF-16 with no legacy text pasted in), by the hash of their
 * bytes: the search for pasted TCVN3 or VNI words costs 20–40 ms for a registry or a content template on
 * a cold start, and these files seldom change. The build gives one (build/clean-texts.ts); none by default.
 */
export interface CleanTexts {
  has(hash: string): boolean;
  add(hash: string): void;
}

let cleanTexts: CleanTexts | undefined;

export function useCleanTexts(texts: CleanTexts | undefined): void {
  cleanTexts = texts;
}

/** The file's text, or a DocumentError that says what the file is and how to fix it. */
export function decodeText(bytes: Uint8Array, path: string): string {
  const hash = cleanTexts && sha256(bytes);
  const known = hash !== undefined && cleanTexts!.has(hash);
  const reading = readText(bytes, known);
  if (reading.ok) {
    if (hash !== undefined && !known) cleanTexts!.add(hash);
    return reading.text;
  }
  throw new DocumentError([{ severity: 'loi', file: path, line: reading.line, message: encodingMessage(reading, path) }]);
}

export function encodingMessage(reading: Exclude<Reading, { ok: true }>, path: string): string {
  const fix = `Chuyển tệp sang UTF-8 bằng lệnh: ${CONVERT_COMMAND} "${path}" (tệp cũ được giữ lại, đổi tên thành "${path}.bak"), rồi tạo lại văn bản.`;
  if (!reading.encoding) {
    return (
      'tệp không lưu bằng mã UTF-8: dòng này có byte không đọc được, và không nhận ra bảng mã nào của tiếng Việt (Windows-1258, TCVN3, VNI). ' +
      'Mở tệp bằng trình soạn thảo (Notepad, VS Code), lưu lại với bảng mã UTF-8, kiểm tra lại dòng này rồi chạy lại.'
    );
  }
  const sample = excerpt(reading.text.split('\n')[reading.line - 1] ?? '');
  const name = ENCODING_NAMES[reading.encoding];
  if (reading.pasted) return `tệp có chữ gõ bằng bảng mã cũ ${name}, chép sang mà không chuyển mã: dòng này đọc đúng là "${sample}". ${fix}`;
  return `tệp được lưu bằng bảng mã ${name}, không phải UTF-8: dòng này đọc đúng là "${sample}". ${fix}`;
}

const excerpt = (line: string): string => {
  const text = line.trim();
  return text.length <= 60 ? text : `${text.slice(0, 60).replace(/\s+\S*$/, '')}…`;
};

/** What the bytes are: readable text, or what they were found to be. `clean`: known to have no legacy text pasted in. */
export function readText(bytes: Uint8Array, clean = false): Reading {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return readUtf8(buffer.subarray(3), clean);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return readUnicode(iconv.decode(buffer.subarray(2), 'utf-16le'), clean);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return readUnicode(iconv.decode(buffer.subarray(2), 'utf-16be'), clean);
  const utf16 = utf16WithoutMark(buffer);
  if (utf16) return { ok: false, encoding: utf16, text: iconv.decode(buffer, utf16).normalize('NFC'), line: 1, pasted: false };
  return readUtf8(buffer, clean);
}

/** UTF-8 bytes (after the byte-order mark, which does not change line numbers); else a legacy encoding. */
function readUtf8(buffer: Buffer, clean: boolean): Reading {
  const bad = firstInvalidUtf8(buffer);
  if (bad < 0) return readUnicode(buffer.toString('utf8'), clean);
  const line = lineAt(buffer, bad);
  const legacy = bestLegacy(buffer);
  return legacy ? { ok: false, encoding: legacy.encoding, text: legacy.text, line, pasted: false } : { ok: false, line };
}

function readUnicode(text: string, clean: boolean): Reading {
  const pasted = clean ? undefined : pastedLegacy(text);
  return pasted ? { ok: false, ...pasted, pasted: true } : { ok: true, text };
}

const lineAt = (buffer: Buffer, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buffer[i] === 0x0a) line++;
  return line;
};

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence; -1 if none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (length === 0) return i;
    let code = lead & (0x3f >> length);
    for (let k = 1; k <= length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    const least = [0, 0x80, 0x800, 0x10000][length];
    if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length + 1;
  }
  return -1;
}

/** UTF-16 without a byte-order mark: text whose every other byte is mostly zero (the high byte of ASCII). */
function utf16WithoutMark(buffer: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(buffer.length, 4096) / 2);
  if (pairs < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (buffer[2 * i] === 0) evenZeros++;
    if (buffer[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The share of words a decoding must make Vietnamese to be taken for the file's encoding. */
const ENOUGH = 0.7;

/** The legacy encoding that reads the bytes as the most Vietnamese text, if one reads it well enough. */
function bestLegacy(buffer: Buffer): { encoding: Legacy; text: string } | undefined {
  const candidates: { encoding: Legacy; text: string }[] = [
    { encoding: 'windows-1258', text: iconv.decode(buffer, 'windows-1258').normalize('NFC') },
    { encoding: 'tcvn3', text: iconv.decode(buffer, 'tcvn').normalize('NFC') },
    { encoding: 'vni', text: decodeVni(iconv.decode(buffer, 'windows-1252')) },
  ];
  const scored = candidates.map((c) => ({ ...c, score: vietnameseScore(c.text) })).filter((c) => c.score.words > 0 && c.score.vietnamese >= c.score.words * ENOUGH);
  scored.sort((a, b) => b.score.vietnamese - a.score.vietnamese);
  return scored[0];
}

/** Each Windows-1252 character → its byte (U+0080–U+009F too, as some programs copy them). */
const CP1252_BYTES = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  CP1252_BYTES.set(String.fromCharCode(byte), byte);
  const char = byte < 0xa0 ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
  if (char !== '\ufffd') CP1252_BYTES.set(char, byte);
}

/** Text of Windows-1252 characters → the bytes they are; undefined if a character is not one. */
function cp1252Bytes(text: string): number[] | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    const byte = code < 0x80 ? code : CP1252_BYTES.get(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  return bytes;
}

/** Text whose characters are TCVN3 bytes read as Windows-1252, reread as TCVN3. */
const tcvn3Text = (bytes: number[]): string => bytes.map((byte) => TCVN3_CHARS[byte]).join('').normalize('NFC');

/** How text copied out of a TCVN3 or VNI document reads: its characters are the legacy bytes. */
interface Rereading {
  encoding: 'tcvn3' | 'vni';
  reread(text: string): string | undefined;
}

const REREADINGS: Rereading[] = [
  {
    encoding: 'tcvn3',
    reread: (text) => {
      const bytes = cp1252Bytes(text);
      return bytes && tcvn3Text(bytes);
    },
  },
  { encoding: 'vni', reread: (text) => (cp1252Bytes(text) ? decodeVni(text) : undefined) },
];

/** What rereading a word does: 1 makes it Vietnamese, 2 spoils a Vietnamese word, 0 neither (undefined: it tells nothing). */
type WordEffect = 0 | 1 | 2 | undefined;

/** Words repeat: the effect of each word is worked out once per rereading (the cache is emptied when it grows large). */
const wordEffects = new Map<string, WordEffect>();
const MAX_CACHED_WORDS = 100_000;

function wordEffect(word: string, encoding: string, reread: (text: string) => string | undefined): WordEffect {
  const key = `${encoding}\0${word}`;
  if (wordEffects.has(key)) return wordEffects.get(key);
  const before = wordIsVietnamese(word);
  let effect: WordEffect;
  if (before !== undefined) {
    const text = reread(word);
    const after = text === undefined ? undefined : wordIsVietnamese(text);
    effect = !before && after ? 1 : before && !after ? 2 : 0;
  }
  if (wordEffects.size >= MAX_CACHED_WORDS) wordEffects.clear();
  wordEffects.set(key, effect);
  return effect;
}

/**
 * Per line: how many words a rereading makes Vietnamese that were not (`fixed`), and the evidence
 * against it: Vietnamese words it would spoil, and Vietnamese words it cannot reread at all (they hold
 * letters such as ộ, ư, đ that no legacy text read as Latin-1 has), which only Unicode text has.
 */
function lineEffect(line: string, { encoding, reread }: Rereading): { fixed: number; against: number } {
  let fixed = 0;
  let against = 0;
  for (const word of line.split(/\s+/)) {
    const effect = wordEffect(word, encoding, reread);
    if (effect === 1) fixed++;
    if (effect === 2) against++;
  }
  return { fixed, against };
}

/**
 * Text copied out of a TCVN3 or VNI document into a UTF-8 file: words that are not Vietnamese and
 * that the rereading makes Vietnamese, two or more on a line (or three in the file), three times as
 * many as the words against it. The lines where the rereading wins are converted.
 */
function pastedLegacy(text: string): { encoding: 'tcvn3' | 'vni'; text: string; line: number } | undefined {
  if (!/[\u0080-\u00ff]/.test(text)) return undefined;
  const lines = text.split('\n');
  let best: (Rereading & { fixed: number; line: number }) | undefined;
  for (const rereading of REREADINGS) {
    const { encoding, reread } = rereading;
    const effects = lines.map((line) => lineEffect(line, rereading));
    const fixed = effects.reduce((n, e) => n + e.fixed, 0);
    const against = effects.reduce((n, e) => n + e.against, 0);
    const lineShows = effects.findIndex((e) => e.fixed >= 2 && e.fixed >= 3 * e.against);
    const found = lineShows >= 0 || (fixed >= 3 && fixed >= 3 * against);
    if (found && fixed > (best?.fixed ?? 0)) best = { encoding, fixed, line: (lineShows >= 0 ? lineShows : effects.findIndex((e) => e.fixed > 0)) + 1, reread };
  }
  if (!best) return undefined;
  const { reread } = best;
  const converted = lines.map((line) => {
    const effect = lineEffect(line, best);
    return effect.fixed >= effect.against ? line.replace(/\S+/g, (word) => reread(word) ?? word) : line;
  });
  return { encoding: best.encoding, text: converted.join('\n'), line: best.line };
}
