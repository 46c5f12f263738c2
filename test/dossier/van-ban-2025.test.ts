/** The 2025 dossier samples: tờ trình counts, công văn ký hiệu, chỉ thị, đề cương, báo cáo thành tích. */
import { describe, expect, it } from 'vitest';
import { soLuongKhenThuong } from '../../src/checks/rules/so-luong-khen-thuong.ts';
import { buildFile, buildMarkdown, fonts } from '../helpers/build.ts';
import { lines } from './helpers.ts';

const DIR = 'data/2025/';

describe('tờ trình đề nghị khen thưởng', () => {
  const doc = buildFile(DIR + 'to-trinh-de-nghi-khen-thuong-2025.md');

  it('announces the counts of its list, per award, and names the attached list', () => {
    expect(doc.nominees).toEqual({ tapThe: 5, caNhan: 6 });
    const text = lines(doc);
    expect(text).toContain(
      'Sở Giáo dục và Đào tạo tỉnh Tuyên Quang đề nghị Sở Nội vụ xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng cho 05 tập thể và 06 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2024 - 2025, cụ thể:',
    );
    const start = text.indexOf('- “Tập thể lao động xuất sắc”: 03 tập thể;');
    expect(text.slice(start, start + 5)).toEqual([
      '- “Tập thể lao động xuất sắc”: 03 tập thể;',
      '- “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”: 02 tập thể;',
      '- “Chiến sĩ thi đua cấp tỉnh”: 02 cá nhân;',
      '- “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”: 04 cá nhân.',
      '(Có biên bản, danh sách, báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng kèm theo).',
    ]);
    expect(text).toContain('(Kèm theo Tờ trình số 215/TTr-SGDĐT ngày 24 tháng 11 năm 2025 của Sở Giáo dục và Đào tạo tỉnh Tuyên Quang)');
    expect(soLuongKhenThuong.check(doc, { fonts: fonts() })).toEqual([]);
  });

  it('writes Kính gửi one per line and starts Nơi nhận with "- Như trên;"', () => {
    expect(doc.kinhGui).toEqual(['- Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang;', '- Sở Nội vụ tỉnh Tuyên Quang.']);
    expect(doc.closing.recipients!.lines[0]).toEqual([{ text: '- Như trên;' }]);
  });

  it('flags a hand-written count that disagrees with the list', () => {
    const wrong = buildMarkdown(`---
loai: to_trinh
co_quan: so-gd-dt-tuyen-quang
so: 9
ngay: 2025-11-24
trich_yeu: Đề nghị khen thưởng
kinh_gui: Chủ tịch Ủy ban nhân dân tỉnh
ky: { nguoi_ky: giam-doc }
noi_nhan: [Như trên]
luu: [VP]
danh_sach: [{ ten: Trường A, danh_hieu: tap_the_lao_dong_xuat_sac }, { ten: Lê Văn C, danh_hieu: chien_si_thi_dua_cap_tinh }]
---
Sở đề nghị khen thưởng cho 02 tập thể và 01 cá nhân (có danh sách kèm theo).
`);
    expect(soLuongKhenThuong.check(wrong, { fonts: fonts() })).toEqual([
      {
        message: 'nội dung ghi "cho 02 tập thể và 01 cá nhân" nhưng danh sách kèm theo có 1 tập thể và 1 cá nhân. Sửa câu trong nội dung (hoặc dùng {{so_luong}} trong mẫu để tự đếm) hoặc sửa danh sách.',
        field: ['danh_sach'],
      },
    ]);
  });
});

describe('công văn', () => {
  it('has no tên loại, a ký hiệu without a type part, and V/v under the số', () => {
    const doc = buildFile(DIR + 'cong-van-huong-dan-ho-so-khen-thuong-2025.md');
    expect(doc.title.tenLoai).toBeUndefined();
    expect(lines(doc).slice(0, 8)).toEqual([
      'UBND TỈNH TUYÊN QUANG',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1532/SNV-TĐKT',
      'V/v hướng dẫn hồ sơ đề nghị khen thưởng tổng kết năm học 2024 - 2025',
      'Tuyên Quang, ngày 15 tháng 10 năm 2025',
      'Kính gửi:',
    ]);
  });
});

