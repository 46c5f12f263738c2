import type { Path, SourceFile } from '../../core/source.ts';
import type { Document } from '../../document/types.ts';
import { describeCharacter, missingCharacters, replacementAdvice } from '../../layout/glyphs.ts';
import type { Finding, Rule } from './rule.ts';

/**
 * Keys of the document model that hold no printed text. Attached documents are checked on their own
 * (runChecks), against their own file.
 */
const NOT_PRINTED = new Set(['source', 'info', 'kind', 'style', 'align', 'level', 'numbering', 'signatureImage', 'sealImage', 'nominees', 'attachments', 'unconfirmedLaw']);

/** Every text the document prints (its attached documents are checked on their own). */
function* printedTexts(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* printedTexts(item);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!NOT_PRINTED.has(key)) yield* printedTexts(item);
  }
}

/** Field paths of the data file's string values that hold `char`. */
function fieldsWith(char: string, value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return value.includes(char) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => fieldsWith(char, item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => fieldsWith(char, item, [...path, key]));
  return [];
}

/** Lines of a Markdown file's body that hold `char` (a .json or .yaml body is the field `noi_dung`). */
function bodyLinesWith(char: string, source: SourceFile): number[] {
  if (source.body === undefined || source.body === source.data.noi_dung) return [];
  return source.body.split('\n').flatMap((line, i) => (line.includes(char) ? [source.bodyLine + i] : []));
}

/** Up to 30 characters on each side of `char`, without a word cut in two. */
function excerpt(text: string, char: string): string {
  const at = text.indexOf(char);
  const end = at + char.length;
  const start = Math.max(0, at - 30);
  const stop = Math.min(text.length, end + 30);
  let before = text.slice(start, at);
  let after = text.slice(end, stop);
  if (start > 0) before = `…${before.replace(/\s/.test(text[start - 1]) ? /^\s+/ : /^\S*\s*/, '')}`;
  if (stop < text.length) after = `${after.replace(/\s/.test(text[stop]) ? /\s+$/ : /\s*\S*$/, '')}…`;
  return before + char + after;
}

/** Where the data file has `char`; the printed text around it when the data file does not hold it. */
function findingsFor(char: string, doc: Document, source: SourceFile | undefined): Finding[] {
  const message = `${describeCharacter(char)} không có trong phông Tinos của PDF: PDF sẽ mất ký tự này. ${replacementAdvice(char)}`;
  const fields = source ? fieldsWith(char, source.data) : [];
  const lines = source ? bodyLinesWith(char, source) : [];
  if (fields.length + lines.length > 0) return [...fields.map((field) => ({ message, field: [...field] })), ...lines.map((line) => ({ message, line }))];
  const text = [...printedTexts(doc)].find((t) => t.includes(char)) ?? '';
  return [{ message: `${message} Ký tự nằm trong "${excerpt(text, char)}" (lấy từ mẫu nội dung, danh mục cơ quan hoặc tệp mà văn bản nhắc đến).` }];
}

/**
 * A character the PDF font lacks (☐, ✓, an emoji, a control character) would be lost in the PDF, where
 * Word and a browser take it from another font. Switched off with `bo_qua_kiem_tra`, the DOCX and the
 * HTML keep the character and the PDF writer still refuses it, naming it: build DOCX and HTML only.
 */
export const kyTuNgoaiPhong: Rule = {
  id: 'ky-tu-ngoai-phong',
  severity: 'loi',
  onAttachments: true,
  description:
    'Mọi ký tự in ra phải có trong phông Tinos của PDF. Bỏ qua quy tắc này để giữ ký tự trong DOCX và HTML (Word, trình duyệt lấy nó từ phông khác); PDF vẫn báo lỗi, nên chỉ tạo --dinh-dang=docx,html.',
  check(doc, { fonts, source }) {
    const missing = missingCharacters([...printedTexts(doc)].join('\n'), fonts);
    return missing.flatMap((char) => findingsFor(char, doc, source));
  },
};
