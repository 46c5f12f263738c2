/**
 * Bad-input matrix, points 7 and 8 of issue 9: content templates check du_lieu against what they
 * declare and fill strictly (nothing printed as a list, a group of fields or nothing; no impossible
 * date); everything in a body is printed or reported with its line.
 */
import { testPlan } from '../helpers/build.ts';
import { matrix, type Case } from './harness.ts';

const built = ['a.docx', 'a.pdf', 'a.html'];
const TEMPLATE = 'templates/noi-dung/thu.md.hbs';

/** The district plan template's values, each overridable; `null` leaves a value out. Lines from 13 in this order. */
const PLAN_VALUES: Record<string, string> = {
  tinh: 'Đồng Nai',
  ten_huyen: 'Vĩnh Cửu',
  ke_hoach_tinh: 'Kế hoạch số 312/KH-UBND ngày 28/12/2023',
  ke_hoach_5_nam: '2021 - 2025',
  dai_hoi_dang_bo: 'XI',
  cum_thi_dua: 'II',
  cum_thi_dua_so: '2',
};
const districtPlan = (values: Record<string, string | null>) => {
  const lines = Object.entries({ ...PLAN_VALUES, ...values }).flatMap(([k, v]) => (v === null ? [] : [`  ${k}: ${v}`]));
  return { 'data/a.md': testPlan(`mau: ke-hoach-tdkt-huyen\ndau_ket_thuc: false\ndu_lieu:\n${lines.join('\n')}`, '') };
};

/** A document filled from the template `thu` (written in `template`), with `duLieu` lines from line 12. */
const withTemplate = (template: string, duLieu: string) => ({
  [TEMPLATE]: template,
  'data/a.md': testPlan(`mau: thu\ndu_lieu:\n${duLieu}`, ''),
});

/** A document whose own body is `body` (its first line is line 12). */
const body = (text: string) => ({ 'data/a.md': testPlan('', text) });

const inData = (line: number, field: string | undefined, text: string | RegExp) => ({ exit: 1, messages: [{ file: 'data/a.md', line, field, text }] });
const inTemplate = (line: number, text: string | RegExp) => ({ exit: 1, messages: [{ file: TEMPLATE, line, text }] });

const DECLARED = `---
du_lieu:
  muc_thuong: so
  ngay_hop: ngay
  ket_qua: { kieu: markdown, bat_buoc: false }
---
Họp {{ngay_van_ban ngay_hop}}, thưởng {{so muc_thuong}} đồng.

{{{mac_dinh ket_qua ""}}}
`;

