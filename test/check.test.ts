/**
 * The check command (issue 10, point 7): every data file, list, template and shared file checked as the
 * build checks them, nothing written; one `tệp:dòng:cột: lỗi|cảnh báo: …` line per problem or a JSON
 * array; exit 1 on an error, 0 on warnings alone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_USAGE, runCheck } from '../src/cli/check.ts';
import { Problems } from '../src/core/problems.ts';
import { parseSourceText } from '../src/readers/parse.ts';
import { breakSamples, edit, projectState, runCheckCommand, sampleProject } from './helpers/check.ts';

/** The check in-process on a scratch project; printed paths relative to it. */
async function check(root: string, ...args: string[]): Promise<{ exit: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const relative = (line: string) => line.split(`${root}/`).join('');
  const io = { out: (line: string) => out.push(relative(line)), err: (line: string) => err.push(relative(line)) };
  const exit = await runCheck(args, io, { dataDir: join(root, 'data'), templatesDir: join(root, 'templates') });
  return { exit, out, err };
}

/** A list of codes in a message (the agencies of the registry, the awards) is not this test's business. */
const withoutCodes = (line: string) => line.replace(/(Các mã có:).*/, '$1 …');

describe('check on the samples', () => {
  it('exits 0, prints the law warnings as file:line:col lines, and writes nothing', { timeout: 120_000 }, async () => {
    const root = sampleProject();
    const before = projectState(root);
    const { status, stdout, stderr } = await runCheckCommand(root);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/: văn bản dùng giá trị luật chưa được xác nhận: .*/, ': …'))).toEqual([
      'data/2025/bien-ban-hop-xet-khen-thuong-2025.md:29:43: cảnh báo: trường "bien_ban.ket_qua[0].danh_hieu": …',
      'data/2025/bien-ban-hop-xet-khen-thuong-2025.md:32:48: cảnh báo: trường "bien_ban.ket_qua[3].danh_hieu": …',
      // The sample batch: a vote under the threshold, and the law values its biên bản and quyết định use, told at their cells.
      `data/2025/dot-khen-thuong/danh-sach-de-nghi.xlsx:23:1: cảnh báo: 'Danh sách'!P23, cột "Số phiếu đồng ý": 8/11 phiếu đồng ý, không đạt ngưỡng 90% của "Chiến sĩ thi đua cấp tỉnh": có trong biên bản, không đưa vào tờ trình và quyết định.`,
      `data/2025/dot-khen-thuong/danh-sach-de-nghi.xlsx:4:1: cảnh báo: 'Danh sách'!K4, cột "Danh hiệu": …`,
      `data/2025/dot-khen-thuong/danh-sach-de-nghi.xlsx:33:1: cảnh báo: 'Danh sách'!K33, cột "Danh hiệu": …`,
      `data/2025/dot-khen-thuong/danh-sach-de-nghi.xlsx:3:1: cảnh báo: 'Danh sách'!K3, cột "Danh hiệu": …`,
      'data/2025/quyet-dinh-khen-thuong-2025.md:29:8: cảnh báo: trường "danh_sach.tep": …',
      'Đã kiểm tra 58 văn bản (trong 17 tệp dữ liệu): 0 lỗi, 7 cảnh báo.',
    ]);
    expect(lines[0]).toMatch(/\(tệp data\/_chung\/danh-hieu\.yaml, dòng 63: nguong_da_xac_nhan: false\)\. .* \[luat-chua-xac-nhan\]$/);
    expect(projectState(root)).toEqual(before);
  });
});

