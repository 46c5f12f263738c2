/**
 * Builds the document model from the resolved inputs: the agency, the signer, the recipients, the
 * content template filled, the Markdown body turned into blocks. A pure function: everything it uses
 * was loaded by the resolver. Every problem found is collected with its line and field; if any is an
 * error the document is not built.
 */
import { DocumentError } from '../core/errors.ts';
import { Problems } from '../core/problems.ts';
import type { Path, SourceFile } from '../core/source.ts';
import { buildKyHieu, FIRST_YEAR, formatDateWords, formatPlaceDate, formatSoKyHieu, isoDate, isRealDate, parsePartialDate, type PartialDate } from '../core/dates.ts';
import { describeBounds, displayDate } from '../core/periods.ts';
import { isValidPattern, toRoman } from '../core/numbering.ts';
import { lines, upper } from '../core/text.ts';
import { ContentTemplateError, renderContentTemplate, type ContentTemplate } from '../content/templates.ts';
import { checkTemplateData } from '../content/template-inputs.ts';
import { DOC_TYPES, type DocType, type DocTypeKey } from '../document/doc-types.ts';
import type { Appendix, Block, Closing, Document, ImageRef, Level, Recipients, Run, Signer, UnconfirmedLaw } from '../document/types.ts';
import { buildDossier, dossierAppendices, dossierSheet, type Dossier } from '../dossier/index.ts';
import type { UsedLawValue } from '../dossier/unconfirmed.ts';
import { endWithMark } from '../document/end-mark.ts';
import { QUOC_HIEU, RECIPIENT_DASH, TIEU_NGU } from '../layout/nd30.ts';
import { DOCUMENT_SCHEMA } from '../schema/data-schema.ts';
import { validateAgainstSchema } from '../schema/validate.ts';
import { tooLarge } from '../core/limits.ts';
import { DEFAULT_HEADING_LEVELS, DEFAULT_NUMBERING, markdownToBlocks, type BodyProblem, type Numbering } from './body.ts';
import type { ResolvedDocument } from './inputs.ts';
import { agencyAt, agencyFromRaw, checkAgency, signerAt, type Agency, type DatedSigner } from './registry.ts';

export const QUYEN_HAN = ['TM.', 'Q.', 'KT.', 'TL.', 'TUQ.'] as const;

type Raw = Record<string, unknown>;

/** What the document it is sent with tells an attached document. */
export interface AttachedTo {
  /** `(Kèm theo Kế hoạch số 54/KH-UBND ngày 20 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh Cao Bằng)`. */
  line: string;
}

export function buildDocument(input: ResolvedDocument, attachedTo?: AttachedTo): Document {
  const schemaProblems = validateAgainstSchema(input.source.data, DOCUMENT_SCHEMA, input.source);
  if (schemaProblems.length > 0) throw new DocumentError([...schemaProblems, ...input.problems]);
  return new DocumentBuilder(input, attachedTo).build();
}

class DocumentBuilder {
  private readonly source: SourceFile;
  private readonly raw: Raw;
  private readonly problems: Problems;
  private readonly type: DocType;
  private readonly form: boolean;
  /** The document's date as `YYYY-MM-DD` (a draft's missing day or month: the first), at which dated registry values are taken. */
  private at?: string;

  constructor(
    private readonly input: ResolvedDocument,
    private readonly sentWith?: AttachedTo,
  ) {
    this.source = input.source;
    this.raw = input.source.data;
    this.problems = new Problems(input.source, [...input.problems]);
    this.type = DOC_TYPES[this.raw.loai as DocTypeKey] as DocType;
    this.form = this.raw.bieu_mau === true;
  }

