/**
 * The resolver: reads a data file and loads everything it names before the document is built — the
 * content template, list files, phụ lục and kèm theo files, signature and seal images, the law data —
 * each with its content hash. What cannot be loaded becomes a problem with its file, line and field,
 * here; the model builder then works on what was loaded and reads nothing itself.
 */
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { DocumentError, type Problem } from '../core/errors.ts';
import { Problems } from '../core/problems.ts';
import { MAX_IMAGE_PIXELS, readImage, type ReadImage } from '../core/image.ts';
import type { Path, SourceFile } from '../core/source.ts';
import type { Kept } from '../core/kept.ts';
import type { ContentTemplate } from '../content/templates.ts';
import { templateInputs } from '../content/template-inputs.ts';
import { DOSSIER_FIELDS } from '../dossier/index.ts';
import { AWARDS_FILE, BASE_SALARY_FILE, LawDataError, lawDataFrom, parseLawData, type LawData, type LawTables } from '../law/law-data.ts';
import type { InputFile, LoadedImage, ResolvedDocument } from '../model/inputs.ts';
import type { Registry } from '../model/registry.ts';
import { decodeText } from '../readers/encoding.ts';
import { parseSourceText } from '../readers/parse.ts';
import { readTemplateFile } from '../readers/template.ts';
import { readNomineeSheet } from '../readers/nominee-sheet.ts';
import { SHEET_EXTENSIONS } from '../readers/sheet.ts';
import { FileReader, type FileKind, type Loaded, type LoadedFile } from './files.ts';
import { planBatch, type BatchPlan } from '../batch/expand.ts';
import type { FormFile } from '../batch/form.ts';
import { ELIGIBILITY_FILE, parseEligibilityLaw, type EligibilityLaw } from '../law/eligibility.ts';
import { readBatchSheet } from '../readers/batch-sheet.ts';
import type { RecordSet } from '../core/records.ts';
import { BATCH_SCHEMA } from '../schema/data-schema.ts';
import { validateAgainstSchema } from '../schema/validate.ts';
import { normaliseText } from '../readers/parse.ts';
import { nfc } from '../core/text.ts';

/** A batch as the resolver loaded it: its documents (when it could be read and checked), what it read. */
export interface ResolvedBatch {
  source: SourceFile;
  /** Hash of the batch file as read. */
  sha256: string;
  /** Absent when the batch file or its sheet could not be used (`problems` say why). */
  plan?: BatchPlan;
  problems: Problem[];
  /** The batch file, its sheet, the thành tích files its rows name, the law data and the registry. */
  inputs: InputFile[];
}

export const CONTENT_TEMPLATE_DIR = 'noi-dung';
export const CONTENT_TEMPLATE_EXT = '.md.hbs';

export interface ResolverOptions {
  registry: Registry;
  /** The registry file as read, for the document's list of inputs. */
  registryFile?: InputFile;
  templatesDir: string;
  /** Folder of luong-co-so.yaml and danh-hieu.yaml. */
  lawDir: string;
  /** Folders the files a document names may be in (the data and templates folders). */
  roots: string[];
  /** Law data parsed and checked by earlier runs, by the files' paths and hashes (build/kept-values.ts). */
  keptLaw?: Kept<LawTables>;
}

type Raw = Record<string, unknown>;

/** The law data as loaded once a run: the data, or why it could not be; the files read either way. */
interface LoadedLaw {
  data?: LawData;
  files: InputFile[];
  /** Why the law data cannot be used, with the files' lines: told once a run. */
  problems: Problem[];
}

const WHERE = '(đường dẫn tính từ thư mục của tệp này)';

/** Resolves documents for one run: files, templates and law data are read once each. */
export class Resolver {
  private readonly reader: FileReader;
  private law?: LoadedLaw;

  constructor(private readonly options: ResolverOptions) {
    this.reader = new FileReader(options.roots);
  }