describe('check on a broken sample', () => {
  it('exits 1 with one Vietnamese file:line:col line per fault, and writes nothing', { timeout: 120_000 }, async () => {
    const root = sampleProject();
    breakSamples(root);
    const before = projectState(root);
    const { status, stdout, stderr } = await runCheckCommand(root);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(': lỗi: ')).map(withoutCodes)).toEqual([
      'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md:7:7: lỗi: trường "ngay": ngày 2023-02-30 không có thật (tháng 2 năm 2023 không có ngày 30). Sửa lại ngày ban hành.',
      'data/2024/ke-hoach-tdkt-huyen-vinh-cuu.md:22:13: lỗi: trường "ky.nguoi_ky": cơ quan "ubnd-huyen-vinh-cuu" không có người ký "khong-co". Các mã có: …',
      'data/2025/bao-cao-thanh-tich-ca-nhan-ha-thi-thu-trang.md:10:6: lỗi: trường "mau": không có mẫu nội dung templates/noi-dung/bao-cao-thanh-tich-ca-nhan-x.md.hbs',
      'data/2025/chi-thi-thi-dua-2025.md:7:1: lỗi: không đọc được cú pháp YAML/JSON (một trường được khai báo hai lần). Kiểm tra thụt lề, dấu hai chấm sau tên trường và dấu ngoặc kép.',
      'data/2025/quyet-dinh-khen-thuong-2025.md:5:10: lỗi: trường "co_quan": không có cơ quan "ubnd-tinh-khong-co" trong danh mục data/_chung/co-quan.yaml. Các mã có: …',
      // The list is used by the quyết định and the tờ trình: its fault is told once.
      'data/2025/_danh-sach-khen-thuong-2025.yaml:5:46: lỗi: trường "muc[0].danh_hieu": không có danh hiệu "tap_the_lao_dong_xuat_sac_x" trong danh mục (data/_chung/danh-hieu.yaml). Có phải "Tập thể lao động xuất sắc" (tap_the_lao_dong_xuat_sac)?',
    ]);
    expect(lines.at(-1)).toBe('Đã kiểm tra 58 văn bản (trong 17 tệp dữ liệu): 6 lỗi, 6 cảnh báo.');
    expect(projectState(root)).toEqual(before);
  });

  it('--json: an array of { file, line, column, severity, field, message, rule }, and nothing else on stdout', { timeout: 120_000 }, async () => {
    const root = sampleProject();
    breakSamples(root);
    const { exit, out, err } = await check(root, '--json');
    expect({ exit, err, printed: out.length }).toEqual({ exit: 1, err: [], printed: 1 });
    const problems = JSON.parse(out[0]) as Record<string, unknown>[];
    expect(problems).toHaveLength(12);
    for (const p of problems) expect(Object.keys(p)).toEqual(['file', 'line', 'column', 'severity', 'field', 'message', 'rule']);
    expect(problems[0]).toEqual({
      file: 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md',
      line: 7,
      column: 7,
      severity: 'loi',
      field: 'ngay',
      message: 'ngày 2023-02-30 không có thật (tháng 2 năm 2023 không có ngày 30). Sửa lại ngày ban hành.',
      rule: null,
    });
    expect(problems.find((p) => p.file === 'data/2025/chi-thi-thi-dua-2025.md')).toMatchObject({ line: 7, column: 1, severity: 'loi', field: null, rule: null });
    expect(problems.find((p) => p.severity === 'canh-bao')).toMatchObject({ line: 29, column: 43, field: 'bien_ban.ket_qua[0].danh_hieu', rule: 'luat-chua-xac-nhan' });
  });
});

