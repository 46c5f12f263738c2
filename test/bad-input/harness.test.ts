/** The matrix's own checks can fail: the English detector, and a case whose output leaks an outside file. */
import { describe, expect, it } from 'vitest';
import { englishWords, messageFaults } from '../helpers/english.ts';

describe('the English and internals detector', () => {
  it('finds the English of JavaScript, Node and library errors', () => {
    expect(englishWords('Lỗi: a.md — lỗi khi tạo văn bản: text.trim is not a function.')).toEqual(['is', 'not', 'function']);
    expect(englishWords("Lỗi: ENOENT: no such file or directory, open 'x'")).toEqual(['such', 'file', 'or', 'directory']);
    expect(englishWords('Error: End of data reached (data length = 0, asked index = 4). Corrupted zip ?')).toEqual(['Error', 'End', 'of', 'Corrupted']);
    expect(messageFaults('    at Resolution.read (/work/main/src/resolve/resolver.ts:140:12)')).toContain('stack:     at Resolution.read (/work/main/src/resolve/resolver.ts:140:12)');
    expect(messageFaults('Lỗi không mong đợi: x')).toEqual(['generic: Lỗi không mong đợi: x']);
    expect(messageFaults('Nội dung: [object Object]')).toContain('generic: Nội dung: [object Object]');
  });

  it('passes Vietnamese, with the user’s values in quotes and paths, options and fields as names', () => {
    const lines = [
      'Lỗi: data/a.md, dòng 10 — trường "kem_theo[0]": tệp "../the file is not.md" nằm ngoài thư mục dữ liệu và thư mục mẫu; chỉ dùng được tệp trong data, templates.',
      'Cảnh báo: data/2025/to-trinh.md, dòng 3 — trường "so": in nghiêng, chữ to, không có số [dong-luu]',
      'Tùy chọn "--ra" thiếu giá trị: ghi giá trị liền sau dấu "=", ví dụ --ra=output. Mở tệp DOCX bằng Word hoặc LibreOffice; ảnh PNG, JPEG; tệp YAML, JSON, Markdown.',
      '✓ output/2025/to-trinh-de-nghi-khen-thuong-2025.docx',
    ];
    expect(lines.flatMap(messageFaults)).toEqual([]);
  });
});
