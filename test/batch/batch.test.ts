/**
 * Batches (issue 11, points 3, 7 and 9): a spreadsheet of nominees checked all together, each fault at
 * its cell, and made into a báo cáo thành tích per row, the biên bản, the tờ trình and the quyết định,
 * under readable names; the same bytes on every build; editing one row remakes only what shows that row.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkRows } from '../../src/batch/rows.ts';
import { slugOf, uniqueNames } from '../../src/batch/names.ts';
import { MANIFEST_FILE, manifestFromText } from '../../src/build/manifest.ts';
import { runBuild } from '../../src/cli/run.ts';
import { AWARDS_FILE, BASE_SALARY_FILE, parseLawData } from '../../src/law/law-data.ts';
import { readBatchSheet } from '../../src/readers/batch-sheet.ts';
import { scratchDir } from '../helpers/scratch.ts';

const FOLDER = 'data/2025/dot-khen-thuong';
const BATCH = `${FOLDER}/dot-khen-thuong-nam-hoc-2024-2025.yaml`;
const SHEET = `${FOLDER}/danh-sach-de-nghi.xlsx`;
const OUT = 'output/2025/dot-khen-thuong/dot-khen-thuong-nam-hoc-2024-2025';

/** A project with the sample batch (and the shared files it needs) in a scratch folder. */
function project() {
  const root = scratchDir('vbtd-lo-');
  for (const path of ['data/_chung', FOLDER]) cpSync(path, join(root, path), { recursive: true });
  return {
    root,
    async build(formats = 'docx', ...args: string[]) {
      const lines: string[] = [];
      const keep = (line: string) => lines.push(line);
      const exit = await runBuild([`--dinh-dang=${formats}`, ...args], { out: keep, err: keep }, { dataDir: join(root, 'data'), outDir: join(root, 'output') });
      return { exit, lines, text: lines.join('\n') };
    },
    /** Sets cells of the sample sheet (`{ D17: '31/02/1985' }`). */
    async setCells(cells: Record<string, string>) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(root, SHEET));
      for (const [ref, value] of Object.entries(cells)) workbook.worksheets[0].getCell(ref).value = value;
      await workbook.xlsx.writeFile(join(root, SHEET));
    },
    editBatch(change: (text: string) => string) {
      writeFileSync(join(root, BATCH), change(readFileSync(join(root, BATCH), 'utf8')));
    },
    /** Every file of the batch's output folder: bytes and modification time. */
    outputs(): Map<string, { bytes: Buffer; mtime: number }> {
      const dir = join(root, OUT);
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), { bytes: readFileSync(join(e.parentPath, e.name)), mtime: statSync(join(e.parentPath, e.name)).mtimeMs }]));
    },
  };
}

const changedBetween = (before: Map<string, { bytes: Buffer; mtime: number }>, after: Map<string, { bytes: Buffer; mtime: number }>) =>
  [...after].filter(([path, f]) => !before.get(path)?.bytes.equals(f.bytes) || before.get(path)?.mtime !== f.mtime).map(([path]) => path).sort();

