/** YAML and JSON text with the line of every field kept, for messages that name the line. */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { DocumentError, type Problem } from '../core/errors.ts';
import type { Path } from '../core/source.ts';
import { deepNfc, nfc } from '../core/text.ts';
import { cleanYaml } from './characters.ts';

function nodeAt(root: YamlNode | null, path: Path): YamlNode | null {
  let node: unknown = root;
  let best: YamlNode | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      // A scalar value is on its key's line; for a list or map, the key's line reads better.
      best = (isScalar(pair.value) ? pair.value : pair.key) as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      best = node as YamlNode;
    } else break;
  }
  return best;
}

/**
 * Parses YAML (or JSON, a subset of YAML) text that starts at `firstLine` of `file`.
 * Parse errors become problems with the right line.
 */
export function parseYamlWithLines(text: string, file: string, firstLine = 1): { data: unknown; lineOf(path: Path): number | undefined; warnings: Problem[] } {
  const lineCounter = new LineCounter();
  const normalised = nfc(text);
  const doc = parseDocument(normalised, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  // A tag YAML cannot resolve (`!!js/function`, `!foo`) would otherwise be read as plain text and printed.
  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (doc.errors.length > 0 || tags.length > 0) {
    const problems: Problem[] = [
      ...doc.errors.map((e): Problem => ({
        severity: 'loi',
        file,
        line: lineAt(e.pos[0]),
        message: `không đọc được cú pháp YAML/JSON (${yamlErrorVi(e.code)}). Kiểm tra thụt lề, dấu hai chấm sau tên trường và dấu ngoặc kép.`,
      })),
      ...tags.map((w): Problem => ({
        severity: 'loi',
        file,
        line: lineAt(w.pos[0]),
        message: `thẻ YAML "${normalised.slice(w.pos[0], w.pos[1])}" không dùng được trong tệp dữ liệu. Xóa thẻ, chỉ ghi giá trị (chữ, số, danh sách).`,
      })),
    ];
    throw new DocumentError(problems);
  }
  const warnings = cleanYaml(doc, normalised, lineAt, file);
  const lineOf = (path: Path): number | undefined => {
    const node = nodeAt(doc.contents, path);
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1;
  };
  return { data: deepNfc(doc.toJS()), lineOf, warnings };
}

function yamlErrorVi(code: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'một trường được khai báo hai lần',
    BAD_INDENT: 'thụt lề sai',
    MISSING_CHAR: 'thiếu ký tự đóng',
    BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm hoặc thụt lề sai',
    MULTILINE_IMPLICIT_KEY: 'tên trường viết trên nhiều dòng',
    UNEXPECTED_TOKEN: 'ký tự không mong đợi',
  };
  return known[code] ?? 'cú pháp sai';
}

