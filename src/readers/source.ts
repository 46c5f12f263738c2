/** YAML and JSON text with the line of every field kept, for messages that name the line. */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, visit, type Alias, type Document, type Node as YamlNode } from 'yaml';
import { DocumentError, type Problem } from '../core/errors.ts';
import type { Path } from '../core/source.ts';
import { deepNfc, nfc } from '../core/text.ts';
import { yamlErrorVi } from '../core/yaml-errors.ts';
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
export function parseYamlWithLines(
  text: string,
  file: string,
  firstLine = 1,
): { data: unknown; lineOf(path: Path): number | undefined; columnOf(path: Path): number | undefined; warnings: Problem[] } {
  const lineCounter = new LineCounter();
  const normalised = nfc(text);
  const doc = parseDocument(normalised, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  // Front matter and template declarations are whole lines of their file, so columns need no shift.
  const problem = (offset: number, message: string): Problem => ({ severity: 'loi', file, line: lineAt(offset), column: lineCounter.linePos(offset).col, message });
  // A tag YAML cannot resolve (`!!js/function`, `!foo`) would otherwise be read as plain text and printed.
  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  const problems: Problem[] = [
    ...doc.errors.map((e) => problem(e.pos[0], `không đọc được cú pháp YAML/JSON (${yamlErrorVi(e.code)}). Kiểm tra thụt lề, dấu hai chấm sau tên trường và dấu ngoặc kép.`)),
    ...tags.map((w) => problem(w.pos[0], `thẻ YAML "${normalised.slice(w.pos[0], w.pos[1])}" không dùng được trong tệp dữ liệu. Xóa thẻ, chỉ ghi giá trị (chữ, số, danh sách).`)),
  ];
  problems.push(...collectionKeys(doc).map((key) => problem(key.range![0], 'tên trường phải là một chữ (như "trich_yeu"), không phải danh sách hay nhóm trường. Bỏ dấu "?" hoặc ngoặc ở tên trường.')));
  if (problems.length === 0) problems.push(...circularAliases(doc).map((a) => problem(a.range![0], `tham chiếu "*${a.source}" nằm ngay trong phần "&${a.source}" mà nó trỏ tới, nên lặp vô tận. Viết giá trị ra trực tiếp thay cho "*${a.source}".`)));
  if (problems.length > 0) throw new DocumentError(distinct(problems));
  const warnings = cleanYaml(doc, normalised, lineAt, file);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // The only failure left: aliases that expand to too much (a "billion laughs" file).
    throw new DocumentError([problem(firstAlias(doc) ?? 0, `tệp dùng tham chiếu YAML (&tên, *tên) nhân lên quá nhiều lần (quá ${MAX_ALIAS_COUNT}). Viết các giá trị ra trực tiếp, không dùng & và *.`)]);
  }
  const lineOf = (path: Path): number | undefined => {
    const node = nodeAt(doc.contents, path);
    const offset = node?.range?.[0];
    // An empty file or front-matter has no node: its first line.
    return offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;
  };
  /** The 1-based column where the field's value starts (of the node lineOf gives the line of). */
  const columnOf = (path: Path): number | undefined => {
    const offset = nodeAt(doc.contents, path)?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).col;
  };
  return { data: deepNfc(data), lineOf, columnOf, warnings };
}

const MAX_ALIAS_COUNT = 100;

/** Aliases inside the node they point to (`a: &x [*x]`): their value would contain itself. */
/** Keys that are lists or maps (`? [a, b]`): JavaScript objects cannot have them (yaml would print a warning and stringify them). */
function collectionKeys(doc: Document): YamlNode[] {
  const found: YamlNode[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (pair.key && !isScalar(pair.key) && (pair.key as YamlNode).range) found.push(pair.key as YamlNode);
    },
  });
  return found;
}

function circularAliases(doc: Document): Alias[] {
  const found: Alias[] = [];
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      const [start, end] = target?.range ?? [0, -1];
      if (alias.range && alias.range[0] >= start && alias.range[0] < end) found.push(alias);
    },
  });
  return found;
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** Deeply nested text gives one error per level: each line and message once. */
function distinct(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(`${p.line} ${p.message}`) && seen.add(`${p.line} ${p.message}`));
}
