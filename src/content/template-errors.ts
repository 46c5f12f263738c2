/**
 * Faults of a content template itself, found before it is filled: Handlebars syntax (a block left open,
 * closed by the wrong name, a stray `{{else}}`), an unknown function, a function given the wrong number
 * of values. Each is told in Vietnamese with the template's line and how to fix it.
 */

/** A content template problem: `inTemplate` with the template's `line`, or else a value the data lacks. */
export class ContentTemplateError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly inTemplate: boolean,
  ) {
    super(message);
  }
}

/** The line Handlebars gives an error it throws with a location. */
export const lineOf = (e: unknown): number | undefined => (e as { lineNumber?: number }).lineNumber;

const inTemplate = (message: string, line: number | undefined): ContentTemplateError => new ContentTemplateError(message, line, true);

/** Block helpers of Handlebars, each taking one value. */
const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'];
/** Other Handlebars helpers a template may call. */
const OTHER_BUILTINS = ['lookup', 'log'];

type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;
type Helpers = Record<string, (...args: never[]) => unknown>;

/** The first fault of a parsed template (its functions and blocks), or undefined. */
export function checkTemplate(program: hbs.AST.Program, helpers: Helpers, examples: Record<string, string>): ContentTemplateError | undefined {
  const names = Object.keys(helpers).join(', ');
  const check = (node: hbs.AST.Node): ContentTemplateError | undefined => {
    const line = node.loc.start.line;
    switch (node.type) {
      case 'Program':
        return first((node as hbs.AST.Program).body, check);
      case 'MustacheStatement':
      case 'SubExpression':
        return checkCall(node as Call, false) ?? arguments_(node as Call);
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        return checkCall(block, true) ?? arguments_(block) ?? check(block.program) ?? (block.inverse ? check(block.inverse) : undefined);
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        return inTemplate(`mẫu nội dung không dùng được mẫu con ({{> …}}). Chép nội dung của mẫu con vào chỗ này.`, line);
      case 'Decorator':
      case 'DecoratorBlock':
        return inTemplate(`mẫu nội dung không dùng được {{* …}}. Xóa chỗ này.`, line);
      default:
        return undefined;
    }
  };
  const arguments_ = (call: Call): ContentTemplateError | undefined => first([...call.params, ...(call.hash?.pairs ?? []).map((p) => p.value)], check);

  const checkCall = (call: Call, block: boolean): ContentTemplateError | undefined => {
    if (call.path.type !== 'PathExpression') return undefined;
    const name = (call.path as hbs.AST.PathExpression).original;
    const line = call.loc.start.line;
    const count = call.params.length;
    const named = call.hash?.pairs.length ?? 0;
    if (BLOCK_HELPERS.includes(name)) {
      if (!block) return inTemplate(`"${name}" chỉ dùng được làm khối: viết {{#${name} giá_trị}} … {{/${name}}}.`, line);
      if (count !== 1 || named > 0) return inTemplate(`khối {{#${name}}} cần đúng một giá trị (ví dụ {{#${name} danh_sach}} … {{/${name}}}), ở đây có ${count + named}.`, line);
      return undefined;
    }
    if (name in helpers) {
      const example = examples[name];
      if (block) return inTemplate(`hàm "${name}" không mở khối được: viết ${example}, không có {{#${name} …}} và {{/${name}}}.`, line);
      const wanted = helpers[name].length;
      if (count !== wanted || named > 0) return inTemplate(`hàm "${name}" cần ${wanted} giá trị, ở đây có ${count + named}: viết như ${example}.`, line);
      return undefined;
    }
    if (OTHER_BUILTINS.includes(name)) return undefined;
    if (count > 0 || named > 0 || call.type === 'SubExpression') {
      return inTemplate(`không có hàm "${name}". Các hàm dùng được: ${names}. Muốn in giá trị "${name}" thì viết riêng {{${name}}}.`, line);
    }
    return undefined;
  };
  return check(program);
}

function first<T>(items: readonly T[], check: (item: T) => ContentTemplateError | undefined): ContentTemplateError | undefined {
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return undefined;
}

/** A block tag as written: `{{#each x}}` opens `each`, `{{/each}}` closes it. */
interface BlockTag {
  name: string;
  line: number;
  text: string;
}

/** Blocks opened and never closed, and closings that close nothing open, by a scan of the text. */
function scanBlocks(text: string): { open: BlockTag[]; stray: BlockTag[] } {
  // Comments may hold tags; blank them out, keeping the lines.
  const plain = text.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, ' '));
  const open: BlockTag[] = [];
  const stray: BlockTag[] = [];
  for (const m of plain.matchAll(/\{\{~?\s*([#^/])\s*([^\s}~]+)[^}]*\}\}/g)) {
    const tag = { name: m[2], line: plain.slice(0, m.index).split('\n').length, text: m[0] };
    if (m[1] !== '/') open.push(tag);
    else if (open.at(-1)?.name === tag.name) open.pop();
    else stray.push(tag);
  }
  return { open, stray };
}

const lineText = (text: string, line: number): string => {
  const t = (text.split('\n')[line - 1] ?? '').trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
};

/** A Handlebars parse error, told in Vietnamese with its line. */
export function syntaxError(text: string, e: Error): ContentTemplateError {
  const message = e.message;
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) {
    const [, opened, closed] = mismatch;
    return inTemplate(`khối {{#${opened} …}} mở ở dòng này lại được đóng bằng {{/${closed}}}. Đóng khối bằng {{/${opened}}} (đóng khối bên trong trước khối bên ngoài).`, lineOf(e));
  }
  const parse = /^(?:Parse|Lexical) error on line (\d+)/.exec(message);
  const line = parse ? Number(parse[1]) : lineOf(e);
  const got = /got '(\w+)'$/.exec(message)?.[1];
  const blocks = scanBlocks(text);
  const unclosed = blocks.open.at(-1);
  if (got === 'EOF' && unclosed) {
    return inTemplate(`khối ${unclosed.text} mở ở dòng này chưa được đóng. Thêm {{/${unclosed.name}}} ở chỗ khối kết thúc.`, unclosed.line);
  }
  const stray = blocks.stray[0];
  if (got === 'OPEN_ENDBLOCK' && stray) {
    return inTemplate(`${stray.text} không đóng khối nào (trước nó không có {{#${stray.name} …}} đang mở). Xóa nó, hoặc thêm {{#${stray.name} …}} ở đầu khối.`, stray.line);
  }
  if (got === 'INVERSE') {
    return inTemplate(`{{else}} nằm ngoài khối (hoặc khối đã có một {{else}}). Đặt {{else}} giữa {{#if …}} và {{/if}}, một lần trong mỗi khối.`, line);
  }
  return inTemplate(
    `viết sai cú pháp mẫu: "${line === undefined ? '' : lineText(text, line)}". Mỗi chỗ chèn mở bằng {{ và đóng bằng }}, như {{ten_gia_tri}} hay {{so muc_thuong}}; chú thích viết {{!-- … --}}; khối viết {{#each …}} … {{/each}}.`,
    line,
  );
}
