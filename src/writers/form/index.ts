/**
 * The staff's own Word form (a province's báo cáo thành tích form with docxtemplater tags), filled once
 * per record: the mail-merge replacement. `prepareForm` checks the form once — its zip against the
 * template limits, the tags' syntax, every tag against the fields the data can supply — before anything
 * is generated; `fillForm` checks a record against the fields the form uses, then fills a copy. Both are
 * pure: the resolver reads the form's bytes. Every value reaches the XML through `escapeXml`.
 */
import type PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import type { Problem } from '../../core/errors.ts';
import { fieldPath } from '../../core/errors.ts';
import type { Path } from '../../core/source.ts';
import { openTemplatePackage, TemplateError } from '../docx/template-package.ts';
import { fixedDateZip } from '../docx/filled.ts';
import { escapeXml } from '../docx/xml.ts';
import type { FormFields } from './fields.ts';
import { paragraphAtOffset, paragraphPlace, partText, tagsOf, type PartText } from './paragraphs.ts';
import { checkFormTags, type UsedFields } from './tags.ts';
import { formValues } from './values.ts';

export { NOMINEE_FORM_FIELDS, HISTORY_FIELDS, type FieldKind, type FormFields } from './fields.ts';
export { formatFormDate } from './values.ts';

export interface PreparedForm {
  path: string;
  /** The parts a document needs, zipped again (template-package.ts). */
  bytes: Uint8Array;
  /** The fields the form's tags use. */
  used: UsedFields;
  blank: ReadonlySet<string>;
}

export interface FormOptions {
  /** Fields that may be left blank when a record lacks them (`ngay_sinh`; a row field: `lich_su_khen_thuong.co_quan`). */
  blank?: readonly string[];
}

/** Where a record is, to name it in a problem: its file, and its line or cell; `at` for one field of it. */
export interface RecordPlace {
  file: string;
  line?: number;
  cell?: string;
  /** Where a field of the record is (a spreadsheet cell and column header, a line). */
  at?(path: Path): { line?: number; cell?: string; header?: string };
}

export interface FillOptions {
  place?: RecordPlace;
  /** The name of an award written as a code (`chien_si_thi_dua_co_so` → `Chiến sĩ thi đua cơ sở`). */
  awardName?: (written: string) => string | undefined;
}

/** The parts docxtemplater fills: the body, headers and footers. */
const FILLED = /^word\/(document|header\d*|footer\d*)\.xml$/;

const formError = (path: string, message: string, cell?: string): Problem => ({ severity: 'loi', file: path, cell, message });

export function prepareForm(bytes: Uint8Array, formPath: string, knownFields: FormFields, options: FormOptions = {}): { form?: PreparedForm; problems: Problem[] } {
  let pkg;
  try {
    pkg = openTemplatePackage(formPath, bytes);
  } catch (e) {
    if (e instanceof TemplateError) return { problems: [formError(formPath, `mẫu biểu ${e.detail}`)] };
    throw e;
  }
  const texts = [...pkg.xml].filter(([name]) => FILLED.test(name)).sort(([a], [b]) => partOrder(a) - partOrder(b) || a.localeCompare(b)).map(([name, xml]) => partText(name, xml));
  const syntax = compileErrors(pkg.bytes, formPath, texts);
  if (syntax.length > 0) return { problems: syntax };
  const { used, faults } = checkFormTags(texts.flatMap(tagsOf), knownFields);
  if (faults.length > 0) return { problems: faults.map((f) => formError(formPath, f.message, f.place)) };
  return { form: { path: formPath, bytes: pkg.bytes, used, blank: new Set(options.blank ?? []) }, problems: [] };
}

const partOrder = (name: string) => (name === 'word/document.xml' ? 0 : name.includes('header') ? 1 : 2);

/** The record's values into a copy of the form; problems (at the record's place) and no bytes if a value is missing or wrong. */
export function fillForm(form: PreparedForm, record: Record<string, unknown>, options: FillOptions = {}): { bytes?: Buffer; problems: Problem[] } {
  const { data, faults } = formValues(form.used, record, { formPath: form.path, blank: form.blank, awardName: options.awardName });
  if (faults.length > 0) {
    const place = options.place;
    return {
      problems: faults.map((f) => ({
        severity: 'loi',
        file: place?.file ?? form.path,
        line: place?.line,
        cell: place?.cell,
        field: fieldPath(f.path),
        ...place?.at?.(f.path),
        message: f.message,
      })),
    };
  }
  const doc = templater(fixedDateZip(form.bytes), () => {
    // Every value was checked above: a tag without one is a fault of this program.
    throw new Error(`mẫu ${form.path}: thẻ không có giá trị sau khi đã kiểm tra`);
  });
  doc.render(data);
  return { bytes: doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }), problems: [] };
}