  /** Reads and resolves the data file at `path`; a file that cannot be read or parsed throws a DocumentError. */
  resolveFile(path: string): ResolvedDocument {
    const loaded = this.reader.readOnce(path, 'data');
    if (!loaded.ok) throw new DocumentError([{ severity: 'loi', file: path, message: this.unreadableDataFile(loaded) }]);
    const { bytes, sha256 } = loaded.file;
    return this.resolveSource(parseSourceText(decodeText(bytes, path), path), { path, sha256 });
  }

  private unreadableDataFile(loaded: Extract<Loaded, { ok: false }>): string {
    switch (loaded.reason) {
      case 'missing':
        return 'không đọc được tệp này. Kiểm tra tên tệp và quyền đọc.';
      case 'outside':
        return `tệp này là liên kết tới một tệp nằm ngoài thư mục dữ liệu; chỉ tạo văn bản từ tệp trong ${this.reader.allowed.join(', ')}. Chép tệp vào thư mục dữ liệu thay cho liên kết.`;
      case 'not-a-file':
        return 'không phải một tệp (là thư mục, thiết bị hoặc ống dẫn). Chỉ ghi tên tệp dữ liệu.';
      case 'too-large':
        return `tệp quá lớn (${megabytes(loaded.bytes)}; tối đa ${megabytes(loaded.limit)} cho một tệp dữ liệu). Kiểm tra có chọn nhầm tệp không.`;
    }
  }

  /**
   * Reads a batch (`loai: dot_de_nghi`) with its sheet and the files its rows name, checks the rows and
   * makes its documents' data; each document is then resolved with resolveSource. A batch file that
   * cannot be read or parsed throws a DocumentError.
   */
  resolveBatch(path: string): ResolvedBatch {
    const loaded = this.reader.readOnce(path, 'data');
    if (!loaded.ok) throw new DocumentError([{ severity: 'loi', file: path, message: this.unreadableDataFile(loaded) }]);
    const source = parseSourceText(decodeText(loaded.file.bytes, path), path);
    const inputs = new Map<string, InputFile>([[loaded.file.path, inputOf(loaded.file)]]);
    if (this.options.registryFile) inputs.set(this.options.registryFile.path, this.options.registryFile);
    const done = (problems: Problem[], plan?: BatchPlan): ResolvedBatch => ({ source, sha256: loaded.file.sha256, problems, inputs: [...inputs.values()], ...(plan ? { plan } : {}) });
    const schemaProblems = validateAgainstSchema(source.data, BATCH_SCHEMA, source);
    if (schemaProblems.length > 0) return done([...(source.warnings ?? []), ...schemaProblems]);
    const problems = new Problems(source, [...(source.warnings ?? [])]);
    const law = this.lawData();
    for (const f of law.files) inputs.set(f.path, f);
    if (!law.data) problems.error(['danh_sach'], `cần dữ liệu luật trong ${this.options.lawDir} nhưng ${[...new Set(law.problems.map((p) => p.file))].join(', ')} có lỗi (đã báo riêng ở trên). Sửa tệp đó rồi chạy lại.`);
    const sheet = this.batchSheet(source, problems);
    if (sheet) for (const input of sheet.inputs) inputs.set(input.path, input);
    const form = this.batchForm(source, problems);
    if (form) inputs.set(form.input.path, form.input);
    const eligibility = this.eligibilityLaw(source, problems);
    if (eligibility.file) inputs.set(eligibility.file.path, eligibility.file);
    if (!sheet || !law.data || problems.hasErrors) return done(problems.list);
    const plan = planBatch({ batch: source, sheet: sheet.records, law: law.data, registry: this.options.registry, achievements: sheet.achievements, form: form?.file, eligibility: eligibility.law });
    return done([...problems.list, ...plan.problems], plan);
  }