  build(): Document {
    const declared = this.agency();
    const date = this.date();
    this.at = date && isoDate(date);
    const agency = declared && this.at ? agencyAt(declared, this.at) : declared;
    const kyHieu = agency ? this.kyHieu(agency) : '';
    const dossier = date ? this.dossier(date) : undefined;
    const body = this.body(agency, date, kyHieu, dossier);
    const closing = agency ? this.closing(agency, dossier?.signers) : { signers: [] };
    const listAppendices = date ? dossierAppendices(dossier!, (issuer) => this.attachedToLine(agency, date, kyHieu, issuer)) : [];
    const appendices = date ? [...this.appendices(agency, date, kyHieu), ...listAppendices] : [];
    const attachments = this.attachments(date && { line: this.attachedToLine(agency, date, kyHieu) });
    if (this.problems.hasErrors || !agency || !date) throw new DocumentError(this.problems.list);
    const number = this.raw.so as number | undefined;
    return {
      source: this.source.path,
      info: {
        type: String(this.raw.loai),
        typeAbbreviation: this.type.abbreviation,
        number,
        date,
        draft: Boolean(this.raw.du_thao),
        ...(this.raw.da_ban_hanh === true ? { issued: true } : {}),
        form: this.form,
        agency: agency.key,
      },
      header: {
        coQuanChuQuan: agency.chuQuan,
        coQuanBanHanh: agency.ten,
        soKyHieu: this.raw.khong_so === true ? '' : formatSoKyHieu(kyHieu, number),
        vvTrichYeu: this.type.name ? [] : this.vvTrichYeu(),
        khanMat: [this.raw.do_khan, this.raw.do_mat].filter((v): v is string => typeof v === 'string'),
        duThao: this.draftMark(),
        quocHieu: QUOC_HIEU,
        tieuNgu: TIEU_NGU,
        // A biên bản has none (Mẫu 1.9), unless the council writes one (`dia_danh_ngay: true`).
        diaDanhNgay: this.type.noDateLine && this.raw.dia_danh_ngay !== true ? undefined : formatPlaceDate(String(this.raw.dia_danh ?? agency.diaDanh), date),
      },
      title: {
        tenLoai: this.type.name ? String(this.raw.ten_loai ?? this.type.name) : undefined,
        trichYeu: this.type.name ? (this.raw.trich_yeu === undefined ? (dossier?.trichYeu ?? []) : lines(this.raw.trich_yeu)) : [],
        attachedTo: this.ownAttachedToLine(),
      },
      authority: typeof this.raw.tham_quyen === 'string' ? upper(this.raw.tham_quyen) : undefined,
      kinhGui: kinhGuiLines(lines(this.raw.kinh_gui)),
      canCu: canCuLines(lines(this.raw.can_cu), this.raw.theo_de_nghi as string | undefined, this.raw.dau_cuoi_theo_de_nghi as TheoDeNghiEnd | undefined),
      body,
      closing,
      appendices,
      attachments,
      danhSach: dossier && listAppendices[0] ? dossierSheet(dossier, listAppendices[0], agency.ten.join(' ')) : undefined,
      nominees: dossier?.summary && { tapThe: dossier.summary.so_tap_the, caNhan: dossier.summary.so_ca_nhan },
      unconfirmedLaw: dossier && dossier.unconfirmed.length > 0 ? dossier.unconfirmed.map(unconfirmedLaw) : undefined,
    };
  }

  private agency(): Agency | undefined {
    const value = this.raw.co_quan;
    if (typeof value === 'object' && value) {
      const at = { source: this.source, path: ['co_quan'] };
      const problems = checkAgency(value as Raw, at);
      this.problems.list.push(...problems);
      return problems.length > 0 ? undefined : agencyFromRaw('(khai báo trong tệp)', value as Raw, at);
    }
    const { registry } = this.input;
    const agency = registry.agencies.get(String(value));
    if (!agency) {
      const known = [...registry.agencies.keys()].join(', ') || '(danh mục trống)';
      this.problems.error(['co_quan'], `không có cơ quan "${String(value)}" trong danh mục ${registry.path ?? ''}. Các mã có: ${known}.`);
    }
    return agency;
  }

