/**
 * Characters a data file may hold but no document can. XML 1.0 forbids the C0 controls (but tab and
 * line ends), U+FFFE, U+FFFF and a surrogate without its pair: a DOCX holding one does not open. They
 * come in invisibly, with text copied from other programs, so they are taken out here, each with a
 * warning naming its file, line and field. U+000B and U+000C are what Word's Shift+Enter and page
 * break become when text is copied out of Word: they become line breaks.
 */
import { isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import { fieldPath, type Problem } from '../core/errors.ts';
import type { Path } from '../core/source.ts';
import { codePointOf, NOT_XML, WORD_BREAKS } from '../core/text.ts';

/** One character taken out of (or changed in) a text: how many times, and the offset of the first. */
interface Change {
  char: string;
  count: number;
  first: number;
}

/**
 * `text` without the characters XML forbids; U+000B and U+000C become `lineBreak`: a newline in a
 * field value (as if the value were written over several lines), U+000B in Markdown, where a newline
 * is only a space and the layout turns U+000B into a line break.
 */
export function cleanText(text: string, lineBreak: '\n' | '\v' | ''): { text: string; changes: Change[] } {
  const changes = new Map<string, Change>();
  const cleaned = text.replace(NOT_XML, (char: string, offset: number) => {
    const change = changes.get(char);
    if (change) change.count++;
    else changes.set(char, { char, count: 1, first: offset });
    return WORD_BREAKS.has(char) ? lineBreak : '';
  });
  return { text: cleaned, changes: [...changes.values()] };
}

function kindOf(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return 'ký tự điều khiển';
  if (code >= 0xd800 && code <= 0xdfff) return 'nửa cặp mã UTF-16 bị hỏng';
  return 'mã không phải chữ';
}

/** What was done to the character, in the words of the warning. */
export function changeMessage({ char, count }: Change, lineBreak = true): string {
  const times = count > 1 ? ` (${count} lần)` : '';
  if (WORD_BREAKS.has(char) && lineBreak) {
    const what = char === '\v' ? 'ngắt dòng Shift+Enter của Word' : 'ngắt trang của Word';
    return `ký tự ${codePointOf(char)}${times} (${what}, lẫn vào khi chép chữ từ Word) được đổi thành xuống dòng.`;
  }
  return (
    `ký tự ${codePointOf(char)}${times} (${kindOf(char)}, không nhìn thấy) không được có trong văn bản (Word không mở được tệp DOCX chứa nó) nên đã bị xóa. ` +
    'Ký tự này thường lẫn vào khi chép chữ từ chương trình khác: xóa nó khỏi tệp (gõ lại đoạn chữ đó) để hết cảnh báo.'
  );
}

/** A key named so holds Markdown, like the body of a Markdown file. */
const MARKDOWN_KEY = 'noi_dung';

/**
 * Cleans every string of a parsed YAML (or JSON) document, keys included, in place. `text` is what
 * was parsed and `lineAt` gives the file's line of an offset in it: a character written as itself is
 * reported at its own line, one written as an escape (`"\u0001"`) at the line where its value starts.
 */
export function cleanYaml(doc: Document, text: string, lineAt: (offset: number) => number, file: string): Problem[] {
  const warnings: Problem[] = [];
  /** `at`: the value's path, or for a key the path of its map. A key loses even U+000B and U+000C: a name has no lines. */
  const clean = (node: Scalar, at: Path, isKey = false): void => {
    if (typeof node.value !== 'string') return;
    const lineBreak = isKey ? '' : at.at(-1) === MARKDOWN_KEY ? '\v' : '\n';
    const { text: cleaned, changes } = cleanText(node.value, lineBreak);
    if (changes.length === 0) return;
    node.value = cleaned;
    const path = isKey ? [...at, cleaned] : at;
    const [start, end] = node.range ?? [0, 0];
    for (const change of changes) {
      const offset = text.indexOf(change.char, start);
      const line = lineAt(offset >= start && offset < end ? offset : start);
      warnings.push({ severity: 'canh-bao', file, line, field: fieldPath(path) || undefined, message: changeMessage(change, !isKey) });
    }
  };
  const visit = (node: unknown, path: Path): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        clean(pair.key, path, true);
        visit(pair.value, [...path, String(pair.key.value)]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
    else if (isScalar(node)) clean(node, path);
  };
  visit(doc.contents, []);
  return warnings;
}

/** A Markdown body starting at `firstLine` of `file`, cleaned line by line. */
export function cleanBody(body: string, firstLine: number, file: string): { text: string; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const lines = body.split('\n').map((line, i) => {
    const { text, changes } = cleanText(line, '\v');
    for (const change of changes) warnings.push({ severity: 'canh-bao', file, line: firstLine + i, field: MARKDOWN_KEY, message: changeMessage(change) });
    return text;
  });
  return { text: warnings.length > 0 ? lines.join('\n') : body, warnings };
}