/** A tag without a prefix is a value; it is written through escapeXml (docxtemplater's own escaping is bypassed). */
const VALUE_MODULE = 'van-ban/gia-tri';
const isValueTag = (content: string) => (/^\s*[#^/@]/.test(content) ? '' : content);

function valueModule() {
  return {
    name: 'GiaTriMauBieu',
    matchers: () => [[isValueTag, VALUE_MODULE]],
    render(part: { module?: string; value: string }, options: { scopeManager: { getValue(tag: string, o: unknown): unknown }; nullGetter(part: unknown): unknown }) {
      if (part.module !== VALUE_MODULE) return undefined;
      const value = options.scopeManager.getValue(part.value, { part }) ?? options.nullGetter(part);
      // A line break in a value (a multi-line cell) becomes a line break in the run.
      return { value: String(value).split('\n').map(escapeXml).join('</w:t><w:br/><w:t xml:space="preserve">') };
    },
  };
}

/** Tags are read trimmed (`{ ho_ten }` is `{ho_ten}`). */
const parser = (tag: string) => {
  const key = tag.trim();
  return { get: (scope: unknown) => (key === '.' ? scope : scope && typeof scope === 'object' && Object.hasOwn(scope, key) ? (scope as Record<string, unknown>)[key] : undefined) };
};

function templater(zip: PizZip, nullGetter: () => unknown): Docxtemplater {
  return new Docxtemplater(zip, {
    paragraphLoop: true,
    errorLogging: false,
    parser,
    nullGetter,
    modules: [valueModule() as never],
  });
}

interface XtError {
  properties?: { id?: string; file?: string; offset?: number | number[]; xtag?: string; context?: string; openingtag?: string; closingtag?: string; errors?: XtError[] };
}

/** docxtemplater's words for a malformed tag, in Vietnamese. */
function syntaxMessage(p: NonNullable<XtError['properties']>): string {
  const tag = p.xtag ?? p.context ?? '';
  switch (p.id) {
    case 'unclosed_tag':
      return `có dấu "{" mở thẻ "{${tag}" mà không có dấu "}" đóng. Thêm dấu "}" sau tên trường.`;
    case 'unopened_tag':
      return `có dấu "}" sau "${p.context ?? tag}" mà không có dấu "{" mở trước nó. Thêm dấu "{" trước tên trường, hoặc xóa dấu "}".`;
    case 'duplicate_open_tag':
      return `có hai dấu "{" liền nhau ("${p.context ?? tag}"). Thẻ chỉ dùng một cặp ngoặc: {ho_ten}.`;
    case 'duplicate_close_tag':
      return `có hai dấu "}" liền nhau ("${p.context ?? tag}"). Thẻ chỉ dùng một cặp ngoặc: {ho_ten}.`;
    case 'unclosed_loop':
      return `thẻ {#${tag}} mở một đoạn lặp (hoặc điều kiện) mà không có thẻ đóng {/${tag}}. Thêm {/${tag}} ở chỗ kết thúc.`;
    case 'unopened_loop':
      return `thẻ đóng {/${tag}} không có thẻ mở {#${tag}} trước nó. Thêm thẻ mở, hoặc xóa thẻ đóng.`;
    case 'closing_tag_does_not_match_opening_tag':
      return `thẻ mở {#${p.openingtag}} lại được đóng bằng {/${p.closingtag}}. Sửa thẻ đóng thành {/${p.openingtag}} (hoặc {/}).`;
    case 'unbalanced_loop_tags':
    case 'loop_position_invalid':
      return `thẻ mở và thẻ đóng của đoạn lặp {#${tag}} nằm ở những chỗ không khớp nhau (ví dụ một thẻ trong bảng, một thẻ ngoài bảng, hoặc hai vòng lặp chéo nhau). Đặt thẻ mở ở ô đầu và thẻ đóng ở ô cuối của cùng một dòng bảng, hoặc cả hai ngoài bảng.`;
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return `thẻ {@${tag}} chèn XML thô, mẫu biểu không dùng loại thẻ này. Bỏ dấu @ để điền chữ: {${tag}}.`;
    default:
      return `có thẻ viết sai${tag ? ` ("${tag}")` : ''}. Mỗi thẻ là tên trường trong một cặp ngoặc: {ho_ten}, {#lich_su_khen_thuong}…{/lich_su_khen_thuong}.`;
  }
}

/** The form compiled as it will be filled: each syntax error, with its paragraph. */
function compileErrors(bytes: Uint8Array, formPath: string, texts: PartText[]): Problem[] {
  try {
    templater(fixedDateZip(bytes), () => '');
    return [];
  } catch (e) {
    const error = e as XtError;
    if (!error.properties) throw e;
    const all = error.properties.errors?.length ? error.properties.errors : [error];
    return all.map(({ properties: p = {} }) => {
      const offset = Array.isArray(p.offset) ? p.offset[0] : p.offset;
      const text = texts.find((t) => t.part === p.file);
      const paragraph = text && offset !== undefined ? paragraphAtOffset(text, offset) : undefined;
      return formError(formPath, syntaxMessage(p), paragraph ? paragraphPlace(paragraph) : undefined);
    });
  }
}
