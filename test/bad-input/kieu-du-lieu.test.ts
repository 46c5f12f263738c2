/**
 * Bad-input matrix, point 9 of issue 9: wrong types and shapes in a data file (a number where text is
 * expected, an object where a list is, numbers too large to mean anything, files empty, unclosed or
 * built to exhaust the reader) each get a Vietnamese message with the file, the line and the field —
 * never the generic error path. A whole-file problem (an empty file) has a line but no field.
 */
import { readFileSync } from 'node:fs';
import { testPlan } from '../helpers/build.ts';
import { matrix, type Case } from './harness.ts';

const plan = testPlan('');
/** The short kế hoạch with the line `key: …` replaced (lines: so 4, ngay 5, trich_yeu 6, ky 7, noi_nhan 8, luu 9). */
const set = (key: string, value: string) => plan.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);
/** A file `data/a.md` whose problem is at `line`, in `field`. */
const fails = (name: string, text: string, field: string | undefined, line: number, message: string | RegExp): Case => ({
  name,
  files: { 'data/a.md': text },
  exit: 1,
  messages: [{ file: 'data/a.md', line, field, text: message }],
});

const sample = (path: string) => readFileSync(path, 'utf8');
const meeting = sample('data/2025/bien-ban-hop-xet-khen-thuong-2025.md');
const firstVote = '{ ten: Hà Thị Thu Trang, danh_hieu: chien_si_thi_dua_cap_tinh, so_phieu_dong_y: 11 }';
const withMeeting = (from: string, to: string) => ({ 'data/b.md': meeting.replace(from, to) });
const decision = sample('data/vi-du/quyet-dinh-1940-co-thi-dua-ha-giang.md');
const decisionFiles = (text: string) => ({ 'data/b.md': text, 'data/_danh-sach-1940.yaml': sample('data/vi-du/_danh-sach-1940.yaml') });
const achievement = sample('data/2025/bao-cao-thanh-tich-ca-nhan-ha-thi-thu-trang.md');
const inB = (line: number, field: string, text: string | RegExp) => ({ exit: 1, messages: [{ file: 'data/b.md', line, field, text }] });

const TEXT = 'giá trị phải là chữ';
const LIST = 'giá trị phải là danh sách';
const OBJECT = 'giá trị phải là bảng các trường con';
const SHAPE = 'giá trị không đúng dạng';
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

