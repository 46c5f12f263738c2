/** Biên bản họp xét khen thưởng: attendance, vote results against the award's threshold, layout. */
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { luatChuaXacNhan } from '../../src/checks/rules/luat-chua-xac-nhan.ts';
import { Problems } from '../../src/core/problems.ts';
import { readMeeting } from '../../src/dossier/bien-ban.ts';
import { readMarkdown } from '../../src/readers/parse.ts';
import { buildFile, buildMarkdown, fonts, planOf, resolveFile } from '../helpers/build.ts';
import type { Grid } from '../../src/plan/types.ts';
import { blockLines, lines, xml } from './helpers.ts';

const SAMPLE = 'data/2025/bien-ban-hop-xet-khen-thuong-2025.md';
const LAW_FILE = join('data/_chung', 'danh-hieu.yaml');
const lawLine = (needle: string): number => readFileSync(LAW_FILE, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

const meeting = (members: string, results: string): string => `---
loai: bien_ban
co_quan: hd-tdkt-so-gd-dt-tuyen-quang
so: 3
ngay: 2025-11-20
trich_yeu: Họp xét khen thưởng
mau: bien-ban-hop-xet-khen-thuong
du_lieu: { noi_dung_xet: thi đua }
bien_ban:
  thoi_gian_bat_dau: '2025-11-20 14:00'
  thoi_gian_ket_thuc: '15:05'
  dia_diem: Phòng họp
  thanh_vien: ${members}
  chu_tri: { ho_ten: Phạm Minh Đức, chuc_vu: Chủ tịch Hội đồng }
  thu_ky: { ho_ten: Bế Thị Hồng, chuc_vu: Thư ký Hội đồng }
  ket_qua:
${results}
---
`;

const resultRows = (doc: ReturnType<typeof buildMarkdown>): string[] => {
  const table = doc.body.find((b) => b.kind === 'table')!;
  return blockLines([table]).slice(1);
};

describe('biên bản họp xét khen thưởng', () => {
  it('passes a vote exactly at the threshold and fails one just under it (80 % vs 79,9 %)', () => {
    const atThreshold = buildMarkdown(meeting('{ tong_so: 10, co_mat: 10 }', '    - { ten: Trường A, danh_hieu: co_thi_dua_ubnd_tinh, so_phieu_dong_y: 8 }'));
    expect(resultRows(atThreshold)).toEqual(['1 | Trường A | Cờ thi đua của Ủy ban nhân dân tỉnh | 8 | 80% | Đạt']);
    const justUnder = buildMarkdown(meeting('{ tong_so: 1000, co_mat: 1000 }', '    - { ten: Trường B, danh_hieu: co_thi_dua_ubnd_tinh, so_phieu_dong_y: 799 }'));
    expect(resultRows(justUnder)).toEqual(['1 | Trường B | Cờ thi đua của Ủy ban nhân dân tỉnh | 799 | 79,9% | Không đạt']);
  });

  it('writes a threshold and a share with a decimal comma: 92,5%', () => {
    // 925 of 1000 members = 92,5%, exactly the threshold written in the data: passes.
    const text = meeting('{ tong_so: 1000, co_mat: 1000 }', '    - { ten: Trường A, danh_hieu: co_thi_dua_ubnd_tinh, so_phieu_dong_y: 925, nguong: 92.5 }');
    expect(resultRows(buildMarkdown(text))).toEqual(['1 | Trường A | Cờ thi đua của Ủy ban nhân dân tỉnh | 925 | 92,5% | Đạt']);
    // The threshold as a content template sees it: {{#each bien_ban.ket_qua}}{{nguong}}{{/each}}.
    const raw = readMarkdown(text, 'bb.md').data.bien_ban as Record<string, unknown>;
    const problems = new Problems({ path: 'bb.md', lineOf: () => 1 });
    const result = readMeeting(raw, { year: 2025, month: 11, day: 20 }, resolveFile(SAMPLE).law!, problems);
    expect(problems.list).toEqual([]);
    expect(result.ket_qua.map((r) => [r.ty_le, r.nguong, r.ket_luan])).toEqual([['92,5%', '92,5%', 'Đạt']]);
  });

  it('warns once per unconfirmed threshold it used, naming the value, its date and legal source', () => {
    const warnings = luatChuaXacNhan.check(buildFile(SAMPLE), { fonts: fonts() }).map((f) => [f.field?.join('.'), f.message]);
    expect(warnings).toEqual([
      [
        'bien_ban.ket_qua.0.danh_hieu',
        `văn bản dùng giá trị luật chưa được xác nhận: ngưỡng biểu quyết “Chiến sĩ thi đua cấp tỉnh” (mã chien_si_thi_dua_cap_tinh) 90% tổng số thành viên Hội đồng, áp dụng từ ngày 01/07/2025 theo Nghị định số 152/2025/NĐ-CP (tệp ${LAW_FILE}, dòng ${lawLine('ma: chien_si_thi_dua_cap_tinh')}: nguong_da_xac_nhan: false). Đối chiếu văn bản gốc trước khi ban hành; khi đã đúng, sửa thành nguong_da_xac_nhan: true trong tệp đó.`,
      ],
      [
        'bien_ban.ket_qua.3.danh_hieu',
        `văn bản dùng giá trị luật chưa được xác nhận: ngưỡng biểu quyết “Cờ thi đua của Ủy ban nhân dân tỉnh” (mã co_thi_dua_ubnd_tinh) 80% tổng số thành viên Hội đồng, áp dụng từ ngày 01/07/2025 theo Nghị định số 152/2025/NĐ-CP (tệp ${LAW_FILE}, dòng ${lawLine('ma: co_thi_dua_ubnd_tinh')}: nguong_da_xac_nhan: false). Đối chiếu văn bản gốc trước khi ban hành; khi đã đúng, sửa thành nguong_da_xac_nhan: true trong tệp đó.`,
      ],
    ]);
    // A threshold written in the biên bản itself does not come from the law data: nothing to warn about.
    const own = buildMarkdown(meeting('{ tong_so: 10, co_mat: 10 }', '    - { ten: Trường A, danh_hieu: co_thi_dua_ubnd_tinh, so_phieu_dong_y: 8, nguong: 80 }'));
    expect(luatChuaXacNhan.check(own, { fonts: fonts() })).toEqual([]);
  });

  it('counts against the whole council and uses the threshold of each award (90 % for Chiến sĩ thi đua cấp tỉnh)', () => {
    expect(resultRows(buildFile(SAMPLE))).toEqual([
      '1 | Hà Thị Thu Trang | Chiến sĩ thi đua cấp tỉnh | 11 | 100% | Đạt',
      '2 | Lý Văn Bình | Chiến sĩ thi đua cấp tỉnh | 10 | 90,9% | Đạt',
      '3 | Lục Văn Hào | Chiến sĩ thi đua cấp tỉnh | 9 | 81,8% | Không đạt',
      '4 | Trường THPT Sơn Dương | Cờ thi đua của Ủy ban nhân dân tỉnh | 9 | 81,8% | Đạt',
    ]);
  });

  it('states time, place, attendance with the written vote, chủ trì, thư ký and the end time', () => {
    const text = lines(buildFile(SAMPLE));
    expect(text).toContain(
      'Vào hồi 14 giờ 00 phút, ngày 20 tháng 11 năm 2025, tại Phòng họp tầng 2, Sở Giáo dục và Đào tạo tỉnh Tuyên Quang, Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo họp xét đề nghị các danh hiệu thi đua phải bỏ phiếu kín năm học 2024 - 2025.',
    );
    expect(text).toContain('- Tổng số thành viên Hội đồng: 11 người; có mặt: 10 người; vắng mặt: 01 người.');
    expect(text).toContain('- Vắng mặt: Bà Hoàng Thị Mai, Phó Giám đốc Sở, lý do: đi công tác; có phiếu biểu quyết bằng văn bản.');
    expect(text).toContain('- Chủ trì: Phạm Minh Đức, Giám đốc Sở, Chủ tịch Hội đồng.');
    expect(text).toContain('- Thư ký: Bế Thị Hồng, Chánh Văn phòng Sở, Thư ký Hội đồng.');
    expect(text).toContain('Cuộc họp kết thúc vào 16 giờ 30 phút, ngày 20 tháng 11 năm 2025./.');
  });

  it('has no date line in its header, and THƯ KÝ (left) and CHỦ TỌA (right) side by side', () => {
    const doc = buildFile(SAMPLE);
    expect(doc.header.diaDanhNgay).toBeUndefined();
    expect(lines(doc).slice(0, 7)).toEqual([
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'HỘI ĐỒNG THI ĐUA',
      'KHEN THƯỞNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/BB-HĐTĐKT',
      'BIÊN BẢN',
    ]);
    expect(doc.closing.recipients).toBeUndefined();
    expect(doc.closing.signers.map((s) => [s.lines.join(' '), s.name])).toEqual([
      ['THƯ KÝ', 'Bế Thị Hồng'],
      ['CHỦ TỌA', 'Phạm Minh Đức'],
    ]);
    // In the DOCX both titles share one table row, and both names the next one.
    const rows = xml(doc).match(/<w:tr>.*?<\/w:tr>/gs)!;
    const cellsOf = (row: string) => (row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map((c) => [...c.matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1]).join(''));
    expect(rows.map(cellsOf).slice(-2)).toEqual([
      ['THƯ KÝ', 'CHỦ TỌA'],
      ['Bế Thị Hồng', 'Phạm Minh Đức'],
    ]);
  });

  it('may carry a Nơi nhận, under the two signers at the left (Mẫu 1.9), and a place-date line (dia_danh_ngay)', () => {
    const text = meeting('{ tong_so: 10, co_mat: 10 }', '    - { ten: Trường A, danh_hieu: co_thi_dua_ubnd_tinh, so_phieu_dong_y: 8 }').replace(
      'mau: bien-ban-hop-xet-khen-thuong',
      'mau: bien-ban-hop-xet-khen-thuong\ndia_danh_ngay: true\nnoi_nhan: [Sở Nội vụ (Ban Thi đua - Khen thưởng)]\nluu: [Hồ sơ]',
    );
    const doc = buildMarkdown(text);
    expect(doc.header.diaDanhNgay).toBe('Tuyên Quang, ngày 20 tháng 11 năm 2025');
    expect(lines(doc).slice(5, 8)).toEqual(['Số: 03/BB-HĐTĐKT', 'Tuyên Quang, ngày 20 tháng 11 năm 2025', 'BIÊN BẢN']);
    const rows = xml(doc).match(/<w:tr>.*?<\/w:tr>/gs)!;
    const cellsOf = (row: string) => (row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map((c) => [...c.matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1]).filter(Boolean).join('|'));
    expect(rows.map(cellsOf).slice(-3)).toEqual([
      ['THƯ KÝ', 'CHỦ TỌA'],
      ['Bế Thị Hồng', 'Phạm Minh Đức'],
      ['Nơi nhận:|- Sở Nội vụ (Ban Thi đua\u00a0- Khen thưởng);|- Lưu: VT, Hồ sơ|.', ''], // the full stop is a run of its own
    ]);
    const closing = planOf(doc).sections[0].items.at(-1) as Grid;
    expect(closing.rows[2].cells[0].items[0]).toEqual({ kind: 'spacer', heightPt: 12, images: [] });
  });

  it('accepts a meeting without votes (no ket_qua): what is given, and no results part', () => {
    const doc = buildMarkdown(meeting('{ tong_so: 10, co_mat: 10 }', '').replace('  ket_qua:\n', ''));
    expect(doc.body.some((b) => b.kind === 'table')).toBe(false);
    const text = lines(doc);
    expect(text.some((l) => l.includes('KẾT QUẢ') || l.includes('Số phiếu'))).toBe(false);
    expect(text).toContain('- Chủ trì: Phạm Minh Đức, Chủ tịch Hội đồng.');
    expect(text).toContain('Cuộc họp kết thúc vào 15 giờ 05 phút, ngày 20 tháng 11 năm 2025./.');
  });

  it('accepts a form (bieu_mau) that leaves the names blank for hand-signing; asks for them otherwise', () => {
    const blank = (form: string) =>
      meeting('{ tong_so: 10, co_mat: 10 }', '')
        .replace('  ket_qua:\n', '')
        .replace('chu_tri: { ho_ten: Phạm Minh Đức, chuc_vu: Chủ tịch Hội đồng }', 'chu_tri: { chuc_vu: Chủ tịch Hội đồng }')
        .replace('thu_ky: { ho_ten: Bế Thị Hồng, chuc_vu: Thư ký Hội đồng }', 'thu_ky: { chuc_vu: Thư ký Hội đồng }')
        .replace('loai: bien_ban', `loai: bien_ban${form}`);
    const doc = buildMarkdown(blank('\nbieu_mau: true'));
    expect(doc.closing.signers.map((s) => [s.lines.join(' '), s.name])).toEqual([
      ['THƯ KÝ', undefined],
      ['CHỦ TỌA', undefined],
    ]);
    expect(lines(doc)).toContain('- Chủ trì: Chủ tịch Hội đồng.');
    try {
      buildMarkdown(blank(''), 'bb.md');
      expect.unreachable();
    } catch (e) {
      expect((e as DocumentError).problems.map((p) => [p.line, p.field, p.message])).toEqual([
        [14, 'bien_ban.chu_tri.ho_ten', 'thiếu họ tên người chủ trì. Ghi "ho_ten" (biên bản mẫu để trống tên thì thêm "bieu_mau: true").'],
        [15, 'bien_ban.thu_ky.ho_ten', 'thiếu họ tên thư ký. Ghi "ho_ten" (biên bản mẫu để trống tên thì thêm "bieu_mau: true").'],
      ]);
    }
    // Any other form may leave its signer's name blank too.
    const report = buildMarkdown('---\nloai: bao_cao\nbieu_mau: true\nco_quan: ubnd-tinh-cao-bang\nngay: 2023-07\ntrich_yeu: Thử\nky: { chuc_vu: THỦ TRƯỞNG ĐƠN VỊ }\n---\n# KẾT QUẢ\n');
    expect(report.closing.signers).toEqual([{ lines: ['THỦ TRƯỞNG ĐƠN VỊ'] }]);
  });

  it('reports attendance that does not add up and more votes than ballots, with file, line and field', () => {
    const wrong = meeting('{ tong_so: 11, co_mat: 9 }', '    - { ten: Trường A, danh_hieu: co_thi_dua_ubnd_tinh, so_phieu_dong_y: 10 }');
    const problems = (() => {
      try {
        buildMarkdown(wrong, 'bb.md');
      } catch (e) {
        return (e as DocumentError).problems.map((p) => [p.line, p.field, p.message]);
      }
    })();
    expect(problems).toEqual([
      [13, 'bien_ban.thanh_vien', '9 có mặt và 0 vắng không bằng tổng số 11 thành viên Hội đồng. Sửa "co_mat", "tong_so" hoặc danh sách "vang".'],
      [17, 'bien_ban.ket_qua[0].so_phieu_dong_y', '10 phiếu đồng ý nhiều hơn số phiếu thu về (9: thành viên có mặt và phiếu gửi bằng văn bản).'],
    ]);
  });
});
