/**
 * Zip files written byte by byte, so that a test can make what no zip library would: a bomb (a few MB
 * that inflate to GB), headers that lie about an entry's size, zip64 markers, truncated directories.
 */
import { crc32, deflateRawSync, constants } from 'node:zlib';

export interface CraftedEntry {
  name: string;
  /** The entry's data as stored in the zip (already deflated when `method` is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** What the headers declare (defaults: the real values). */
  size?: number;
  crc?: number;
  flags?: number;
  /** Extra field of the central directory record. */
  extra?: Uint8Array;
}

/** An entry deflated from `content`, declaring its true size and CRC. */
export function deflated(name: string, content: string | Uint8Array): CraftedEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

const MIB = 1024 * 1024;

/**
 * A raw deflate stream that inflates to `mib` MiB of zeros, made without ever holding them: one MiB
 * deflated with a full flush (byte-aligned, fresh dictionary) repeated, then an empty final block.
 */
export function zerosDeflated(mib: number): Uint8Array {
  const segment = deflateRawSync(Buffer.alloc(MIB), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => segment), Buffer.from([0x03, 0x00])]);
}

/** The CRC-32 of `mib` MiB of zeros. */
export function zerosCrc(mib: number): number {
  const chunk = Buffer.alloc(MIB);
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(chunk, crc);
  return crc;
}

/** A zip of the entries, in order, with a central directory and its end record. */
export function craftZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 0;
    const size = e.size ?? e.data.length;
    const crc = e.crc ?? (method === 0 ? crc32(e.data) : 0);
    const flags = e.flags ?? 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(Math.min(e.data.length, 0xffffffff), 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const extra = e.extra ?? new Uint8Array();
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(Math.min(e.data.length, 0xffffffff), 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name, Buffer.from(extra));
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