  private date(): PartialDate | undefined {
    const value = this.raw.ngay as string | number;
    const date = parsePartialDate(value);
    if (!date) {
      this.problems.error(['ngay'], `"${value}" không phải ngày. Cần dạng YYYY-MM-DD, ví dụ 2023-06-29 (chưa có ngày: 2023-06 hoặc 2023).`);
      return undefined;
    }
    if (date.year < FIRST_YEAR) {
      this.problems.error(['ngay'], `năm ${value.toString().slice(0, 4)} không thể là năm ban hành. Ghi năm đủ bốn chữ số, ví dụ 2025-06-29.`);
      return undefined;
    }
    if (date.month !== undefined && (date.month < 1 || date.month > 12)) {
      this.problems.error(['ngay'], `tháng ${date.month} không có. Tháng phải từ 01 đến 12.`);
      return undefined;
    }
    if (date.day !== undefined && !isRealDate(date.year, date.month!, date.day)) {
      this.problems.error(['ngay'], `ngày ${value} không có thật (tháng ${date.month} năm ${date.year} không có ngày ${date.day}). Sửa lại ngày ban hành.`);
      return undefined;
    }
    return date;
  }

  private kyHieu(agency: Agency): string {
    if (typeof this.raw.ky_hieu === 'string') return this.raw.ky_hieu;
    const unit = this.raw.don_vi_soan_thao as string | undefined;
    if (!this.type.abbreviation && !unit) {
      this.problems.error(['don_vi_soan_thao'], 'công văn cần đơn vị soạn thảo để ghi ký hiệu (ví dụ "VX" trong 12/UBND-VX).');
    }
    return buildKyHieu({ type: this.type.abbreviation, agency: agency.vietTat, unit: this.type.abbreviation ? undefined : unit });
  }

  private vvTrichYeu(): string[] {
    const parts = lines(this.raw.trich_yeu);
    return parts.map((line, i) => (i === 0 ? `V/v ${line.replace(/^V\/v\s*/i, '')}` : line));
  }

  private draftMark(): string | undefined {
    const value = this.raw.du_thao;
    if (value === true) return 'DỰ THẢO';
    if (typeof value === 'number' && value > 0) return `DỰ THẢO LẦN ${value}`;
    return undefined;
  }

  private dossier(date: PartialDate): Dossier {
    const list = (this.raw.danh_sach as Raw | undefined)?.tep;
    return buildDossier({
      raw: this.raw,
      problems: this.problems,
      law: this.input.law,
      listFile: typeof list === 'string' ? this.input.files[list] : undefined,
      date,
      withMoneyByDefault: this.type.paysRewards === true,
    });
  }

  private body(agency: Agency | undefined, date: PartialDate | undefined, kyHieu: string, dossier: Dossier | undefined): Block[] {
    const markdown = this.bodyMarkdown(agency, date, kyHieu, dossier?.context ?? {});
    const numbering = this.numbering();
    const headingLevels = (this.raw.cap_tieu_de as Level[] | undefined) ?? this.type.headingLevels ?? DEFAULT_HEADING_LEVELS;
    const onUnknownInsert = (name: string) =>
      this.problems.error(['mau'], `nội dung có chỗ chèn "<!-- chen: ${name} -->" nhưng dữ liệu không tạo ra phần "${name}". Các phần có: ${Object.keys(dossier?.inserts ?? {}).join(', ') || '(không có)'}.`);
    const onProblem = this.input.contentTemplate && typeof this.raw.mau === 'string' ? this.templateBodyProblem(this.input.contentTemplate) : this.ownBodyProblem();
    const blocks = markdown === undefined ? [] : markdownToBlocks(markdown, { numbering, headingLevels, inserts: dossier?.inserts, onUnknownInsert, onProblem });
    const opening: Block[] = this.type.opening ? [{ kind: 'paragraph', style: 'ChuGiua', runs: [{ text: this.type.opening }], align: 'center' }] : [];
    return [...opening, ...(this.endsWithMark() ? endWithMark(blocks) : blocks)];
  }