  /** A batch file alone, parsed, without its sheet: what a worker needs to place the fields of the documents it is sent. */
  batchFile(path: string): { source: SourceFile; sha256: string } {
    const loaded = this.reader.readOnce(path, 'data');
    if (!loaded.ok) throw new DocumentError([{ severity: 'loi', file: path, message: this.unreadableDataFile(loaded) }]);
    return { source: parseSourceText(decodeText(loaded.file.bytes, path), path), sha256: loaded.file.sha256 };
  }

  /** The Word form of the báo cáo thành tích (`tao.bao_cao_thanh_tich.mau_word`, relative to the batch file). */
  private batchForm(source: SourceFile, problems: Problems): { file: FormFile; input: InputFile } | undefined {
    const reference = ((source.data.tao as Raw).bao_cao_thanh_tich as Raw | undefined)?.mau_word;
    if (typeof reference !== 'string') return undefined;
    const field = ['tao', 'bao_cao_thanh_tich', 'mau_word'];
    if (extname(reference).toLowerCase() !== '.docx') return void problems.error(field, `"${reference}" không phải tệp Word .docx. Lưu mẫu biểu bằng Word dạng "Word Document (*.docx)" rồi ghi tên tệp đó.`);
    const loaded = this.reader.read(isAbsolute(reference) ? reference : join(dirname(source.path), reference), 'data');
    if (!loaded.ok) return void problems.error(field, loaded.reason === 'missing' ? `không đọc được mẫu biểu "${reference}" ${WHERE}.` : this.unreadableDataFile(loaded));
    return { file: { path: loaded.file.path, bytes: loaded.file.bytes, sha256: loaded.file.sha256 }, input: inputOf(loaded.file) };
  }

  /**
   * The legal bases of the eligibility rules (tieu-chuan.yaml), read once a run. A missing file turns the
   * rules off with a warning (they only warn unless configured, and a project made before them lacks the
   * file); a faulty one is an error at its line, for it would check against wrong numbers.
   */
  private eligibilityLaw(source: SourceFile, problems: Problems): { law?: EligibilityLaw; file?: InputFile } {
    const path = join(this.options.lawDir, ELIGIBILITY_FILE);
    const loaded = this.reader.readOnce(path, 'data');
    if (!loaded.ok) {
      const at = source.data.dieu_kien !== undefined ? ['dieu_kien'] : ['loai'];
      problems.list.push({ severity: 'canh-bao', file: source.path, line: source.lineOf(at), field: at[0], message: `không có tệp ${path}, nên không kiểm tra điều kiện xét tặng (tiêu chuẩn theo Luật Thi đua, khen thưởng). Chép tệp tieu-chuan.yaml từ bản mẫu data/_chung của chương trình vào thư mục đó.` });
      return {};
    }
    try {
      return { law: parseEligibilityLaw({ path: loaded.file.path, text: decodeText(loaded.file.bytes, loaded.file.path) }), file: inputOf(loaded.file) };
    } catch (e) {
      problems.list.push(lawProblem(e, this.options.lawDir));
      return { file: inputOf(loaded.file) };
    }
  }

  /** The batch's sheet and the thành tích files its rows name (relative to the sheet's folder). */
  private batchSheet(source: SourceFile, problems: Problems) {
    const reference = String((source.data.danh_sach as Raw).tep);
    const path = isAbsolute(reference) ? reference : join(dirname(source.path), reference);
    if (!isSheet(reference)) return void problems.error(['danh_sach', 'tep'], `"${reference}" không phải bảng tính. Ghi tên tệp .xlsx hoặc .csv.`);
    const loaded = this.reader.read(path, 'data');
    if (!loaded.ok) return void problems.error(['danh_sach', 'tep'], loaded.reason === 'missing' ? `không đọc được bảng tính "${reference}" ${WHERE}.` : this.unreadableDataFile(loaded));
    let records: RecordSet;
    try {
      records = readBatchSheet(loaded.file.bytes, loaded.file.path);
    } catch (e) {
      if (!(e instanceof DocumentError)) throw e;
      problems.list.push(...e.problems);
      return undefined;
    }
    const inputs = [inputOf(loaded.file)];
    const achievements: Record<string, { text: string } | { error: string }> = {};
    for (const record of records.records) {
      const name = record.values.tep_thanh_tich;
      if (!name || achievements[name]) continue;
      const file = this.reader.read(isAbsolute(name) ? name : join(dirname(path), name), 'data');
      if (file.ok) {
        inputs.push(inputOf(file.file));
        achievements[name] = { text: nfc(normaliseText(decodeText(file.file.bytes, file.file.path))) };
      } else achievements[name] = { error: `không đọc được tệp thành tích "${name}" (đường dẫn tính từ thư mục của bảng tính). Kiểm tra tên tệp, hoặc ghi thành tích vào cột "Thành tích".` };
    }
    return { records, inputs, achievements };
  }

