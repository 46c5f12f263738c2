/**
 * Content templates: a body written as a Handlebars template (templates/noi-dung/), filled from the
 * document's data, so a plan can be regenerated for the next year from a few values. The resolver
 * reads the template; here it is only compiled and filled.
 */
import Handlebars from 'handlebars';
import { formatDateWords, formatShortDate, parsePartialDate, twoDigits, type PartialDate } from '../core/dates.ts';
import { formatNumber } from '../law/money.ts';
import { upper } from '../core/text.ts';
import { toRoman, toVietnameseLetter } from '../core/numbering.ts';

/** A content template as loaded: where it came from (for messages) and its text. */
export interface ContentTemplate {
  path: string;
  text: string;
}

const dateArg = (value: unknown, helper: string): PartialDate => {
  const date = parsePartialDate(String(value));
  if (!date) throw new Error(`helper "${helper}" cần ngày dạng YYYY-MM-DD, nhận được "${String(value)}"`);
  return date;
};

const num = (value: unknown, helper: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`helper "${helper}" cần một số, nhận được "${String(value)}"`);
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
};

const handlebars = Handlebars.create();
for (const [name, fn] of Object.entries(HELPERS)) {
  handlebars.registerHelper(name, (...args: unknown[]) => fn(...args.slice(0, -1)));
}

/** Compiled templates by their text: the same template is compiled once per process. */
const compiledCache = new Map<string, HandlebarsTemplateDelegate>();

/** Fills the template; throws an Error with a Vietnamese message for a missing value or helper misuse. */
export function renderContentTemplate({ path, text }: ContentTemplate, context: Record<string, unknown>): string {
  let template = compiledCache.get(text);
  if (!template) {
    template = handlebars.compile(text.normalize('NFC'), { noEscape: true, strict: true });
    compiledCache.set(text, template);
  }
  try {
    return template(context).normalize('NFC');
  } catch (e) {
    const message = (e as Error).message;
    const missing = /"(\w+)" not defined in/.exec(message);
    if (missing) throw new Error(`mẫu ${path} cần giá trị "${missing[1]}" trong du_lieu (hoặc trong thông tin văn bản).`);
    throw new Error(`mẫu ${path}: ${message}`);
  }
}
