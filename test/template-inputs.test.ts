/**
 * A content template declares what it takes from du_lieu (front matter: name, kind, required); a
 * document's du_lieu is checked against it before filling, each fault told at the value's own line.
 * Filling is strict: a list, a group of fields, nothing or a yes/no printed by {{…}} is an error at
 * the template line; date helpers refuse dates that do not exist.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/checks/index.ts';
import { DocumentError, formatProblem, type Problem } from '../src/core/errors.ts';
import { buildDocument } from '../src/model/build.ts';
import { readMarkdown, parseSourceText } from '../src/readers/parse.ts';
import { loadRegistry, contentTemplateSchemas } from '../src/resolve/resources.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import { publishedSchemas } from '../src/schema/published.ts';
import { fonts, testPlan } from './helpers/build.ts';
import { scratchDir } from './helpers/scratch.ts';
import { readFileSync, readdirSync } from 'node:fs';

const sharedFonts = fonts();

/** Every problem building `text` (as `data/thu.md`) reports, as printed, with templates from `templatesDir`. */
function problems(text: string, templatesDir = 'templates'): string[] {
  const { registry } = loadRegistry('data/_chung/co-quan.yaml');
  const resolver = new Resolver({ registry, templatesDir, lawDir: 'data/_chung', roots: ['data', templatesDir] });
  const resolved = resolver.resolveSource(readMarkdown(text, 'data/thu.md'));
  let found: Problem[];
  try {
    found = runChecks(buildDocument(resolved), resolved, { fonts: sharedFonts });
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    found = e.problems;
  }
  return found.map(formatProblem);
}

/** A templates folder holding one content template `thu` with `text`. */
function templates(text: string): string {
  const dir = scratchDir();
  mkdirSync(join(dir, 'noi-dung'));
  writeFileSync(join(dir, 'noi-dung', 'thu.md.hbs'), text);
  return dir;
}

/** The district plan template filled from `duLieu` (YAML lines under du_lieu:, from line 12). */
const plan = (duLieu: string): string => testPlan(`mau: ke-hoach-tdkt-huyen\ndau_ket_thuc: false\ndu_lieu:\n${duLieu}`, '');

const VALID = {
  tinh: 'Đồng Nai',
  ten_huyen: 'Vĩnh Cửu',
  ke_hoach_tinh: 'Kế hoạch số 312/KH-UBND ngày 28/12/2023',
  ke_hoach_5_nam: '2021 - 2025',
  dai_hoi_dang_bo: 'XI',
  cum_thi_dua: 'II',
  cum_thi_dua_so: '2',
};
const lines = (values: Record<string, string>): string => Object.entries(values).map(([k, v]) => `  ${k}: ${v}`).join('\n');