  /** Resolves a data file already read (`file`: its path and hash, for the list of inputs). */
  resolveSource(source: SourceFile, file?: InputFile): ResolvedDocument {
    return new Resolution(source, this.options, this.reader, () => this.lawData(), []).resolve(file);
  }

  /**
   * What is wrong with the law data (luong-co-so.yaml, danh-hieu.yaml), if a document needed it, each
   * problem with its file and line: shared files, so the run tells it once, and each document that
   * needs them only refers to it.
   */
  neededLawProblems(): Problem[] {
    return this.law?.problems ?? [];
  }

  private lawData(): LoadedLaw {
    if (this.law) return this.law;
    const files = [BASE_SALARY_FILE, AWARDS_FILE].map((name) => join(this.options.lawDir, name));
    const loaded = files.map((path) => this.reader.read(path, 'data'));
    const read = loaded.flatMap((l) => (l.ok ? [l.file] : []));
    if (read.length < files.length) {
      const missing = files.filter((_, i) => !loaded[i].ok);
      const problems = missing.map((file): Problem => ({ severity: 'loi', file, message: 'không có hoặc không đọc được tệp dữ liệu luật này; các văn bản khen thưởng (danh sách, biên bản, thành tích) cần nó. Chép lại tệp từ bản mẫu data/_chung của chương trình.' }));
      this.law = { files: read.map(inputOf), problems };
      return this.law;
    }
    const [salaryPath, awardsPath] = read.map((f) => f.path);
    // Messages name the files: the same bytes elsewhere are other law data.
    const key = read.map((f) => `${f.path}\0${f.sha256}`).join('\0');
    const kept = this.options.keptLaw?.get(key);
    if (kept) {
      this.law = { data: lawDataFrom(salaryPath, awardsPath, kept), files: read.map(inputOf), problems: [] };
      return this.law;
    }
    try {
      const [salary, awards] = read.map((f) => ({ path: f.path, text: decodeText(f.bytes, f.path) }));
      const data = parseLawData(salary, awards);
      this.options.keptLaw?.set(key, { baseSalaries: data.baseSalaries, rewardRules: data.rewardRules, awards: data.awards });
      this.law = { data, files: read.map(inputOf), problems: [] };
    } catch (e) {
      const problems = e instanceof DocumentError ? e.problems : [lawProblem(e, this.options.lawDir)];
      this.law = { files: read.map(inputOf), problems };
    }
    return this.law;
  }

  /** The faults of the law data files, at their own lines, whether or not a document needs them (for the check command). */
  lawProblems(): Problem[] {
    return this.lawData().problems;
  }
}

/** A problem of the law data, where it is (a LawDataError knows its file, line, column and field). */
function lawProblem(e: unknown, lawDir: string): Problem {
  if (!(e instanceof LawDataError)) return { severity: 'loi', file: lawDir, message: (e as Error).message };
  return { severity: 'loi', file: e.file, line: e.line, column: e.column, field: e.field.startsWith('(') ? undefined : e.field, message: e.detail };
}

