/**
 * Dated registry values (issue 10, point 2): a signer, a chức vụ or an agency's name changed from a date
 * on leaves the documents dated before it as they were, byte for byte, and changes those dated after.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, type BuildOptions } from '../src/build/pipeline.ts';
import { DocumentError, formatProblem } from '../src/core/errors.ts';
import { parseRegistry } from '../src/model/registry.ts';
import { readStructured } from '../src/readers/parse.ts';
import { buildDocument } from '../src/model/build.ts';
import { readMarkdown } from '../src/readers/parse.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import { docxLines } from './helpers/docx-text.ts';
import { scratchDir } from './helpers/scratch.ts';

const REGISTRY = 'data/_chung/co-quan.yaml';
const BEFORE = 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'; // ngay: 2023-02-06, nguoi_ky: dung
const AFTER = 'data/2024/ke-hoach-tdkt-huyen-vinh-cuu.md'; // ngay: 2024-01-25, nguoi_ky: dung

const OLD_SIGNER = '    dung: { ho_ten: Nguyễn Thị Dung, chuc_vu: PHÓ CHỦ TỊCH }';

function project(): string {
  const dir = scratchDir();
  cpSync('data', join(dir, 'data'), { recursive: true });
  return dir;
}

const options = (dir: string): BuildOptions => ({
  dataDir: join(dir, 'data'),
  outDir: join(dir, 'output'),
  templatesDir: 'templates',
  targets: [join(dir, BEFORE), join(dir, AFTER)],
  formats: ['docx', 'pdf'],
});

/** Builds both plans; the bytes of each output, by path. */
async function build(dir: string): Promise<Map<string, Buffer>> {
  const { results } = await buildAll(options(dir));
  expect(results.flatMap((r) => r.problems.filter((p) => p.severity === 'loi')).map(formatProblem)).toEqual([]);
  return new Map(results.flatMap((r) => r.outputs).map((path) => [path, readFileSync(path)]));
}