describe('the sample batch', () => {
  it('builds from .xlsx: a báo cáo thành tích per nominee (the row entered twice kept out), the biên bản, the tờ trình and the quyết định', async () => {
    const p = project();
    const { exit, text } = await p.build();
    expect(exit, text).toBe(0);
    const files = [...p.outputs().keys()].sort();
    expect(files.filter((f) => !f.includes('/'))).toEqual(['bien-ban.docx', 'quyet-dinh.docx', 'to-trinh.docx']);
    // 40 rows, one kept out by "# trùng dòng 9" in "Ghi chú".
    expect(files.filter((f) => f.startsWith('bao-cao-thanh-tich/'))).toHaveLength(39);
    // Two people named Nguyễn Văn An: the later one (row order) takes its đơn vị.
    expect(files).toContain('bao-cao-thanh-tich/nguyen-van-an.docx');
    expect(files).toContain('bao-cao-thanh-tich/nguyen-van-an-truong-thcs-phan-thiet.docx');
    expect(text).toContain(`Cảnh báo: ${join(p.root, SHEET)}, 'Danh sách'!P23 — cột "Số phiếu đồng ý": 8/11 phiếu đồng ý, không đạt ngưỡng 90% của "Chiến sĩ thi đua cấp tỉnh": có trong biên bản, không đưa vào tờ trình và quyết định.`);
    expect(text).toMatch(/\nĐã tạo 42\/42 văn bản\.$/);
    // The manifest lists each document with its row; the index page shows it.
    const manifest = manifestFromText(readFileSync(join(p.root, 'output', MANIFEST_FILE), 'utf8'))!;
    expect(manifest.documents['../data/2025/dot-khen-thuong/dot-khen-thuong-nam-hoc-2024-2025.yaml#bao-cao-thanh-tich/nguyen-van-an'].place).toBe("danh-sach-de-nghi.xlsx, 'Danh sách'!B6");
    expect(manifest.documents['../data/2025/dot-khen-thuong/dot-khen-thuong-nam-hoc-2024-2025.yaml'].jobs).toHaveLength(42);
    const index = readFileSync(join(p.root, 'output/index.html'), 'utf8');
    expect(index.includes("data/2025/dot-khen-thuong/dot-khen-thuong-nam-hoc-2024-2025/bao-cao-thanh-tich/nguyen-van-an — danh-sach-de-nghi.xlsx, 'Danh sách'!B6"), 'index.html').toBe(true);
  });

  it('with an impossible date in row 17 and an unknown award in row 23: both told at their cells, in Vietnamese, with the nearest award; nothing made; with "khi_loi: tiep_tuc" the other rows still build', async () => {
    const p = project();
    await p.setCells({ D17: '31/02/1985', K23: 'Chiến sĩ thi đau cấp tỉnh' });
    const sheet = join(p.root, SHEET);
    const dateError = `Lỗi: ${sheet}, 'Danh sách'!D17 — cột "Ngày sinh": ngày "31/02/1985" không có thật (tháng 2 năm 1985 không có ngày 31). Sửa lại ngày sinh, dạng ngày/tháng/năm.`;
    const awardError = `Lỗi: ${sheet}, 'Danh sách'!K23 — cột "Danh hiệu": không có danh hiệu "Chiến sĩ thi đau cấp tỉnh" trong danh mục (${join(p.root, 'data/_chung/danh-hieu.yaml')}). Có phải "Chiến sĩ thi đua cấp tỉnh" (chien_si_thi_dua_cap_tinh)?`;
    const stopped = await p.build();
    expect(stopped.exit).toBe(1);
    expect(stopped.lines).toContain(dateError);
    expect(stopped.lines).toContain(awardError);
    expect(stopped.lines.indexOf(dateError)).toBeLessThan(stopped.lines.indexOf(awardError));
    expect(stopped.text).toContain(`✗ ${join(p.root, BATCH)}: không tạo văn bản nào của đợt này (sửa các lỗi ở trên, hoặc ghi "khi_loi: tiep_tuc" để bỏ qua dòng lỗi).`);
    expect(existsSync(join(p.root, OUT))).toBe(false);

    p.editBatch((t) => t.replace('han_muc:', 'khi_loi: tiep_tuc\nhan_muc:'));
    const going = await p.build();
    expect(going.exit).toBe(1);
    expect(going.lines).toContain(dateError);
    expect(going.lines).toContain(awardError);
    const reports = [...p.outputs().keys()].filter((f) => f.startsWith('bao-cao-thanh-tich/'));
    expect(reports).toHaveLength(37);
    expect(p.outputs().has('quyet-dinh.docx')).toBe(true);
    expect(going.text).toMatch(/\nĐã tạo 40\/40 văn bản\.$/);
  }, 60_000);

  it('gives the same bytes on every build (DOCX, PDF, HTML)', async () => {
    const p = project();
    const target = join(p.root, BATCH);
    await p.build('docx,pdf,html', target);
    const first = p.outputs();
    await p.build('docx,pdf,html', target, '--tat-ca');
    const second = p.outputs();
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, f] of first) expect(second.get(path)!.bytes.equals(f.bytes), path).toBe(true);
  }, 120_000);

  it('after editing one row remakes only what shows it: its thành tích only its báo cáo; its chức vụ also the tờ trình and the quyết định', async () => {
    const p = project();
    await p.build();
    const built = p.outputs();
    const again = await p.build();
    expect(again.text).toContain('Không có văn bản nào cần tạo lại: 42 văn bản không đổi từ lần trước');
    expect(changedBetween(built, p.outputs())).toEqual([]);

    // Row 6 is Nguyễn Văn An of Trường THPT Sơn Dương.
    await p.setCells({ M6: '- Hoàn thành xuất sắc nhiệm vụ.\n- Giải Nhất giáo viên dạy giỏi cấp tỉnh.' });
    const afterText = await p.build();
    expect(afterText.text).toMatch(/Đã tạo 1\/1 văn bản có thay đổi; 41 văn bản không đổi/);
    const before = p.outputs();
    expect(changedBetween(built, before)).toEqual(['bao-cao-thanh-tich/nguyen-van-an.docx']);

    await p.setCells({ F6: 'Phó Hiệu trưởng' });
    await p.build();
    expect(changedBetween(before, p.outputs())).toEqual(['bao-cao-thanh-tich/nguyen-van-an.docx', 'quyet-dinh.docx', 'to-trinh.docx']);

    // Row 6 kept out: the other Nguyễn Văn An (row 12) now has the name alone; the file of his old name goes.
    await p.setCells({ Q6: '# rút khỏi đợt' });
    await p.build();
    const files = [...p.outputs().keys()].filter((f) => f.includes('nguyen-van-an'));
    expect(files).toEqual(['bao-cao-thanh-tich/nguyen-van-an.docx']);
    const manifest = manifestFromText(readFileSync(join(p.root, 'output', MANIFEST_FILE), 'utf8'))!;
    expect(manifest.documents['../data/2025/dot-khen-thuong/dot-khen-thuong-nam-hoc-2024-2025.yaml#bao-cao-thanh-tich/nguyen-van-an'].place).toBe("danh-sach-de-nghi.xlsx, 'Danh sách'!B12");
    expect(Object.keys(manifest.documents).filter((k) => k.includes('#'))).toHaveLength(41);
  }, 60_000);

  it('with the danh sách as XLSX too: only the tờ trình and the quyết định have one, and a rebuild with one row edited remakes that row only', async () => {
    const p = project();
    await p.build('docx,xlsx');
    const built = p.outputs();
    expect([...built.keys()].filter((f) => f.endsWith('.xlsx')).sort()).toEqual(['quyet-dinh.xlsx', 'to-trinh.xlsx']);
    expect((await p.build('docx,xlsx')).text).toContain('Không có văn bản nào cần tạo lại: 42 văn bản không đổi từ lần trước');
    await p.setCells({ M6: '- Hoàn thành xuất sắc nhiệm vụ.' });
    expect((await p.build('docx,xlsx')).text).toMatch(/Đã tạo 1\/1 văn bản có thay đổi; 41 văn bản không đổi/);
    expect(changedBetween(built, p.outputs())).toEqual(['bao-cao-thanh-tich/nguyen-van-an.docx']);
  }, 60_000);
});