  /** Something the data file's own body cannot print, told at its line (in a .yaml or .json file, in "noi_dung"). */
  private ownBodyProblem(): (problem: BodyProblem) => void {
    const inField = typeof this.raw.noi_dung === 'string';
    return (p) => this.problems.error(inField ? ['noi_dung'] : [], p.message, this.source.bodyLine + p.line - 1);
  }

  /**
   * Something a filled content template cannot print: told at the du_lieu value it came from (a value
   * inserted with {{{…}}}), else at the template line that has it, else at "mau".
   */
  private templateBodyProblem(template: ContentTemplate): (problem: BodyProblem) => void {
    return (p) => {
      const written = p.source.split('\n')[0].trim();
      const fromData = written ? pathOfText(this.raw.du_lieu, written, ['du_lieu']) : undefined;
      if (fromData) return this.problems.error(fromData, p.message);
      const at = written ? template.text.indexOf(written) : -1;
      if (at >= 0) return this.problems.errorIn(template.path, template.text.slice(0, at).split('\n').length, p.message);
      this.problems.error(['mau'], `nội dung điền từ mẫu ${template.path}: ${p.message}`);
    };
  }

  /**
   * Every type of document ends its content with `./.` (each sample of Phụ lục III does), a form to fill
   * in does not (its outline ends with empty headings); `dau_ket_thuc` decides for one document.
   */
  private endsWithMark(): boolean {
    return typeof this.raw.dau_ket_thuc === 'boolean' ? this.raw.dau_ket_thuc : !this.form;
  }

  private bodyMarkdown(agency: Agency | undefined, date: PartialDate | undefined, kyHieu: string, computed: Record<string, unknown>): string | undefined {
    const own = this.source.body?.trim() ? this.source.body : undefined;
    if (typeof this.raw.mau !== 'string') return own;
    if (own) this.problems.error(['mau'], 'văn bản dùng mẫu nội dung thì không viết thêm nội dung riêng. Xóa phần nội dung hoặc bỏ trường "mau".');
    const template = this.input.contentTemplate;
    // No template: the resolver has said why. No date or agency: their errors say why, and the template
    // would only add errors about the values they give it (năm, co_quan.ten_day_du).
    if (!template || !date || !agency) return undefined;
    const data = (this.raw.du_lieu as Raw | undefined) ?? {};
    if (template.inputs) {
      const faults = checkTemplateData(template.inputs, data, this.raw.mau);
      // Without du_lieu, a missing value is told at the line of "mau".
      const line = this.raw.du_lieu === undefined ? this.source.lineOf(['mau']) : undefined;
      for (const fault of faults) this.problems.error(fault.path, fault.message, line);
      if (faults.length > 0) return undefined;
    }
    const context = {
      ...data,
      ...computed,
      nam: date?.year,
      so_ky_hieu: kyHieu,
      co_quan: agency && { ten_day_du: agency.tenDayDu, dia_danh: agency.diaDanh, viet_tat: agency.vietTat },
    };
    try {
      return renderContentTemplate(template, context);
    } catch (e) {
      if (!(e instanceof ContentTemplateError)) throw e;
      if (e.inTemplate) this.problems.errorIn(template.path, e.line, e.message);
      else this.problems.error(['mau'], e.message);
      return undefined;
    }
  }

  /** The numbering styles; a style that is not understood is reported, and the default used meanwhile (numbering goes on to find other problems). */
  private numbering(): Numbering {
    const custom = (this.raw.danh_so ?? {}) as Partial<Numbering>;
    const valid = Object.entries(custom).filter(([level, pattern]) => {
      if (isValidPattern(pattern)) return true;
      this.problems.error(['danh_so', level], `kiểu đánh số "${pattern}" không hiểu được. Viết như nhãn đầu tiên: "I.", "1.", "a)", "a.", "1.1.".`);
      return false;
    });
    return { ...DEFAULT_NUMBERING, ...Object.fromEntries(valid) };
  }