function editRegistry(dir: string, from: string, to: string): void {
  const path = join(dir, REGISTRY);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

const outputsOf = (built: Map<string, Buffer>, plan: string) => [...built].filter(([path]) => path.includes(plan.replace(/^data\//, 'output/').replace(/\.md$/, '')));

async function changeFromNewYear(dir: string, from: string, to: string): Promise<{ before: Map<string, Buffer>; after: Map<string, Buffer> }> {
  const before = await build(dir);
  editRegistry(dir, from, to);
  return { before, after: await build(dir) };
}

describe('a registry value changed from a date on', () => {
  it('a new signer from 2024-01-01 leaves the 2023 plan byte-identical (DOCX and PDF) and signs the 2024 plan', async () => {
    const dir = project();
    const { before, after } = await changeFromNewYear(
      dir,
      OLD_SIGNER,
      [
        '    dung:',
        '      - { ho_ten: Nguyễn Thị Dung, chuc_vu: PHÓ CHỦ TỊCH, den_ngay: 2023-12-31 }',
        '      - { ho_ten: Lê Văn Bình, chuc_vu: CHỦ TỊCH, tu_ngay: 2024-01-01 }',
      ].join('\n'),
    );
    const old = outputsOf(after, BEFORE);
    expect(old.map(([p]) => p.slice(-4))).toEqual(['docx', '.pdf']);
    for (const [path, bytes] of old) expect(bytes.equals(before.get(path)!), path).toBe(true);
    const [[docx, newDocx], [pdf, newPdf]] = outputsOf(after, AFTER);
    expect(newDocx.equals(before.get(docx)!)).toBe(false);
    expect(newPdf.equals(before.get(pdf)!)).toBe(false);
    expect(docxLines(newDocx)).toContain('Lê Văn Bình');
    expect(docxLines(newDocx)).toContain('CHỦ TỊCH');
    expect(docxLines(newDocx)).not.toContain('Nguyễn Thị Dung');
    expect(docxLines(old[0][1])).toContain('Nguyễn Thị Dung');
  });

  it('a new name from 2024-01-01 (the old one in lich_su) leaves the 2023 plan byte-identical and renames the 2024 plan', async () => {
    const dir = project();
    const { before, after } = await changeFromNewYear(
      dir,
      '  ten: [ỦY BAN NHÂN DÂN, HUYỆN VĨNH CỬU]\n  ten_day_du: Ủy ban nhân dân huyện Vĩnh Cửu\n',
      [
        '  ten: [ỦY BAN NHÂN DÂN, THÀNH PHỐ VĨNH CỬU]',
        '  ten_day_du: Ủy ban nhân dân thành phố Vĩnh Cửu',
        '  lich_su:',
        '    - den_ngay: 2023-12-31',
        '      ten: [ỦY BAN NHÂN DÂN, HUYỆN VĨNH CỬU]',
        '      ten_day_du: Ủy ban nhân dân huyện Vĩnh Cửu',
        '',
      ].join('\n'),
    );
    for (const [path, bytes] of outputsOf(after, BEFORE)) expect(bytes.equals(before.get(path)!), path).toBe(true);
    const [[docx, newDocx]] = outputsOf(after, AFTER);
    expect(newDocx.equals(before.get(docx)!)).toBe(false);
    expect(docxLines(newDocx)).toContain('THÀNH PHỐ VĨNH CỬU');
    expect(docxLines(newDocx)).not.toContain('HUYỆN VĨNH CỬU');
  });

  it('a document dated where the signer has no period fails, naming the periods and how to fix it', async () => {
    const dir = project();
    editRegistry(dir, OLD_SIGNER, '    dung: [{ ho_ten: Lê Văn Bình, chuc_vu: PHÓ CHỦ TỊCH, tu_ngay: 2024-01-01 }]');
    const { results } = await buildAll(options(dir));
    const signerLine = readFileSync(join(dir, REGISTRY), 'utf8').split('\n').indexOf('    dung: [{ ho_ten: Lê Văn Bình, chuc_vu: PHÓ CHỦ TỊCH, tu_ngay: 2024-01-01 }]') + 1;
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(results[0].problems.map(formatProblem)).toEqual([
      `Lỗi: ${join(dir, BEFORE)}, dòng 25 — trường "ky.nguoi_ky": người ký "dung" của cơ quan "ubnd-huyen-vinh-cuu" không có giai đoạn nào gồm ngày 06/02/2023 của văn bản (trường "ngay"). Các giai đoạn (${join(dir, REGISTRY)}, dòng ${signerLine}): Lê Văn Bình, PHÓ CHỦ TỊCH, từ 01/01/2024. Sửa ngày văn bản, chọn người ký khác, hoặc thêm vào danh mục một giai đoạn gồm ngày này.`,
    ]);
  });
});

/** The problems of a registry whose signer "dung" is `signer` (YAML flow list). */
function registryProblems(yaml: string): string[] {
  try {
    parseRegistry(readStructured(yaml, 'co-quan.yaml'));
    return [];
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    return e.problems.map(formatProblem);
  }
}

const AGENCY = (lines: string[]): string => ['a:', '  ten: ỦY BAN NHÂN DÂN', '  viet_tat: UBND', '  dia_danh: Cao Bằng', ...lines, ''].join('\n');
const SIGNER = (...periods: string[]): string => AGENCY(['  nguoi_ky:', '    dung:', ...periods.map((p) => `      - { ho_ten: A, chuc_vu: B, ${p} }`)]);

describe('the periods of the registry', () => {
  it('reads the undated form, and a list of periods whose boundary is given once or twice', () => {
    expect(registryProblems(AGENCY(['  nguoi_ky: { dung: { ho_ten: A, chuc_vu: B } }']))).toEqual([]);
    expect(registryProblems(SIGNER('den_ngay: 2024-06-30', 'tu_ngay: 2024-07-01'))).toEqual([]);
    expect(registryProblems(SIGNER('den_ngay: 2024-06-30', 'den_ngay: 2025-12-31', 'tu_ngay: 2026-01-01'))).toEqual([]);
    expect(registryProblems(SIGNER('tu_ngay: 2020-02-29, den_ngay: 2024-02-29'))).toEqual([]);
  });

  it('says where two periods overlap, and the day the later one must start', () => {
    expect(registryProblems(SIGNER('den_ngay: 2024-06-30', 'tu_ngay: 2024-06-15'))).toEqual([
      'Lỗi: co-quan.yaml, dòng 8 — trường "a.nguoi_ky.dung[1].tu_ngay": giai đoạn này bắt đầu ngày 15/06/2024, khi giai đoạn trước (đến ngày 30/06/2024) chưa kết thúc: hai giai đoạn chồng lên nhau. Giai đoạn này phải bắt đầu ngày 01/07/2024, ngay sau ngày kết thúc của giai đoạn trước: sửa tu_ngay của giai đoạn này, hoặc den_ngay của giai đoạn trước (các giai đoạn viết theo thứ tự thời gian, cũ trước).',
    ]);
  });

  it('says which days a gap leaves without a period', () => {
    expect(registryProblems(SIGNER('den_ngay: 2024-06-30', 'tu_ngay: 2024-07-15'))).toEqual([
      'Lỗi: co-quan.yaml, dòng 8 — trường "a.nguoi_ky.dung[1].tu_ngay": từ ngày 01/07/2024 đến ngày 14/07/2024 không thuộc giai đoạn nào (giai đoạn trước kết thúc ngày 30/06/2024, giai đoạn này bắt đầu ngày 15/07/2024). Giai đoạn này phải bắt đầu ngày 01/07/2024, ngay sau ngày kết thúc của giai đoạn trước: sửa tu_ngay của giai đoạn này, hoặc den_ngay của giai đoạn trước (các giai đoạn viết theo thứ tự thời gian, cũ trước).',
    ]);
  });

  it('refuses a period that starts after it ends, an impossible date, a date not written YYYY-MM-DD, a boundary not given, periods out of order', () => {
    expect(registryProblems(SIGNER('tu_ngay: 2024-07-01, den_ngay: 2024-06-30'))).toEqual([
      'Lỗi: co-quan.yaml, dòng 7 — trường "a.nguoi_ky.dung[0].tu_ngay": giai đoạn bắt đầu ngày 01/07/2024 (tu_ngay), sau ngày kết thúc 30/06/2024 (den_ngay). Sửa lại để tu_ngay không muộn hơn den_ngay.',
    ]);
    expect(registryProblems(SIGNER('den_ngay: 2023-02-29'))).toEqual([
      'Lỗi: co-quan.yaml, dòng 7 — trường "a.nguoi_ky.dung[0].den_ngay": ngày "2023-02-29" không có thật. Ghi ngày có thật, dạng NĂM-THÁNG-NGÀY, ví dụ 2026-06-30.',
    ]);
    expect(registryProblems(SIGNER('den_ngay: 30/06/2024'))).toEqual([expect.stringMatching(/^Lỗi: co-quan\.yaml, dòng 7 — trường "a\.nguoi_ky\.dung\[0\]\.den_ngay": .*NĂM-THÁNG-NGÀY/)]);
    expect(registryProblems(SIGNER('ghi_chu: 1', 'ghi_chu: 2').replace(/, ghi_chu: \d/g, ''))).toEqual([
      'Lỗi: co-quan.yaml, dòng 8 — trường "a.nguoi_ky.dung[1]": không rõ giai đoạn trước kết thúc và giai đoạn này bắt đầu từ ngày nào. Ghi den_ngay cho giai đoạn trước, hoặc tu_ngay cho giai đoạn này.',
    ]);
    expect(registryProblems(SIGNER('tu_ngay: 2025-01-01', 'tu_ngay: 2024-07-01'))).toEqual([
      'Lỗi: co-quan.yaml, dòng 8 — trường "a.nguoi_ky.dung[1]": giai đoạn này không ở sau giai đoạn trước. Viết các giai đoạn theo thứ tự thời gian, cũ trước, mới sau, rồi kiểm tra lại tu_ngay và den_ngay.',
    ]);
  });

  it('checks lich_su the same way, and wants a date in a lone period', () => {
    expect(registryProblems(AGENCY(['  lich_su:', '    - { den_ngay: 2024-06-30, ten: CŨ }', '    - { tu_ngay: 2024-06-01, ten: CŨ HƠN }']))).toEqual([
      expect.stringMatching(/^Lỗi: co-quan\.yaml, dòng 7 — trường "a\.lich_su\[1\]\.tu_ngay": giai đoạn này bắt đầu ngày 01\/06\/2024, .*chồng lên nhau/),
    ]);
    expect(registryProblems(AGENCY(['  lich_su:', '    - { ten: CŨ }']))).toEqual([
      'Lỗi: co-quan.yaml, dòng 6 — trường "a.lich_su[0]": giai đoạn trong lich_su cần tu_ngay hoặc den_ngay (tên này dùng từ ngày nào, đến ngày nào). Tên dùng cho mọi ngày thì ghi thẳng ở trên, bỏ lich_su.',
    ]);
  });

  it('checks the periods of an agency declared in the document itself, at the document’s lines', () => {
    const text = `---
loai: ke_hoach
co_quan:
  ten: ỦY BAN NHÂN DÂN
  viet_tat: UBND
  dia_danh: Cao Bằng
  nguoi_ky:
    anh:
      - { ho_ten: A, chuc_vu: B, den_ngay: 2024-06-30 }
      - { ho_ten: C, chuc_vu: D, tu_ngay: 2024-08-01 }
ngay: 2024-07-10
trich_yeu: Thử
ky: { nguoi_ky: anh }
noi_nhan: [Sở Nội vụ]
---
Nội dung.
`;
    const resolver = new Resolver({ registry: { agencies: new Map() }, templatesDir: 'templates', lawDir: 'data/_chung', roots: ['data', 'templates'] });
    const problems = (() => {
      try {
        buildDocument(resolver.resolveSource(readMarkdown(text, 'data/thu.md')));
        return [];
      } catch (e) {
        return (e as DocumentError).problems.map(formatProblem);
      }
    })();
    expect(problems).toEqual([expect.stringMatching(/^Lỗi: data\/thu\.md, dòng 10 — trường "co_quan\.nguoi_ky\.anh\[1\]\.tu_ngay": từ ngày 01\/07\/2024 đến ngày 31\/07\/2024 không thuộc giai đoạn nào/)]);
  });
});
