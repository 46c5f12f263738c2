/** The index page of an output folder: what each row says, the state marks, the counts, the links, the escaping. */
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../src/document/summary.ts';
import { writeIndexPage, type IndexEntry } from '../../src/writers/index-page/index.ts';

const summary = (over: Partial<DocumentSummary> = {}): DocumentSummary => ({
  kind: 'Kế hoạch',
  number: '25/KH-UBND',
  date: '06/02/2023',
  title: 'Công tác Thi đua - Khen thưởng năm 2023',
  signer: 'Nguyễn Thị Dung',
  draft: false,
  issued: false,
  ...over,
});

const outputs = (base: string) => ['docx', 'pdf', 'html'].map((format) => ({ format, href: `${base}.${format}` }));

const entry = (over: Partial<IndexEntry> = {}): IndexEntry => ({
  source: 'data/2023/ke-hoach.md',
  state: 'built',
  summary: summary(),
  outputs: outputs('2023/ke-hoach'),
  problems: [],
  ...over,
});

const page = (entries: IndexEntry[]) => writeIndexPage(entries, { generatedFrom: 'data' });

/** The `<tbody>` of the document from `source`. */
function rowOf(html: string, source: string): string {
  const at = html.indexOf(`<span class="tep">${source}</span>`);
  expect(at, source).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<tbody', at), html.indexOf('</tbody>', at));
}

