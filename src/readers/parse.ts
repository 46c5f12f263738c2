/**
 * Readers: a Markdown file with YAML front-matter, a `.json` or a `.yaml` file, from its text. Each
 * gives the same SourceFile; nothing downstream knows which format the staff member wrote.
 */
import { extname } from 'node:path';
import matter from 'gray-matter';
import { DocumentError } from '../core/errors.ts';
import type { SourceFile } from '../core/source.ts';
import { nfc } from '../core/text.ts';
import { tooLarge } from '../core/limits.ts';
import { cleanBody } from './characters.ts';
import { parseYamlWithLines } from './source.ts';

import { DOCUMENT_EXTENSIONS } from './extensions.ts';

export { DOCUMENT_EXTENSIONS };

/** Text as read from a file: without a byte-order mark, with `\n` line ends. */
export const normaliseText = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** The reader for the file's extension. */
export function parseSourceText(text: string, path: string): SourceFile {
  const ext = extname(path).toLowerCase();
  if (ext === '.md') return readMarkdown(normaliseText(text), path);
  if (DOCUMENT_EXTENSIONS.includes(ext)) return readStructured(normaliseText(text), path);
  throw new DocumentError([{ severity: 'loi', file: path, message: `không đọc được loại tệp "${ext}". Dùng .md, .json hoặc .yaml.` }]);
}

function asRecord(data: unknown, path: string): Record<string, unknown> {
  if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  throw new DocumentError([
    { severity: 'loi', file: path, line: 1, message: 'tệp phải là một bảng các trường (tên_trường: giá trị), ví dụ "loai: ke_hoach".' },
  ]);
}

export function readMarkdown(input: string, path: string): SourceFile {
  const text = nfc(input);
  if (!text.startsWith('---\n')) {
    throw new DocumentError([
      { severity: 'loi', file: path, line: 1, message: 'tệp Markdown phải mở đầu bằng phần thông tin giữa hai dòng "---" (loai, co_quan, ngay, trich_yeu…).' },
    ]);
  }
  if (!text.includes('\n---', 3)) {
    throw new DocumentError([
      { severity: 'loi', file: path, line: 1, message: 'phần thông tin mở bằng dòng "---" ở dòng 1 nhưng không có dòng "---" đóng lại. Thêm một dòng chỉ có "---" sau trường cuối cùng, trước phần nội dung.' },
    ]);
  }
  // gray-matter splits the front-matter; parsing is ours, to keep line numbers.
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  const frontMatterLine = 2;
  const { data, lineOf, columnOf, warnings } = parseYamlWithLines(parsed.matter.replace(/^\n/, ''), path, frontMatterLine);
  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
  checkSize(parsed.content, (i) => ({ line: bodyLine + i }), path);
  const body = cleanBody(parsed.content, bodyLine, path);
  return { path, data: asRecord(data ?? {}, path), body: body.text, bodyLine, lineOf, columnOf, warnings: [...warnings, ...body.warnings] };
}

export function readStructured(input: string, path: string): SourceFile {
  const text = nfc(input);
  const { data, lineOf, columnOf, warnings } = parseYamlWithLines(text, path);
  const record = asRecord(data, path);
  const body = typeof record.noi_dung === 'string' ? record.noi_dung : undefined;
  const keyLine = lineOf(['noi_dung']) ?? 1;
  // A block scalar (`noi_dung: |`) starts on the line after its key.
  const bodyLine = /^noi_dung\s*:\s*[|>][-+\d]*\s*(#.*)?$/.test(text.split('\n')[keyLine - 1] ?? '') ? keyLine + 1 : keyLine;
  checkSize(body, (i) => ({ line: bodyLine === keyLine ? keyLine : bodyLine + i, field: 'noi_dung' }), path);
  return { path, data: record, body, bodyLine, lineOf, columnOf, warnings };
}

/** A body too large is an error at its line (`at(i)` for its i-th line). */
function checkSize(body: string | undefined, at: (i: number) => { line: number; field?: string }, path: string): void {
  const large = tooLarge(body);
  if (large) throw new DocumentError([{ severity: 'loi', file: path, ...at(large.index), message: large.message }]);
}
