/**
 * Content templates: a body written as a Handlebars template (templates/noi-dung/), filled from the
 * document's data, so a plan can be regenerated for the next year from a few values. The resolver
 * reads the template; here it is only checked, compiled and filled.
 *
 * The filled template is read as Markdown, so `{{value}}` prints the value as typed (its Markdown
 * characters are backslash-escaped); `{{{value}}}` inserts Markdown on purpose.
 */
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime';
import { formatDateWords, formatShortDate, parsePartialDate, twoDigits, type PartialDate } from '../core/dates.ts';
import type { Kept } from '../core/kept.ts';
import { formatNumber } from '../law/money.ts';
import { upper } from '../core/text.ts';
import { toRoman, toVietnameseLetter } from '../core/numbering.ts';
import { checkTemplate, ContentTemplateError, lineOf, syntaxError } from './template-errors.ts';
import { dateFault, describeValue, type TemplateInputs } from './template-inputs.ts';

export { ContentTemplateError };

/** A content template as loaded: where it came from (for messages), its text and what it takes from du_lieu. */
export interface ContentTemplate {
  path: string;
  /** The Handlebars text; lines are the file's lines (a front matter is blanked, not removed). */
  text: string;
  /** The values the template declares it takes from du_lieu; undefined when the file declares none. */
  inputs?: TemplateInputs;
}

const dateArg = (value: unknown, helper: string): PartialDate => {
  const date = parsePartialDate(String(value));
  if (!date) throw new Error(`hàm "${helper}" cần ngày dạng YYYY-MM-DD, nhận được "${String(value)}"`);
  const fault = dateFault(value);
  if (fault) throw new Error(`hàm "${helper}" cần một ngày có thật, nhưng ${fault}`);
  return date;
};

const num = (value: unknown, helper: string): number => {
  const n = typeof value === 'string' && value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n)) throw new Error(`hàm "${helper}" cần một số, nhận được "${String(value)}"`);
  return n;
};

/** A helper's value that is not text or a number (a list, a group of fields, nothing) is told, never printed. */
function checkArguments(name: string, args: unknown[]): void {
  args.forEach((value, i) => {
    if (name === 'mac_dinh' && i === 0 && (value === undefined || value === null)) return;
    if (typeof value === 'string' || typeof value === 'number') return;
    throw new Error(`hàm "${name}" nhận ở giá trị thứ ${i + 1} ${describeValue(value)}, cần chữ hoặc số`);
  });
}

export const HELPERS: Record<string, (...args: unknown[]) => string | number> = {
  /** {{ngay_van_ban "2023-01-05"}} → ngày 05 tháng 01 năm 2023 */
  ngay_van_ban: (d) => formatDateWords(dateArg(d, 'ngay_van_ban')),
  /** {{ngay_ngan "2023-12-07"}} → 07/12/2023 */
  ngay_ngan: (d) => {
    const date = dateArg(d, 'ngay_ngan');
    if (date.day === undefined) throw new Error(`hàm "ngay_ngan" cần đủ ngày, tháng, năm, nhưng "${String(d)}" thiếu ngày`);
    return formatShortDate(date);
  },
  /** {{la_ma 4}} → IV */
  la_ma: (n) => toRoman(num(n, 'la_ma')),
  /** {{chu_cai 5}} → đ */
  chu_cai: (n) => toVietnameseLetter(num(n, 'chu_cai')),
  /** {{so 2340000}} → 2.340.000 */
  so: (n) => formatNumber(num(n, 'so')),
  /** {{so_hai_chu_so 2}} → 02 */
  so_hai_chu_so: (n) => twoDigits(num(n, 'so_hai_chu_so')),
  /** {{cong nam 1}} → 2024 when nam = 2023 */
  cong: (a, b) => num(a, 'cong') + num(b, 'cong'),
  /** {{tru nam 1}} → 2022 when nam = 2023 */
  tru: (a, b) => num(a, 'tru') - num(b, 'tru'),
  /** {{in_hoa "Mục đích"}} → MỤC ĐÍCH */
  in_hoa: (s) => upper(String(s)),
  /** {{mac_dinh cung_co "Củng cố"}} → the value of cung_co when du_lieu has it, else "Củng cố" */
  mac_dinh: (value, fallback) => (value === undefined || value === null ? String(fallback) : (value as string | number)),
};

