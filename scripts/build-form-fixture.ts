/**
 * npx tsx scripts/build-form-fixture.ts — writes test/fixtures/mau-bieu/bao-cao-thanh-tich-ca-nhan.docx,
 * a province's báo cáo thành tích cá nhân form as staff would tag it for mail merge, laid out after the
 * individual report of Nghị định 152/2025/NĐ-CP (Mẫu số 05; shared/spec/thi-dua-khen-thuong.md):
 * header, title, I. Sơ lược lý lịch, II. Thành tích, III. the history table whose row is a loop. One tag
 * is split across two runs, as Word does. Same script, same bytes (template-zip.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { zipTemplateParts } from '../src/writers/docx/template-zip.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Look {
  bold?: boolean;
  italic?: boolean;
  align?: 'center' | 'both' | 'left';
  indent?: boolean;
}

const run = (text: string, look: Look = {}) =>
  `<w:r>${look.bold || look.italic ? `<w:rPr>${look.bold ? '<w:b/>' : ''}${look.italic ? '<w:i/>' : ''}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** A paragraph of runs: each string a run (a tag split over two strings is split over two runs). */
const para = (runs: string[] | string, look: Look = {}) =>
  `<w:p><w:pPr><w:spacing w:before="60" w:after="60"/>${look.indent ? '<w:ind w:firstLine="567"/>' : ''}<w:jc w:val="${look.align ?? 'both'}"/></w:pPr>${(Array.isArray(runs) ? runs : [runs]).map((r) => run(r, look)).join('')}</w:p>`;

const cell = (width: number, content: string, borders = true) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${borders ? '' : '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'}</w:tcPr>${content}</w:tc>`;

const table = (widths: number[], rows: string[][], borders = true) =>
  `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>${
    borders ? '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>' : ''
  }</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.map((r) => `<w:tr>${r.map((c, i) => cell(widths[i], c, borders)).join('')}</w:tr>`).join('')}</w:tbl>`;

const header = table(
  [3200, 5872],
  [
    [para('{co_quan}', { align: 'center' }), para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: 'center' })],
    [para(''), para('Độc lập - Tự do - Hạnh phúc', { bold: true, align: 'center' })],
    [para(''), para('{dia_danh}, ngày {ngay}', { italic: true, align: 'center' })],
  ],
  false,
);

const history = table(
  [1200, 3400, 4472],
  [
    [para('Năm', { bold: true, align: 'center' }), para('Danh hiệu (Hình thức)', { bold: true, align: 'center' }), para('Số, ngày, tháng, năm của quyết định; cơ quan ban hành', { bold: true, align: 'center' })],
    [para('{#lich_su_khen_thuong}{nam}', { align: 'center' }), para('{danh_hieu}{hinh_thuc}', { align: 'left' }), para('Quyết định số {so_quyet_dinh} ngày {ngay} của {co_quan}{/lich_su_khen_thuong}', { align: 'left' })],
  ],
);

const body = [
  header,
  para(''),
  para('BÁO CÁO THÀNH TÍCH', { bold: true, align: 'center' }),
  para('ĐỀ NGHỊ TẶNG “{danh_hieu}”', { bold: true, align: 'center' }),
  para('I. SƠ LƯỢC LÝ LỊCH', { bold: true }),
  para(['- Họ và tên: {ho_', 'ten}'], { indent: true }),
  para('- Sinh ngày, tháng, năm: {ngay_sinh}; giới tính: {gioi_tinh}', { indent: true }),
  para('- Quê quán: {que_quan}', { indent: true }),
  para('- Trú quán: {tru_quan}', { indent: true }),
  para('- Đơn vị công tác: {don_vi}', { indent: true }),
  para('- Chức vụ (Đảng, chính quyền, đoàn thể): {chuc_vu}', { indent: true }),
  para('- Trình độ chuyên môn, nghiệp vụ: {trinh_do}', { indent: true }),
  para('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true }),
  para('1. Quyền hạn, nhiệm vụ được giao: {nhiem_vu}', { indent: true }),
  para('2. Thành tích đạt được: {thanh_tich}', { indent: true }),
  para('{#co_sang_kien}Sáng kiến, đề tài được công nhận: {sang_kien}{/co_sang_kien}{^co_sang_kien}Không có sáng kiến, đề tài.{/co_sang_kien}', { indent: true }),
  para('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', { bold: true }),
  history,
  para(''),
  table(
    [4536, 4536],
    [
      [para('THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', { bold: true, align: 'center' }), para('NGƯỜI BÁO CÁO THÀNH TÍCH', { bold: true, align: 'center' })],
      [para('(Ký, đóng dấu)', { italic: true, align: 'center' }), para('(Ký, ghi rõ họ và tên)', { italic: true, align: 'center' })],
      [para('{nguoi_ky}', { bold: true, align: 'center' }), para('{ho_ten}', { bold: true, align: 'center' })],
    ],
    false,
  ),
];

const sectPr = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

const parts: Record<string, string> = {
  '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
  '_rels/.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  'word/_rels/document.xml.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  'word/styles.xml': `${DECL}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>`,
  'word/document.xml': `${DECL}<w:document ${W}><w:body>${body.join('')}${sectPr}</w:body></w:document>`,
};

mkdirSync('test/fixtures/mau-bieu', { recursive: true });
writeFileSync('test/fixtures/mau-bieu/bao-cao-thanh-tich-ca-nhan.docx', zipTemplateParts(parts));
