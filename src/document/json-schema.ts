/** JSON Schema of the document model's JSON form (json.ts), published as schema/mo-hinh-van-ban.schema.json. */
import { STYLES } from '../layout/nd30.ts';
import { DOCUMENT_MODEL_FORMAT, DOCUMENT_MODEL_VERSION } from './json.ts';

const string = { type: 'string' };
const strings = { type: 'array', items: string };
const integer = { type: 'integer' };
const boolean = { type: 'boolean' };
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const object = (properties: Record<string, unknown>, required: string[] = [], description?: string) => ({
  type: 'object',
  additionalProperties: false,
  ...(description ? { description } : {}),
  required,
  properties,
});
const align = { enum: ['left', 'center', 'right', 'justify'] };
const level = { enum: ['phan', 'chuong', 'muc', 'dieu', 'khoan', 'diem'] };

export const DOCUMENT_MODEL_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Mô hình văn bản (dạng JSON)',
  description: 'Một văn bản đã dựng từ dữ liệu, trước khi dàn trang: `npm run build:docs -- --dinh-dang=json`.',
  ...object(
    {
      dinh_dang: { const: DOCUMENT_MODEL_FORMAT },
      phien_ban: { const: DOCUMENT_MODEL_VERSION },
      van_ban: ref('document'),
    },
    ['dinh_dang', 'phien_ban', 'van_ban'],
  ),
  $defs: {
    run: object(
      { text: string, bold: boolean, italic: boolean, underline: boolean, sub: boolean, sup: boolean, breakAfter: boolean },
      ['text'],
      'Một đoạn chữ cùng kiểu (đậm, nghiêng…).',
    ),
    runs: { type: 'array', items: ref('run') },
    paragraph: object(
      {
        kind: { const: 'paragraph' },
        style: { enum: Object.keys(STYLES) },
        runs: ref('runs'),
        label: string,
        numbering: object({ pattern: string, value: integer }, ['pattern', 'value']),
        labelBold: boolean,
        align,
        firstLineIndent: boolean,
        level,
        heading: boolean,
        keepWithNext: boolean,
      },
      ['kind', 'style', 'runs'],
    ),
    cell: object({ paragraphs: { type: 'array', items: ref('runs') }, align, colSpan: integer, bold: boolean }, ['paragraphs']),
    table: object(
      {
        kind: { const: 'table' },
        columnWidths: { type: 'array', items: { type: 'number' } },
        headerRows: integer,
        rows: { type: 'array', items: { type: 'array', items: ref('cell') } },
        rowsKeptWithNext: { type: 'array', items: integer },
        keepWithNext: boolean,
      },
      ['kind', 'headerRows', 'rows'],
    ),
    pageBreak: object({ kind: { const: 'page-break' } }, ['kind']),
    block: { oneOf: [ref('paragraph'), ref('table'), ref('pageBreak')] },
    blocks: { type: 'array', items: ref('block') },
    image: object({ path: string, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }, widthPx: integer, heightPx: integer }, ['path', 'sha256', 'widthPx', 'heightPx']),
    signer: object(
      { lines: strings, note: string, aboveName: string, name: string, signatureImage: ref('image'), sealImage: ref('image') },
      ['lines'],
    ),
    appendix: object({ label: string, title: strings, attachedTo: string, body: ref('blocks'), landscape: boolean }, ['title', 'body']),
    document: object(
      {
        source: string,
        info: object(
          {
            type: string,
            typeAbbreviation: string,
            number: integer,
            date: object({ year: integer, month: integer, day: integer }, ['year']),
            draft: boolean,
            issued: boolean,
            form: boolean,
            agency: string,
          },
          ['type', 'typeAbbreviation', 'date', 'draft', 'form'],
        ),
        header: object(
          {
            coQuanChuQuan: strings,
            coQuanBanHanh: strings,
            soKyHieu: string,
            vvTrichYeu: strings,
            khanMat: strings,
            duThao: string,
            quocHieu: string,
            tieuNgu: string,
            diaDanhNgay: string,
          },
          ['coQuanChuQuan', 'coQuanBanHanh', 'soKyHieu', 'vvTrichYeu', 'khanMat', 'quocHieu', 'tieuNgu'],
        ),
        title: object({ tenLoai: string, trichYeu: strings, attachedTo: string }, ['trichYeu']),
        authority: string,
        kinhGui: strings,
        canCu: strings,
        body: ref('blocks'),
        closing: object(
          {
            recipients: object({ heading: string, lines: { type: 'array', items: ref('runs') } }, ['heading', 'lines']),
            signers: { type: 'array', items: ref('signer') },
          },
          ['signers'],
        ),
        appendices: { type: 'array', items: ref('appendix') },
        attachments: { type: 'array', items: ref('document') },
        danhSach: object(
          {
            agency: string,
            title: strings,
            attachedTo: string,
            columns: { type: 'array', items: object({ title: string, width: { type: 'number' }, kind: { enum: ['number', 'text', 'money'] } }, ['title', 'width', 'kind']) },
            rows: {
              type: 'array',
              items: {
                oneOf: [
                  object({ kind: { const: 'title' }, text: string }, ['kind', 'text']),
                  object({ kind: { const: 'entry' }, cells: { type: 'array', items: { type: ['string', 'number'] } } }, ['kind', 'cells']),
                ],
              },
            },
            total: { type: 'number' },
            countLine: string,
          },
          ['agency', 'title', 'attachedTo', 'columns', 'rows', 'countLine'],
          'Danh sách dạng bảng tính (--dinh-dang=xlsx): cùng cột, dòng và tổng tiền thưởng như bảng ở phụ lục.',
        ),
        nominees: object({ tapThe: integer, caNhan: integer }, ['tapThe', 'caNhan']),
        unconfirmedLaw: {
          type: 'array',
          description: 'Giá trị luật chưa được xác nhận (da_xac_nhan: false) mà văn bản đã dùng.',
          items: object(
            { what: string, value: string, from: string, source: string, file: string, line: integer, flag: string, field: { type: 'array', items: { type: ['string', 'integer'] } } },
            ['what', 'value', 'from', 'source', 'file', 'line', 'flag', 'field'],
          ),
        },
      },
      ['source', 'info', 'header', 'title', 'kinhGui', 'canCu', 'body', 'closing', 'appendices', 'attachments'],
    ),
  },
};