/** How each helper is written, for messages. */
export const HELPER_EXAMPLES: Record<string, string> = {
  ngay_van_ban: '{{ngay_van_ban "2023-01-05"}}',
  ngay_ngan: '{{ngay_ngan "2023-12-07"}}',
  la_ma: '{{la_ma 4}}',
  chu_cai: '{{chu_cai 5}}',
  so: '{{so muc_thuong}}',
  so_hai_chu_so: '{{so_hai_chu_so 2}}',
  cong: '{{cong nam 1}}',
  tru: '{{tru nam 1}}',
  in_hoa: '{{in_hoa ten}}',
  mac_dinh: '{{mac_dinh cung_co "Củng cố"}}',
};

/** Characters that mean something anywhere in a Markdown line (GFM: `~` strikes through, `|` splits a table cell). */
const MARKDOWN_INLINE = /[\\`*_[\]<>&~|#]/g;
/** At the start of a line: a list, a setext heading underline or thematic break, an ordered list number. */
const MARKDOWN_LINE_START = /^([ \t]*)(?:([-+=])|(\d{1,9})([.)])(?=[ \t]|$))/gm;

/** The value as text that Markdown prints as typed. */
export function escapeMarkdown(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value)
    .replace(MARKDOWN_INLINE, '\\$&')
    .replace(MARKDOWN_LINE_START, (_, space: string, sign?: string, digits?: string, dot?: string) => (sign ? `${space}\\${sign}` : `${space}${digits}\\${dot}`));
}

/**
 * Filling a template needs Handlebars' runtime only: the compiler (its parser, its code generator and
 * source-map) is loaded when a template's compiled code was not kept by an earlier run (compilerEnv).
 */
const handlebars = (HandlebarsRuntime as unknown as typeof Handlebars).create();

/** Where a value is printed: the template line and the {{…}} as written, for messages. */
interface Printed {
  line: number;
  text: string;
}

/** Why a value cannot be printed where `{{…}}` stands, or undefined when it can. */
function unprintable(value: unknown, { text }: Printed): string | undefined {
  // A plain name ({{ten}}, {{a.b}}) gets advice with its name; a function's result, general advice.
  const name = /^\{\{\{?~?\s*([\w.@/-]+)\s*~?\}\}\}?$/.exec(text)?.[1];
  const asText = name ? `sửa du_lieu để "${name}" là một dòng chữ` : 'sửa du_lieu để giá trị là một dòng chữ';
  if (value === undefined || value === null) {
    return `“${text}” không có giá trị (để trống trong dữ liệu). Ghi giá trị trong du_lieu${name ? `, hoặc viết “{{mac_dinh ${name} "…"}}” để in chữ mặc định khi trống` : ''}.`;
  }
  if (Array.isArray(value)) return `“${text}” là một danh sách ${value.length} mục, không in thẳng được. In từng mục bằng khối "{{#each ${name ?? '…'}}} … {{this}} … {{/each}}", hoặc ${asText}.`;
  if (typeof value === 'object') {
    const fields = Object.keys(value).slice(0, 4);
    return `“${text}” là một nhóm trường con (${fields.map((f) => `“${f}”`).join(', ')}), không in thẳng được. In từng trường${name ? `, như "{{${name}.${fields[0] ?? 'ten'}}}"` : ''}, hoặc ${asText}.`;
  }
  if (typeof value === 'boolean') return `“${text}” là giá trị đúng/sai, không in thành chữ được. Dùng khối "{{#if ${name ?? '…'}}} … {{/if}}".`;
  if (typeof value === 'number' && !Number.isFinite(value)) return `“${text}” không phải một số in được. Sửa giá trị trong du_lieu.`;
  return undefined;
}

const printable = (value: unknown, where: Printed): string | number => {
  const fault = unprintable(value, where);
  if (fault) throw new ContentTemplateError(fault, where.line, true);
  return value as string | number;
};

/** Names templates cannot write (they have a space), so only the compiler below calls them. */
const ESCAPE_HELPER = 'markdown escape';
const RAW_HELPER = 'markdown raw';
handlebars.registerHelper(ESCAPE_HELPER, (value: unknown, where: Printed) => escapeMarkdown(printable(value, where)));
/** `{{{value}}}` and the output of a block: a block's output is text (or nothing); a value must be printable. */
handlebars.registerHelper(RAW_HELPER, (value: unknown, where: Printed & { block: boolean }) => (where.block ? (value ?? '') : printable(value, where)));

/** The `{{…}}` at `loc` as written in `text`. */
function snippet(text: string, loc: hbs.AST.SourceLocation): string {
  const lines = text.split('\n');
  const offset = (p: hbs.AST.Position): number => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column;
  const written = text.slice(offset(loc.start), offset(loc.end));
  const firstLine = written.split('\n')[0];
  return firstLine.length > 60 ? `${firstLine.slice(0, 57)}…` : firstLine;
}

/**
 * Handlebars escapes `{{value}}` for HTML through a function shared by every instance, and prints
 * `{{{value}}}` with String(); this instance's compiler calls the helpers above instead (the two opcodes
 * that print are redirected), with the template line and the `{{…}}` as written. Registered helpers are
 * wrapped to take an options object last, hence the object passed.
 */
type CompilerInternals = {
  pushSource(s: unknown): void;
  appendToBuffer(s: unknown[]): unknown;
  aliasable(name: string): string;
  popStack(): string;
  push(expr: unknown[]): void;
  options: { markdownSource?: string };
  source: { currentLocation?: hbs.AST.SourceLocation };
};
let compilerEnv: typeof Handlebars | undefined;

/** Handlebars with its compiler, whose two opcodes that print call the helpers above (required unbundled, when first needed). */
function compilerOf(): typeof Handlebars {
  if (compilerEnv) return compilerEnv;
  const env = (createRequire(import.meta.url)('handlebars') as typeof Handlebars).create();
  const BaseCompiler = (env as unknown as { JavaScriptCompiler: new () => CompilerInternals & { append(): void } }).JavaScriptCompiler;
  class MarkdownCompiler extends BaseCompiler {
    appendEscaped(this: CompilerInternals): void {
      this.pushSource(this.appendToBuffer(helperCall(this, ESCAPE_HELPER, this.popStack(), printedAt(this))));
    }
    override append(this: CompilerInternals & { append(): void }): void {
      const where = printedAt(this);
      const block = /^\{\{~?\s*[#^]/.test(where.text);
      this.push(helperCall(this, RAW_HELPER, this.popStack(), { ...where, block }));
      BaseCompiler.prototype.append.call(this);
    }
  }
  // Nested blocks are compiled by `new this.compiler()`.
  (MarkdownCompiler.prototype as unknown as { compiler: unknown }).compiler = MarkdownCompiler;
  (env as unknown as { JavaScriptCompiler: unknown }).JavaScriptCompiler = MarkdownCompiler;
  return (compilerEnv = env);
}

/** Where the compiler is in the template: the line and the `{{…}}` being compiled. */
function printedAt(compiler: CompilerInternals): Printed {
  const loc = compiler.source.currentLocation;
  const text = loc && compiler.options.markdownSource !== undefined ? snippet(compiler.options.markdownSource, loc) : '{{…}}';
  return { line: loc?.start.line ?? 1, text };
}

const helperCall = (compiler: CompilerInternals, helper: string, value: string, where: object): unknown[] => [
  compiler.aliasable(`container.helpers[${JSON.stringify(helper)}]`),
  '(',
  value,
  `, ${JSON.stringify(where)})`,
];

/** `{{#each x}}` over a text or a number prints nothing at all; say so instead. */
const builtinEach = handlebars.helpers.each as (this: unknown, context: unknown, options: Handlebars.HelperOptions & { loc?: hbs.AST.SourceLocation }) => string;
handlebars.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions & { loc?: hbs.AST.SourceLocation }) {
  if (context !== undefined && context !== null && typeof context !== 'object') {
    throw new ContentTemplateError(`khối {{#each …}} cần một danh sách, nhưng giá trị là ${typeof context === 'string' ? `chữ "${context.slice(0, 40)}"` : `giá trị "${String(context)}"`}. Sửa du_lieu để giá trị là danh sách (mỗi mục một dòng bắt đầu bằng "- ").`, options.loc?.start.line, true);
  }
  return builtinEach.call(this, context, options);
});

