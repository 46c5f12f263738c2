/** runChecks: a document switches rules off with `bo_qua_kiem_tra`; an id no rule has is reported. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checks/index.ts';
import { formatProblem } from '../../src/core/errors.ts';
import { DOCUMENT_SCHEMA } from '../../src/schema/data-schema.ts';
import { buildMarkdown, problemsOf, testPlan } from '../helpers/build.ts';

const messages = (text: string): string[] => problemsOf(text, 'data/thu.md').map(formatProblem);
const recipientLines = (text: string): string[] => buildMarkdown(text).closing.recipients!.lines.map((l) => l.map((r) => r.text).join(''));

const NO_LUU = testPlan('').replace('luu: [NC]\n', '');
const BAD_NUMBER = testPlan('ky_hieu: KH - UBND');

describe('bo_qua_kiem_tra', () => {
  it('the plans below break dong-luu (a model-level requirement) and so-ky-hieu (a check rule)', () => {
    expect(messages(NO_LUU)).toEqual([
      'Lỗi: data/thu.md, dòng 8 — trường "noi_nhan": Nơi nhận thiếu dòng "Lưu". Thêm trường "luu", ví dụ "luu: [TĐKT]" để in "- Lưu: VT, TĐKT.", hoặc ghi "don_vi_luu" cho cơ quan trong danh mục cơ quan. [dong-luu]',
    ]);
    expect(messages(BAD_NUMBER)).toEqual([
      'Lỗi: data/thu.md, dòng 10 — trường "ky_hieu": "Số: 05/KH - UBND" không đúng dạng số, ký hiệu. Cần "Số: 05/KH-UBND": số có ít nhất hai chữ số, "/" rồi ký hiệu, các nhóm nối bằng "-" không có dấu cách. [so-ky-hieu]',
    ]);
  });

  it('dong-luu is kept by the agency\'s don_vi_luu when the document has no "luu"', () => {
    const tuyenQuang = NO_LUU.replace('co_quan: ubnd-tinh-cao-bang', 'co_quan: ubnd-tinh-tuyen-quang').replace('nguoi_ky: anh', 'nguoi_ky: chu-tich');
    expect(messages(tuyenQuang)).toEqual([]);
    expect(recipientLines(tuyenQuang)).toEqual(['- Sở Nội vụ;', '- Lưu: VT, NC.']);
  });

  it('switches off dong-luu: the Nơi nhận then ends with its last recipient and a full stop', () => {
    const plan = NO_LUU.replace('---\nNội dung', 'bo_qua_kiem_tra: [dong-luu]\n---\nNội dung');
    expect(messages(plan)).toEqual([]);
    expect(recipientLines(plan)).toEqual(['- Sở Nội vụ.']);
  });

  it('switches off a check rule, and only that one', () => {
    expect(messages(BAD_NUMBER.replace('---\nNội dung', 'bo_qua_kiem_tra: [so-ky-hieu]\n---\nNội dung'))).toEqual([]);
    expect(messages(BAD_NUMBER.replace('luu: [NC]\n', '').replace('---\nNội dung', 'bo_qua_kiem_tra: [so-ky-hieu]\n---\nNội dung'))).toEqual([
      expect.stringMatching(/^Lỗi: .* \[dong-luu\]$/),
    ]);
  });

  it('warns about an id no rule has, with the nearest id and the list', () => {
    const ids = RULES.map((r) => r.id).join(', ');
    expect(messages(testPlan('bo_qua_kiem_tra: [dong-lu, khong-co-gi]'))).toEqual([
      `Cảnh báo: data/thu.md, dòng 10 — trường "bo_qua_kiem_tra[0]": không có quy tắc kiểm tra "dong-lu", nên dòng này không tắt quy tắc nào. Có phải "dong-luu"? Các mã có: ${ids}; sửa lại mã hoặc xóa dòng này.`,
      `Cảnh báo: data/thu.md, dòng 10 — trường "bo_qua_kiem_tra[1]": không có quy tắc kiểm tra "khong-co-gi", nên dòng này không tắt quy tắc nào. Các mã có: ${ids}; sửa lại mã hoặc xóa dòng này.`,
    ]);
  });
});

describe('the rule ids are documented', () => {
  const ids = RULES.map((r) => r.id);

  it('in the README table, in the order they run', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Kiểm tra thể thức'), readme.indexOf('## Dữ liệu dùng chung'));
    expect([...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])).toEqual(ids);
  });

  it('in the schema description of bo_qua_kiem_tra, and in the published schema', () => {
    const description = DOCUMENT_SCHEMA.properties.bo_qua_kiem_tra.description;
    expect(description.endsWith(`: ${ids.join(', ')}.`)).toBe(true);
    const published = JSON.parse(readFileSync('schema/van-ban.schema.json', 'utf8'));
    expect(published.properties.bo_qua_kiem_tra.description).toBe(description);
  });
});