describe('output names', () => {
  it('are the Vietnamese names without diacritics, safe on every file system', () => {
    expect(slugOf('Nguyễn Văn An')).toBe('nguyen-van-an');
    expect(slugOf('Đỗ Thị Ánh Tuyết')).toBe('do-thi-anh-tuyet');
    expect(slugOf('Tổ Toán - Tin học, Trường THPT Chuyên')).toBe('to-toan-tin-hoc-truong-thpt-chuyen');
    expect(slugOf('CON')).toBe('con-1');
    expect(slugOf('???')).toBe('khong-ten');
  });

  it('of the same name: the first keeps it, a later one takes its đơn vị, then a number, in row order', () => {
    const names = uniqueNames([
      { name: 'Nguyễn Văn An', unit: 'Trường THPT Sơn Dương' },
      { name: 'Nguyễn Văn An', unit: 'Trường THCS Phan Thiết' },
      { name: 'NGUYỄN VĂN AN', unit: 'Trường THCS Phan Thiết' },
      { name: 'Nguyễn Văn An' },
      { name: 'Nguyen Van An 2' },
    ]);
    // The fifth is literally "Nguyen Van An 2": its own name is taken by the third, so it is numbered too.
    expect(names).toEqual(['nguyen-van-an', 'nguyen-van-an-truong-thcs-phan-thiet', 'nguyen-van-an-2', 'nguyen-van-an-3', 'nguyen-van-an-2-2']);
  });
});

