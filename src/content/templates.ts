/**
 * Content templates: a body written as a Handlebars template (templates/noi-dung/), filled from the
 * document's data, so a plan can be regenerated for the next year from a few values. The resolver
 * reads the template; here it is only checked, compiled and filled.
 *
 * The filled template is read as Markdown, so `{{value}}` prints the value as typed (its Markdown
 * characters are backslash-escaped); `{{{value}}}` inserts Markdown on purpose.
 */
import Handlebars from 'handlebars';
import { formatDateWords, formatShortDate, parsePartialDate, twoDigits, type PartialDate } from '../core/dates.ts';
import { formatNumber } from '../law/money.ts';
import { upper } from '../core/text.ts';
import { toRoman, toVietnameseLetter } from '../core/numbering.ts';
import { checkTemplate, ContentTemplateError, lineOf, syntaxError } from './template-errors.ts';

export { ContentTemplateError };

/** A content template as loaded: where it came from (for messages) and its text. */
export interface ContentTemplate {
  path: string;
  text: string;
}

const dateArg = (value: unknown, helper: string): PartialDate => {
  const date = parsePartialDate(String(value));
  if (!date) throw new Error(`hàm "${helper}" cần ngày dạng YYYY-MM-DD, nhận được "${String(value)}"`);
  return date;
};

const num = (value: unknown, helper: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`hàm "${helper}" cần một số, nhận được "${String(value)}"`);
  return n;
};

export const HELPERS: Record<string, (...args: unknown[]) => string | number> = {
  /** {{ngay_van_ban "2023-01-05"}} → ngày 05 tháng 01 năm 2023 */
  ngay_van_ban: (d) => formatDateWords(dateArg(d, 'ngay_van_ban')),
  /** {{ngay_ngan "2023-12-07"}} → 07/12/2023 */
  ngay_ngan: (d) => formatShortDate(dateArg(d, 'ngay_ngan')),
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

const handlebars = Handlebars.create();

/** A name templates cannot write (it has a space), so only the compiler below calls it. */
const ESCAPE_HELPER = 'markdown escape';
handlebars.registerHelper(ESCAPE_HELPER, (value: unknown) => escapeMarkdown(value));

/**
 * Handlebars escapes `{{value}}` for HTML through a function shared by every instance; this instance's
 * compiler calls the Markdown escape instead (the one opcode that escapes is redirected). Registered
 * helpers are wrapped to take an options object last, hence the `{}`.
 */
type CompilerInternals = { pushSource(s: unknown): void; appendToBuffer(s: unknown[]): unknown; aliasable(name: string): string; popStack(): string };
const BaseCompiler = (handlebars as unknown as { JavaScriptCompiler: new () => CompilerInternals }).JavaScriptCompiler;
class MarkdownCompiler extends BaseCompiler {
  appendEscaped(this: CompilerInternals): void {
    this.pushSource(this.appendToBuffer([this.aliasable(`container.helpers[${JSON.stringify(ESCAPE_HELPER)}]`), '(', this.popStack(), ', {})']));
  }
}
// Nested blocks are compiled by `new this.compiler()`.
(MarkdownCompiler.prototype as unknown as { compiler: unknown }).compiler = MarkdownCompiler;
(handlebars as unknown as { JavaScriptCompiler: unknown }).JavaScriptCompiler = MarkdownCompiler;

for (const [name, fn] of Object.entries(HELPERS)) {
  handlebars.registerHelper(name, (...args: unknown[]) => {
    const options = args.at(-1) as { loc?: hbs.AST.SourceLocation };
    try {
      return fn(...args.slice(0, -1));
    } catch (e) {
      throw new ContentTemplateError(`${(e as Error).message}. Sửa giá trị đưa vào hàm (trong du_lieu hoặc trong mẫu); cách viết: ${HELPER_EXAMPLES[name]}.`, options.loc?.start.line, true);
    }
  });
}

/** Checked and compiled templates by their text: the same template is compiled once per process. */
const compiledCache = new Map<string, HandlebarsTemplateDelegate | ContentTemplateError>();

function compile(text: string): HandlebarsTemplateDelegate | ContentTemplateError {
  let program: hbs.AST.Program;
  try {
    program = handlebars.parse(text);
  } catch (e) {
    return syntaxError(text, e as Error);
  }
  const problem = checkTemplate(program, HELPERS, HELPER_EXAMPLES);
  return problem ?? handlebars.compile(text, { strict: true });
}

/**
 * Fills the template. Throws a ContentTemplateError in Vietnamese: with the template's line for a fault
 * of the template itself, or naming the value the data lacks.
 */
export function renderContentTemplate({ path, text }: ContentTemplate, context: Record<string, unknown>): string {
  const normalized = text.normalize('NFC');
  let template = compiledCache.get(normalized);
  if (!template) {
    template = compile(normalized);
    compiledCache.set(normalized, template);
  }
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