describe('the district plan template checks its du_lieu before filling', () => {
  const at = (line: number, field: string, message: string) => `Lỗi: data/thu.md, dòng ${line} — trường "du_lieu.${field}": mẫu "ke-hoach-tdkt-huyen" ${message}`;

  it('builds from the values it declares', () => {
    expect(problems(plan(lines(VALID)))).toEqual([]);
  });

  it('tells a group of fields, a list and an empty value where text is needed, at their lines', () => {
    const text = plan(lines({ ...VALID, ten_huyen: '{ ten: Vĩnh Cửu }', tinh: '[Đồng, Nai]', cum_thi_dua: '', cung_co: '{ a: 1 }' }));
    expect(problems(text)).toEqual([
      at(13, 'tinh', 'cần ở đây một dòng chữ (tên tỉnh, ví dụ "Đồng Nai"), nhưng giá trị là một danh sách 2 mục. Ghi chữ ngay sau dấu hai chấm, trên cùng dòng: "tinh: …".'),
      at(14, 'ten_huyen', 'cần ở đây một dòng chữ (tên huyện, ví dụ "Vĩnh Cửu"), nhưng giá trị là một nhóm trường con (“ten”). Ghi chữ ngay sau dấu hai chấm, trên cùng dòng: "ten_huyen: …".'),
      at(18, 'cum_thi_dua', 'cần ở đây một dòng chữ (cụm thi đua của tỉnh mà huyện thuộc về, ví dụ "II"), nhưng giá trị để trống. Ghi chữ ngay sau dấu hai chấm, trên cùng dòng: "cum_thi_dua: …".'),
      at(
        20,
        'cung_co',
        'cần ở đây một dòng chữ (chữ in thay cho "Củng cố" (chỉ để in lại đúng một văn bản đã ban hành viết sai)), nhưng giá trị là một nhóm trường con (“a”). Ghi chữ ngay sau dấu hai chấm, trên cùng dòng: "cung_co: …".',
      ),
    ]);
  });

  it('tells a missing value, and the mistyped name that was probably meant', () => {
    const { ke_hoach_tinh, ...rest } = VALID;
    expect(problems(plan(lines({ ...rest, ke_hoach_tinhh: ke_hoach_tinh })))).toEqual([
      at(
        12,
        'ke_hoach_tinh',
        'cần giá trị "ke_hoach_tinh" (một dòng chữ (kế hoạch của UBND tỉnh, ví dụ "Kế hoạch số 312/KH-UBND ngày 28/12/2023")) nhưng không có. Thêm dòng "ke_hoach_tinh: …" vào du_lieu. Có "ke_hoach_tinhh": có phải gõ nhầm tên?',
      ),
    ]);
  });

  it('without du_lieu, tells each missing value at the line of "mau"', () => {
    const found = problems(testPlan('mau: ke-hoach-tdkt-huyen', ''));
    expect(found).toHaveLength(7);
    expect(found[0]).toMatch(/^Lỗi: data\/thu\.md, dòng 10 — trường "du_lieu\.tinh": mẫu "ke-hoach-tdkt-huyen" cần giá trị "tinh"/);
  });

  it('warns about a name it does not declare (printed nowhere), with the nearest declared name', () => {
    expect(problems(plan(lines({ ...VALID, cung_coo: 'Cùng cố' })))).toEqual([
      `Cảnh báo: data/thu.md, dòng 20 — trường "du_lieu.cung_coo": mẫu "ke-hoach-tdkt-huyen" không dùng giá trị "cung_coo", nên giá trị này không được in. Có phải "cung_co" (gõ nhầm tên)? Các tên mẫu dùng: "tinh", "ten_huyen", "ke_hoach_tinh", "ke_hoach_5_nam", "dai_hoi_dang_bo", "cum_thi_dua", "cum_thi_dua_so", "cung_co". Sửa tên, hoặc xóa dòng này. [du-lieu-mau]`,
    ]);
  });
});

