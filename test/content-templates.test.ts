/**
 * Content templates: a value filled in with {{…}} prints as typed (its Markdown characters escaped),
 * {{{…}}} inserts Markdown on purpose; faults of a template are told against the template file and line.
 */
import { describe, expect, it } from 'vitest';
import { DocumentError, formatProblem } from '../src/core/errors.ts';
import { escapeMarkdown } from '../src/content/templates.ts';
import type { Document } from '../src/document/types.ts';
import { buildDocument } from '../src/model/build.ts';
import { readMarkdown } from '../src/readers/parse.ts';
import { buildFile, resolver, testPlan } from './helpers/build.ts';

const TEMPLATE = 'templates/noi-dung/thu.md.hbs';

/** A plan of 2023 filled from `text` as its content template, with `duLieu` as its du_lieu. */
function build(text: string, duLieu: Record<string, unknown> = {}): Document {
  const source = readMarkdown(testPlan(`mau: thu\ndau_ket_thuc: false\ndu_lieu: ${JSON.stringify(duLieu)}`, ''), 'data/thu.md');
  const resolved = resolver().resolveSource(source);
  return buildDocument({ ...resolved, problems: [], contentTemplate: { path: TEMPLATE, text } });
}

/** Each body paragraph as its label, its text, and its marks. */
function paragraphs(doc: Document): string[] {
  return doc.body.map((b) => {
    if (b.kind !== 'paragraph') return b.kind;
    const marks = b.runs.flatMap((r) => [r.bold && 'đậm', r.italic && 'nghiêng'].filter(Boolean));
    return `${b.label ? `[${b.label}] ` : ''}${b.heading ? '(tiêu đề) ' : ''}${b.runs.map((r) => r.text).join('')}${marks.length ? ` {${marks.join(',')}}` : ''}`;
  });
}