describe('chỉ thị, báo cáo, đề cương báo cáo', () => {
  it('titles a chỉ thị CHỈ THỊ with ký hiệu CT, and attaches the đề cương with its own blank header', () => {
    const doc = buildFile(DIR + 'chi-thi-thi-dua-2025.md');
    expect([doc.header.soKyHieu, doc.title.tenLoai]).toEqual(['Số: 03/CT-UBND', 'CHỈ THỊ']);
    expect(doc.attachments.map((a) => [a.header.coQuanBanHanh.join(' '), a.header.soKyHieu, a.header.diaDanhNgay, a.title.tenLoai])).toEqual([
      ['ĐƠN VỊ...', 'Số:       /BC-', 'Tuyên Quang, ngày      tháng 12 năm 2025', 'ĐỀ CƯƠNG BÁO CÁO'],
    ]);
  });

  it('writes the (Kèm theo …) line under the title of the attached đề cương, worded as a phụ lục’s', () => {
    const doc = buildFile(DIR + 'chi-thi-thi-dua-2025.md');
    const line = '(Kèm theo Chỉ thị số 03/CT-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Tuyên Quang)';
    expect(doc.attachments[0].title.attachedTo).toBe(line);
    const text = lines(doc);
    const title = text.lastIndexOf('ĐỀ CƯƠNG BÁO CÁO');
    expect(text.slice(title, title + 4)).toEqual(['ĐỀ CƯƠNG BÁO CÁO', 'Tổng kết công tác thi đua, khen thưởng năm 2025', line, 'I. ĐẶC ĐIỂM, TÌNH HÌNH']);
    // Built on its own, it is sent with nothing.
    expect(buildFile(DIR + 'de-cuong-bao-cao-tong-ket-2025.md').title.attachedTo).toBeUndefined();
  });

  it('leaves the (Kèm theo …) line out, or writes it as given, when the attached document says so (dong_kem_theo)', () => {
    // The Đề cương of Kế hoạch 54/KH-UBND (Cao Bằng, seed 002) was issued without it.
    expect(buildFile('data/2023/ke-hoach-thi-dua-75-nam-loi-keu-goi-thi-dua-ai-quoc.md').attachments[0].title.attachedTo).toBeUndefined();
    const own = buildMarkdown(`---
loai: bao_cao
ten_loai: ĐỀ CƯƠNG BÁO CÁO
bieu_mau: true
co_quan: ubnd-tinh-cao-bang
ngay: 2025-12
trich_yeu: Tổng kết năm 2025
dong_kem_theo: (Kèm theo Công văn số 12/UBND-VX ngày 01 tháng 12 năm 2025)
ky: { chuc_vu: THỦ TRƯỞNG ĐƠN VỊ }
---
# KẾT QUẢ
`);
    expect(lines(own)).toContain('(Kèm theo Công văn số 12/UBND-VX ngày 01 tháng 12 năm 2025)');
  });

  it('builds the đề cương standalone too, and a báo cáo sent upward with Kính gửi', () => {
    expect(lines(buildFile(DIR + 'de-cuong-bao-cao-tong-ket-2025.md')).slice(4, 8)).toEqual([
      'Số: /BC-',
      'Tuyên Quang, ngày tháng 12 năm 2025',
      'ĐỀ CƯƠNG BÁO CÁO',
      'Tổng kết công tác thi đua, khen thưởng năm 2025',
    ]);
    const report = buildFile(DIR + 'bao-cao-tong-ket-tdkt-2025.md');
    expect([report.header.soKyHieu, report.kinhGui]).toEqual(['Số: 198/BC-SGDĐT', ['Ủy ban nhân dân tỉnh Tuyên Quang.']]);
  });
});

describe('báo cáo thành tích', () => {
  it('individual: no số, ĐỀ NGHỊ TẶNG title, lý lịch, award-history tables, reporter and confirming head', () => {
    const doc = buildFile(DIR + 'bao-cao-thanh-tich-ca-nhan-ha-thi-thu-trang.md');
    expect(doc.header.soKyHieu).toBe('');
    const text = lines(doc);
    expect(text.slice(4, 9)).toEqual([
      'Sơn Dương, ngày 10 tháng 11 năm 2025',
      'BÁO CÁO THÀNH TÍCH',
      'ĐỀ NGHỊ TẶNG DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP TỈNH”',
      'NĂM HỌC 2022 - 2023 ĐẾN NĂM HỌC 2024 - 2025',
      'I. SƠ LƯỢC LÝ LỊCH',
    ]);
    expect(text).toContain('- Họ và tên: Hà Thị Thu Trang.');
    expect(text).toContain('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG');
    expect(text).toContain('Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định');
    expect(text.slice(-6)).toEqual(['THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', '(Ký, đóng dấu)', 'NGƯỜI BÁO CÁO THÀNH TÍCH', '(Ký, ghi rõ họ và tên)', 'Nông Văn Thạch', 'Hà Thị Thu Trang']);
  });

  it('collective: đặc điểm, tables ("Không có." when empty), head of the unit and the superior confirming', () => {
    const text = lines(buildFile(DIR + 'bao-cao-thanh-tich-tap-the-thpt-son-duong.md'));
    // One line would leave "TỈNH”" alone on the next: cut before the quoted award name instead.
    const title = text.indexOf('ĐỀ NGHỊ TẶNG DANH HIỆU');
    expect(text.slice(title, title + 2)).toEqual(['ĐỀ NGHỊ TẶNG DANH HIỆU', '“CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH”']);
    expect(text).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(text.slice(text.indexOf('2. Hình thức khen thưởng'), text.indexOf('2. Hình thức khen thưởng') + 2)).toEqual(['2. Hình thức khen thưởng', 'Không có./.']);
    expect(text.slice(-6)).toEqual(['XÁC NHẬN CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO', '(Ký, đóng dấu)', 'HIỆU TRƯỞNG', '(Ký, đóng dấu)', 'Phạm Minh Đức', 'Nông Văn Thạch']);
  });
});
