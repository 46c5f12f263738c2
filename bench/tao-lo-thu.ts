/**
 * npm run tao-lo-thu -- --so-nguoi=1000 [--hat-giong=1] [--ra=bench/lo-thu] — writes a large synthetic batch
 * for the benchmarks: a batch file (loai: dot_de_nghi) making one báo cáo thành tích per nominee, the biên
 * bản, the tờ trình and the quyết định, and its spreadsheet of fictional nominees (5 per unit). The same count and seed
 * give the same rows. Build it with: npm run build:docs -- --du-lieu=<ra> <ra>/dot-thu.yaml
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticRows, writeSheet } from '../scripts/batch-rows.ts';

const { values } = parseArgs({ options: { 'so-nguoi': { type: 'string', default: '1000' }, 'hat-giong': { type: 'string', default: '1' }, ra: { type: 'string', default: 'bench/lo-thu' } } });
const count = Number(values['so-nguoi']);
const seed = Number(values['hat-giong']);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Cách dùng: npm run tao-lo-thu -- --so-nguoi=<số người, ví dụ 1000> [--hat-giong=<số nguyên>] [--ra=<thư mục>]');
  process.exit(2);
}
const out = values.ra!;
mkdirSync(out, { recursive: true });
cpSync('data/_chung', join(out, '_chung'), { recursive: true });
await writeSheet(syntheticRows(count, seed), join(out, 'danh-sach.xlsx'), `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG (${count} tập thể, cá nhân; dữ liệu thử)`);
writeFileSync(
  join(out, 'dot-thu.yaml'),
  `# Đợt thử ${count} tập thể, cá nhân (hạt giống ${seed}), tạo bằng npm run tao-lo-thu.
loai: dot_de_nghi
ten: Đợt thử ${count} người
danh_sach: { tep: danh-sach.xlsx }
co_quan: so-gd-dt-tuyen-quang
ngay: 2025-11-24
nam: năm học 2024 - 2025
ky: { nguoi_ky: giam-doc }
hoi_dong:
  thoi_gian_bat_dau: '2025-11-20 14:00'
  thoi_gian_ket_thuc: '16:30'
  dia_diem: Phòng họp tầng 2, Sở Giáo dục và Đào tạo
  thanh_vien: { tong_so: 11, co_mat: 11 }
  chu_tri: { ho_ten: Phạm Minh Đức, chuc_vu: 'Giám đốc Sở, Chủ tịch Hội đồng' }
  thu_ky: { ho_ten: Bế Thị Hồng, chuc_vu: 'Chánh Văn phòng Sở, Thư ký Hội đồng' }
tao:
  bao_cao_thanh_tich:
    ngay: 2025-11-10
    cap_tren: SỞ GD&ĐT TUYÊN QUANG
    xac_nhan: { chuc_vu: XÁC NHẬN CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO, ho_ten: Phạm Minh Đức }
  bien_ban:
    co_quan: hd-tdkt-so-gd-dt-tuyen-quang
    so: 1
    trich_yeu: Họp xét đề nghị khen thưởng (dữ liệu thử)
    du_lieu: { noi_dung_xet: đề nghị khen thưởng năm học 2024 - 2025 }
  to_trinh:
    so: 1
    trich_yeu: Đề nghị khen thưởng (dữ liệu thử)
    kinh_gui: Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang
    du_lieu: { de_nghi: 'Sở Nội vụ xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh', thanh_tich: trong năm học 2024 - 2025, quyet_dinh: Chủ tịch Ủy ban nhân dân tỉnh }
    noi_nhan: [Như trên]
    luu: [VP]
  quyet_dinh:
    co_quan: ubnd-tinh-tuyen-quang
    so: 1
    trich_yeu: Về việc khen thưởng (dữ liệu thử)
    tham_quyen: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
    du_lieu: { hinh_thuc: danh hiệu thi đua và Bằng khen, pham_vi: thuộc ngành Giáo dục, thanh_tich: đã có thành tích xuất sắc, kinh_phi: 'Kinh phí từ Quỹ Thi đua, khen thưởng của tỉnh.', thi_hanh: 'Các cơ quan, đơn vị có liên quan' }
    danh_sach: { cua: Chủ tịch Ủy ban nhân dân tỉnh }
    ky: { quyen_han: [KT. CHỦ TỊCH], nguoi_ky: pho-chu-tich }
    noi_nhan: [Như Điều 3]
    luu: [NC]
`,
);
console.log(`Đã ghi ${join(out, 'dot-thu.yaml')} và ${join(out, 'danh-sach.xlsx')} (${count} dòng).`);