/** Content templates as read, by the file the reader keeps for the run: a batch's thousand documents read theirs once. */
const contentTemplates = new WeakMap<LoadedFile, { text: string; declared?: ReturnType<typeof templateInputs> } | { problems: Problem[] }>();

function readContentTemplate(file: LoadedFile, path: string) {
  let read = contentTemplates.get(file);
  if (!read) {
    try {
      const { text, front } = readTemplateFile(decodeText(file.bytes, path), path);
      read = { text, ...(front ? { declared: templateInputs({ path, ...front }) } : {}) };
    } catch (e) {
      if (!(e instanceof DocumentError)) throw e;
      read = { problems: e.problems };
    }
    contentTemplates.set(file, read);
  }
  return read;
}

const inputOf = (file: LoadedFile): InputFile => ({ path: file.path, sha256: file.sha256 });

/** The resolution of one data file. */
class Resolution {
  private readonly raw: Raw;
  private readonly problems: Problems;
  private readonly inputs = new Map<string, InputFile>();
  private readonly resolved: ResolvedDocument;

  constructor(
    private readonly source: SourceFile,
    private readonly options: ResolverOptions,
    private readonly reader: FileReader,
    private readonly lawData: () => LoadedLaw,
    /** The documents that send this one, outermost first (a document may not send itself). */
    private readonly senders: string[],
  ) {
    this.raw = source.data;
    this.problems = new Problems(source, [...(source.warnings ?? [])]);
    this.resolved = { source, registry: options.registry, files: {}, images: {}, attachments: {}, problems: this.problems.list, inputs: [] };
  }

  resolve(file?: InputFile): ResolvedDocument {
    if (file) this.addInput(file);
    if (this.options.registryFile) this.addInput(this.options.registryFile);
    this.contentTemplate();
    this.law();
    this.listFile();
    this.appendixFiles();
    this.images();
    this.attachments();
    this.resolved.inputs = [...this.inputs.values()];
    return this.resolved;
  }

  private addInput(input: InputFile): void {
    if (!this.inputs.has(input.path)) this.inputs.set(input.path, { path: input.path, sha256: input.sha256 });
  }

  /** Where a file the data file names is: relative to its folder, unless the name is absolute. */
  private pathOf(reference: string): string {
    return isAbsolute(reference) ? reference : join(dirname(this.source.path), reference);
  }

  /** A file named by the data file; a failure is reported at `field`. */
  private read(reference: string, field: Path, kind: FileKind, what: (reference: string) => string, path = this.pathOf(reference)): LoadedFile | undefined {
    const loaded: Loaded = this.reader.read(path, kind);
    if (loaded.ok) {
      this.addInput(loaded.file);
      return loaded.file;
    }
    this.problems.error(field, this.unreadable(reference, loaded, what));
    return undefined;
  }

  private unreadable(reference: string, loaded: Extract<Loaded, { ok: false }>, missing: (reference: string) => string): string {
    switch (loaded.reason) {
      case 'missing':
        return missing(reference);
      case 'outside':
        return `tệp "${reference}" nằm ngoài thư mục dữ liệu và thư mục mẫu (kể cả khi đi qua liên kết tắt); chỉ dùng được tệp trong ${this.reader.allowed.join(', ')}. Chép tệp vào thư mục dữ liệu rồi ghi đường dẫn tới bản chép.`;
      case 'not-a-file':
        return `"${reference}" không phải một tệp (là thư mục hoặc thiết bị). Ghi đường dẫn tới một tệp.`;
      case 'too-large':
        return `tệp "${reference}" quá lớn (${megabytes(loaded.bytes)}; tối đa ${megabytes(loaded.limit)} cho loại tệp này). Kiểm tra có chọn nhầm tệp không; ảnh chữ ký, con dấu nên thu nhỏ (dưới 1 MB là đủ).`;
    }
  }