describe('the checks before generating', () => {
  const law = parseLawData(
    { path: 'data/_chung/luong-co-so.yaml', text: readFileSync(`data/_chung/${BASE_SALARY_FILE}`, 'utf8') },
    { path: 'data/_chung/danh-hieu.yaml', text: readFileSync(`data/_chung/${AWARDS_FILE}`, 'utf8') },
  );
  const sheet = (rows: string[]) => readBatchSheet(Buffer.from(['Họ và tên,Ngày sinh,Đơn vị,Danh hiệu,Ghi chú', ...rows].join('\n')), 'ds.csv');
  const check = (rows: string[], quotas = {}) => checkRows(sheet(rows).records, { law, date: '2025-11-24', quotas: { perAward: [], ...quotas }, achievements: {} });

  it('find the same person twice (same name and ngày sinh, or same name and đơn vị), unless a row is kept out by "#" in "Ghi chú"', () => {
    const result = check([
      'Lê Văn Bình,01/02/1980,Trường A,Bằng khen Chủ tịch tỉnh,',
      'LÊ VĂN BÌNH,01/02/1980,Trường B,CSTĐ tỉnh,',
      'Lê Văn Bình,,Trường A,Bằng khen Chủ tịch tỉnh,',
      'Lê Văn Bình,01/02/1980,Trường A,Bằng khen Chủ tịch tỉnh,# nhập hai lần',
    ]);
    expect(result.problems.map((p) => `${p.file}, dòng ${p.line} — cột "${p.header}": ${p.message}`)).toEqual([
      'ds.csv, dòng 3 — cột "Họ và tên": trùng với dòng 2 (cùng họ tên và ngày sinh): mỗi tập thể, cá nhân chỉ đề nghị một lần trong đợt. Xóa một trong hai dòng, hoặc ghi "#" ở đầu ô "Ghi chú" của dòng thừa để bỏ qua nó (ví dụ "# trùng dòng 2").',
      'ds.csv, dòng 4 — cột "Họ và tên": trùng với dòng 2 (cùng tên và đơn vị): mỗi tập thể, cá nhân chỉ đề nghị một lần trong đợt. Xóa một trong hai dòng, hoặc ghi "#" ở đầu ô "Ghi chú" của dòng thừa để bỏ qua nó (ví dụ "# trùng dòng 2").',
    ]);
    expect(result.rows.map((r) => r.record.line)).toEqual([2]);
    expect(result.skipped).toBe(1);
  });

  it('hold the quotas of the batch: per đơn vị and per award, the rows beyond them in row order', () => {
    const award = law.award('Chiến sĩ thi đua cấp tỉnh');
    const result = check(
      [
        'Lê Văn A,,Trường A,CSTĐ tỉnh,',
        'Lê Văn B,,Trường A,Bằng khen Chủ tịch tỉnh,',
        'Lê Văn C,,trường a,Bằng khen Chủ tịch tỉnh,',
        'Lê Văn D,,Trường B,CSTĐ tỉnh,',
      ],
      { perUnit: 2, perAward: [{ award, max: 1 }] },
    );
    expect(result.problems.map((p) => `dòng ${p.line} — cột "${p.header}": ${p.message}`)).toEqual([
      'dòng 4 — cột "Đơn vị": đơn vị "trường a" đã có 02 tập thể, cá nhân được đề nghị (dòng 2, 3); hạn mức của đợt là không quá 02 mỗi đơn vị ("han_muc.moi_don_vi"). Bỏ bớt dòng của đơn vị này (xóa, hoặc ghi "#" ở đầu ô "Ghi chú" của dòng thừa để bỏ qua nó), hoặc sửa hạn mức.',
      'dòng 5 — cột "Danh hiệu": đã có 01 đề nghị "Chiến sĩ thi đua cấp tỉnh" (dòng 2); hạn mức của đợt là không quá 01 ("han_muc.theo_danh_hieu"). Bỏ bớt dòng (xóa, hoặc ghi "#" ở đầu ô "Ghi chú" của dòng thừa để bỏ qua nó), hoặc sửa hạn mức.',
    ]);
    expect(result.rows.map((r) => r.record.line)).toEqual([2, 3]);
  });

  it('find empty required cells, impossible dates and unknown awards, all together', () => {
    const result = check(['Lê Văn A,30/02/1990,Trường A,,', ',1990,Trường A,CSTĐ tỉnh,', 'Lê Văn C,12/1990,,Chiến sĩ thi đua cap tinh,']);
    expect(result.problems.map((p) => `dòng ${p.line} — cột "${p.header}": ${p.message}`)).toEqual([
      'dòng 2 — cột "Danh hiệu": ô trống. Ghi danh hiệu đề nghị: tên ("Chiến sĩ thi đua cơ sở"), viết tắt ("CSTĐCS") hoặc mã trong data/_chung/danh-hieu.yaml.',
      'dòng 2 — cột "Ngày sinh": ngày "30/02/1990" không có thật (tháng 2 năm 1990 không có ngày 30). Sửa lại ngày sinh, dạng ngày/tháng/năm.',
      'dòng 3 — cột "Họ và tên": ô trống. Ghi họ và tên cá nhân hoặc tên tập thể, hoặc xóa cả dòng.',
      'dòng 4 — cột "Ngày sinh": "12/1990" không phải ngày. Ghi ngày sinh dạng ngày/tháng/năm, ví dụ 05/01/1985 (không rõ ngày: chỉ ghi năm, 1985).',
      'dòng 4 — cột "Đơn vị": ô trống. Ghi đơn vị công tác của cá nhân (in ở đầu báo cáo thành tích và dùng để tính hạn mức).',
    ]);
  });
});