const cases: Case[] = [
  {
    name: 'a template that declares nothing: built, with a warning at mau that du_lieu went unchecked',
    files: withTemplate('Giá trị {{gia_tri}}.', '  gia_tri: một'),
    exit: 0,
    messages: [{ file: 'data/a.md', line: 10, field: 'mau', text: 'mẫu nội dung "thu" chưa khai báo các giá trị du_lieu nó dùng' }],
    produced: built,
  },
  { name: 'the district plan builds from the values it declares (baseline)', files: districtPlan({}), exit: 0, produced: built },
  { name: 'du_lieu: a group of fields where text is needed', files: districtPlan({ ten_huyen: '{ ten: Vĩnh Cửu }' }), ...inData(14, 'du_lieu.ten_huyen', 'cần ở đây một dòng chữ (tên huyện') },
  { name: 'du_lieu: a list where text is needed', files: districtPlan({ tinh: '[Đồng, Nai]' }), ...inData(13, 'du_lieu.tinh', 'nhưng giá trị là một danh sách 2 mục') },
  { name: 'du_lieu: a value left empty (null)', files: districtPlan({ cum_thi_dua: '' }), ...inData(18, 'du_lieu.cum_thi_dua', 'nhưng giá trị để trống') },
  { name: 'du_lieu: a group of fields in the optional value (printed by mac_dinh)', files: districtPlan({ cung_co: '{ a: 1 }' }), ...inData(20, 'du_lieu.cung_co', 'một nhóm trường con (“a”)') },
  {
    name: 'du_lieu: a required value missing, its mistyped name next to it',
    files: districtPlan({ ke_hoach_tinh: null, ke_hoach_tinhh: 'Kế hoạch số 1' }),
    ...inData(12, 'du_lieu.ke_hoach_tinh', 'cần giá trị "ke_hoach_tinh" (một dòng chữ (kế hoạch của UBND tỉnh, ví dụ "Kế hoạch số 312/KH-UBND ngày 28/12/2023")) nhưng không có. Thêm dòng "ke_hoach_tinh: …" vào du_lieu. Có "ke_hoach_tinhh": có phải gõ nhầm tên?'),
  },
  {
    name: 'du_lieu: a name the template does not declare warns, with the nearest name',
    files: districtPlan({ cung_coo: 'Cùng cố' }),
    exit: 0,
    produced: built,
    messages: [{ file: 'data/a.md', line: 20, field: 'du_lieu.cung_coo', text: 'không dùng giá trị "cung_coo", nên giá trị này không được in. Có phải "cung_co" (gõ nhầm tên)?' }],
  },
  { name: 'du_lieu: text where a number is declared', files: withTemplate(DECLARED, '  muc_thuong: "2.340.000"\n  ngay_hop: 2023-02-28'), ...inData(12, 'du_lieu.muc_thuong', 'cần ở đây một số, nhưng giá trị là chữ "2.340.000"') },
  { name: 'du_lieu: a date that does not exist (30 February)', files: withTemplate(DECLARED, '  muc_thuong: 2340000\n  ngay_hop: 2023-02-30'), ...inData(13, 'du_lieu.ngay_hop', 'ngày 2023-02-30 không có thật (tháng 2 năm 2023 không có ngày 30)') },
  { name: 'du_lieu: month 13', files: withTemplate(DECLARED, '  muc_thuong: 2340000\n  ngay_hop: 2023-13-01'), ...inData(13, 'du_lieu.ngay_hop', 'tháng 13 không có (tháng từ 01 đến 12)') },
  { name: 'du_lieu: a list where Markdown text is declared', files: withTemplate(DECLARED, '  muc_thuong: 1\n  ngay_hop: 2023-02-28\n  ket_qua: [a, b]'), ...inData(14, 'du_lieu.ket_qua', 'cần ở đây một đoạn chữ (Markdown)') },
  {
    name: 'du_lieu: HTML inside a Markdown value is told at that value',
    files: withTemplate(DECLARED, '  muc_thuong: 1\n  ngay_hop: 2023-02-28\n  ket_qua: "<div>Khung</div>"'),
    ...inData(14, 'du_lieu.ket_qua', 'khối HTML "<div>Khung</div>" không được hỗ trợ nên sẽ không được in'),
  },
  {
    name: 'template declaration: a kind that does not exist',
    files: withTemplate('---\ndu_lieu:\n  tinh: chuoi\n---\n{{tinh}}\n', '  tinh: A'),
    exit: 1,
    messages: [{ file: TEMPLATE, line: 3, field: 'du_lieu.tinh.kieu', text: 'giá trị phải là một trong: chu, so, ngay, markdown, danh_sach, nhom.' }],
  },
  { name: 'template declaration: YAML it cannot read (a name declared twice)', files: withTemplate('---\ndu_lieu:\n  tinh: chu\n  tinh: so\n---\n{{tinh}}\n', '  tinh: A'), ...inTemplate(4, 'không đọc được cú pháp YAML/JSON (một trường được khai báo hai lần)') },
  { name: 'filling: a group of fields printed directly', files: withTemplate('Mở đầu.\n\nHuyện {{huyen}}.\n', '  huyen: { ten: Vĩnh Cửu }'), ...inTemplate(3, '“{{huyen}}” là một nhóm trường con (“ten”), không in thẳng được') },
  { name: 'filling: a list printed directly', files: withTemplate('Cụm {{cum}}.\n', '  cum: [1, 2]'), ...inTemplate(1, '“{{cum}}” là một danh sách 2 mục, không in thẳng được') },
  { name: 'filling: an empty value printed directly', files: withTemplate('\nCụm {{cum}}.\n', '  cum:'), ...inTemplate(2, '“{{cum}}” không có giá trị (để trống trong dữ liệu)') },
  { name: 'filling: a yes/no printed directly', files: withTemplate('Có {{co}}.\n', '  co: true'), ...inTemplate(1, '“{{co}}” là giá trị đúng/sai, không in thành chữ được') },
  {
    name: 'filling: a value the template uses is missing (strict)',
    files: withTemplate('Mở đầu.\n\nThực hiện {{ke_hoach_tinh}}.\n', '  tinh: A'),
    ...inData(10, 'mau', `mẫu ${TEMPLATE} (dòng 3) cần giá trị "ke_hoach_tinh" trong du_lieu`),
  },
  { name: 'helper: ngay_van_ban of 30 February', files: withTemplate('Mở đầu.\n\n{{ngay_van_ban "2023-02-30"}}\n', '  a: 1'), ...inTemplate(3, 'hàm "ngay_van_ban" cần một ngày có thật, nhưng ngày 2023-02-30 không có thật') },
  { name: 'helper: ngay_ngan of month 13 from du_lieu', files: withTemplate('{{ngay_ngan ngay_hop}}\n', '  ngay_hop: 2023-13-01'), ...inTemplate(1, 'hàm "ngay_ngan" cần một ngày có thật, nhưng tháng 13 không có') },
  { name: 'helper: a year before 1945', files: withTemplate('{{ngay_van_ban "1900-01-01"}}\n', '  a: 1'), ...inTemplate(1, 'năm 1900 trước năm 1945') },
  { name: 'helper: given a group of fields', files: withTemplate('{{in_hoa ten}}\n', '  ten: { a: 1 }'), ...inTemplate(1, 'hàm "in_hoa" nhận ở giá trị thứ 1 một nhóm trường con') },
  { name: 'template syntax: a block left open', files: withTemplate('Mở đầu.\n\n{{#each ds}}\n- {{this}}\n', '  ds: [a]'), ...inTemplate(3, 'khối {{#each ds}} mở ở dòng này chưa được đóng') },
  { name: 'template syntax: an unknown function', files: withTemplate('Năm {{nam_sau nam}}.\n', '  a: 1'), ...inTemplate(1, 'không có hàm "nam_sau"') },
  { name: 'template: {{#each}} over text prints nothing, so it is told', files: withTemplate('{{#each ds}}\n- {{this}}\n{{/each}}\n', '  ds: Một, Hai'), ...inTemplate(1, 'khối {{#each …}} cần một danh sách, nhưng giá trị là chữ "Một, Hai"') },
  { name: 'body: an HTML block', files: body('Mở đầu.\n\n<div>Nội dung trong khung</div>'), ...inData(14, undefined, 'khối HTML "<div>Nội dung trong khung</div>" không được hỗ trợ nên sẽ không được in') },
  { name: 'body: <br> alone on a line', files: body('Mở đầu.\n\n<br>\n\nĐoạn sau.'), ...inData(14, undefined, 'thẻ <br> đứng riêng một dòng sẽ không được in. Để xuống dòng trong một đoạn, kết thúc dòng trên bằng dấu \\') },
  { name: 'body: <b> alone on a line makes the paragraph HTML', files: body('<b>\nCả đoạn\n</b>'), ...inData(12, undefined, 'dòng bắt đầu bằng thẻ "<b>" đứng riêng') },
  { name: 'body: an HTML tag inside a line', files: body('Mở đầu.\n\nChữ <span>đỏ</span> ở đây.'), ...inData(14, undefined, 'thẻ HTML "<span>" không được hỗ trợ nên sẽ không được in') },
  { name: 'body: an image', files: body('Mở đầu.\n\n![Biểu đồ](bieu-do.png)'), ...inData(14, undefined, 'ảnh trong nội dung ("Biểu đồ") không được hỗ trợ nên sẽ không được in') },
  { name: 'body: an image in a table cell', files: body('| A | B |\n|---|---|\n| 1 | ![x](y.png) |'), ...inData(14, undefined, 'ảnh trong nội dung ("x")') },
  { name: 'body: an <img> tag', files: body('Ảnh <img src="y.png"> ở đây.'), ...inData(12, undefined, 'ảnh trong nội dung không được hỗ trợ') },
  { name: 'body: a footnote', files: body('Theo Luật[^1].\n\n[^1]: Luật Thi đua, khen thưởng.'), ...inData(14, undefined, 'chú thích cuối trang ([^1] và dòng [^1]: …) không được hỗ trợ') },
  { name: 'body: a link definition line', files: body('Mở đầu.\n\n[Cổng]: https://vinhcuu.dongnai.gov.vn'), ...inData(14, undefined, 'dòng này được đọc là định nghĩa liên kết Markdown') },
  { name: 'body: a link address', files: body('Xem [Cổng thông tin](https://vinhcuu.dongnai.gov.vn).'), ...inData(12, undefined, 'liên kết "Cổng thông tin" chỉ in được chữ, địa chỉ "https://vinhcuu.dongnai.gov.vn" sẽ không được in') },
  { name: 'body: strikethrough', files: body('Mở đầu.\n\nTừ 5~10 đến 20~30 người.'), ...inData(14, undefined, 'chữ gạch ngang (viết giữa hai dấu ~~ hoặc ~) không in được gạch ngang') },
  { name: 'body: a task box', files: body('- [ ] Việc chưa làm'), ...inData(12, undefined, 'ô đánh dấu "[ ]" hoặc "[x]" ở đầu mục danh sách sẽ không được in') },
  { name: 'body: text after a comment on its line', files: body('<!-- ghi chú --> Chữ sau'), ...inData(12, undefined, 'chữ "Chữ sau" viết cùng dòng với chú thích') },
  { name: 'body: a mistyped insertion marker', files: body('Mở đầu.\n\n<!-- chen: bang danh hieu -->'), ...inData(14, undefined, 'chỗ chèn "<!-- chen: bang danh hieu -->" viết sai') },
  { name: 'body: comments and formatting tags print as before', files: body('<!-- ghi chú -->\n\nChữ <b>đậm</b>, H<sub>2</sub>O,\\\ndòng sau.'), exit: 0, produced: built },
  {
    name: 'body: an image in the noi_dung of a .yaml file, at its line',
    files: {
      'data/a.yaml': 'loai: ke_hoach\nco_quan: ubnd-tinh-cao-bang\nngay: 2023-01-05\ntrich_yeu: Thử\nky: { quyen_han: [TM. ỦY BAN NHÂN DÂN], nguoi_ky: anh }\nnoi_nhan: [Sở Nội vụ]\nluu: [NC]\nnoi_dung: |\n  Mở đầu.\n\n  ![ảnh](a.png)\n',
    },
    exit: 1,
    messages: [{ file: 'data/a.yaml', line: 11, field: 'noi_dung', text: 'ảnh trong nội dung ("ảnh")' }],
  },
];

matrix('Mẫu nội dung và nội dung Markdown', cases);