  private closing(agency: Agency, defaultSigners?: Raw[]): Closing {
    const raw = this.raw.ky ?? defaultSigners;
    const signersRaw = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const signers = signersRaw.map((s, i) => this.signer(s as Raw, agency, Array.isArray(raw) ? ['ky', i] : ['ky']));
    if (signers.length === 0 && !this.form) this.problems.error(['ky'], 'thiếu người ký. Ghi "ky:" với "nguoi_ky" (mã trong danh mục) hoặc "ho_ten" và "chuc_vu".');
    return { recipients: this.recipients(agency), signers };
  }

  private signer(raw: Raw, agency: Agency, path: Path): Signer {
    const chain = lines(raw.quyen_han);
    chain.forEach((line, i) => {
      const prefix = line.split(/\s+/)[0];
      if (!(QUYEN_HAN as readonly string[]).includes(prefix) || line.trim() === prefix) {
        this.problems.error([...path, 'quyen_han', i], `"${line}" không phải quyền hạn ký. Mỗi dòng phải bắt đầu bằng một trong ${QUYEN_HAN.join(', ')} rồi đến chức danh, ví dụ "KT. CHỦ TỊCH".`);
      }
    });
    let person: { hoTen?: string; chucVu?: string } = { hoTen: raw.ho_ten as string | undefined, chucVu: raw.chuc_vu as string | undefined };
    if (typeof raw.nguoi_ky === 'string') {
      const dated = agency.signers[raw.nguoi_ky];
      if (!dated) {
        const known = Object.keys(agency.signers).join(', ') || '(chưa khai báo người ký)';
        this.problems.error([...path, 'nguoi_ky'], `cơ quan "${agency.key}" không có người ký "${raw.nguoi_ky}". Các mã có: ${known}.`);
      }
      const found = dated && this.signerPeriod(dated, raw.nguoi_ky, agency, path);
      person = { hoTen: person.hoTen ?? found?.hoTen, chucVu: person.chucVu ?? found?.chucVu };
    }
    // A signer code not found, or without a period at the date, has said so: its name and chức vụ are not missing too.
    const unresolved = typeof raw.nguoi_ky === 'string' && !person.chucVu && !person.hoTen;
    if (!person.chucVu && !unresolved) this.problems.error([...path, 'chuc_vu'], 'thiếu chức vụ người ký (ví dụ "PHÓ CHỦ TỊCH").');
    // Signers taken from a biên bản's chủ trì and thư ký: their missing names are reported there.
    const ownSigner = this.raw.ky !== undefined;
    if (!person.hoTen && !this.form && ownSigner && !unresolved) this.problems.error([...path, 'ho_ten'], 'thiếu họ tên người ký.');
    return {
      lines: [...chain, person.chucVu ?? ''].map(upper).filter(Boolean),
      note: raw.ghi_chu as string | undefined,
      aboveName: typeof raw.dong_tren_ten === 'string' ? upper(raw.dong_tren_ten) : undefined,
      name: person.hoTen,
      signatureImage: this.image(raw.chu_ky),
      sealImage: this.image(raw.con_dau),
    };
  }

  /** The image the resolver loaded for a reference (a missing one it has reported). */
  private image(reference: unknown): ImageRef | undefined {
    const loaded = typeof reference === 'string' ? this.input.images[reference] : undefined;
    return loaded && { path: loaded.path, sha256: loaded.sha256, widthPx: loaded.widthPx, heightPx: loaded.heightPx };
  }

  /** The signer's period at the document's date; none is an error that lists the periods (no date: the last, the date's error says why). */
  private signerPeriod(dated: DatedSigner, code: string, agency: Agency, path: Path) {
    if (!this.at) return dated.periods.at(-1);
    const found = signerAt(dated, this.at);
    if (!found) {
      const periods = dated.periods.map((p) => `${p.hoTen}, ${p.chucVu}, ${describeBounds(p)}`).join('; ');
      this.problems.error(
        [...path, 'nguoi_ky'],
        `người ký "${code}" của cơ quan "${agency.key}" không có giai đoạn nào gồm ngày ${displayDate(this.at)} của văn bản (trường "ngay"). Các giai đoạn (${dated.where}): ${periods}. Sửa ngày văn bản, chọn người ký khác, hoặc thêm vào danh mục một giai đoạn gồm ngày này.`,
      );
    }
    return found;
  }