describe('each kind of declared value', () => {
  const TEMPLATE = `---
du_lieu:
  muc_thuong: so
  ngay_hop: { kieu: ngay, mo_ta: ngày họp }
  ket_qua: markdown
  noi_dung: { kieu: danh_sach }
  thanh_vien: { kieu: danh_sach, phan_tu: { kieu: nhom, truong: { ho_ten: chu, chuc_vu: { kieu: chu, bat_buoc: false } } } }
---
Họp {{ngay_van_ban ngay_hop}}, thưởng {{so muc_thuong}} đồng.

{{{ket_qua}}}

{{#each noi_dung}}
- {{this}}
{{/each}}

{{#each thanh_vien}}
- {{ho_ten}}
{{/each}}
`;
  const doc = (duLieu: string) => testPlan(`mau: thu\ndau_ket_thuc: false\ndu_lieu:\n${duLieu}`, '');
  const GOOD = { muc_thuong: '2340000', ngay_hop: '2023-02-28', ket_qua: '"- Một\\n- Hai"', noi_dung: '[Một, Hai]', thanh_vien: '[{ ho_ten: An }]' };
  const at = (line: number, field: string, message: string) => `Lỗi: data/thu.md, dòng ${line} — trường "du_lieu.${field}": mẫu "thu" ${message}`;

  it('accepts values of their kind', () => {
    expect(problems(doc(lines(GOOD)), templates(TEMPLATE))).toEqual([]);
  });

  it('tells a value of another kind, with what is needed and how to write it', () => {
    const bad = { muc_thuong: '"2.340.000"', ngay_hop: '2023-02-30', ket_qua: '[a]', noi_dung: 'Một, Hai', thanh_vien: '[{ ho_tenn: An }, Bình]' };
    expect(problems(doc(lines(bad)), templates(TEMPLATE))).toEqual([
      at(13, 'muc_thuong', 'cần ở đây một số, nhưng giá trị là chữ "2.340.000". Ghi số không có dấu chấm ngăn cách và không có ngoặc kép, ví dụ 2340000.'),
      at(14, 'ngay_hop', 'cần ở đây một ngày dạng YYYY-MM-DD (ngày họp), nhưng ngày 2023-02-30 không có thật (tháng 2 năm 2023 không có ngày 30). Ghi ngày dạng YYYY-MM-DD, ví dụ 2023-01-05.'),
      at(15, 'ket_qua', 'cần ở đây một đoạn chữ (Markdown), nhưng giá trị là một danh sách 1 mục. Ghi chữ sau dấu hai chấm; nhiều dòng thì viết "ket_qua: |" rồi các dòng thụt vào hai dấu cách.'),
      at(16, 'noi_dung', 'cần ở đây một danh sách, nhưng giá trị là chữ "Một, Hai". Ghi mỗi mục một dòng bắt đầu bằng "- ", thụt vào dưới "noi_dung:".'),
      at(17, 'thanh_vien[0].ho_ten', 'cần giá trị "ho_ten" (một dòng chữ) nhưng không có. Thêm dòng "ho_ten: …" vào mục thứ 1 của "thanh_vien". Có "ho_tenn": có phải gõ nhầm tên?'),
      at(17, 'thanh_vien[1]', 'cần ở đây một nhóm trường con, nhưng giá trị là chữ "Bình". Ghi mục này là các trường con (“ho_ten”, “chuc_vu”), như "- { ho_ten: … }".'),
    ]);
  });

  it('refuses a month 13 and a year before 1945', () => {
    const found = problems(doc(lines({ ...GOOD, ngay_hop: '2023-13-01' })), templates(TEMPLATE));
    expect(found).toEqual([at(14, 'ngay_hop', 'cần ở đây một ngày dạng YYYY-MM-DD (ngày họp), nhưng tháng 13 không có (tháng từ 01 đến 12). Ghi ngày dạng YYYY-MM-DD, ví dụ 2023-01-05.')]);
    expect(problems(doc(lines({ ...GOOD, ngay_hop: '1900-01-01' })), templates(TEMPLATE))[0]).toContain('năm 1900 trước năm 1945');
  });

  it('a fault of the declaration is told at its line in the template', () => {
    const dir = templates('---\ndu_lieu:\n  tinh: chuoi\n  nam_hoc: { kieu: chu, phan_tu: chu }\n---\nNội dung.\n');
    expect(problems(doc('  tinh: A'), dir)).toEqual([
      `Lỗi: ${join(dir, 'noi-dung/thu.md.hbs')}, dòng 3 — trường "du_lieu.tinh.kieu": giá trị phải là một trong: chu, so, ngay, markdown, danh_sach, nhom.`,
    ]);
    expect(problems(doc('  tinh: A'), templates('---\ndu_lieu:\n  tinh: chu\n  nam_hoc: { kieu: chu, phan_tu: chu }\n---\nNội dung.\n'))[0]).toMatch(
      /dòng 4 — trường "du_lieu\.nam_hoc\.phan_tu": "phan_tu" chỉ dùng với "kieu: danh_sach"\.$/,
    );
  });

  it('template lines stay the lines of the file behind its front matter', () => {
    const dir = templates('---\ndu_lieu:\n  ten: chu\n---\nMở đầu.\n\n{{#each ds}}\n');
    expect(problems(doc('  ten: A'), dir)).toEqual([`Lỗi: ${join(dir, 'noi-dung/thu.md.hbs')}, dòng 7 — khối {{#each ds}} mở ở dòng này chưa được đóng. Thêm {{/each}} ở chỗ khối kết thúc.`]);
  });
});

