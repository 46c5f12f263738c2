/**
 * A content template file (templates/noi-dung/*.md.hbs): an optional front matter between two `---`
 * lines (what the template takes from du_lieu), then the Handlebars text.
 */
import type { Path } from '../core/source.ts';
import { nfc } from '../core/text.ts';
import { normaliseText } from './parse.ts';
import { parseYamlWithLines } from './source.ts';

export interface TemplateFile {
  /** The Handlebars text, with the front matter blanked to empty lines so template lines stay the file's lines. */
  text: string;
  /** The front matter parsed, when the file has one. Throws a DocumentError for YAML it cannot read. */
  front?: { data: unknown; lineOf(path: Path): number | undefined; columnOf(path: Path): number | undefined };
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

export function readTemplateFile(input: string, path: string): TemplateFile {
  const text = nfc(normaliseText(input));
  const m = FRONT_MATTER.exec(text);
  if (!m) return { text };
  const blank = '\n'.repeat(m[0].split('\n').length - 1);
  return { text: blank + text.slice(m[0].length), front: parseYamlWithLines(m[1] ?? '', path, 2) };
}