describe('check covers the shared files', () => {
  it('a fault in the law data and in a content template no document uses: each told once, at its own line', async () => {
    const root = sampleProject();
    edit(root, 'data/_chung/luong-co-so.yaml', 'muc: 2340000', "muc: '2.340.000'");
    writeFileSync(join(root, 'templates/noi-dung/thu.md.hbs'), '---\ndu_lieu:\n  ten: chu\n---\n# Thử\n\n{{#if ten}}\n{{ten}}\n');
    const before = projectState(root);
    const { exit, out } = await check(root, join(root, 'data/2023'));
    expect(exit).toBe(1);
    expect(out).toEqual([
      `data/_chung/luong-co-so.yaml:20:3: lỗi: trường "muc": ${lawMessage(out[0])}`,
      `templates/noi-dung/thu.md.hbs:7:1: lỗi: ${out[1].split(': lỗi: ')[1]}`,
      'Đã kiểm tra 2 văn bản: 2 lỗi, 0 cảnh báo.',
    ]);
    expect(out[0]).toMatch(/số nguyên/);
    expect(out[1]).toMatch(/\{\{#if/);
    expect(projectState(root)).toEqual(before);
  });

  it('a registry that cannot be read: its fault, and no document checked', async () => {
    const root = sampleProject();
    edit(root, 'data/_chung/co-quan.yaml', /\n {2}viet_tat: UBND\n/, '\n  viet_tat: UBND\n  viet_tat: UBND\n');
    const { exit, out } = await check(root);
    expect(exit).toBe(1);
    expect(out).toEqual([
      'data/_chung/co-quan.yaml:15:3: lỗi: không đọc được cú pháp YAML/JSON (một trường được khai báo hai lần). Kiểm tra thụt lề, dấu hai chấm sau tên trường và dấu ngoặc kép.',
      'Không kiểm tra được văn bản nào: sửa lỗi trên rồi chạy lại.',
    ]);
  });

  it('a DOCX template that is not one: told, and the documents are still checked', async () => {
    const root = sampleProject();
    writeFileSync(join(root, 'sai.docx'), 'không phải DOCX');
    const { exit, out } = await check(root, `--mau-docx=${join(root, 'sai.docx')}`, join(root, 'data/2022'));
    expect(exit).toBe(1);
    expect(out[0]).toMatch(/^sai\.docx:1:1: lỗi: mẫu DOCX này /);
    expect(out.at(-1)).toBe('Đã kiểm tra 1 văn bản: 1 lỗi, 0 cảnh báo.');
  });
});

const lawMessage = (line: string): string => line.slice(line.indexOf('trường "muc": ') + 'trường "muc": '.length);

describe('check command line', () => {
  const none = sampleProject();
  it.each([
    [['--help'], 0, { out: [CHECK_USAGE], err: [] }],
    [['-h'], 0, { out: [CHECK_USAGE], err: [] }],
    [['--khong-co'], 2, { out: [], err: [`Không hiểu tùy chọn "--khong-co".\n${CHECK_USAGE}`] }],
    [['--du-lieu'], 2, { out: [], err: [`Tùy chọn "--du-lieu" thiếu giá trị: ghi giá trị liền sau dấu "=", ví dụ --du-lieu=data.\n${CHECK_USAGE}`] }],
    [['--json=co'], 2, { out: [], err: [`Tùy chọn "--json" không nhận giá trị: chỉ ghi "--json".\n${CHECK_USAGE}`] }],
    [['khong-co/a.md'], 2, { out: [], err: ['Không tìm thấy "khong-co/a.md". Ghi đường dẫn tệp hoặc thư mục, ví dụ data/2023.'] }],
  ])('%j → exit %i', async (args, exit, printed) => {
    const { exit: code, out, err } = await check(none, ...args);
    expect({ code, out, err }).toEqual({ code: exit, ...printed });
  });
});

describe('columns', () => {
  const text = '---\nloai: ke_hoach\nky:\n  nguoi_ky: dung\nnoi_nhan:\n  - Ban TĐKT\n  - { nhom: lanh-dao }\n---\n\nNội dung.\n';
  const source = parseSourceText(text, 'a.md');

  it('of a field: where its value starts in the file (Markdown front matter: the file\'s own lines and columns)', () => {
    const at = (path: (string | number)[]) => [source.lineOf(path), source.columnOf?.(path)];
    expect([at(['loai']), at(['ky', 'nguoi_ky']), at(['noi_nhan', 1]), at(['noi_nhan', 1, 'nhom']), at(['ky'])]).toEqual([
      [2, 7],
      [4, 13],
      [7, 5],
      [7, 13],
      [3, 1],
    ]);
  });

  it('a problem of a field carries its column; one given another line does not', () => {
    const problems = new Problems(source);
    problems.error(['ky', 'nguoi_ky'], 'sai');
    problems.error(['loai'], 'sai', 9);
    expect(problems.list.map((p) => [p.line, p.column])).toEqual([
      [4, 13],
      [9, undefined],
    ]);
  });

  it('of a YAML syntax error in the front matter', () => {
    expect(() => parseSourceText('---\nloai: ke_hoach\nso: 3: 4\n---\n', 'a.md')).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ line: 3, column: 5 })] }));
  });
});
