/** The document model built from data: numbering, signature chains, Nơi nhận, NFC. */
import { describe, expect, it } from 'vitest';
import { buildFile, buildMarkdown, renderDocx, renderHtml } from './helpers/build.ts';
import { docxLines } from './helpers/docx-text.ts';
import type { Block, Document } from '../src/document/types.ts';

const labelled = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [[b.label, b.runs.map((r) => r.text).join('')].filter(Boolean).join(' ')] : []));

const PLAN = (extra: string, body: string): string => `---
loai: ke_hoach
co_quan: ubnd-tinh-cao-bang
so: 5
ngay: 2023-01-05
trich_yeu: Thử
ky: { nguoi_ky: anh }
noi_nhan: [Ban TĐKT TW (b/c), Lưu trữ]
luu: [NC]
${extra}
---
${body}`;

const recipientLines = (doc: Document): string[] => doc.closing.recipients!.lines.map((runs) => runs.map((r) => r.text).join(''));

describe('body numbering', () => {
  it('numbers mục, khoản, điểm in the decree style and letters past đ and k', () => {
    const items = Array.from({ length: 11 }, (_, i) => `1. Điểm thứ ${i + 1}`).join('\n');
    const doc = buildMarkdown(PLAN('', `# Mục đích\n\n## Khoản\n\n${items}\n\n# Tổ chức thực hiện\n\n## Sở Nội vụ\n`));
    expect(labelled(doc.body)).toEqual([
      'I. Mục đích',
      '1. Khoản',
      ...['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l'].map((l, i) => `${l}) Điểm thứ ${i + 1}`),
      'II. Tổ chức thực hiện',
      '1. Sở Nội vụ',
    ]);
  });

  it('uses the per-document styles a. and 1.1.', () => {
    const body = '# A\n\n## B\n\n1. x\n2. y\n\n## C\n\n### D\n';
    expect(labelled(buildMarkdown(PLAN('danh_so: { diem: a. }', body)).body)).toEqual(['I. A', '1. B', 'a. x', 'b. y', '2. C', 'a. D']);
    expect(labelled(buildMarkdown(PLAN('danh_so: { diem: 1.1. }', body)).body)).toEqual(['I. A', '1. B', '1.1. x', '1.2. y', '2. C', '2.1. D']);
  });

  it('keeps numbers typed by hand, never doubles them, and counts on from them', () => {
    const doc = buildMarkdown(PLAN('', '# II. NỘI DUNG\n\n## 2. Về nội dung\n\n## Về khen thưởng\n\n# TỔ CHỨC\n'));
    expect(labelled(doc.body)).toEqual(['II. NỘI DUNG', '2. Về nội dung', '3. Về khen thưởng', 'III. TỔ CHỨC']);
  });

  it('keeps - and + bullets as typed, bold and italic runs, and tables', () => {
    const doc = buildMarkdown(PLAN('', '- **Đợt 1** (từ *tháng 01*)\n  + chi tiết\n\n| STT | Tên |\n|---|---|\n| 1 | Sở Nội vụ |\n'));
    const [first, second, table] = doc.body;
    expect(first).toMatchObject({ label: '-', runs: [{ text: 'Đợt 1', bold: true }, { text: ' (từ ' }, { text: 'tháng 01', italic: true }, { text: ')' }] });
    expect(second).toMatchObject({ label: '+', runs: [{ text: 'chi tiết' }] });
    expect(table).toMatchObject({ kind: 'table', headerRows: 1, rows: [[{ paragraphs: [[{ text: 'STT' }]] }, { paragraphs: [[{ text: 'Tên' }]] }], [{}, {}]] });
  });

  it('keeps * bullets as typed, at the top and nested, and prints them in the DOCX and as an HTML list', () => {
    const doc = buildMarkdown(PLAN('', '# Nội dung\n\n* Tuyên truyền\n  * chi tiết\n  - gạch\n* Khen thưởng\n'));
    expect(labelled(doc.body)).toEqual(['I. Nội dung', '* Tuyên truyền', '* chi tiết', '- gạch', '* Khen thưởng']);
    expect(docxLines(renderDocx(doc))).toContain('* Tuyên truyền');
    expect(renderHtml(doc)).toMatch(/<ul><li[^>]*><span class="nhan">\*<\/span> Tuyên truyền<\/li>/);
  });
});

describe('signature block', () => {
  it('builds the quyền hạn chains of the seeds', () => {
    expect(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md').closing.signers[0]).toMatchObject({ lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Nguyễn Thị Dung' });
    expect(buildFile('data/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.md').closing.signers[0]).toMatchObject({
      lines: ['TM. KHỐI THI ĐUA', 'TRƯỞNG KHỐI'],
      aboveName: 'CHÁNH VĂN PHÒNG UBND TỈNH',
      name: 'Nguyễn Cảnh Hưng',
    });
    const chain = buildMarkdown(PLAN('', '').replace('ky: { nguoi_ky: anh }', 'ky: { quyen_han: [TM. Ủy ban nhân dân, KT. CHỦ TỊCH], chuc_vu: Phó Chủ tịch, ho_ten: Trần Văn B }'));
    expect(chain.closing.signers[0].lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});

describe('Nơi nhận', () => {
  it('ends each line with ;, keeps (b/c), and ends with the Lưu line and a full stop', () => {
    expect(recipientLines(buildMarkdown(PLAN('', '')))).toEqual(['- Ban TĐKT TW (b/c);', '- Lưu trữ;', '- Lưu: VT, NC.']);
  });

  it('expands recipient groups of the registry and writes the drafter in subscript', () => {
    const doc = buildFile('data/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.md');
    expect(doc.closing.recipients!.lines.at(-1)).toEqual([{ text: '- Lưu: VT, HC-TC' }, { text: '(Ph)', sub: true }, { text: '.' }]);
    expect(recipientLines(buildFile('data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md')).slice(0, 3)).toEqual([
      '- Ban TĐKT TW (b/c);',
      '- Thường trực Tỉnh uỷ, HĐND, Đoàn ĐBQH tỉnh;',
      '- Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
    ]);
  });
});

describe('Unicode', () => {
  it('normalises NFD input (decomposed diacritics) to NFC everywhere', () => {
    const nfd = PLAN('', '# Mục đích\n\nTổ chức phong trào thi đua.\n').normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const doc = buildMarkdown(nfd);
    const texts = [doc.title.trichYeu[0], doc.header.diaDanhNgay!, ...labelled(doc.body), ...recipientLines(doc)];
    for (const t of texts) expect(t).toBe(t.normalize('NFC'));
    expect(labelled(doc.body)).toEqual(['I. Mục đích', 'Tổ chức phong trào thi đua.']);
    expect(doc.header.diaDanhNgay).toBe('Cao Bằng, ngày 05 tháng 01 năm 2023');
  });
});

describe('drafts', () => {
  it('leaves số and ngày blank and marks DỰ THẢO', () => {
    const doc = buildMarkdown(PLAN('du_thao: 2', '').replace('so: 5\n', '').replace('ngay: 2023-01-05', 'ngay: 2023'));
    expect(doc.header.soKyHieu).toBe('Số:       /KH-UBND');
    expect(doc.header.diaDanhNgay).toBe('Cao Bằng, ngày      tháng      năm 2023');
    expect(doc.header.duThao).toBe('DỰ THẢO LẦN 2');
  });
});
