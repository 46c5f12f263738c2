/**
 * npm run chuyen-ma -- <tệp>…
 * Converts data files saved in a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI, or text copied
 * out of a TCVN3 or VNI document) to UTF-8, the way the build reads them. The file is rewritten in
 * place, atomically, after the original is kept beside it as `<tệp>.bak`; a file the build reads
 * already is left as it is.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from '../build/output.ts';
import { ENCODING_NAMES, readText } from '../readers/encoding.ts';

export const USAGE = 'Cách dùng: npm run chuyen-ma -- <tệp>… (ví dụ: npm run chuyen-ma -- data/2025/ke-hoach.md)';

export interface Converted {
  ok: boolean;
  message: string;
}

/** Converts one file; the message says what was done, or why nothing was. */
export function convertFile(path: string): Converted {
  if (!existsSync(path) || !statSync(path).isFile()) return { ok: false, message: `✗ ${path}: không có tệp này. Ghi đường dẫn một tệp, ví dụ data/2025/ke-hoach.md.` };
  const bytes = readFileSync(path);
  const reading = readText(bytes);
  if (reading.ok) return { ok: true, message: `${path}: tệp đã đọc được (mã Unicode), không cần chuyển; tệp giữ nguyên.` };
  if (!reading.encoding) {
    return {
      ok: false,
      message:
        `✗ ${path}, dòng ${reading.line}: tệp không lưu bằng mã UTF-8 và không nhận ra bảng mã nào của tiếng Việt (Windows-1258, TCVN3, VNI); ` +
        'tệp giữ nguyên. Mở tệp bằng trình soạn thảo, lưu lại với bảng mã UTF-8 rồi kiểm tra lại dòng này.',
    };
  }
  const backup = `${path}.bak`;
  try {
    writeFileSync(backup, bytes, { flag: 'wx' });
  } catch {
    return { ok: false, message: `✗ ${path}: không tạo được tệp giữ lại bản cũ "${backup}" (đã có tệp tên đó, hoặc không có quyền ghi); tệp giữ nguyên. Đổi tên hoặc xóa "${backup}" rồi chạy lại.` };
  }
  writeFileAtomic(path, Buffer.from(reading.text, 'utf8'));
  const what = reading.pasted ? `các dòng gõ bằng bảng mã ${ENCODING_NAMES[reading.encoding]}` : `tệp từ bảng mã ${ENCODING_NAMES[reading.encoding]}`;
  const capitals = reading.encoding === 'tcvn3' ? ' Chữ in hoa gõ bằng phông .VnTimeH có thể thành chữ thường: sửa lại nếu có.' : '';
  return { ok: true, message: `✓ ${path}: đã chuyển ${what} sang UTF-8; bản cũ giữ lại ở "${backup}". Mở tệp kiểm tra lại rồi tạo văn bản.${capitals}` };
}

function main(args: string[]): number {
  if (args.length === 0 || args.some((a) => a.startsWith('-'))) {
    console.error(USAGE);
    return 2;
  }
  let failed = 0;
  for (const path of args) {
    const result = convertFile(path);
    (result.ok ? console.log : console.error)(result.message);
    if (!result.ok) failed++;
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('chuyen-ma.ts')) process.exitCode = main(process.argv.slice(2));