describe('writeIndexPage', () => {
  it('is a self-contained page in Vietnamese: doctype, lang, charset, inline style, no script or network', () => {
    const html = page([entry()]);
    expect(html.startsWith('<!doctype html><html lang="vi"><head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>Danh sách văn bản</title>');
    expect(html).toContain('<h1>Danh sách văn bản</h1>');
    expect(html).toContain('<p class="nguon">Tạo từ thư mục <code>data</code>.</p>');
    expect(html).not.toMatch(/<script|<link|https?:|url\(/);
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('a row: loại, số/ký hiệu as the row header, ngày, trích yếu with its data file, người ký, state, links', () => {
    expect(rowOf(page([entry()]), 'data/2023/ke-hoach.md')).toBe(
      '<tbody id="vb-1-1" class="tt-built"><tr><td>Kế hoạch</td><th scope="row" class="so">25/KH-UBND</th><td class="ngay">06/02/2023</td>' +
        '<td class="trich-yeu">Công tác Thi đua - Khen thưởng năm 2023<span class="tep">data/2023/ke-hoach.md</span></td><td>Nguyễn Thị Dung</td>' +
        '<td class="trang-thai"><span class="nhan tt-built"><span class="dau tt-built" aria-hidden="true">✓</span> Đã tạo</span></td>' +
        '<td class="lien-ket"><a href="2023/ke-hoach.html" aria-label="Xem 25/KH-UBND">Xem</a> <a href="2023/ke-hoach.docx" aria-label="DOCX 25/KH-UBND">DOCX</a>' +
        ' <a href="2023/ke-hoach.pdf" aria-label="PDF 25/KH-UBND">PDF</a></td></tr>',
    );
  });

  it('each state has its Vietnamese label and a mark that is not colour alone', () => {
    const states = { built: '✓ Đã tạo', unchanged: '✓ Không đổi', stale: '! Bản cũ, chưa cập nhật', error: '✗ Lỗi, chưa tạo được', held: '■ Đã ban hành, giữ nguyên' } as const;
    for (const [state, label] of Object.entries(states)) {
      const [mark, ...words] = label.split(' ');
      const html = page([entry({ state: state as IndexEntry['state'] })]);
      expect(rowOf(html, 'data/2023/ke-hoach.md')).toContain(
        `<span class="nhan tt-${state}"><span class="dau tt-${state}" aria-hidden="true">${mark}</span> ${words.join(' ')}</span>`,
      );
    }
  });

  it('a draft and an issued document carry their own mark beside the state', () => {
    const html = page([entry({ summary: summary({ draft: true }) }), entry({ source: 'data/2023/b.md', summary: summary({ issued: true }) })]);
    expect(rowOf(html, 'data/2023/ke-hoach.md')).toContain('Đã tạo</span> <span class="nhan du-thao">Dự thảo</span>');
    expect(rowOf(html, 'data/2023/b.md')).toContain('Đã tạo</span> <span class="nhan ban-hanh">Đã ban hành</span>');
  });

  it('problems under their document, errors and warnings each labelled and classed', () => {
    const problems: IndexEntry['problems'] = [
      { severity: 'loi', text: 'data/2023/ke-hoach.md, dòng 7 — trường "ngay": ngày 2023-02-30 không có thật.' },
      { severity: 'canh-bao', text: 'data/2023/ke-hoach.md — thiếu nơi nhận.' },
    ];
    const row = rowOf(page([entry({ state: 'stale', summary: undefined, problems })]), 'data/2023/ke-hoach.md');
    expect(row).toContain(
      '<tr class="van-de"><td colspan="7"><ul class="danh-sach-van-de">' +
        '<li class="loi"><strong>Lỗi:</strong> data/2023/ke-hoach.md, dòng 7 — trường "ngay": ngày 2023-02-30 không có thật.</li>' +
        '<li class="canh-bao"><strong>Cảnh báo:</strong> data/2023/ke-hoach.md — thiếu nơi nhận.</li></ul></td></tr>',
    );
    // Never built from the data as it is: no summary, said so; the old files are linked as old.
    expect(row).toContain('<em>Chưa có thông tin: văn bản chưa tạo được từ dữ liệu hiện tại</em>');
    expect(row).toContain('<a href="2023/ke-hoach.docx" aria-label="DOCX ke-hoach.md (bản cũ)">DOCX</a>');
  });

  it('escapes every text and attribute, and percent-encodes each part of a link', () => {
    const html = page([
      entry({
        source: 'data/<x>/a&b "c".md',
        summary: summary({ title: '<script>alert(1)</script> & “ngoặc”', signer: 'A <b>B</b>' }),
        outputs: [{ format: 'html', href: '<x>/a#b ?"c".html' }],
        problems: [{ severity: 'canh-bao', text: '<img src=x onerror=alert(1)>' }],
      }),
    ]);
    expect(html).not.toMatch(/<script>|<b>|<img/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; “ngoặc”');
    expect(html).toContain('<td>A &#x3C;b>B&#x3C;/b></td>');
    expect(html).toContain('<strong>Cảnh báo:</strong> &#x3C;img src=x onerror=alert(1)></li>');
    expect(html).toContain('<a href="%3Cx%3E/a%23b%20%3F%22c%22.html"');
    expect(html).toContain('<h2>data/&#x3C;x></h2>');
  });

  it('the counts at the top, and the documents to look at again linked to their rows', () => {
    const html = page([
      entry({ source: 'data/2023/a.md' }),
      entry({ source: 'data/2023/b.md', summary: summary({ draft: true }), problems: [{ severity: 'canh-bao', text: 'x' }] }),
      entry({ source: 'data/2024/c.md', state: 'stale', summary: undefined, problems: [{ severity: 'loi', text: 'y' }] }),
      entry({ source: 'data/2024/d.md', state: 'error', summary: undefined, outputs: [], problems: [{ severity: 'loi', text: 'z' }] }),
      entry({ source: 'data/2024/e.md', state: 'unchanged' }),
    ]);
    expect(html).toContain(
      '<ul><li class="tong"><strong>5</strong> văn bản</li><li class="tt-built"><strong>2</strong> đã tạo</li>' +
        '<li class="tt-unchanged"><strong>1</strong> không đổi từ lần trước</li><li class="tt-stale"><strong>1</strong> bản cũ, chưa cập nhật</li>' +
        '<li class="tt-error"><strong>1</strong> lỗi, chưa tạo được</li><li class="du-thao"><strong>1</strong> dự thảo</li>' +
        '<li class="canh-bao"><strong>1</strong> có cảnh báo</li></ul>',
    );
    expect(html).toContain('<h2 id="can-xem">Cần xem lại</h2>');
    expect(html).toContain('<li><span class="dau tt-stale" aria-hidden="true">!</span> <a href="#vb-2-2">data/2024/c.md</a> — bản cũ, chưa cập nhật</li>');
    expect(html).toContain('<li><span class="dau tt-error" aria-hidden="true">✗</span> <a href="#vb-2-3">data/2024/d.md</a> — lỗi, chưa tạo được</li>');
    expect(rowOf(html, 'data/2024/d.md')).toContain('<td class="lien-ket"></td>');
  });

  it('no "Cần xem lại" when every document built', () => {
    expect(page([entry()])).not.toContain('Cần xem lại');
  });

  it('grouped by folder, each sorted by date (undated last), with table headers', () => {
    const html = page([
      entry({ source: 'data/2025/c.md', summary: summary({ date: '10/12/2025' }) }),
      entry({ source: 'data/2025/a.md', summary: summary({ date: '14/02/2025' }) }),
      entry({ source: 'data/2025/z.md', state: 'error', summary: undefined, outputs: [] }),
      entry({ source: 'data/2025/b.md', summary: summary({ date: '12/2025' }) }),
      entry({ source: 'data/2024/d.md', summary: summary({ date: '2024' }) }),
    ]);
    const order = [...html.matchAll(/<span class="tep">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(order).toEqual(['data/2024/d.md', 'data/2025/a.md', 'data/2025/c.md', 'data/2025/b.md', 'data/2025/z.md']);
    expect([...html.matchAll(/<caption><h2>([^<]+)<\/h2><\/caption>/g)].map((m) => m[1])).toEqual(['data/2024', 'data/2025']);
    expect(html).toContain(
      '<thead><tr><th scope="col">Loại</th><th scope="col">Số, ký hiệu</th><th scope="col">Ngày</th><th scope="col">Trích yếu</th>' +
        '<th scope="col">Người ký</th><th scope="col">Trạng thái</th><th scope="col">Tệp</th></tr></thead>',
    );
  });

  it('the same entries in any order give the same bytes; a title of its own', () => {
    const entries = [entry({ source: 'data/2023/a.md' }), entry({ source: 'data/2024/b.md', state: 'stale' }), entry({ source: 'data/2023/c.md', summary: summary({ date: '01/01/2023' }) })];
    expect(page([...entries].reverse())).toBe(page(entries));
    expect(writeIndexPage(entries, { generatedFrom: 'du-lieu', title: 'Văn bản <năm 2025>' })).toContain('<title>Văn bản &#x3C;năm 2025></title>');
  });
});
