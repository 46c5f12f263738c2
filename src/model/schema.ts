/**
 * JSON Schema of a document data file and of the agency registry. The same schema validates input
 * (with Vietnamese messages, see validate.ts) and is published in schema/ for editor autocomplete.
 * Descriptions are written for the staff who fill in the files.
 */
import { DOC_TYPE_KEYS } from './doc-types.ts';

const text = (description: string) => ({ type: 'string', description });
const textOrLines = (description: string) => ({
  description,
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
});

const LEVELS = ['phan', 'chuong', 'muc', 'dieu', 'khoan', 'diem'];

const signer = {
  type: 'object',
  additionalProperties: false,
  description: 'Người ký và quyền hạn ký.',
  properties: {
    nguoi_ky: text('Mã người ký trong danh mục cơ quan (co-quan.yaml), ví dụ "dung". Thay cho ho_ten + chuc_vu.'),
    ho_ten: text('Họ và tên người ký, không ghi học hàm, học vị. Ví dụ "Nguyễn Thị Dung".'),
    chuc_vu: text('Chức vụ người ký, IN HOA, ví dụ "PHÓ CHỦ TỊCH".'),
    quyen_han: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Các dòng quyền hạn trên chức vụ, mỗi dòng bắt đầu bằng TM., Q., KT., TL. hoặc TUQ. Ví dụ ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"].',
    },
    dong_tren_ten: text('Dòng in trên họ tên, sau chỗ ký (ví dụ "CHÁNH VĂN PHÒNG UBND TỈNH").'),
    ghi_chu: text('Dòng nghiêng dưới chức vụ, ví dụ "(Ký, đóng dấu)".'),
    chu_ky: text('Đường dẫn ảnh chữ ký (PNG màu xanh).'),
    con_dau: text('Đường dẫn ảnh con dấu (PNG màu đỏ).'),
  },
};

const recipient = {
  description: 'Một nơi nhận ("Ban TĐKT tỉnh (b/c)") hoặc một nhóm nơi nhận có sẵn trong danh mục cơ quan ({ nhom: "lanh-dao-tinh" }).',
  oneOf: [
    { type: 'string' },
    { type: 'object', additionalProperties: false, required: ['nhom'], properties: { nhom: text('Mã nhóm nơi nhận trong co-quan.yaml.') } },
  ],
};

export const AGENCY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['ten', 'viet_tat', 'dia_danh'],
  properties: {
    chu_quan: textOrLines('Tên cơ quan chủ quản, IN HOA (ví dụ "UBND TỈNH CAO BẰNG"); bỏ trống nếu không có.'),
    ten: textOrLines('Tên cơ quan ban hành, IN HOA; có thể chia dòng: ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"].'),
    ten_day_du: text('Tên viết thường dùng trong câu, ví dụ "Ủy ban nhân dân tỉnh Cao Bằng".'),
    viet_tat: text('Chữ viết tắt tên cơ quan trong ký hiệu, ví dụ "UBND" trong 05/KH-UBND.'),
    dia_danh: text('Địa danh ghi ở dòng ngày tháng, ví dụ "Cao Bằng".'),
    don_vi_luu: textOrLines('Đơn vị soạn thảo ghi ở dòng "Lưu:" khi văn bản không ghi, ví dụ "TĐKT".'),
    nguoi_ky: {
      type: 'object',
      description: 'Người ký của cơ quan: mã → { ho_ten, chuc_vu }.',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['ho_ten', 'chuc_vu'],
        properties: { ho_ten: text('Họ và tên.'), chuc_vu: text('Chức vụ, IN HOA.') },
      },
    },
    nhom_noi_nhan: {
      type: 'object',
      description: 'Nhóm nơi nhận dùng chung: mã → danh sách nơi nhận.',
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
  },
};

const appendix = {
  type: 'object',
  additionalProperties: false,
  description: 'Phụ lục: sang trang mới, đánh số trang riêng.',
  properties: {
    so: text('Nhãn phụ lục, ví dụ "Phụ lục I"; bỏ trống để tự đánh số khi có từ hai phụ lục.'),
    tieu_de: textOrLines('Tiêu đề phụ lục (sẽ in IN HOA).'),
    kem_theo: text('Dòng "(Kèm theo …)"; bỏ trống để tự ghi theo số, ngày của văn bản.'),
    noi_dung: text('Nội dung phụ lục viết bằng Markdown.'),
    tep: text('Hoặc: tệp Markdown chứa nội dung phụ lục (đường dẫn tính từ tệp này).'),
    ngang: { type: 'boolean', description: 'Trang nằm ngang (cho bảng rộng).' },
  },
};

