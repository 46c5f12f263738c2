/** The staff's own Word form, filled per record (src/writers/form): tags checked first, values written safely. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { DOMParser } from '@xmldom/xmldom';
import { fillForm, prepareForm, NOMINEE_FORM_FIELDS, type FormFields, type PreparedForm } from '../../../src/writers/form/index.ts';
import { zipTemplateParts } from '../../../src/writers/docx/template-zip.ts';

const FIXTURE = 'test/fixtures/mau-bieu/bao-cao-thanh-tich-ca-nhan.docx';
const BLANK = ['lich_su_khen_thuong.danh_hieu', 'lich_su_khen_thuong.hinh_thuc'];
const AWARDS: Record<string, string> = { chien_si_thi_dua_co_so: 'Chiến sĩ thi đua cơ sở', lao_dong_tien_tien: 'Lao động tiên tiến' };
const awardName = (code: string) => AWARDS[code];

const NOMINEE = {
  co_quan: 'UBND XÃ AN PHÚ',
  dia_danh: 'An Phú',
  ngay: '2026-11-30',
  danh_hieu: 'chien_si_thi_dua_co_so',
  ho_ten: 'Nguyễn Thị Hoa',
  ngay_sinh: '1980-02-07',
  gioi_tinh: 'Nữ',
  que_quan: 'Xã An Phú, tỉnh Đồng Nai',
  tru_quan: 'Ấp 3, xã An Phú',
  don_vi: 'Trường Tiểu học An Phú',
  chuc_vu: 'Giáo viên',
  trinh_do: 'Cử nhân Sư phạm',
  nhiem_vu: 'Chủ nhiệm lớp 5A',
  thanh_tich: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026',
  co_sang_kien: 'có',
  sang_kien: 'Sáng kiến số 007',
  nguoi_ky: 'Trần Văn Bình',
  lich_su_khen_thuong: [
    { nam: '2024', danh_hieu: 'lao_dong_tien_tien', so_quyet_dinh: '012/QĐ-UBND', ngay: '2024-12-20', co_quan: 'UBND xã An Phú' },
    { nam: '2025', hinh_thuc: 'Giấy khen', so_quyet_dinh: '0045/QĐ-UBND', ngay: '15/1/2026', co_quan: 'UBND xã An Phú' },
  ],
};

const prepared = (bytes: Uint8Array = readFileSync(FIXTURE), fields: FormFields = NOMINEE_FORM_FIELDS, blank = BLANK) => prepareForm(bytes, 'mau-bao-cao.docx', fields, { blank });

function ready(bytes?: Uint8Array, fields?: FormFields, blank?: string[]): PreparedForm {
  const { form, problems } = prepared(bytes, fields, blank);
  expect(problems).toEqual([]);
  return form!;
}

/** The text of each paragraph of the filled body, as Word shows it (a line break as \n). */
function paragraphs(bytes: Uint8Array): string[] {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return Array.from(doc.getElementsByTagName('w:p'), (p) =>
    Array.from(p.getElementsByTagName('*'))
      .map((n) => (n.nodeName === 'w:t' ? n.textContent : n.nodeName === 'w:br' ? '\n' : ''))
      .join(''),
  ).filter((t) => t !== '');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A small form whose body is these paragraphs (each string one run). */
function form(...texts: string[]): Buffer {
  const body = texts.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join('');
  return zipTemplateParts({
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  });
}

describe('fillForm', () => {
  it('fills the form: every tag, the history table one row a record, dates dd/mm/yyyy, leading zeros kept', () => {
    const { bytes, problems } = fillForm(ready(), NOMINEE, { awardName });
    expect(problems).toEqual([]);
    expect(paragraphs(bytes!)).toEqual([
      'UBND XÃ AN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'An Phú, ngày 30/11/2026',
      'BÁO CÁO THÀNH TÍCH',
      'ĐỀ NGHỊ TẶNG “Chiến sĩ thi đua cơ sở”',
      'I. SƠ LƯỢC LÝ LỊCH',
      '- Họ và tên: Nguyễn Thị Hoa',
      '- Sinh ngày, tháng, năm: 07/02/1980; giới tính: Nữ',
      '- Quê quán: Xã An Phú, tỉnh Đồng Nai',
      '- Trú quán: Ấp 3, xã An Phú',
      '- Đơn vị công tác: Trường Tiểu học An Phú',
      '- Chức vụ (Đảng, chính quyền, đoàn thể): Giáo viên',
      '- Trình độ chuyên môn, nghiệp vụ: Cử nhân Sư phạm',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      '1. Quyền hạn, nhiệm vụ được giao: Chủ nhiệm lớp 5A',
      '2. Thành tích đạt được: Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026',
      'Sáng kiến, đề tài được công nhận: Sáng kiến số 007',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
      'Năm',
      'Danh hiệu (Hình thức)',
      'Số, ngày, tháng, năm của quyết định; cơ quan ban hành',
      '2024',
      'Lao động tiên tiến',
      'Quyết định số 012/QĐ-UBND ngày 20/12/2024 của UBND xã An Phú',
      '2025',
      'Giấy khen',
      'Quyết định số 0045/QĐ-UBND ngày 15/01/2026 của UBND xã An Phú',
      'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ',
      'NGƯỜI BÁO CÁO THÀNH TÍCH',
      '(Ký, đóng dấu)',
      '(Ký, ghi rõ họ và tên)',
      'Trần Văn Bình',
      'Nguyễn Thị Hoa',
    ]);
    // The loop repeats the table row: one row for the header, one for each record.
    expect(new PizZip(bytes!).file('word/document.xml')!.asText().split('<w:tr>').length - 1).toBe(3 + 3 + 3);
  });

  it('writes the inverted condition when the condition is "không", and an empty history as no row', () => {
    const { bytes } = fillForm(ready(), { ...NOMINEE, co_sang_kien: 'không', lich_su_khen_thuong: [] }, { awardName });
    const text = paragraphs(bytes!);
    expect(text).toContain('Không có sáng kiến, đề tài.');
    expect(text.filter((t) => t.startsWith('Sáng kiến'))).toEqual([]);
    expect(text).not.toContain('2024');
  });

  it('gives the same bytes for the same input, whenever it runs', async () => {
    const first = fillForm(ready(), NOMINEE, { awardName }).bytes!;
    await new Promise((r) => setTimeout(r, 2100)); // a zip date has a 2-second step
    const second = fillForm(ready(), NOMINEE, { awardName }).bytes!;
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('writes <, & and > as text and drops a control character XML cannot hold; a line break stays a line break', () => {
    const { bytes } = fillForm(ready(form('Họ và tên: {ho_ten}', 'Thành tích: {thanh_tich}'), { ho_ten: 'text', thanh_tich: 'text' }), {
      ho_ten: 'Lê <Văn> & Co\u0001\u000b',
      thanh_tich: 'Dòng một\nDòng hai',
    });
    const xml = new PizZip(bytes!).file('word/document.xml')!.asText();
    expect(xml).toContain('Họ và tên: Lê &lt;Văn&gt; &amp; Co</w:t>');
    expect(xml).not.toMatch(/[\u0001\u000b]/);
    expect(paragraphs(bytes!)).toEqual(['Họ và tên: Lê <Văn> & Co', 'Thành tích: Dòng một\nDòng hai']);
  });

  it('keeps values as the data gives them: leading zeros, long numbers, decimals', () => {
    const { bytes } = fillForm(ready(form('{so}|{ma}|{diem}'), { so: 'text', ma: 'text', diem: 'text' }), { so: '007', ma: '0123456789012345678', diem: 0.1 });
    expect(paragraphs(bytes!)).toEqual(['007|0123456789012345678|0.1']);
  });

  it('reports a missing value at the nominee’s place, naming the tag and the form’s paragraph; never writes "undefined"', () => {
    const { ngay_sinh: _, ...withoutBirth } = NOMINEE;
    const rows = [NOMINEE.lich_su_khen_thuong[0], { ...NOMINEE.lich_su_khen_thuong[1], so_quyet_dinh: undefined }];
    const place = { file: 'danh-sach.xlsx', cell: 'Sheet1!A12', at: (path: readonly (string | number)[]) => (path[0] === 'ngay_sinh' ? { cell: 'Sheet1!D12', header: 'Ngày sinh' } : {}) };
    const { bytes, problems } = fillForm(ready(), { ...withoutBirth, lich_su_khen_thuong: rows }, { place, awardName });
    expect(bytes).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: 'loi',
        file: 'danh-sach.xlsx',
        line: undefined,
        cell: 'Sheet1!D12',
        header: 'Ngày sinh',
        field: 'ngay_sinh',
        message: `thẻ {ngay_sinh} (mẫu mau-bao-cao.docx, đoạn 12 "- Sinh ngày, tháng, năm: {ngay_sinh}; giới tính: {gioi_tinh}"): thiếu giá trị. Ghi giá trị vào đó; nếu được để trống, ghi giá trị rỗng ('') hoặc thêm "ngay_sinh" vào danh sách trường được để trống.`,
      },
      {
        severity: 'loi',
        file: 'danh-sach.xlsx',
        line: undefined,
        cell: 'Sheet1!A12',
        field: 'lich_su_khen_thuong[1].so_quyet_dinh',
        message: `thẻ {so_quyet_dinh} (mẫu mau-bao-cao.docx, đoạn 28 "Quyết định số {so_quyet_dinh} ngày {ngay} của {co_quan}{/lich_su_khen_thuong}"): thiếu giá trị. Ghi giá trị vào đó; nếu được để trống, ghi giá trị rỗng ('') hoặc thêm "lich_su_khen_thuong.so_quyet_dinh" vào danh sách trường được để trống.`,
      },
    ]);
  });

  it('leaves blank a value written as empty, or a field the form declares may be blank', () => {
    const f = ready(form('Quê quán: [{que_quan}]', 'Trú quán: [{tru_quan}]'), { que_quan: 'text', tru_quan: 'text' }, ['tru_quan']);
    const { bytes, problems } = fillForm(f, { que_quan: '' });
    expect(problems).toEqual([]);
    expect(paragraphs(bytes!)).toEqual(['Quê quán: []', 'Trú quán: []']);
  });

  it('refuses an impossible date and a condition that is neither có nor không', () => {
    const f = ready(form('{ngay_sinh}', '{#co_sang_kien}x{/co_sang_kien}'), { ngay_sinh: 'date', co_sang_kien: 'bool' });
    expect(fillForm(f, { ngay_sinh: '31/02/1980', co_sang_kien: 'hình như' }).problems.map((p) => p.message)).toEqual([
      'thẻ {ngay_sinh} (mẫu mau-bao-cao.docx, đoạn 1 "{ngay_sinh}"): "31/02/1980" không phải ngày có thật. Ghi ngày dạng ngày/tháng/năm, ví dụ 07/12/1980.',
      'thẻ {co_sang_kien} (mẫu mau-bao-cao.docx, đoạn 2 "{#co_sang_kien}x{/co_sang_kien}"): "hình như" không phải có/không. Ghi "có" hoặc "không".',
    ]);
  });
});