  /** A data file named by this one, parsed; its own problems (with its lines) are reported as they are. */
  private readData(
    reference: string,
    field: Path,
    what: (reference: string) => string,
    parse = (bytes: Uint8Array, path: string) => parseSourceText(decodeText(bytes, path), path),
  ): { source: SourceFile; file: LoadedFile } | undefined {
    const file = this.read(reference, field, 'data', what);
    if (!file) return undefined;
    try {
      return { source: parse(file.bytes, file.path), file };
    } catch (e) {
      if (!(e instanceof DocumentError)) throw e;
      this.problems.list.push(...e.problems);
      return undefined;
    }
  }

  private contentTemplate(): void {
    const name = this.raw.mau;
    if (typeof name !== 'string') return;
    const path = join(this.options.templatesDir, CONTENT_TEMPLATE_DIR, name + CONTENT_TEMPLATE_EXT);
    const file = this.read(name, ['mau'], 'template', () => `không có mẫu nội dung ${path}`, path);
    if (!file) return;
    const read = readContentTemplate(file, path);
    if ('problems' in read) return void this.problems.list.push(...read.problems.map((p) => ({ ...p })));
    const { text, declared } = read;
    if (declared && declared.problems.length > 0) return void this.problems.list.push(...declared.problems.map((p) => ({ ...p })));
    if (!declared) this.undeclaredTemplate(name);
    this.resolved.contentTemplate = { path, text, inputs: declared?.inputs } satisfies ContentTemplate;
  }

  /** A template that does not declare its du_lieu is filled unchecked: said, so that its author adds the declaration. */
  private undeclaredTemplate(name: string): void {
    const message = `mẫu nội dung "${name}" chưa khai báo các giá trị du_lieu nó dùng (phần giữa hai dòng "---" ở đầu mẫu), nên du_lieu không được kiểm tra trước khi điền. Thêm phần khai báo như các mẫu trong templates/noi-dung (README, mục "Mẫu nội dung").`;
    this.problems.list.push({ severity: 'canh-bao', file: this.source.path, line: this.source.lineOf(['mau']), field: 'mau', message });
  }

  private law(): void {
    const field = DOSSIER_FIELDS.find((f) => this.raw[f] !== undefined);
    if (!field) return;
    const law = this.lawData();
    for (const f of law.files) this.addInput(f);
    if (law.data) this.resolved.law = law.data;
    else this.problems.error([field], `cần dữ liệu luật trong ${this.options.lawDir} nhưng ${[...new Set(law.problems.map((p) => p.file))].join(', ')} có lỗi (đã báo riêng ở trên). Sửa tệp đó rồi chạy lại.`);
  }

  private listFile(): void {
    const list = this.raw.danh_sach as Raw | undefined;
    if (typeof list?.tep !== 'string') return;
    const parse = isSheet(list.tep) ? readNomineeSheet : undefined;
    const read = this.readData(list.tep, ['danh_sach', 'tep'], (r) => `không đọc được tệp danh sách "${r}" ${WHERE}.`, parse);
    if (read) this.addFile(list.tep, read.source);
  }

  private appendixFiles(): void {
    const appendices = Array.isArray(this.raw.phu_luc) ? (this.raw.phu_luc as Raw[]) : [];
    appendices.forEach((appendix, i) => {
      if (typeof appendix?.tep !== 'string' || typeof appendix.noi_dung === 'string' || this.resolved.files[appendix.tep]) return;
      const read = this.readData(appendix.tep, ['phu_luc', i, 'tep'], (r) => `không đọc được tệp phụ lục "${r}" ${WHERE}.`);
      if (read) this.addFile(appendix.tep, read.source);
    });
  }

  /** A list or phụ lục file, with what its reader warns about (a document sent with this one reports its own). */
  private addFile(reference: string, source: SourceFile): void {
    this.resolved.files[reference] = source;
    this.problems.list.push(...(source.warnings ?? []));
  }