/** The problems building `text` reports, as printed. */
function problems(text: string, duLieu: Record<string, unknown> = {}): string[] {
  try {
    build(text, duLieu);
  } catch (e) {
    if (e instanceof DocumentError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

describe('a value filled into a content template', () => {
  const typed = {
    nghieng: '*Giáo dục*',
    so_thu_tu: '1. Mở đầu',
    gach: '- Một ý',
    dau_cong: '+ Ý khác',
    tieu_de: '# Không phải tiêu đề',
    trich: '> Không phải trích dẫn',
    the: '<b>đậm</b> và <br> xuống dòng',
    lien_ket: '[Cổng](https://vi.wikipedia.org) ![ảnh](a.png)',
    ky_hieu: 'a_b_c, `mã`, ~~gạch~~, a | b, &amp;, \\* và 5 * 3 #',
    dong: '===',
  };

  it('prints as typed, at the start of a line or inside it', () => {
    const lines = Object.keys(typed).map((k) => `{{${k}}}`);
    const doc = build(`${lines.join('\n\n')}\n\nGiữa dòng: {{nghieng}} {{the}} {{so_thu_tu}}.\n\nDòng trên\n{{dong}}`, typed);
    expect(paragraphs(doc)).toEqual([
      '*Giáo dục*',
      '1. Mở đầu',
      '- Một ý',
      '+ Ý khác',
      '# Không phải tiêu đề',
      '> Không phải trích dẫn',
      '<b>đậm</b> và <br> xuống dòng',
      '[Cổng](https://vi.wikipedia.org) ![ảnh](a.png)',
      'a_b_c, `mã`, ~~gạch~~, a | b, &amp;, \\* và 5 * 3 #',
      '===',
      'Giữa dòng: *Giáo dục* <b>đậm</b> và <br> xuống dòng 1. Mở đầu.',
      'Dòng trên ===',
    ]);
  });

  it('prints as typed inside a block too', () => {
    const doc = build('{{#each ds}}\n- {{this}}\n{{/each}}\n\n{{#if co}}{{#with co}}{{ten}}{{/with}}{{/if}}', { ds: ['*a*', '1. b'], co: { ten: '<u>c</u>' } });
    expect(paragraphs(doc)).toEqual(['[-] *a*', '[-] 1. b', '<u>c</u>']);
  });

  it('goes into Markdown as written with three braces', () => {
    const doc = build('{{{nghieng}}}\n\n{{{ds}}}\n\nMột <b>{{{chu}}}</b>', { nghieng: '*Giáo dục*', ds: '- Một\n- Hai', chu: '**đậm**' });
    expect(paragraphs(doc)).toEqual(['Giáo dục {nghiêng}', '[-] Một', '[-] Hai', 'Một đậm {đậm}']);
  });

  it('keeps what the functions print', () => {
    const doc = build(
      [
        '{{so 2340000}} đồng; {{la_ma 4}}; {{chu_cai 5}}; {{so_hai_chu_so 2}}; {{cong nam 1}}; {{tru nam 1}}; {{in_hoa "mục đích"}}',
        '{{ngay_van_ban "2023-01-05"}}, {{ngay_ngan "2023-12-07"}}',
        '{{mac_dinh khong_co "Củng cố"}}, {{mac_dinh co "Củng cố"}}',
      ].join('\n\n'),
      { co: 'Cùng cố' },
    );
    expect(paragraphs(doc)).toEqual([
      '2.340.000 đồng; IV; đ; 02; 2024; 2022; MỤC ĐÍCH',
      'ngày 05 tháng 01 năm 2023, 07/12/2023',
      'Củng cố, Cùng cố',
    ]);
  });

  it('is escaped with backslashes where Markdown would read it', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> & ~g~ | h # i \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\& \\~g\\~ \\| h \\# i \\\\');
    expect(escapeMarkdown('1. a\n2) b\n- c\n+ d\n  = e\n2023.\n2.340.000 đồng')).toBe('1\\. a\n2\\) b\n\\- c\n\\+ d\n  \\= e\n2023\\.\n2.340.000 đồng');
    expect([escapeMarkdown(undefined), escapeMarkdown(null), escapeMarkdown(0), escapeMarkdown(false)]).toEqual(['', '', '0', 'false']);
  });
});

describe('a fault of a content template', () => {
  const at = (line: number, message: string): string => `Lỗi: ${TEMPLATE}, dòng ${line} — ${message}`;

  it('is told against the template file and line, in Vietnamese, with the fix', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['Mở đầu.\n\n{{#each ds}}\n- {{this}}\n', { ds: [] }, at(3, 'khối {{#each ds}} mở ở dòng này chưa được đóng. Thêm {{/each}} ở chỗ khối kết thúc.')],
      ['{{#if a}}\n{{#each ds}}\nx\n{{/if}}\n', { a: 1, ds: [] }, at(2, 'khối {{#each …}} mở ở dòng này lại được đóng bằng {{/if}}. Đóng khối bằng {{/each}} (đóng khối bên trong trước khối bên ngoài).')],
      ['Mở đầu.\n{{/each}}\n', {}, at(2, '{{/each}} không đóng khối nào (trước nó không có {{#each …}} đang mở). Xóa nó, hoặc thêm {{#each …}} ở đầu khối.')],
      ['Mở đầu.\n\n{{else}}\n', {}, at(3, '{{else}} nằm ngoài khối (hoặc khối đã có một {{else}}). Đặt {{else}} giữa {{#if …}} và {{/if}}, một lần trong mỗi khối.')],
      [
        'Mở đầu.\nNăm {{nam\n',
        {},
        at(2, 'viết sai cú pháp mẫu: "Năm {{nam". Mỗi chỗ chèn mở bằng {{ và đóng bằng }}, như {{ten_gia_tri}} hay {{so muc_thuong}}; chú thích viết {{!-- … --}}; khối viết {{#each …}} … {{/each}}.'),
      ],
      [
        'Mở đầu.\n\nNăm {{nam_sau nam}}.\n',
        {},
        at(3, 'không có hàm "nam_sau". Các hàm dùng được: ngay_van_ban, ngay_ngan, la_ma, chu_cai, so, so_hai_chu_so, cong, tru, in_hoa, mac_dinh. Muốn in giá trị "nam_sau" thì viết riêng {{nam_sau}}.'),
      ],
      ['Năm {{cong nam}}.\n', {}, at(1, 'hàm "cong" cần 2 giá trị, ở đây có 1: viết như {{cong nam 1}}.')],
      ['Năm {{so}}.\n', {}, at(1, 'hàm "so" cần 1 giá trị, ở đây có 0: viết như {{so muc_thuong}}.')],
      ['\n{{#so tien}}x{{/so}}\n', { tien: 1 }, at(2, 'hàm "so" không mở khối được: viết {{so muc_thuong}}, không có {{#so …}} và {{/so}}.')],
      ['{{#if}}x{{/if}}\n', {}, at(1, 'khối {{#if}} cần đúng một giá trị (ví dụ {{#if danh_sach}} … {{/if}}), ở đây có 0.')],
      ['{{each ds}}\n', { ds: [] }, at(1, '"each" chỉ dùng được làm khối: viết {{#each giá_trị}} … {{/each}}.')],
      ['Mở đầu.\n{{> phan_chung}}\n', {}, at(2, 'mẫu nội dung không dùng được mẫu con ({{> …}}). Chép nội dung của mẫu con vào chỗ này.')],
      [
        'Mở đầu.\n\nHọp {{ngay_van_ban ngay_hop}}.\n',
        { ngay_hop: '5/1/2023' },
        at(3, 'hàm "ngay_van_ban" cần ngày dạng YYYY-MM-DD, nhận được "5/1/2023". Sửa giá trị đưa vào hàm (trong du_lieu hoặc trong mẫu); cách viết: {{ngay_van_ban "2023-01-05"}}.'),
      ],
    ];
    for (const [text, duLieu, expected] of cases) expect(problems(text, duLieu), text).toEqual([expected]);
  });

  it('a value the data lacks is told against the data file, with the template line', () => {
    expect(problems('Mở đầu.\n\nThực hiện {{ke_hoach_tinh}}.\n')).toEqual([
      `Lỗi: data/thu.md, dòng 10 — trường "mau": mẫu ${TEMPLATE} (dòng 3) cần giá trị "ke_hoach_tinh" trong du_lieu (hoặc trong thông tin văn bản). Thêm giá trị vào du_lieu, hoặc sửa tên trong mẫu nếu gõ nhầm.`,
    ]);
  });

  it('is found past tags inside a comment', () => {
    expect(problems('Mở đầu.\n{{#each ds}}\n{{!-- Mỗi dòng một ý; {{#if a}} --}}\n- {{this}}\n', { ds: [] })).toEqual([
      at(2, 'khối {{#each ds}} mở ở dòng này chưa được đóng. Thêm {{/each}} ở chỗ khối kết thúc.'),
    ]);
  });
});

describe('the district plan template', () => {
  const text = (path: string): string => paragraphs(buildFile(path)).join('\n');

  it('spells “Củng cố” for every new plan; the 2023 plan keeps its issued typo through its own data', () => {
    for (const path of ['data/2024/ke-hoach-tdkt-huyen-vinh-cuu.md', 'data/2024/ke-hoach-tdkt-huyen-trang-bom.yaml']) {
      expect(text(path), path).toContain('Củng cố, kiện toàn Hội đồng sáng kiến kinh nghiệm');
      expect(text(path), path).toContain('Củng cố, kiện toàn các cụm thi đua');
      expect(text(path), path).not.toContain('Cùng cố');
    }
    const issued = text('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md');
    expect(issued.match(/Cùng cố, kiện toàn/g)).toHaveLength(2);
  });
});