  private recipients(agency: Agency): Recipients | undefined {
    const items = this.raw.noi_nhan as (string | { nhom: string })[] | undefined;
    if (!items) return undefined;
    const texts = items.flatMap((item, i) => {
      if (typeof item === 'string') return [item];
      const group = agency.groups[item.nhom];
      if (!group) {
        const known = Object.keys(agency.groups).join(', ') || '(chưa khai báo nhóm)';
        this.problems.error(['noi_nhan', i, 'nhom'], `không có nhóm nơi nhận "${item.nhom}" trong danh mục của "${agency.key}". Các nhóm có: ${known}.`);
      }
      return group ?? [];
    });
    const recipientLines: Run[][] = texts.map((t) => [{ text: `${RECIPIENT_DASH}${stripEnd(t)};` }]);
    const luu = this.luuLine(agency);
    if (luu) recipientLines.push(luu);
    else if (recipientLines.length > 0) {
      // No Lưu line (a form, or the rule dong-luu switched off): the last recipient ends the list.
      const last = recipientLines[recipientLines.length - 1][0];
      last.text = last.text.replace(/;$/, '').replace(/([^.…])$/, '$1.');
    }
    return { heading: 'Nơi nhận:', lines: recipientLines };
  }

  /** `- Lưu: VT, TĐKT.` from `luu`, or else from the agency's `don_vi_luu`. */
  private luuLine(agency: Agency): Run[] | undefined {
    const raw = this.raw.luu ?? (agency.donViLuu.length > 0 ? agency.donViLuu : undefined);
    if (raw === undefined) return undefined;
    const spec = (typeof raw === 'object' && !Array.isArray(raw) ? raw : { don_vi: raw }) as Raw;
    const units = ['VT', ...lines(spec.don_vi)];
    const runs: Run[] = [{ text: `${RECIPIENT_DASH}Lưu: ${units.join(', ')}` }];
    const drafter = [spec.ky_hieu_nguoi_soan, spec.so_ban].filter((v) => v !== undefined).join('.');
    if (drafter) runs.push({ text: `(${drafter})`, sub: true });
    runs.push({ text: '.' });
    return runs;
  }

  private appendices(agency: Agency | undefined, date: PartialDate, kyHieu: string): Appendix[] {
    const list = (this.raw.phu_luc ?? []) as Raw[];
    return list.map((raw, i) => {
      const markdown = this.appendixMarkdown(raw, i);
      const file = typeof raw.noi_dung === 'string' ? undefined : this.input.files[raw.tep as string];
      // Inline, the problem is told at the phụ lục's noi_dung with the line inside it; in a file, at the file's line.
      const onProblem = (p: BodyProblem): void =>
        file
          ? void this.problems.list.push({ severity: 'loi', file: file.path, line: file.bodyLine + p.line - 1, message: p.message })
          : this.problems.error(['phu_luc', i, 'noi_dung'], `${p.message} (dòng ${p.line} của nội dung phụ lục)`);
      const label = typeof raw.so === 'string' ? raw.so : list.length > 1 ? `Phụ lục ${toRoman(i + 1)}` : 'Phụ lục';
      return {
        label,
        title: lines(raw.tieu_de).map(upper),
        attachedTo: typeof raw.kem_theo === 'string' ? raw.kem_theo : this.attachedToLine(agency, date, kyHieu),
        body: markdown ? markdownToBlocks(markdown, { numbering: this.numbering(), headingLevels: DEFAULT_HEADING_LEVELS, onProblem }) : [],
        landscape: raw.ngang === true,
      };
    });
  }