describe('filling a template prints only text', () => {
  const TEMPLATE = 'templates/noi-dung/thu.md.hbs';
  const fill = (text: string, duLieu: Record<string, unknown>): string[] => {
    const source = readMarkdown(testPlan(`mau: thu\ndau_ket_thuc: false\ndu_lieu: ${JSON.stringify(duLieu)}`, ''), 'data/thu.md');
    const { registry } = loadRegistry('data/_chung/co-quan.yaml');
    const resolved = new Resolver({ registry, templatesDir: 'templates', lawDir: 'data/_chung', roots: ['data', 'templates'] }).resolveSource(source);
    try {
      buildDocument({ ...resolved, problems: [], contentTemplate: { path: TEMPLATE, text } });
      return [];
    } catch (e) {
      if (e instanceof DocumentError) return e.problems.map(formatProblem);
      throw e;
    }
  };
  const at = (line: number, message: string) => `Lỗi: ${TEMPLATE}, dòng ${line} — ${message}`;

  it('a group of fields, a list, an empty value or a yes/no printed by {{…}} is an error at the template line', () => {
    expect(fill('Mở đầu.\n\nHuyện {{huyen}}.', { huyen: { ten: 'Vĩnh Cửu' } })).toEqual([
      at(3, '“{{huyen}}” là một nhóm trường con (“ten”), không in thẳng được. In từng trường, như "{{huyen.ten}}", hoặc sửa du_lieu để "huyen" là một dòng chữ.'),
    ]);
    expect(fill('Cụm {{cum}}.', { cum: [1, 2] })).toEqual([
      at(1, '“{{cum}}” là một danh sách 2 mục, không in thẳng được. In từng mục bằng khối "{{#each cum}} … {{this}} … {{/each}}", hoặc sửa du_lieu để "cum" là một dòng chữ.'),
    ]);
    expect(fill('Cụm {{{cum}}}.', { cum: null })).toEqual([
      at(1, '“{{{cum}}}” không có giá trị (để trống trong dữ liệu). Ghi giá trị trong du_lieu, hoặc viết “{{mac_dinh cum "…"}}” để in chữ mặc định khi trống.'),
    ]);
    expect(fill('{{#each ds}}\n- {{this}}\n{{/each}}', { ds: ['a', true] })).toEqual([
      at(2, '“{{this}}” là giá trị đúng/sai, không in thành chữ được. Dùng khối "{{#if this}} … {{/if}}".'),
    ]);
    expect(fill('{{#each ds}}\n- {{this}}\n{{/each}}', { ds: 'Một, Hai' })).toEqual([
      at(1, 'khối {{#each …}} cần một danh sách, nhưng giá trị là chữ "Một, Hai". Sửa du_lieu để giá trị là danh sách (mỗi mục một dòng bắt đầu bằng "- ").'),
    ]);
  });

  it('a function given a group of fields or nothing says so, never prints it', () => {
    expect(fill('\n{{in_hoa ten}}', { ten: { a: 1 } })).toEqual([
      at(2, 'hàm "in_hoa" nhận ở giá trị thứ 1 một nhóm trường con (“a”), cần chữ hoặc số. Sửa giá trị đưa vào hàm (trong du_lieu hoặc trong mẫu); cách viết: {{in_hoa ten}}.'),
    ]);
    expect(fill('{{mac_dinh cung_co "Củng cố"}}', { cung_co: { a: 1 } })[0]).toContain('hàm "mac_dinh" nhận ở giá trị thứ 1 một nhóm trường con');
    expect(fill('{{so tien}}', {})[0]).toContain('hàm "so" nhận ở giá trị thứ 1 giá trị trống, cần chữ hoặc số');
  });

  it('date functions refuse dates that do not exist', () => {
    const cases: [string, string][] = [
      ['2023-02-30', 'ngày 2023-02-30 không có thật (tháng 2 năm 2023 không có ngày 30)'],
      ['2023-13-01', 'tháng 13 không có (tháng từ 01 đến 12)'],
      ['1900-05-01', 'năm 1900 trước năm 1945, không thể là năm của văn bản'],
    ];
    for (const [date, why] of cases) {
      for (const helper of ['ngay_van_ban', 'ngay_ngan']) {
        expect(fill(`Mở đầu.\n{{${helper} "${date}"}}`, {}), `${helper} ${date}`).toEqual([
          at(2, `hàm "${helper}" cần một ngày có thật, nhưng ${why}. Sửa giá trị đưa vào hàm (trong du_lieu hoặc trong mẫu); cách viết: {{${helper} "${helper === 'ngay_ngan' ? '2023-12-07' : '2023-01-05'}"}}.`),
        ]);
      }
    }
    expect(fill('{{ngay_ngan "2023-02"}}', {})[0]).toContain('hàm "ngay_ngan" cần đủ ngày, tháng, năm, nhưng "2023-02" thiếu ngày');
    expect(fill('{{ngay_van_ban "2024-02-29"}} {{ngay_ngan "2024-02-29"}}', {})).toEqual([]);
  });
});

