/**
 * A small zip reader for files from users (a DOCX template), which never inflates more than it allows:
 * the central directory is read and held to the limits before any entry is inflated, and an entry is
 * inflated to its declared size at most, then must match that size and its CRC. Only what a DOCX needs:
 * stored or deflated entries; zip64, encryption and split archives are refused.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalSize: number;
  maxEntrySize: number;
  /** Largest uncompressed/compressed ratio, for entries declaring more than `ratioFrom` bytes. */
  maxRatio: number;
  ratioFrom: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's compressed data starts in the file. */
  dataOffset: number;
  date: Date;
}

/** What is wrong with a zip, in Vietnamese, without the file's name (the caller knows what the file is). */
export class ZipError extends Error {
  constructor(
    message: string,
    /** True when a limit was passed (the file is too big), false when the file is damaged. */
    readonly limit: boolean,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

export const END = 0x06054b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
export const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;

const damaged = (what: string) => new ZipError(what, false);
const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`.replace('.', ',');

/** The end-of-central-directory record: the last one whose comment runs exactly to the end of the file. */
export function endRecord(bytes: Buffer): number {
  for (let at = bytes.length - END_SIZE; at >= Math.max(0, bytes.length - END_SIZE - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END && at + END_SIZE + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  throw damaged('không tìm thấy mục lục của tệp nén (tệp bị cắt cụt, hoặc không phải tệp nén zip)');
}

/** DOS date and time, as local time (as zip tools write them). */
function dosDate(date: number, time: number): Date {
  return new Date(1980 + (date >> 9), ((date >> 5) & 0xf) - 1, date & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2);
}

/** The entries of the zip, checked against the limits; nothing is inflated. */
export function readZipDirectory(data: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < END_SIZE) throw damaged('tệp quá ngắn để là tệp nén zip');
  const end = endRecord(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if ((end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR) || count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ZipError('tệp dùng dạng zip64 (dành cho tệp trên 4 GB), một mẫu văn bản không cần đến', true);
  }
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0 || bytes.readUInt16LE(end + 8) !== count) throw damaged('tệp nén bị chia thành nhiều phần');
  if (count > limits.maxEntries) throw new ZipError(`tệp có ${count} mục, quá giới hạn ${limits.maxEntries} mục`, true);
  if (directoryOffset + directorySize > end) throw damaged('mục lục của tệp nén nằm ngoài tệp');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > end || bytes.readUInt32LE(at) !== CENTRAL) throw damaged('mục lục của tệp nén bị hỏng');
    const entry = centralEntry(bytes, at, directoryOffset);
    entries.push(entry);
    at += CENTRAL_SIZE + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  checkEntries(entries, limits);
  return entries;
}

function centralEntry(bytes: Buffer, at: number, directoryOffset: number): ZipEntry {
  const flags = bytes.readUInt16LE(at + 8);
  const method = bytes.readUInt16LE(at + 10);
  const compressedSize = bytes.readUInt32LE(at + 20);
  const size = bytes.readUInt32LE(at + 24);
  const nameLength = bytes.readUInt16LE(at + 28);
  const local = bytes.readUInt32LE(at + 42);
  const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
    throw new ZipError(`mục "${name}" dùng dạng zip64 (dành cho tệp trên 4 GB), một mẫu văn bản không cần đến`, true);
  }
  if (flags & 0x1) throw damaged(`mục "${name}" được mã hóa (đặt mật khẩu)`);
  if (method !== 0 && method !== 8) throw damaged(`mục "${name}" được nén theo cách không hỗ trợ (mã ${method})`);
  if (local + LOCAL_SIZE > directoryOffset || bytes.readUInt32LE(local) !== LOCAL) throw damaged(`mục "${name}" không có ở vị trí mục lục ghi`);
  const dataOffset = local + LOCAL_SIZE + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (dataOffset + compressedSize > directoryOffset) throw damaged(`dữ liệu của mục "${name}" vượt ra ngoài tệp`);
  const date = dosDate(bytes.readUInt16LE(at + 14), bytes.readUInt16LE(at + 12));
  return { name, method, crc: bytes.readUInt32LE(at + 16), compressedSize, size, dataOffset, date };
}

/** Deflate never grows data by more than a few bytes a block: more means the declared size lies. */
const mostCompressed = (size: number) => size + 5 * Math.ceil(size / 16_000) + 64;

function checkEntries(entries: ZipEntry[], limits: ZipLimits): void {
  const names = new Set<string>();
  let total = 0;
  for (const e of entries) {
    if (names.has(e.name)) throw damaged(`mục "${e.name}" có hai lần`);
    names.add(e.name);
    total += e.size;
    if (e.size > limits.maxEntrySize) throw new ZipError(`mục "${e.name}" giải nén ra ${mb(e.size)}, quá giới hạn ${mb(limits.maxEntrySize)} một mục`, true);
    if (e.size > limits.ratioFrom && e.size > limits.maxRatio * e.compressedSize) {
      throw new ZipError(`mục "${e.name}" nén ${Math.floor(e.size / Math.max(1, e.compressedSize))} lần (${mb(e.compressedSize)} giải nén ra ${mb(e.size)}), quá giới hạn ${limits.maxRatio} lần: dấu hiệu của “bom nén”`, true);
    }
    if (e.method === 0 ? e.compressedSize !== e.size : e.compressedSize > mostCompressed(e.size)) {
      throw damaged(`mục "${e.name}" ghi kích thước ${e.size} byte nhưng chứa ${e.compressedSize} byte dữ liệu nén`);
    }
  }
  if (total > limits.maxTotalSize) throw new ZipError(`các mục giải nén ra tổng cộng ${mb(total)}, quá giới hạn ${mb(limits.maxTotalSize)}`, true);
  const byPlace = [...entries].sort((a, b) => a.dataOffset - b.dataOffset);
  for (let i = 1; i < byPlace.length; i++) {
    if (byPlace[i - 1].dataOffset + byPlace[i - 1].compressedSize > byPlace[i].dataOffset - LOCAL_SIZE) throw damaged(`mục "${byPlace[i].name}" chồng lên mục "${byPlace[i - 1].name}"`);
  }
}

/** The entry's content: inflated to its declared size at most, then checked against that size and its CRC. */
export function readZipEntry(data: Uint8Array, entry: ZipEntry): Buffer {
  const stored = Buffer.from(data.buffer, data.byteOffset + entry.dataOffset, entry.compressedSize);
  let content: Buffer;
  try {
    content = entry.method === 0 ? Buffer.from(stored) : inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    throw damaged(`mục "${entry.name}" giải nén ra nhiều hơn kích thước nó ghi, hoặc dữ liệu nén bị hỏng`);
  }
  if (content.length !== entry.size || crc32(content) !== entry.crc) throw damaged(`mục "${entry.name}" giải nén ra khác với kích thước hoặc mã kiểm tra (CRC) nó ghi`);
  return content;
}