const FORM = `${FOLDER}/_mau/bao-cao-thanh-tich-ca-nhan.docx`;
/** The sample batch's báo cáo thành tích through the sample Word form, with these fields allowed blank. */
const withForm = (blank: string) => (t: string) => t.replace('    cap_tren:', `    mau_word: _mau/bao-cao-thanh-tich-ca-nhan.docx\n    de_trong: [${blank}]\n    cap_tren:`);
const ALL_BLANK = 'co_sang_kien, sang_kien, que_quan, tru_quan, ngay_sinh, gioi_tinh, chuc_vu, don_vi, trinh_do';

/** The text of a filled form's body, paragraph by paragraph. */
const formText = (bytes: Buffer): string[] =>
  new PizZip(bytes).file('word/document.xml')!.asText().split('</w:p>').map((p) => p.replace(/\n/g, '').replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '')).filter(Boolean);

describe('the sample batch through the staff\'s Word form (tao.bao_cao_thanh_tich.mau_word)', () => {
  it('gives one filled form per nominee, as DOCX only, the same bytes on every build; editing one row rewrites only its form', async () => {
    const p = project();
    p.editBatch(withForm(ALL_BLANK));
    const { exit, text } = await p.build('docx,pdf');
    expect(exit, text).toBe(0);
    const reports = [...p.outputs().keys()].filter((f) => f.startsWith('bao-cao-thanh-tich/')).sort();
    expect(reports).toHaveLength(39);
    expect(reports.every((f) => f.endsWith('.docx'))).toBe(true);
    const an = formText(p.outputs().get('bao-cao-thanh-tich/nguyen-van-an.docx')!.bytes);
    expect(an).toContain('TRƯỜNG THPT SƠN DƯƠNG');
    expect(an).toContain('Tuyên Quang, ngày 10/11/2025');
    expect(an).toContain('ĐỀ NGHỊ TẶNG “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”');
    expect(an).toContain('- Họ và tên: Nguyễn Văn An');
    expect(an).toContain('- Sinh ngày, tháng, năm: 14/02/1982; giới tính: Nam');
    expect(an).toContain('- Quê quán: ');
    expect(an).toContain('Không có sáng kiến, đề tài.');
    expect(an.join('\n')).not.toContain('undefined');

    const built = p.outputs();
    await p.build('docx,pdf', '--tat-ca');
    for (const [path, f] of built) expect(p.outputs().get(path)!.bytes.equals(f.bytes), path).toBe(true);

    const before = p.outputs();
    await p.setCells({ M6: '- Hoàn thành xuất sắc nhiệm vụ.' });
    const again = await p.build('docx,pdf');
    expect(again.text).toMatch(/Đã tạo 1\/1 văn bản có thay đổi; 41 văn bản không đổi/);
    expect(changedBetween(before, p.outputs())).toEqual(['bao-cao-thanh-tich/nguyen-van-an.docx']);
    expect(formText(p.outputs().get('bao-cao-thanh-tich/nguyen-van-an.docx')!.bytes)).toContain('2. Thành tích đạt được: - Hoàn thành xuất sắc nhiệm vụ.');

    // An edited form (an input of every filled form) rewrites them all, and them only.
    const edited = new PizZip(readFileSync(join(p.root, FORM)));
    edited.file('word/document.xml', edited.file('word/document.xml')!.asText().replace('I. SƠ LƯỢC LÝ LỊCH', 'I. SƠ LƯỢC TIỂU SỬ'));
    writeFileSync(join(p.root, FORM), edited.generate({ type: 'nodebuffer' }));
    const afterForm = p.outputs();
    await p.build('docx,pdf');
    expect(changedBetween(afterForm, p.outputs())).toEqual(reports);
  }, 120_000);

  it('once named, the form replaces the báo cáo made by our layout: their PDF and HTML go, unless edited by hand', async () => {
    const p = project();
    expect((await p.build('docx,pdf,html')).exit).toBe(0);
    const edited = join(p.root, OUT, 'bao-cao-thanh-tich/nguyen-van-an.html');
    writeFileSync(edited, 'sửa tay');
    p.editBatch(withForm(ALL_BLANK));
    expect((await p.build('docx,pdf,html')).exit).toBe(0);
    const reports = [...p.outputs().keys()].filter((f) => f.startsWith('bao-cao-thanh-tich/')).sort();
    expect(reports.filter((f) => !f.endsWith('.docx'))).toEqual(['bao-cao-thanh-tich/nguyen-van-an.html']);
    expect(reports.filter((f) => f.endsWith('.docx'))).toHaveLength(39);
  }, 120_000);

  it('rejects a form with a tag unknown to the data before generating anything, naming the tag, the form and its paragraph', async () => {
    const p = project();
    p.editBatch(withForm(ALL_BLANK));
    const zip = new PizZip(readFileSync(join(p.root, FORM)));
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('{que_quan}', '{que_quan_goc}'));
    writeFileSync(join(p.root, FORM), zip.generate({ type: 'nodebuffer' }));
    const { exit, lines, text } = await p.build();
    expect(exit).toBe(1);
    expect(lines.filter((l) => l.startsWith('Lỗi:'))).toEqual([UNKNOWN_TAG(join(p.root, FORM))]);
    expect(text).toContain(`✗ ${join(p.root, BATCH)}: không tạo văn bản nào của đợt này`);
    expect(existsSync(join(p.root, OUT))).toBe(false);
  }, 60_000);

  it('finds a value a row lacks at its cell, unless the batch allows it blank ("de_trong")', async () => {
    const p = project();
    p.editBatch(withForm(ALL_BLANK.replace(', don_vi', '')));
    const { exit, lines } = await p.build();
    expect(exit).toBe(1);
    const form = join(p.root, FORM);
    // Row 40 is a collective: no đơn vị.
    expect(lines).toContain(
      `Lỗi: ${join(p.root, SHEET)}, 'Danh sách'!G40 — cột "Đơn vị": thẻ {don_vi} (mẫu ${form}, đoạn 15 "- Đơn vị công tác: {don_vi}"): thiếu giá trị. Ghi giá trị vào đó; nếu được để trống, ghi giá trị rỗng ('') hoặc thêm "don_vi" vào "tao.bao_cao_thanh_tich.de_trong" của tệp đợt.`,
    );
    expect(existsSync(join(p.root, OUT))).toBe(false);
  }, 60_000);
});

