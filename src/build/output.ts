/**
 * Atomic output: a file is written to a temporary name beside it, then renamed. A file that cannot be
 * written throws a WriteError, whose message says in Vietnamese why and what to do.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sha256 } from '../core/hash.ts';

/** The longest file name most file systems take, in bytes of UTF-8. */
const NAME_MAX = 255;

/** A file of the output that could not be written: `message` is Vietnamese, with the path and the fix. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
  ) {
    super(`không ghi được tệp "${path}": ${writeErrorVi(code, path)}`);
    this.name = 'WriteError';
  }
}

export const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

/** Why writing `path` failed with the system's error `code`, and what to do: in Vietnamese. */
export function writeErrorVi(code: string | undefined, path: string): string {
  const folder = dirname(path);
  /** The folder whose permissions or disk decide (the first that exists). */
  const deciding = existingFolder(folder);
  const elsewhere = 'hoặc chọn thư mục ra khác: --ra=<thư mục>';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `không có quyền ghi vào thư mục "${deciding}". Cấp quyền ghi cho thư mục này (nếu tệp đang mở trong Word hay trình đọc PDF thì đóng lại), ${elsewhere}.`;
    case 'READONLY':
      return 'tệp đang đặt chế độ chỉ đọc (có thể vì đang mở trong Word, trình đọc PDF, hoặc được khóa để giữ bản đã ban hành), nên giữ nguyên bản cũ. Đóng tệp hoặc bỏ thuộc tính chỉ đọc của tệp rồi chạy lại, hoặc chọn thư mục ra khác: --ra=<thư mục>.';
    case 'EBUSY':
      return 'tệp đang được một chương trình khác mở. Đóng tệp (trong Word, trình đọc PDF…) rồi chạy lại.';
    case 'EISDIR':
      return `đã có một thư mục trùng tên "${path}". Đổi tên hoặc xóa thư mục đó rồi chạy lại.`;
    case 'ENOTDIR':
    case 'EEXIST': {
      const file = blockingFile(path);
      return `"${file}" là một tệp nên không tạo được thư mục cùng tên để ghi vào. Đổi tên hoặc xóa tệp "${file}", ${elsewhere}.`;
    }
    case 'ENAMETOOLONG':
      return `tên tệp hoặc đường dẫn quá dài (tên một tệp tối đa ${NAME_MAX} byte; một chữ có dấu chiếm 2 đến 3 byte). Đặt tên tệp dữ liệu hoặc thư mục ngắn hơn.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `ổ đĩa đã hết chỗ trống. Giải phóng chỗ trên ổ đĩa rồi chạy lại, ${elsewhere} ở ổ đĩa khác.`;
    case 'EROFS':
      return `thư mục "${deciding}" nằm trên ổ đĩa chỉ đọc. Chọn thư mục ra ở ổ đĩa ghi được: --ra=<thư mục>.`;
    case 'ELOOP':
      return `đường dẫn có liên kết vòng (liên kết trỏ về chính nó). Sửa hoặc xóa liên kết trong "${folder}".`;
    case 'ENOENT':
      return `không tạo được thư mục "${folder}". Kiểm tra đường dẫn, ${elsewhere}.`;
    case 'EMFILE':
    case 'ENFILE':
      return 'máy đang mở quá nhiều tệp. Đóng bớt chương trình rồi chạy lại.';
    case 'EIO':
      return 'lỗi đọc ghi ổ đĩa. Kiểm tra ổ đĩa (hoặc kết nối tới ổ mạng) rồi chạy lại.';
    default:
      return `hệ thống không cho ghi (mã ${code ?? 'không rõ'}). Kiểm tra quyền ghi và chỗ trống của thư mục "${deciding}", ${elsewhere}.`;
  }
}

/** `folder`, or its nearest parent that exists. */
function existingFolder(folder: string): string {
  let p = folder;
  while (dirname(p) !== p && !existsSync(p)) p = dirname(p);
  return p;
}

/** The nearest of `path` and its parents that exists and is not a folder (or the folder of `path` if none is). */
function blockingFile(path: string): string {
  for (let p = path; p !== dirname(p); p = dirname(p)) {
    try {
      if (!statSync(p).isDirectory()) return p;
    } catch {
      // does not exist (or cannot be looked at): look higher
    }
  }
  return dirname(path);
}

const TEMP_END = /^\.\d+\.tmp$/;

/**
 * The temporary name beside `path`: `a.docx.<pid>.tmp`, or, if that name would be too long for the file
 * system, `<hash of the name>.<pid>.tmp`. It ends in `.tmp`, which no output does, so it never names an output.
 */
function tempStem(path: string): string {
  const name = basename(path);
  return Buffer.byteLength(`${name}.${process.pid}.tmp`) <= NAME_MAX ? name : sha256(name).slice(0, 16);
}

/** Makes `folder` and its parents; a failure is that of the first folder that could not be made (mkdir -p says ENOENT for any). */
export function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    if (codeOf(e) !== 'ENOENT') throw e;
    let missing = folder;
    while (dirname(missing) !== missing && !existsSync(dirname(missing))) missing = dirname(missing);
    mkdirSync(missing);
    throw e;
  }
}

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  writeFilesTogether([{ path, bytes }]);
}

/**
 * Writes a document's outputs all or none: each is written beside its place under a temporary name
 * first, and only when every one is there do they take their places. If one cannot be written, the
 * temporary files go and the outputs of the last good build stay as they were.
 */
export function writeFilesTogether(files: readonly { path: string; bytes: Uint8Array }[]): void {
  const staged: { path: string; temp: string }[] = [];
  const fail = (path: string, e: unknown): never => {
    for (const s of staged) removeIfExists(s.temp);
    throw new WriteError(path, codeOf(e));
  };
  for (const { path, bytes } of files) {
    const temp = join(dirname(path), `${tempStem(path)}.${process.pid}.tmp`);
    try {
      const present = existing(path);
      if (present?.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
      if (present && isReadOnly(present)) throw Object.assign(new Error(), { code: 'READONLY' });
      staged.push({ path, temp });
      writeMakingFolder(temp, bytes);
    } catch (e) {
      fail(path, e);
    }
  }
  for (const { path, temp } of staged) {
    try {
      renameSync(temp, path);
    } catch (e) {
      fail(path, e);
    }
  }
}

/**
 * An output file nobody may write (no write bit): someone locked it, or Windows marks a file open in
 * Word so. Renaming over it would work on Linux and macOS, so it is refused here alike everywhere.
 */
const isReadOnly = (stat: Stats): boolean => (stat.mode & 0o222) === 0;

/** What is at `path`, if anything (one that cannot be looked at counts as none); no exception for a missing file, the common case. */
function existing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Writes the file, making its folder first only if there is none (a batch writes thousands of files into a few folders). */
function writeMakingFolder(path: string, bytes: Uint8Array): void {
  try {
    writeFileSync(path, bytes);
  } catch (e) {
    if (codeOf(e) !== 'ENOENT') throw e;
    makeFolder(dirname(path));
    writeFileSync(path, bytes);
  }
}

/** Writes `bytes` at `path` (atomically) unless the file there holds them already; whether it wrote. */
export function writeIfChanged(path: string, bytes: Uint8Array): boolean {
  try {
    if (Buffer.from(bytes).equals(readFileSync(path))) return false;
  } catch {
    // no such file yet (or unreadable): write it
  }
  writeFileAtomic(path, bytes);
  return true;
}


/** Removes the file at `path` if there is one; a folder there is the user's and is left alone. */
export function removeIfExists(path: string): void {
  try {
    if (!statSync(path).isDirectory()) rmSync(path, { force: true });
  } catch {
    // nothing there, or nothing that can be removed: the document's own error says why
  }
}

/**
 * Temporary files a run killed while writing left beside an output (`a.docx.1234.tmp`), removed before
 * that output's document is built (whether or not it builds). Each folder is listed once a run.
 */
export class StaleTemps {
  private readonly listings = new Map<string, string[]>();

  removeFor(path: string): void {
    const folder = dirname(path);
    let names = this.listings.get(folder);
    if (!names) {
      names = listing(folder);
      this.listings.set(folder, names);
    }
    const stems = [basename(path), tempStem(path)];
    for (const name of names) {
      if (stems.some((stem) => name.startsWith(stem) && TEMP_END.test(name.slice(stem.length)))) removeIfExists(join(folder, name));
    }
  }
}

function listing(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