for (const [name, fn] of Object.entries(HELPERS)) {
  handlebars.registerHelper(name, (...args: unknown[]) => {
    const options = args.at(-1) as { loc?: hbs.AST.SourceLocation };
    try {
      checkArguments(name, args.slice(0, -1));
      return fn(...args.slice(0, -1));
    } catch (e) {
      throw new ContentTemplateError(`${(e as Error).message}. Sửa giá trị đưa vào hàm (trong du_lieu hoặc trong mẫu); cách viết: ${HELPER_EXAMPLES[name]}.`, options.loc?.start.line, true);
    }
  });
}

/** Checked and compiled templates by their text: the same template is compiled once per process. */
const compiledCache = new Map<string, HandlebarsTemplateDelegate | ContentTemplateError>();

/** The compiled code of templates that passed every check, by their text, kept by earlier runs. */
export type KeptTemplateCode = Kept<string>;

let keptCode: KeptTemplateCode | undefined;

/** Parsing, checking and compiling a template took ~10 ms of each start: a run keeps the code it compiled for the next. */
export function useKeptTemplateCode(store: KeptTemplateCode | undefined): void {
  keptCode = store;
}

/** The template of Handlebars' compiled code (what `precompile` gives). */
const templateOf = (code: string): HandlebarsTemplateDelegate => handlebars.template(new Function(`return ${code};`)() as TemplateSpecification);