  private images(): void {
    const ky = this.raw.ky;
    const signers: [Raw, Path][] = Array.isArray(ky) ? ky.map((s, i) => [s as Raw, ['ky', i]]) : ky && typeof ky === 'object' ? [[ky as Raw, ['ky']]] : [];
    for (const [signer, path] of signers) {
      for (const field of ['chu_ky', 'con_dau']) {
        const reference = signer?.[field];
        if (typeof reference === 'string' && !this.resolved.images[reference]) this.image(reference, [...path, field]);
      }
    }
  }

  /** A PNG or JPEG image (path relative to the data file); a missing file or another format is an error. */
  private image(reference: string, field: Path): void {
    const notFound = (r: string) => `không tìm thấy tệp ảnh "${r}" (đường dẫn tính từ thư mục của tệp này, ví dụ "../_chung/anh/chu-ky.png").`;
    const file = this.read(reference, field, 'image', notFound);
    if (!file) return;
    const image = readImage(file.bytes);
    if (!image.ok) return this.problems.error(field, unusableImage(reference, image));
    const { width, height } = image.size;
    this.resolved.images[reference] = { path: file.path, sha256: file.sha256, widthPx: width, heightPx: height, bytes: file.bytes } satisfies LoadedImage;
  }

  private attachments(): void {
    const files = Array.isArray(this.raw.kem_theo) ? this.raw.kem_theo : [];
    files.forEach((reference, i) => {
      if (typeof reference !== 'string' || this.resolved.attachments[reference]) return;
      const chain = [...this.senders, resolve(this.source.path)];
      if (chain.includes(resolve(this.pathOf(reference)))) {
        return this.problems.error(['kem_theo', i], `tệp gửi kèm "${reference}" lại gửi kèm chính văn bản đang gửi nó (vòng lặp). Bỏ tệp này khỏi "kem_theo".`);
      }
      const read = this.readData(reference, ['kem_theo', i], (r) => `không đọc được tệp gửi kèm "${r}" ${WHERE}.`);
      if (!read) return;
      const attachment = new Resolution(read.source, this.options, this.reader, this.lawData, chain).resolve(inputOf(read.file));
      this.resolved.attachments[reference] = attachment;
      for (const input of attachment.inputs) this.addInput(input);
    });
  }
}


const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

const ACCEPTED_IMAGES = 'Chỉ dùng được ảnh PNG (.png, nên có nền trong suốt) hoặc JPEG (.jpg, .jpeg)';

/** Why an image file cannot be used: what it is, and which formats are accepted. */
function unusableImage(reference: string, image: Extract<ReadImage, { ok: false }>): string {
  if (image.damaged) return `tệp "${reference}" là ảnh ${image.format} nhưng bị hỏng (${image.damaged}). Mở ảnh bằng một trình sửa ảnh và lưu lại dạng PNG hoặc JPEG.`;
  if (image.tooLarge) {
    const { width, height } = image.tooLarge;
    return `tệp "${reference}" là ảnh ${image.format} ${width} × ${height} điểm ảnh, quá lớn (tối đa ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh). Thu nhỏ ảnh (chữ ký, con dấu chỉ cần khoảng 600 × 600 điểm ảnh) rồi lưu lại.`;
  }
  const named = /\.(png|jpe?g)$/i.exec(reference)?.[0];
  const what = image.format === undefined ? 'không phải ảnh PNG hay JPEG (không nhận ra định dạng của tệp)' : `là ${image.format === 'PDF' ? 'tài liệu' : 'ảnh'} ${image.format}`;
  return `tệp "${reference}" ${what}${named ? `, dù tên có đuôi "${named}"` : ''}. ${ACCEPTED_IMAGES}: mở ảnh bằng một trình sửa ảnh và lưu lại dạng PNG.`;
}

const isSheet = (reference: string): boolean => SHEET_EXTENSIONS.includes(extname(reference).toLowerCase());
