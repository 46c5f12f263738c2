/**
 * Characters the PDF font (Tinos) lacks: the check names each with its code, its field or body line and
 * a replacement; switched off, the DOCX and HTML keep the character and the PDF writer refuses it.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, type BuildOptions } from '../../src/build/pipeline.ts';
import { runChecks } from '../../src/checks/index.ts';
import { kyTuNgoaiPhong } from '../../src/checks/rules/ky-tu-ngoai-phong.ts';
import { formatProblem } from '../../src/core/errors.ts';
import { MissingGlyphError, REPLACEMENTS } from '../../src/layout/glyphs.ts';
import { readMarkdown } from '../../src/readers/parse.ts';
import { buildSource, fonts, renderDocx, renderHtml, renderPdf, resolver, testPlan } from '../helpers/build.ts';
import { buildDocument } from '../../src/model/build.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { docxParagraphs } from '../helpers/docx-text.ts';
import { scratchDir } from '../helpers/scratch.ts';

const TEXT = testPlan('can_cu: ["Luật Thi đua\\u007f"]', 'Đánh dấu ☐ vào ô.\n\nĐã xong ✓, ☐.')
  .replace('trich_yeu: Thử', 'trich_yeu: Thử ☐')
  .replace('noi_nhan: [Sở Nội vụ]', 'noi_nhan: [Sở Nội vụ 😀]');

const RULE = '[ky-tu-ngoai-phong]';

function checkSource(source: SourceFile) {
  const resolved = resolver().resolveSource(source);
  return runChecks(buildDocument(resolved), resolved, { fonts: fonts() });
}
const LOST = 'không có trong phông Tinos của PDF: PDF sẽ mất ký tự này.';

describe('ky-tu-ngoai-phong', () => {
  it('names each character, its code, its field or body line, and a replacement', () => {
    const source = readMarkdown(TEXT, 'data/thu.md');
    expect(checkSource(source).map(formatProblem)).toEqual([
      `Lỗi: data/thu.md, dòng 6 — trường "trich_yeu": ký tự "☐" (U+2610) ${LOST} Thay bằng "□" (U+25A1). ${RULE}`,
      `Lỗi: data/thu.md, dòng 12 — ký tự "☐" (U+2610) ${LOST} Thay bằng "□" (U+25A1). ${RULE}`,
      `Lỗi: data/thu.md, dòng 14 — ký tự "☐" (U+2610) ${LOST} Thay bằng "□" (U+25A1). ${RULE}`,
      `Lỗi: data/thu.md, dòng 10 — trường "can_cu[0]": ký tự điều khiển U+007F ${LOST} Ký tự này không nhìn thấy (thường lẫn vào khi chép từ Word hay trang web): xóa nó. ${RULE}`,
      `Lỗi: data/thu.md, dòng 14 — ký tự "✓" (U+2713) ${LOST} Thay bằng "x" (U+0078). ${RULE}`,
      `Lỗi: data/thu.md, dòng 8 — trường "noi_nhan[0]": ký tự "😀" (U+1F600) ${LOST} Thay bằng chữ, số hay dấu câu thường dùng, hoặc xóa ký tự này. ${RULE}`,
    ]);
  });

  it('quotes the printed text when the character comes from elsewhere than the data file (a template, the registry)', () => {
    const source = readMarkdown(testPlan(''), 'data/thu.md');
    const doc = { ...buildSource(source), canCu: ['Căn cứ Luật Thi đua, khen thưởng ★ ngày 15 tháng 6 năm 2022;'] };
    expect(kyTuNgoaiPhong.check(doc, { fonts: fonts(), source })).toEqual([
      { message: `ký tự "★" (U+2605) ${LOST} Thay bằng "*" (U+002A). Ký tự nằm trong "…cứ Luật Thi đua, khen thưởng ★ ngày 15 tháng 6 năm 2022;" (lấy từ mẫu nội dung, danh mục cơ quan hoặc tệp mà văn bản nhắc đến).` },
    ]);
  });

  it('finds nothing in a document Tinos covers; tabs and line breaks are not drawn', () => {
    const source = readMarkdown(testPlan('can_cu: ["Căn cứ\\tLuật\\vThi đua"]', 'Chữ Việt: Ỷ ỹ Ợ ự Đ đ; “ngoặc” – … • □ ■ → № ±.'), 'data/thu.md');
    expect(checkSource(source)).toEqual([]);
  });

  it('suggests only replacements Tinos has, for characters it lacks', () => {
    const covers = (c: string) => fonts().covers(c.codePointAt(0)!);
    for (const [lacking, replacement] of Object.entries(REPLACEMENTS)) {
      expect(covers(lacking), lacking).toBe(false);
      expect(covers(replacement), replacement).toBe(true);
    }
  });
});

describe('the check switched off', () => {
  const source = readMarkdown(testPlan('bo_qua_kiem_tra: [ky-tu-ngoai-phong]').replace('trich_yeu: Thử', 'trich_yeu: Thử ☐'), 'data/thu.md');
  const doc = buildSource(source);

  it('is not run; the DOCX and the HTML keep the character (Word and the browser find a font for it)', () => {
    expect(checkSource(source)).toEqual([]);
    expect(docxParagraphs(renderDocx(doc))).toContain('Thử ☐');
    expect(renderHtml(doc)).toContain('Thử ☐');
  });

  it('the PDF writer refuses the character rather than lose it', async () => {
    await expect(renderPdf(doc)).rejects.toThrow(MissingGlyphError);
    await expect(renderPdf(doc)).rejects.toThrow(
      'phông Tinos của PDF không có ký tự "☐" (U+2610) (dòng "Thử ☐"); PDF sẽ mất ký tự này nên không được tạo. Thay bằng "□" (U+25A1). Muốn giữ ký tự này thì chỉ tạo DOCX và HTML (--dinh-dang=docx,html): Word và trình duyệt lấy nó từ phông khác.',
    );
  });

  it('the build: with the PDF the document fails, naming the character; DOCX and HTML alone are made', async () => {
    const dir = scratchDir();
    cpSync('data/_chung', join(dir, 'data/_chung'), { recursive: true });
    mkdirSync(join(dir, 'data/2025'));
    const file = join(dir, 'data/2025/thu.md');
    writeFileSync(file, testPlan('bo_qua_kiem_tra: [ky-tu-ngoai-phong]').replace('trich_yeu: Thử', 'trich_yeu: Thử ☐'));
    const options = (formats: BuildOptions['formats']): BuildOptions => ({ dataDir: join(dir, 'data'), outDir: join(dir, 'output'), templatesDir: 'templates', targets: [], formats });
    const withPdf = await buildAll(options(['docx', 'pdf', 'html']));
    expect(withPdf.results.map((r) => r.ok)).toEqual([false]);
    expect(withPdf.results[0].problems.map(formatProblem)).toEqual([expect.stringMatching(/^Lỗi: .*thu\.md — phông Tinos của PDF không có ký tự "☐" \(U\+2610\) \(dòng "Thử ☐"\)/)]);
    expect(existsSync(join(dir, 'output/2025/thu.docx'))).toBe(false);
    const without = await buildAll(options(['docx', 'html']));
    expect(without.results.map((r) => r.ok)).toEqual([true]);
    expect(existsSync(join(dir, 'output/2025/thu.docx'))).toBe(true);
  });
});