function compile(text: string): HandlebarsTemplateDelegate | ContentTemplateError {
  const kept = keptCode?.get(text);
  if (kept !== undefined) return templateOf(kept);
  let program: hbs.AST.Program;
  try {
    program = compilerOf().parse(text);
  } catch (e) {
    return syntaxError(text, e as Error);
  }
  const problem = checkTemplate(program, HELPERS, HELPER_EXAMPLES);
  if (problem) return problem;
  // From the text, not the parsed program: parsing also strips standalone lines, which a second pass over the program could strip again.
  const code = compilerOf().precompile(text, { strict: true, markdownSource: text } as PrecompileOptions) as string;
  keptCode?.set(text, code);
  return templateOf(code);
}

function compiled(text: string): HandlebarsTemplateDelegate | ContentTemplateError {
  const normalized = text.normalize('NFC');
  let template = compiledCache.get(normalized);
  if (!template) {
    template = compile(normalized);
    compiledCache.set(normalized, template);
  }
  return template;
}

/** The fault of a template's own text (syntax, functions, blocks), found without filling it; or undefined. */
export function templateFault(text: string): ContentTemplateError | undefined {
  const template = compiled(text);
  return template instanceof ContentTemplateError ? template : undefined;
}

/**
 * Fills the template. Throws a ContentTemplateError in Vietnamese: with the template's line for a fault
 * of the template itself, or naming the value the data lacks.
 */
export function renderContentTemplate({ path, text }: ContentTemplate, context: Record<string, unknown>): string {
  const template = compiled(text);
  if (template instanceof ContentTemplateError) throw template;
  try {
    return template(context).normalize('NFC');
  } catch (e) {
    if (e instanceof ContentTemplateError) throw e;
    const message = (e as Error).message;
    const line = lineOf(e);
    const missing = /^"([^"]+)" not defined in/.exec(message);
    if (missing) {
      const where = line === undefined ? path : `${path} (dòng ${line})`;
      throw new ContentTemplateError(`mẫu ${where} cần giá trị "${missing[1]}" trong du_lieu (hoặc trong thông tin văn bản). Thêm giá trị vào du_lieu, hoặc sửa tên trong mẫu nếu gõ nhầm.`, undefined, false);
    }
    throw new ContentTemplateError('không điền được mẫu ở chỗ chèn này. Kiểm tra cách viết các chỗ {{…}} của dòng.', line, true);
  }
}