  private appendixMarkdown(raw: Raw, i: number): string | undefined {
    const large = tooLarge(typeof raw.noi_dung === 'string' ? raw.noi_dung : undefined);
    if (large) this.problems.error(['phu_luc', i, 'noi_dung'], large.message);
    if (typeof raw.noi_dung === 'string') return large ? undefined : raw.noi_dung;
    return typeof raw.tep === 'string' ? this.input.files[raw.tep]?.body : undefined;
  }

  /** `(Kèm theo Kế hoạch số 469/KH-UBND ngày 21 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh)` */
  private attachedToLine(agency: Agency | undefined, date: PartialDate, kyHieu: string, issuer?: string): string {
    const typeName = this.type.name ? sentenceCase(String(this.raw.ten_loai ?? this.type.name)) : 'Công văn';
    const number = formatSoKyHieu(kyHieu, this.raw.so as number | undefined).replace(/^Số: /, '');
    return `(Kèm theo ${typeName} số ${number} ${formatDateWords(date)} của ${issuer ?? agency?.tenDayDu ?? ''})`;
  }

  /**
   * The `(Kèm theo …)` line under the title of a document sent with another one (an Đề cương báo cáo), as a
   * phụ lục has; `dong_kem_theo` writes it by hand, or `false` leaves it out.
   */
  private ownAttachedToLine(): string | undefined {
    const own = this.raw.dong_kem_theo;
    if (own === false) return undefined;
    return typeof own === 'string' ? own : this.sentWith?.line;
  }

  private attachments(sentWith: AttachedTo | undefined): Document[] {
    const files = (this.raw.kem_theo ?? []) as string[];
    return files.flatMap((file) => {
      const attachment = this.input.attachments[file];
      if (!attachment) return []; // the resolver has said why
      try {
        return [buildDocument(attachment, sentWith)];
      } catch (e) {
        if (!(e instanceof DocumentError)) throw e;
        this.problems.list.push(...e.problems);
        return [];
      }
    });
  }
}

const unconfirmedLaw = (u: UsedLawValue): UnconfirmedLaw => ({
  what: u.what,
  value: u.value,
  from: u.tu_ngay,
  source: u.can_cu,
  file: u.file,
  line: u.line,
  flag: u.flag,
  field: [...u.field],
});

/** Drops the one punctuation mark the author may have typed at the end; an ellipsis stays. */
const stripEnd = (text: string): string => {
  const trimmed = text.trim();
  return /(\.\.\.|…)$/.test(trimmed) ? trimmed : trimmed.replace(/[;.,]$/, '').trim();
};

const sentenceCase = (text: string): string => {
  const lower = text.toLocaleLowerCase('vi');
  return upper(lower.charAt(0)) + lower.slice(1);
};

/** One addressee: `X.` on the Kính gửi line; several: `- X;` each, the last `- Z.`. */
export function kinhGuiLines(items: string[]): string[] {
  if (items.length === 1) return [`${stripEnd(items[0])}.`];
  return items.map((item, i) => `- ${stripEnd(item)}${i === items.length - 1 ? '.' : ';'}`);
}

type TheoDeNghiEnd = '.' | ',';

/**
 * Each căn cứ ends `;`, the last `.`; a following `Theo đề nghị …` line ends `.` as in Mẫu 1.2 of
 * Nghị định 30 (older decisions end it with `,`: `end` keeps that).
 */
export function canCuLines(items: string[], theoDeNghi?: string, end: TheoDeNghiEnd = '.'): string[] {
  const out = items.map((item, i) => `${stripEnd(item)}${i === items.length - 1 && !theoDeNghi ? '.' : ';'}`);
  if (theoDeNghi) out.push(`${stripEnd(theoDeNghi)}${end}`);
  return out;
}

/** The path of the first text value under `value` that contains `text`. */
function pathOfText(value: unknown, text: string, path: Path): Path | undefined {
  if (typeof value === 'string') return value.includes(text) ? path : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = pathOfText(child, text, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}