const cases: Case[] = [
  fails('a number where text is expected (trich_yeu: 5)', set('trich_yeu', '5'), 'trich_yeu', 6, SHAPE),
  fails('numbers in a list of lines (trich_yeu: [1, 2])', set('trich_yeu', '[1, 2]'), 'trich_yeu[0]', 6, TEXT),
  fails('a number where the signer is expected (ky: 5)', set('ky', '5'), 'ky', 7, SHAPE),
  fails('an empty list of signers (ky: [])', set('ky', '[]'), 'ky', 7, 'danh sách phải có ít nhất 1 mục'),
  fails('text where the list of quyền hạn is expected', set('ky', '{ quyen_han: TM. ỦY BAN NHÂN DÂN, nguoi_ky: anh }'), 'ky.quyen_han', 7, LIST),
  fails('an object where the list of nơi nhận is expected (noi_nhan: {a: 1})', set('noi_nhan', '{a: 1}'), 'noi_nhan', 8, LIST),
  fails('a number as a nơi nhận (noi_nhan: [5])', set('noi_nhan', '[5]'), 'noi_nhan[0]', 8, SHAPE),
  fails('a number as a group of nơi nhận', set('noi_nhan', '[{ nhom: 5 }]'), 'noi_nhan[0].nhom', 8, TEXT),
  fails('an object where the đơn vị lưu is expected', set('luu', '{ don_vi: { a: 1 } }'), 'luu.don_vi', 9, SHAPE),
  fails('a date written as a number (ngay: 20230105)', set('ngay', '20230105'), 'ngay', 5, '"20230105" không phải ngày'),
  fails('a date written as a decimal number (ngay: 2023.5)', set('ngay', '2023.5'), 'ngay', 5, 'giá trị phải là chữ hoặc số nguyên'),
  fails('a huge document number (so: 1e308)', set('so', '1e308'), 'so', 4, 'giá trị phải từ 999999 trở xuống'),
  fails('a document number of thirty digits', set('so', '123456789012345678901234567890'), 'so', 4, 'giá trị phải từ 999999 trở xuống'),
  fails('a draft number of 0 (du_thao: 0)', testPlan('du_thao: 0'), 'du_thao', 10, 'giá trị phải từ 1 trở lên'),
  fails('text where the list of căn cứ is expected', testPlan('can_cu: Căn cứ Luật Thi đua, Khen thưởng'), 'can_cu', 10, LIST),
  fails('an object where the list of phụ lục is expected', testPlan('phu_luc: { tieu_de: Phụ lục }'), 'phu_luc', 10, LIST),
  fails('a list of text where the phụ lục objects are expected', testPlan('phu_luc: [Phụ lục I]'), 'phu_luc[0]', 10, OBJECT),
  fails('a numbering pattern without a number in it (danh_so: {khoan: x})', testPlan('danh_so: { khoan: "x" }', '# Mục\n\n## Khoản\n\nNội dung.'), 'danh_so.khoan', 10, 'kiểu đánh số "x" không hiểu được'),
  fails('a number as a numbering pattern', testPlan('danh_so: { muc: 5 }'), 'danh_so.muc', 10, TEXT),
  fails('text where the list of rules to skip is expected', testPlan('bo_qua_kiem_tra: so-ky-hieu'), 'bo_qua_kiem_tra', 10, LIST),
  fails('an object where the list of kèm theo is expected', testPlan('kem_theo: { tep: b.md }'), 'kem_theo', 10, LIST),
  fails('a list where the values of the content template are expected (du_lieu: [1, 2])', testPlan('du_lieu: [1, 2]'), 'du_lieu', 10, OBJECT),
  fails('a list where the agency is expected', set('co_quan', '[ubnd-tinh-cao-bang]'), 'co_quan', 3, SHAPE),
  fails('a number as the type of document (loai: 5)', set('loai', '5'), 'loai', 2, 'giá trị phải là một trong: ke_hoach'),
  fails('a 10 MB line where a number is expected', set('so', TEN_MB), 'so', 4, 'giá trị phải là số nguyên'),
  fails('a 10 MB line in the body', testPlan('', `Đoạn đầu.\n\n${TEN_MB}`), undefined, 14, 'một dòng nội dung dài 10.485.760 ký tự, quá 20.000 ký tự một dòng'),
  fails('a 10 MB trích yếu', set('trich_yeu', TEN_MB), 'trich_yeu', 6, 'giá trị dài quá 2000 ký tự'),
  fails('a 10 MB line in a phụ lục', testPlan(`phu_luc: [{ tieu_de: Phụ lục, noi_dung: ${TEN_MB} }]`), 'phu_luc[0].noi_dung', 10, 'một dòng nội dung dài 10.485.760 ký tự'),
  {
    name: 'a 10 MB line in the noi_dung of a YAML file',
    files: { 'data/a.yaml': `loai: ke_hoach\nco_quan: ubnd-tinh-cao-bang\nngay: 2023-01-05\nnoi_dung: |\n  Đoạn đầu.\n  ${TEN_MB}\n` },
    exit: 1,
    messages: [{ file: 'data/a.yaml', line: 6, field: 'noi_dung', text: 'một dòng nội dung dài 10.485.760 ký tự' }],
  },
  fails('a body of 1.2 million characters in short lines', testPlan('', 'Một dòng nội dung bình thường.\n'.repeat(40_000)), undefined, 12, /nội dung dài 1\.\d{3}\.\d{3} ký tự, quá 1\.000\.000 ký tự/),
  {
    name: 'a council smaller than the votes for one candidate (tong_so: 5, 11 votes)',
    files: withMeeting('tong_so: 11', 'tong_so: 5'),
    ...inB(29, 'bien_ban.ket_qua[0].so_phieu_dong_y', '11 phiếu đồng ý nhiều hơn tổng số 5 thành viên Hội đồng'),
  },
  { name: 'a council of 1e308 members', files: withMeeting('tong_so: 11', 'tong_so: 1e308'), ...inB(18, 'bien_ban.thanh_vien.tong_so', 'giá trị phải từ 1000 trở xuống') },
  {
    name: 'a vote threshold with two decimals (nguong: 92.55)',
    files: withMeeting(firstVote, firstVote.replace(' }', ', nguong: 92.55 }')),
    ...inB(29, 'bien_ban.ket_qua[0].nguong', 'ngưỡng 92.55% có quá một chữ số thập phân'),
  },
  { name: 'a vote threshold over 100%', files: withMeeting(firstVote, firstVote.replace(' }', ', nguong: 150 }')), ...inB(29, 'bien_ban.ket_qua[0].nguong', 'giá trị phải từ 100 trở xuống') },
  { name: 'a meeting time written as a number', files: withMeeting("thoi_gian_bat_dau: '2025-11-20 14:00'", 'thoi_gian_bat_dau: 1400'), ...inB(14, 'bien_ban.thoi_gian_bat_dau', TEXT) },
  {
    name: 'a reward of 1e308 đồng',
    files: decisionFiles(decision.replace('co_thi_dua_ubnd_tinh: 18750000', 'co_thi_dua_ubnd_tinh: 1e308')),
    ...inB(31, 'danh_sach.muc_thuong.co_thi_dua_ubnd_tinh', 'giá trị phải từ 10000000000 trở xuống'),
  },
  {
    name: 'a year of 1e308 in the awards already received',
    files: { 'data/b.md': achievement.replace("{ nam: '2022 - 2023'", '{ nam: 1e308') },
    ...inB(25, 'thanh_tich.lich_su_danh_hieu[0].nam', 'giá trị phải từ 9999 trở xuống'),
  },
  { name: 'an empty Markdown file', files: { 'data/a.md': '' }, exit: 1, messages: [{ file: 'data/a.md', line: 1, text: 'tệp Markdown phải mở đầu bằng phần thông tin' }] },
  { name: 'an empty YAML file', files: { 'data/a.yaml': '' }, exit: 1, messages: [{ file: 'data/a.yaml', line: 1, text: 'tệp phải là một bảng các trường' }] },
  fails('a file of front-matter only, with the type alone', '---\nloai: ke_hoach\n---\n', 'co_quan', 2, 'thiếu trường bắt buộc "co_quan"'),
  fails('a front-matter never closed', plan.replace(/\n---\n/, '\n\n'), undefined, 1, 'không có dòng "---" đóng lại'),
  fails('a list nested 5000 deep', testPlan(`du_lieu: { a: ${'['.repeat(5000)}${']'.repeat(5000)} }`), undefined, 10, 'dữ liệu lồng nhau quá sâu'),
  fails('an alias inside itself (du_lieu: &a { x: *a })', testPlan('du_lieu: &a { x: *a }'), undefined, 10, 'tham chiếu "*a" nằm ngay trong phần "&a" mà nó trỏ tới'),
  fails(
    'aliases that expand a billion times',
    testPlan(`du_lieu:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `  a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n')}`),
    undefined,
    12,
    'nhân lên quá nhiều lần',
  ),
  fails('a key that is a list (? [a, b])', testPlan('? [a, b]\n: c'), undefined, 10, 'tên trường phải là một chữ'),
  fails('an alias to an anchor never set', testPlan('ghi_chu: *khong_co_neo'), undefined, 10, /không đọc được cú pháp YAML|tham chiếu/),
  fails('indented with a tab', plan.replace('luu: [NC]', 'luu:\n\t- NC'), undefined, 10, 'thụt lề bằng phím Tab'),
  {
    name: 'a JSON file with a number as the signer',
    files: { 'data/a.json': '{\n  "loai": "ke_hoach",\n  "co_quan": "ubnd-tinh-cao-bang",\n  "ngay": "2023-01-05",\n  "ky": 5\n}\n' },
    exit: 1,
    messages: [{ file: 'data/a.json', line: 5, field: 'ky', text: SHAPE }],
  },
  { name: 'a YAML file that is a list', files: { 'data/a.yaml': '- loai: ke_hoach\n' }, exit: 1, messages: [{ file: 'data/a.yaml', line: 1, text: 'tệp phải là một bảng các trường' }] },
];

matrix('Kiểu dữ liệu sai', cases);