describe('the eligibility rules among the batch checks (dieu_kien)', () => {
  const sheetCell = (p: { root: string }, cell: string) => `${join(p.root, SHEET)}, 'Danh sách'!${cell} — cột "Danh hiệu"`;
  const K4 = (p: { root: string }, label: string) =>
    `${label}: ${sheetCell(p, 'K4')}: Nguyễn Đức Quân được đề nghị “Chiến sĩ thi đua cấp tỉnh” năm 2025 nhưng chỉ thấy 0 năm liên tục đạt “Chiến sĩ thi đua cơ sở” tính đến năm 2025; cần 3 năm (2023–2025). Ghi đủ các năm “Chiến sĩ thi đua cơ sở” vào lịch sử khen thưởng (năm, số quyết định), hoặc bỏ đề nghị. Căn cứ: Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15. Căn cứ này chưa được xác nhận (tệp ${join(p.root, 'data/_chung/tieu-chuan.yaml')}, dòng 37: da_xac_nhan: false): đối chiếu văn bản gốc trước khi dựa vào kết quả kiểm tra. [cstd-tinh-ba-nam-cstdcs]`;

  it('warn at the row\'s cell unless configured; "loi" stops the batch; the sample turns off the rules its sheet cannot decide', async () => {
    const p = project();
    const sample = await p.build();
    expect(sample.exit).toBe(0);
    expect(sample.text).not.toContain('[cstd-tinh-ba-nam-cstdcs]');

    p.editBatch((t) => t.replace('  muc_do: { cstd-tinh-ba-nam-cstdcs: tat, bang-khen-hai-nam-cstdcs: tat }', '  muc_do: { bang-khen-hai-nam-cstdcs: tat, cstd-tinh-ba-nam: loi }'));
    const warned = await p.build();
    expect(warned.exit, warned.text).toBe(0);
    expect(warned.lines).toContain(K4(p, 'Cảnh báo'));
    expect(warned.lines).toContain(
      `Cảnh báo: ${join(p.root, BATCH)}, dòng 17 — trường "dieu_kien.muc_do.cstd-tinh-ba-nam": không có quy tắc kiểm tra "cstd-tinh-ba-nam", nên dòng này không đổi quy tắc nào. Các mã có: cstdcs-can-lao-dong-tien-tien, cstdcs-ty-le, cstd-tinh-ba-nam-cstdcs, bang-khen-hai-nam-cstdcs, tap-the-ty-le-lao-dong-tien-tien, tap-the-xuat-sac-co-cstdcs.`,
    );

    p.editBatch((t) => t.replace('cstd-tinh-ba-nam: loi', 'cstd-tinh-ba-nam-cstdcs: loi'));
    const stopped = await p.build();
    expect(stopped.exit).toBe(1);
    expect(stopped.lines).toContain(K4(p, 'Lỗi'));
    expect(stopped.text).toContain(`✗ ${join(p.root, BATCH)}: không tạo văn bản nào của đợt này`);
  }, 90_000);

  it('are off, with one warning, when data/_chung/tieu-chuan.yaml is missing', async () => {
    const p = project();
    rmSync(join(p.root, 'data/_chung/tieu-chuan.yaml'));
    const { exit, lines } = await p.build();
    expect(exit).toBe(0);
    expect(lines.filter((l) => l.includes('tieu-chuan.yaml'))).toEqual([
      `Cảnh báo: ${join(p.root, BATCH)}, dòng 16 — trường "dieu_kien": không có tệp ${join(p.root, 'data/_chung/tieu-chuan.yaml')}, nên không kiểm tra điều kiện xét tặng (tiêu chuẩn theo Luật Thi đua, khen thưởng). Chép tệp tieu-chuan.yaml từ bản mẫu data/_chung của chương trình vào thư mục đó.`,
    ]);
  }, 60_000);
});

const UNKNOWN_TAG = (form: string) => `Lỗi: ${form}, đoạn 13 "- Quê quán: {que_quan_goc}" — thẻ {que_quan_goc} không có trong dữ liệu; có phải {que_quan}?`;