export const DOCUMENT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://van-ban-thi-dua.local/schema/van-ban.schema.json',
  title: 'Văn bản thi đua – khen thưởng (Nghị định 30/2020/NĐ-CP)',
  type: 'object',
  additionalProperties: false,
  required: ['loai', 'co_quan', 'ngay'],
  properties: {
    $schema: { type: 'string' },
    loai: { enum: DOC_TYPE_KEYS, description: 'Loại văn bản: ' + DOC_TYPE_KEYS.join(', ') + '.' },
    ten_loai: text('Tên loại in ở tiêu đề nếu khác tên mặc định của loại, ví dụ "ĐỀ CƯƠNG BÁO CÁO".'),
    co_quan: {
      description: 'Mã cơ quan ban hành trong data/_chung/co-quan.yaml (ví dụ "ubnd-tinh-cao-bang"), hoặc khai báo trực tiếp.',
      oneOf: [{ type: 'string' }, AGENCY_SCHEMA],
    },
    so: { type: 'integer', minimum: 1, description: 'Số văn bản. Bỏ trống khi chưa cấp số: sẽ in "Số:      /KH-UBND".' },
    ky_hieu: text('Ký hiệu nếu khác ký hiệu tự tạo (loại-cơ quan), ví dụ "BC-" cho biểu mẫu.'),
    don_vi_soan_thao: text('Công văn: đơn vị soạn thảo trong ký hiệu, ví dụ "VX" trong 12/UBND-VX.'),
    ngay: {
      type: ['string', 'integer'],
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
      description: 'Ngày ban hành YYYY-MM-DD. Chưa có ngày: ghi YYYY-MM (để trống ngày) hoặc YYYY (để trống ngày và tháng).',
    },
    dia_danh: text('Địa danh nếu khác địa danh của cơ quan.'),
    du_thao: { type: ['boolean', 'integer'], description: 'true: in dấu "DỰ THẢO"; số n: "DỰ THẢO LẦN n".' },
    bieu_mau: { type: 'boolean', description: 'Biểu mẫu để đơn vị điền: cho phép để trống số, ký hiệu, họ tên và dòng Lưu.' },
    do_khan: { enum: ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'], description: 'Mức độ khẩn.' },
    do_mat: { enum: ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'], description: 'Độ mật.' },
    trich_yeu: textOrLines('Trích yếu nội dung (công văn: phần sau "V/v"). Có thể chia dòng bằng danh sách.'),
    tham_quyen: text('Quyết định: dòng thẩm quyền ban hành, ví dụ "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG".'),
    kinh_gui: textOrLines('Kính gửi: một nơi, hoặc danh sách nhiều nơi.'),
    can_cu: { type: 'array', items: { type: 'string' }, description: 'Các căn cứ, mỗi căn cứ một dòng (dấu ";" và "." tự thêm).' },
    theo_de_nghi: text('Quyết định: dòng "Theo đề nghị của …" sau căn cứ.'),
    danh_so: {
      type: 'object',
      additionalProperties: false,
      description: 'Kiểu đánh số từng cấp, viết như nhãn đầu tiên: muc "I.", khoan "1.", diem "a)" hoặc "a." hoặc "1.1.".',
      properties: Object.fromEntries(LEVELS.map((l) => [l, { type: 'string' }])),
    },
    cap_tieu_de: {
      type: 'array',
      items: { enum: LEVELS },
      description: 'Cấp của tiêu đề Markdown #, ##, ###…; mặc định ["muc", "khoan", "diem"].',
    },
    mau: text('Mẫu nội dung Handlebars trong templates/noi-dung/ (không cần đuôi .md.hbs).'),
    du_lieu: { type: 'object', description: 'Giá trị điền vào mẫu nội dung.' },
    noi_dung: text('Nội dung văn bản viết bằng Markdown (tệp .json/.yaml).'),
    ky: { description: 'Người ký; danh sách hai người khi ký hai bên (biên bản).', oneOf: [signer, { type: 'array', items: signer, minItems: 1, maxItems: 2 }] },
    noi_nhan: { type: 'array', items: recipient, description: 'Nơi nhận, mỗi nơi một dòng (dấu ";" tự thêm).' },
    luu: {
      description: 'Dòng "Lưu": đơn vị lưu sau VT, ví dụ ["TĐKT"]; hoặc { don_vi, ky_hieu_nguoi_soan, so_ban }.',
      oneOf: [
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            don_vi: textOrLines('Đơn vị lưu sau VT.'),
            ky_hieu_nguoi_soan: text('Ký hiệu người soạn thảo, in nhỏ sau đơn vị, ví dụ "Ph".'),
            so_ban: { type: 'integer', minimum: 1, description: 'Số bản phát hành.' },
          },
        },
      ],
    },
    phu_luc: { type: 'array', items: appendix, description: 'Các phụ lục.' },
    kem_theo: {
      type: 'array',
      items: { type: 'string' },
      description: 'Văn bản gửi kèm có phần đầu riêng (ví dụ đề cương báo cáo): đường dẫn tệp, tính từ tệp này.',
    },
    bo_qua_kiem_tra: { type: 'array', items: { type: 'string' }, description: 'Mã quy tắc kiểm tra không áp dụng cho văn bản này.' },
  },
};

export const REGISTRY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://van-ban-thi-dua.local/schema/co-quan.schema.json',
  title: 'Danh mục cơ quan ban hành',
  type: 'object',
  additionalProperties: AGENCY_SCHEMA,
};
