/**
 * The resolver loads everything a document names before it is built, each file with its hash; what it
 * cannot load, or may not (outside data/ and templates/), is a problem with the file, line and field.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, formatProblem } from '../src/core/errors.ts';
import { sha256 } from '../src/core/hash.ts';
import { buildDocument } from '../src/model/build.ts';
import { readMarkdown } from '../src/readers/parse.ts';
import { loadRegistry } from '../src/resolve/resources.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import { resolveFile, resolver, testPlan } from './helpers/build.ts';
import { scratchDir } from './helpers/scratch.ts';

const DOC = (front: string): string => testPlan(front);

const problemsOf = (front: string): string[] => resolver().resolveSource(readMarkdown(DOC(front), 'data/thu.md')).problems.map(formatProblem);

describe('the resolver', () => {
  it('loads a quyết định and everything it names, each file once with its sha256', () => {
    const resolved = resolveFile('data/2025/quyet-dinh-khen-thuong-2025.md');
    expect(resolved.problems).toEqual([]);
    expect(resolved.inputs.map((i) => i.path)).toEqual([
      'data/2025/quyet-dinh-khen-thuong-2025.md',
      'data/_chung/co-quan.yaml',
      'templates/noi-dung/quyet-dinh-khen-thuong.md.hbs',
      'data/_chung/luong-co-so.yaml',
      'data/_chung/danh-hieu.yaml',
      'data/2025/_danh-sach-khen-thuong-2025.yaml',
    ]);
    expect(resolved.contentTemplate?.text).toContain('{{');
    expect(Object.keys(resolved.files)).toEqual(['_danh-sach-khen-thuong-2025.yaml']);
    expect(resolved.law?.award('chien_si_thi_dua_cap_tinh').ten).toBe('Chiến sĩ thi đua cấp tỉnh');
  });

  it('loads images with their size in pixels, and attached documents with their own inputs', () => {
    const signed = resolveFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md');
    const image = signed.images['../_chung/anh/chu-ky-minh-hoa.png'];
    expect(image).toMatchObject({ path: 'data/_chung/anh/chu-ky-minh-hoa.png', widthPx: expect.any(Number), heightPx: expect.any(Number) });
    expect(image.sha256).toBe(sha256(image.bytes));
    const plan = resolveFile('data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md');
    expect(Object.keys(plan.attachments)).toEqual(['_de-cuong-bao-cao-75-nam-thi-dua-ai-quoc.md']);
    expect(plan.inputs.map((i) => i.path)).toContain('data/2023/_de-cuong-bao-cao-75-nam-thi-dua-ai-quoc.md');
  });

  it('reports what it cannot load at the field that names it, with its line', () => {
    expect(problemsOf('mau: khong-co')).toEqual(['Lỗi: data/thu.md, dòng 10 — trường "mau": không có mẫu nội dung templates/noi-dung/khong-co.md.hbs']);
    expect(problemsOf('kem_theo: [khong-co.md]')).toEqual(['Lỗi: data/thu.md, dòng 10 — trường "kem_theo[0]": không đọc được tệp gửi kèm "khong-co.md" (đường dẫn tính từ thư mục của tệp này).']);
    expect(problemsOf('phu_luc: [{ tep: khong-co.md }]')).toEqual(['Lỗi: data/thu.md, dòng 10 — trường "phu_luc[0].tep": không đọc được tệp phụ lục "khong-co.md" (đường dẫn tính từ thư mục của tệp này).']);
    expect(problemsOf('danh_sach: { tep: khong-co.yaml }')).toEqual(['Lỗi: data/thu.md, dòng 10 — trường "danh_sach.tep": không đọc được tệp danh sách "khong-co.yaml" (đường dẫn tính từ thư mục của tệp này).']);
  });

  it('refuses a file outside the data and templates folders, through .. or a symbolic link', () => {
    const outside = problemsOf('kem_theo: [../package.json]');
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatch(/^Lỗi: data\/thu\.md, dòng 10 — trường "kem_theo\[0\]": tệp "\.\.\/package\.json" nằm ngoài thư mục dữ liệu và thư mục mẫu \(kể cả khi đi qua liên kết tắt\); chỉ dùng được tệp trong .*data, .*templates\. Chép tệp vào thư mục dữ liệu rồi ghi đường dẫn tới bản chép\.$/);
    const dir = scratchDir('vbtd-resolve-');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'secret.md'), '---\nloai: ke_hoach\n---\nbí mật\n');
    symlinkSync(join(dir, 'secret.md'), join(dir, 'data/link.md'));
    const confined = new Resolver({ registry: loadRegistry('data/_chung/co-quan.yaml').registry, templatesDir: 'templates', lawDir: 'data/_chung', roots: [join(dir, 'data'), 'templates'] });
    const resolved = confined.resolveSource(readMarkdown(DOC('kem_theo: [link.md]'), join(dir, 'data/thu.md')));
    expect(resolved.attachments).toEqual({});
    expect(resolved.problems.map((p) => p.message)).toEqual([expect.stringContaining('tệp "link.md" nằm ngoài thư mục dữ liệu và thư mục mẫu')]);
  });

  it('a problem it found stops the document, with the model’s own problems', () => {
    const resolved = resolver().resolveSource(readMarkdown(DOC('mau: khong-co').replace('so: 5', 'so: 5\nky_hieu: 1'), 'data/thu.md'));
    expect(() => buildDocument(resolved)).toThrow(DocumentError);
  });
});