describe('prepareForm', () => {
  it('rejects a tag the data cannot supply, naming the tag, the form and its paragraph, with the nearest field', () => {
    const { form: f, problems } = prepared(form('BÁO CÁO THÀNH TÍCH', 'Họ và tên: {ho_tenn}'));
    expect(f).toBeUndefined();
    expect(problems).toEqual([{ severity: 'loi', file: 'mau-bao-cao.docx', cell: 'đoạn 2 "Họ và tên: {ho_tenn}"', message: 'thẻ {ho_tenn} không có trong dữ liệu; có phải {ho_ten}?' }]);
  });

  it('reads a tag split across runs, as Word saves it', () => {
    // The fixture's "Họ và tên" paragraph has `{ho_` and `ten}` in two runs.
    const xml = new PizZip(readFileSync(FIXTURE)).file('word/document.xml')!.asText();
    expect(xml).toContain('{ho_</w:t></w:r><w:r><w:t xml:space="preserve">ten}');
    expect(prepared().problems).toEqual([]);
  });

  it('tells a row field used outside its loop, a list written as a value, and a raw XML tag', () => {
    const { problems } = prepared(form('Số: {so_quyet_dinh}', '{lich_su_khen_thuong}', '{@ho_ten}'));
    expect(problems.map((p) => `${p.cell} — ${p.message}`)).toEqual([
      'đoạn 1 "Số: {so_quyet_dinh}" — thẻ {so_quyet_dinh} là trường của từng dòng "lich_su_khen_thuong", chỉ dùng được giữa {#lich_su_khen_thuong} và {/lich_su_khen_thuong}. Chuyển thẻ vào trong vòng lặp đó.',
      'đoạn 2 "{lich_su_khen_thuong}" — thẻ {lich_su_khen_thuong} là một danh sách, không điền thành chữ được. Dùng {#lich_su_khen_thuong}…{/lich_su_khen_thuong} để lặp từng dòng (thường đặt ở một dòng của bảng).',
      'đoạn 3 "{@ho_ten}" — thẻ {@ho_ten} chèn XML thô, mẫu biểu không dùng loại thẻ này. Bỏ dấu @ để điền chữ: {ho_ten}.',
    ]);
  });

  it('translates a malformed tag into Vietnamese, with its paragraph', () => {
    expect(prepared(form('Họ và tên: {ho_ten}', 'Ngày sinh: {ngay_sinh')).problems).toEqual([
      { severity: 'loi', file: 'mau-bao-cao.docx', cell: 'đoạn 2 "Ngày sinh: {ngay_sinh"', message: 'có dấu "{" mở thẻ "{ngay_sinh" mà không có dấu "}" đóng. Thêm dấu "}" sau tên trường.' },
    ]);
    expect(prepared(form('A &amp; B {ho_ten}', '{#co_sang_kien}có sáng kiến')).problems.map((p) => `${p.cell} — ${p.message}`)).toEqual([
      'đoạn 2 "{#co_sang_kien}có sáng kiến" — thẻ {#co_sang_kien} mở một đoạn lặp (hoặc điều kiện) mà không có thẻ đóng {/co_sang_kien}. Thêm {/co_sang_kien} ở chỗ kết thúc.',
    ]);
    expect(prepared(form('{#co_sang_kien}x{/sang_kien}')).problems.map((p) => p.message)).toEqual([
      'thẻ mở {#co_sang_kien} lại được đóng bằng {/sang_kien}. Sửa thẻ đóng thành {/co_sang_kien} (hoặc {/}).',
    ]);
  });

  it('reports a file that is not a .docx in Vietnamese, as a problem of the form', () => {
    expect(prepareForm(Buffer.from('%PDF-1.7'), 'mau.docx', NOMINEE_FORM_FIELDS).problems.map((p) => p.message)).toEqual([
      'mẫu biểu là tệp PDF, không phải .docx. Mở tệp bằng Word, chọn Tệp → Lưu thành → Tài liệu Word (đuôi .docx), rồi dùng tệp .docx đó.',
    ]);
  });
});
