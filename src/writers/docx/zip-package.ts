/**
 * A DOCX package as pizzip zips it, kept as bytes: each entry's local record, compressed data and
 * central record. A document's package is the filled template's with a few entries put in (document.xml;
 * with images, the media and the parts that name them): only those are compressed, by Node's zlib (four
 * times as fast as pizzip's JavaScript deflate), with the headers pizzip writes; the package holds
 * what pizzip's would (test/writers/docx-filled-template.test.ts). zlib's version is part of the
 * program's (build/version.ts): another zlib may compress to other bytes, so it rebuilds every document.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { CENTRAL, END, END_SIZE, endRecord, LOCAL } from './zip-reader.ts';

export interface PackedEntry {
  name: string;
  /** The local file header with the name (pizzip writes no extra field for a plain name). */
  local: Buffer;
  data: Uint8Array;
  /** The central directory record, its local header offset to be set when the package is written. */
  central: Buffer;
}

const DEFLATE = 8;
/** What pizzip writes: version needed 1.0; made by DOS 2.0. */
const VERSION_NEEDED = 0x000a;
const MADE_BY = 0x0014;

export interface Package {
  entries: PackedEntry[];
  /** The zip's comment (pizzip keeps a template's). */
  comment: Buffer;
}

/** A package pizzip made (the filled template), its entries in their order; none is inflated. */
export function readPackage(zip: Uint8Array): Package {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endRecord(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: PackedEntry[] = [];
  for (let i = 0; i < count; i++) {
    const centralSize = 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const localSize = 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const dataStart = local + localSize;
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28)),
      local: bytes.subarray(local, dataStart),
      data: bytes.subarray(dataStart, dataStart + bytes.readUInt32LE(at + 20)),
      central: bytes.subarray(at, at + centralSize),
    });
    at += centralSize;
  }
  return { entries, comment: bytes.subarray(end + END_SIZE) };
}

/** DOS time and date of `date` read as local time, as pizzip writes them. */
function dosDateTime(date: Date): [number, number] {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return [time, day];
}

/** An entry of `content`, deflated, with the headers pizzip writes for a file it is given (`name`: ASCII). */
export function packedEntry(name: string, content: Uint8Array, date: Date): PackedEntry {
  // pizzip adds a Unicode path field for other names; the writer's own part names are ASCII.
  if (!/^[\x20-\x7e]+$/.test(name)) throw new Error(`part name not ASCII: ${name}`);
  const data = deflateRawSync(content);
  const [time, day] = dosDateTime(date);
  const header = Buffer.alloc(26);
  header.writeUInt16LE(VERSION_NEEDED, 0);
  header.writeUInt16LE(0, 2);
  header.writeUInt16LE(DEFLATE, 4);
  header.writeUInt16LE(time, 6);
  header.writeUInt16LE(day, 8);
  header.writeUInt32LE(crc32(content), 10);
  header.writeUInt32LE(data.length, 14);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt16LE(name.length, 22);
  header.writeUInt16LE(0, 24);
  const nameBytes = Buffer.from(name, 'latin1');
  const local = Buffer.concat([signature(LOCAL), header, nameBytes]);
  const made = Buffer.alloc(2);
  made.writeUInt16LE(MADE_BY);
  // comment length, disk, internal and external attributes, local header offset: all 0 until written.
  const central = Buffer.concat([signature(CENTRAL), made, header, Buffer.alloc(14), nameBytes]);
  return { name, local, data, central };
}

function signature(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
}

/** An entry's content as text (the method is in its local header, at 8: stored or deflated). */
export function inflatedText(entry: PackedEntry): string {
  const stored = entry.local.readUInt16LE(8) === 0;
  return (stored ? Buffer.from(entry.data) : inflateRawSync(entry.data)).toString('utf8');
}

/** The zip of the package's entries, in their order. */
export function writePackage({ entries, comment }: Package): Buffer {
  const parts: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const central = Buffer.from(entry.central);
    central.writeUInt32LE(offset, 42);
    centrals.push(central);
    parts.push(entry.local, entry.data);
    offset += entry.local.length + entry.data.length;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...parts, ...centrals, end, comment], offset + centralSize + END_SIZE + comment.length);
}
