/**
 * A DOCX template every document would fail on stops the run before anything is built, told once for
 * the run; a template too large is refused from its size on disk, before it is read; the default
 * template must be a file of the templates folder, while --mau-docx may name a file anywhere.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, type BuildOptions } from '../src/build/pipeline.ts';
import { loadDocxTemplate } from '../src/resolve/resources.ts';
import { scratchDir } from './helpers/scratch.ts';

function project(): string {
  const dir = scratchDir('vbtd-mau-');
  cpSync('data/_chung', join(dir, 'data/_chung'), { recursive: true });
  cpSync('data/2023', join(dir, 'data/2023'), { recursive: true });
  cpSync('templates', join(dir, 'templates'), { recursive: true });
  return dir;
}

const options = (dir: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
  dataDir: join(dir, 'data'),
  outDir: join(dir, 'output'),
  templatesDir: join(dir, 'templates'),
  targets: [],
  formats: ['docx', 'pdf'],
  ...extra,
});

describe('the DOCX template of a run', () => {
  it('a broken one is one problem for the run, naming the template; no document is built', async () => {
    const dir = project();
    const template = join(dir, 'mau.docx');
    writeFileSync(template, '%PDF-1.4 không phải docx');
    const report = await buildAll(options(dir, { docxTemplate: template }));
    expect(report.results).toEqual([]);
    expect(report.runProblems).toEqual([
      { severity: 'loi', file: template, message: 'mẫu DOCX này là tệp PDF, không phải .docx. Mở tệp bằng Word, chọn Tệp → Lưu thành → Word Document (.docx), rồi dùng tệp .docx đó.' },
    ]);
    expect(existsSync(join(dir, 'output'))).toBe(false);
  });

  it('is not a concern of a run that makes no DOCX', async () => {
    const dir = project();
    const report = await buildAll(options(dir, { docxTemplate: join(dir, 'khong-co.docx'), formats: ['json'] }));
    expect(report.runProblems).toEqual([]);
    expect(report.results.every((r) => r.ok)).toBe(true);
  });

  it('named on the command line, may be outside the project', async () => {
    const dir = project();
    const elsewhere = join(scratchDir('vbtd-ngoai-'), 'mau-rieng.docx');
    cpSync('templates/van-ban.docx', elsewhere);
    const report = await buildAll(options(dir, { docxTemplate: elsewhere, formats: ['docx'] }));
    expect(report.runProblems).toEqual([]);
    expect(report.results.map((r) => r.ok)).toEqual([true, true]);
  });

  it('the default one may not be a link to a file outside the templates folder', async () => {
    const dir = project();
    const outside = join(scratchDir('vbtd-ngoai-'), 'van-ban.docx');
    cpSync('templates/van-ban.docx', outside);
    const link = join(dir, 'templates/van-ban.docx');
    rmSync(link);
    symlinkSync(outside, link);
    const report = await buildAll(options(dir, { formats: ['docx'] }));
    expect(report.results).toEqual([]);
    expect(report.runProblems).toEqual([
      { severity: 'loi', file: link, message: 'mẫu DOCX mặc định là liên kết tới tệp nằm ngoài thư mục mẫu: thay liên kết bằng tệp thật, hoặc chạy "npm run build:template" để tạo lại mẫu mặc định.' },
    ]);
  });

  it('too large a file is refused from its size on disk, before it is read', () => {
    const dir = scratchDir('vbtd-mau-');
    const huge = join(dir, 'lon.docx');
    writeFileSync(huge, 'PK');
    truncateSync(huge, 30 * 1024 * 1024 * 1024); // sparse: 30 GB that take no disk, and would take 30 GB of memory to read
    expect(loadDocxTemplate(huge, { maxBytes: 20 * 1024 * 1024 })).toEqual({
      problem: { severity: 'loi', file: huge, message: 'mẫu DOCX này nặng 30720 MB, quá giới hạn 20 MB của một mẫu (một mẫu văn bản chỉ cần vài chục KB): bỏ khỏi mẫu các ảnh, tệp nhúng lớn rồi lưu lại.' },
    });
    mkdirSync(join(dir, 'thu-muc.docx'));
    expect(loadDocxTemplate(join(dir, 'thu-muc.docx'), { maxBytes: 1 })).toMatchObject({ problem: { message: 'mẫu DOCX này không phải một tệp (là thư mục?): kiểm tra đường dẫn sau --mau-docx, hoặc bỏ --mau-docx để dùng mẫu mặc định.' } });
  });
});
