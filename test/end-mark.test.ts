/** The end mark `./.` of Nghị định 30: after the last words of the content, once, and only where it belongs. */
import { describe, expect, it } from 'vitest';
import { endWithMark } from '../src/document/end-mark.ts';
import type { Block } from '../src/document/types.ts';
import { buildFile, buildMarkdown, testPlan } from './helpers/build.ts';
import { blockLines, lines } from './dossier/helpers.ts';

const text = (t: string, extra: Partial<Block> = {}): Block => ({ kind: 'paragraph', style: 'Than', runs: [{ text: t }], ...extra }) as Block;
const lastLine = (blocks: Block[]): string => blockLines(blocks).at(-1)!;

describe('end mark ./.', () => {
  it('follows the last sentence, is never doubled, and replaces a stray ; or ,', () => {
    expect(lastLine(endWithMark([text('Tổ chức thực hiện.')]))).toBe('Tổ chức thực hiện./.');
    expect(lastLine(endWithMark([text('Tổ chức thực hiện')]))).toBe('Tổ chức thực hiện./.');
    expect(lastLine(endWithMark([text('Tổ chức thực hiện;')]))).toBe('Tổ chức thực hiện./.');
    expect(lastLine(endWithMark([text('Tổ chức thực hiện./.')]))).toBe('Tổ chức thực hiện./.');
    expect(lastLine(endWithMark([text('kết thúc vào 16 giờ 30 phút.')]))).toBe('kết thúc vào 16 giờ 30 phút./.');
    expect(lastLine(endWithMark([text('năm …/.')]))).toBe('năm …/.');
  });

  it('stands on a line of its own, at the right, after a table or a bold title; an Điều is text', () => {
    const table: Block = { kind: 'table', headerRows: 1, rows: [[{ paragraphs: [[{ text: 'Năm' }]] }]] };
    expect(endWithMark([table])).toEqual([{ ...table, keepWithNext: true }, { kind: 'paragraph', style: 'Than', runs: [{ text: './.' }], align: 'right' }]);
    expect(endWithMark([text('BÀI HỌC', { heading: true, level: 'muc', style: 'Muc' } as Partial<Block>)]).at(-1)).toMatchObject({ runs: [{ text: './.' }], align: 'right' });
    expect(lastLine(endWithMark([text('Giám đốc Sở chịu trách nhiệm thi hành Quyết định này.', { heading: true, level: 'dieu', labelBold: true, label: 'Điều 3.' } as Partial<Block>)]))).toBe(
      'Điều 3. Giám đốc Sở chịu trách nhiệm thi hành Quyết định này./.',
    );
  });

  it('ends plans and báo cáo thành tích, which had none', () => {
    expect(lastLine(buildMarkdown(testPlan('', 'Đề nghị các đơn vị tổ chức thực hiện.')).body)).toBe('Đề nghị các đơn vị tổ chức thực hiện./.');
    expect(lines(buildMarkdown(testPlan('', 'Đề nghị các đơn vị tổ chức thực hiện.')))).toContain('Đề nghị các đơn vị tổ chức thực hiện./.');
    const plan = buildFile('data/2024/ke-hoach-tdkt-huyen-vinh-cuu.md').body;
    expect(lastLine(plan)).toMatch(/định kỳ báo cáo về UBND huyện \(qua Phòng Nội vụ\) để theo dõi, phối hợp thực hiện\.\/\.$/);
    const report = buildFile('data/2025/bao-cao-thanh-tich-ca-nhan-ha-thi-thu-trang.md').body;
    expect(report.at(-2)?.kind).toBe('table');
    expect(report.at(-1)).toEqual({ kind: 'paragraph', style: 'Than', runs: [{ text: './.' }], align: 'right' });
  });

  it('is left out of a form to fill in, and of a document that says dau_ket_thuc: false (a real plan without it)', () => {
    expect(lastLine(buildFile('data/2025/de-cuong-bao-cao-tong-ket-2025.md').body)).toBe('V. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(lastLine(buildMarkdown(testPlan('dau_ket_thuc: false', 'Tổ chức thực hiện.')).body)).toBe('Tổ chức thực hiện.');
    expect(lastLine(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md').body)).toMatch(/phối hợp thực hiện\.$/);
  });
});