describe('the templates of the project', () => {
  const names = readdirSync('templates/noi-dung').filter((f) => f.endsWith('.md.hbs')).map((f) => f.slice(0, -'.md.hbs'.length));
  const declared = contentTemplateSchemas('templates') as Record<string, { properties: Record<string, unknown>; required?: string[] }>;

  it('each declares its du_lieu, and the README lists it', () => {
    expect(Object.keys(declared).sort()).toEqual([...names].sort());
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, schema] of Object.entries(declared)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      expect([...row!.matchAll(/`([a-z_0-9-]+)`/g)].map((m) => m[1]).slice(1), name).toEqual(Object.keys(schema.properties));
    }
  });

  it('the biên bản names the council from the agency when bien_ban.hoi_dong is left out (it printed nothing)', () => {
    const sample = readFileSync('data/2025/bien-ban-hop-xet-khen-thuong-2025.md', 'utf8').replace(/^ {2}hoi_dong: .*\n/m, '');
    const { registry } = loadRegistry('data/_chung/co-quan.yaml');
    const resolver = new Resolver({ registry, templatesDir: 'templates', lawDir: 'data/_chung', roots: ['data', 'templates'] });
    const doc = buildDocument(resolver.resolveSource(parseSourceText(sample, 'data/2025/bien-ban-hop-xet-khen-thuong-2025.md')));
    const first = doc.body.find((b) => b.kind === 'paragraph')!;
    expect(first.kind === 'paragraph' && first.runs.map((r) => r.text).join('')).toMatch(/, tại .*, Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo họp xét /);
  });

  it('the published data schema checks du_lieu by mau: every sample passes, a list where text is needed does not', () => {
    const schema = JSON.parse(publishedSchemas(contentTemplateSchemas('templates'))['schema/van-ban.schema.json']);
    const validate = new Ajv({ strict: false }).compile(schema);
    const samples = ['data/2024/ke-hoach-tdkt-huyen-vinh-cuu.md', 'data/2024/ke-hoach-tdkt-huyen-trang-bom.yaml', 'data/2025/quyet-dinh-khen-thuong-2025.md'];
    for (const path of samples) expect(validate(parseSourceText(readFileSync(path, 'utf8'), path).data), path).toBe(true);
    const data = parseSourceText(readFileSync(samples[0], 'utf8'), samples[0]).data;
    expect(validate({ ...data, du_lieu: { ...(data.du_lieu as object), tinh: ['Đồng', 'Nai'] } })).toBe(false);
    expect(validate({ ...data, du_lieu: { tinh: 'Đồng Nai' } })).toBe(false);
  });
});
