/** The checks run on documents sent with another (kem_theo) too, each against its own file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.ts';
import { formatProblem } from '../../src/core/errors.ts';
import { buildDocument } from '../../src/model/build.ts';
import { loadRegistry } from '../../src/resolve/resources.ts';
import { Resolver } from '../../src/resolve/resolver.ts';
import { fonts, resolveFile, testPlan } from '../helpers/build.ts';
import { scratchDir } from '../helpers/scratch.ts';

const context = { fonts: fonts() };

/** An outline sent with a plan: its own header and signer, no Nơi nhận; EXTRA stands on line 9. */
const ATTACHED = `---
loai: bao_cao
ten_loai: ĐỀ CƯƠNG BÁO CÁO
co_quan: ubnd-tinh-cao-bang
so: 7
ngay: 2023-01-05
trich_yeu: Kết quả thi đua
ky: { nguoi_ky: anh }
EXTRA
---
# KẾT QUẢ
`;

/** The messages of the build of a plan sent with `attached` (its front matter's extra lines). */
function check(attached: string, mainExtra = ''): { messages: string[]; dir: string } {
  const dir = scratchDir();
  writeFileSync(join(dir, 'ke-hoach.md'), testPlan(`kem_theo: [_de-cuong.md]\n${mainExtra}`));
  writeFileSync(join(dir, '_de-cuong.md'), ATTACHED.replace('EXTRA', attached));
  const { registry, file } = loadRegistry('data/_chung/co-quan.yaml');
  const resolver = new Resolver({ registry, registryFile: file, templatesDir: 'templates', lawDir: 'data/_chung', roots: [dir, 'templates'] });
  const resolved = resolver.resolveFile(join(dir, 'ke-hoach.md'));
  const messages = runChecks(buildDocument(resolved), resolved, context).map(formatProblem);
  return { messages: messages.map((m) => m.replace(dir, '<thư mục>')), dir };
}

describe('checks on an attached document', () => {
  it('report a problem of the attached file with its own name and line', () => {
    expect(check('ky_hieu: BC - UBND').messages).toEqual([
      'Lỗi: <thư mục>/_de-cuong.md, dòng 9 — trường "ky_hieu": "Số: 07/BC - UBND" không đúng dạng số, ký hiệu. Cần "Số: 05/KH-UBND": số có ít nhất hai chữ số, "/" rồi ký hiệu, các nhóm nối bằng "-" không có dấu cách. [so-ky-hieu]',
    ]);
    expect(check('noi_nhan: [Sở Nội vụ]').messages).toEqual([
      'Lỗi: <thư mục>/_de-cuong.md, dòng 9 — trường "noi_nhan": Nơi nhận thiếu dòng "Lưu". Thêm trường "luu", ví dụ "luu: [TĐKT]" để in "- Lưu: VT, TĐKT.", hoặc ghi "don_vi_luu" cho cơ quan trong danh mục cơ quan. [dong-luu]',
    ]);
  });

  it('report a character the PDF font lacks once, against the attached file only', () => {
    const { messages } = check('can_cu: [Căn cứ Luật ☐ Thi đua, khen thưởng]');
    const glyphs = messages.filter((m) => m.includes('[ky-tu-ngoai-phong]'));
    expect(glyphs).toHaveLength(1);
    expect(glyphs[0]).toMatch(/^Lỗi: <thư mục>\/_de-cuong\.md, dòng \d+ — trường "can_cu\[0\]": ký tự "☐"/);
  });

  it("follow the attached file's own bo_qua_kiem_tra, not the sending file's", () => {
    expect(check('ky_hieu: BC - UBND\nbo_qua_kiem_tra: [so-ky-hieu]').messages).toEqual([]);
    expect(check('ky_hieu: BC - UBND', 'bo_qua_kiem_tra: [so-ky-hieu]').messages).toHaveLength(1);
    expect(check('bo_qua_kiem_tra: [so-ky-hieu, dong-lu]').messages).toEqual([
      expect.stringMatching(/^Cảnh báo: <thư mục>\/_de-cuong\.md, dòng 9 — trường "bo_qua_kiem_tra\[1\]": không có quy tắc kiểm tra "dong-lu", .* Có phải "dong-luu"\?/),
    ]);
  });

  it('do not ask an attached document for a Nơi nhận of its own (co-noi-nhan), as they ask the same file sent alone', () => {
    const { messages, dir } = check('');
    expect(messages).toEqual([]);
    const { registry, file } = loadRegistry('data/_chung/co-quan.yaml');
    const alone = new Resolver({ registry, registryFile: file, templatesDir: 'templates', lawDir: 'data/_chung', roots: [dir, 'templates'] }).resolveFile(join(dir, '_de-cuong.md'));
    expect(runChecks(buildDocument(alone), alone, context).map((p) => p.rule)).toEqual(['co-noi-nhan']);
  });

  it('pass on the samples that send a Đề cương báo cáo (a form) with a plan or a chỉ thị', () => {
    for (const sample of ['data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md', 'data/2025/chi-thi-thi-dua-2025.md']) {
      const resolved = resolveFile(sample);
      const doc = buildDocument(resolved);
      expect(doc.attachments.map((a) => a.info.form)).toEqual([true]);
      expect(runChecks(doc, resolved, context)).toEqual([]);
    }
  });
});
