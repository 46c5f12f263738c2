/**
 * JSON Schema of a document data file and of the agency registry. The same schema validates input
 * (with Vietnamese messages, see validate.ts) and is published in schema/ for editor autocomplete.
 * Descriptions are written for the staff who fill in the files.
 */
import { DOC_TYPE_KEYS } from '../document/doc-types.ts';

/** The longest text of a field (a line, a name, a căn cứ): a longer one is data pasted by mistake. */
const MAX_TEXT = 2000;
/** Text of one field; Markdown bodies (noi_dung) have no such limit (their lines are checked when read). */
const line = { type: 'string', maxLength: MAX_TEXT };
const text = (description: string) => ({ ...line, description });
const markdown = (description: string) => ({ type: 'string', description });
const lines = (description: string) => ({ type: 'array', items: line, description });
const textOrLines = (description: string) => ({
  description,
  oneOf: [line, { type: 'array', items: line, minItems: 1 }],
});

const LEVELS = ['phan', 'chuong', 'muc', 'dieu', 'khoan', 'diem'];

// Bounds on numbers, so that a typing slip (1e308, a number of 20 digits) is an error here, not a
// number the money, vote and label code cannot handle.
/** A document's number, a number of copies. */
const MAX_NUMBER = 999_999;
/** Members of a council, votes. */
const MAX_MEMBERS = 1000;
/** A reward in đồng (the highest, Huân chương Sao vàng, is some hundred million). */
const MAX_REWARD = 10_000_000_000;
/** A year written as a number. */
const YEAR = { minimum: 1, maximum: 9999 };

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
      items: line,
      description:
        'Các dòng quyền hạn trên chức vụ, mỗi dòng bắt đầu bằng TM., Q., KT., TL. hoặc TUQ. Ví dụ ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"].',
    },
    dong_tren_ten: text('Dòng in trên họ tên, sau chỗ ký (ví dụ "CHÁNH VĂN PHÒNG UBND TỈNH").'),
    ghi_chu: text('Dòng nghiêng dưới chức vụ, ví dụ "(Ký, đóng dấu)".'),
    chu_ky: text('Đường dẫn ảnh chữ ký màu xanh: PNG (nên có nền trong suốt) hoặc JPEG.'),
    con_dau: text('Đường dẫn ảnh con dấu màu đỏ: PNG có nền trong suốt (JPEG không trong suốt, nền trắng sẽ che chữ ký).'),
  },
};

const recipient = {
  description: 'Một nơi nhận ("Ban TĐKT tỉnh (b/c)") hoặc một nhóm nơi nhận có sẵn trong danh mục cơ quan ({ nhom: "lanh-dao-tinh" }).',
  oneOf: [
    line,
    { type: 'object', additionalProperties: false, required: ['nhom'], properties: { nhom: text('Mã nhóm nơi nhận trong co-quan.yaml.') } },
  ],
};

/** A day of a period in the registry. */
const periodDate = (description: string) => ({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });
const periodDates = {
  tu_ngay: periodDate('Ngày bắt đầu, dạng NĂM-THÁNG-NGÀY, ví dụ 2026-07-01. Bỏ trống ở giai đoạn đầu: từ trước tới nay.'),
  den_ngay: periodDate('Ngày kết thúc (vẫn thuộc giai đoạn), dạng NĂM-THÁNG-NGÀY, ví dụ 2026-06-30. Bỏ trống ở giai đoạn cuối: đến nay.'),
};

const signerPeriod = {
  type: 'object',
  additionalProperties: false,
  required: ['ho_ten', 'chuc_vu'],
  properties: { ho_ten: text('Họ và tên.'), chuc_vu: text('Chức vụ, IN HOA.'), ...periodDates },
};

const agencyNames = {
  chu_quan: textOrLines('Tên cơ quan chủ quản, IN HOA (ví dụ "UBND TỈNH CAO BẰNG"); bỏ trống nếu không có.'),
  ten: textOrLines('Tên cơ quan ban hành, IN HOA; có thể chia dòng: ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"].'),
  ten_day_du: text('Tên viết thường dùng trong câu, ví dụ "Ủy ban nhân dân tỉnh Cao Bằng".'),
  viet_tat: text('Chữ viết tắt tên cơ quan trong ký hiệu, ví dụ "UBND" trong 05/KH-UBND.'),
  dia_danh: text('Địa danh ghi ở dòng ngày tháng, ví dụ "Cao Bằng".'),
  don_vi_luu: textOrLines('Đơn vị lưu ghi ở dòng "Lưu:" khi văn bản không có trường "luu", ví dụ "TĐKT" → "- Lưu: VT, TĐKT.".'),
};

export const AGENCY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['ten', 'viet_tat', 'dia_danh'],
  properties: {
    ...agencyNames,
    nguoi_ky: {
      type: 'object',
      description:
        'Người ký của cơ quan: mã → { ho_ten, chuc_vu }. Khi đổi người ký hoặc chức vụ từ một ngày: mã → danh sách các giai đoạn, cũ trước, mỗi giai đoạn { ho_ten, chuc_vu, tu_ngay, den_ngay }; văn bản lấy người ký của giai đoạn gồm ngày ban hành.',
      additionalProperties: {
        description: 'Một người ký { ho_ten, chuc_vu }, hoặc danh sách các giai đoạn { ho_ten, chuc_vu, tu_ngay, den_ngay } nối liền nhau, cũ trước.',
        oneOf: [signerPeriod, { type: 'array', minItems: 1, items: signerPeriod }],
      },
    },
    lich_su: {
      type: 'array',
      minItems: 1,
      description:
        'Tên cũ (hoặc mới) của cơ quan theo giai đoạn, cũ trước: mỗi giai đoạn ghi tu_ngay và/hoặc den_ngay và các trường khác với tên ở trên (ten, ten_day_du, chu_quan, viet_tat, dia_danh, don_vi_luu). Văn bản ngoài mọi giai đoạn dùng tên ở trên.',
      items: { type: 'object', additionalProperties: false, properties: { ...periodDates, ...agencyNames } },
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
    noi_dung: markdown('Nội dung phụ lục viết bằng Markdown.'),
    tep: text('Hoặc: tệp Markdown chứa nội dung phụ lục (đường dẫn tính từ tệp này).'),
    ngang: { type: 'boolean', description: 'Trang nằm ngang (cho bảng rộng).' },
  },
};

const nominee = {
  type: 'object',
  additionalProperties: false,
  required: ['ten', 'danh_hieu'],
  description: 'Một tập thể hoặc một cá nhân trong danh sách khen thưởng.',
  properties: {
    ten: text('Tên tập thể, hoặc họ và tên cá nhân (đầy đủ, không viết tắt), ví dụ "Trường Mầm non Hoa Lan, huyện Mèo Vạc".'),
    danh_hieu: text(
      'Danh hiệu hoặc hình thức khen thưởng trong data/_chung/danh-hieu.yaml: mã ("chien_si_thi_dua_co_so"), tên ("Chiến sĩ thi đua cơ sở"), tên gọi khác hoặc viết tắt ("CSTĐCS"), không phân biệt hoa thường, có dấu hay không. Khi một tên dùng cho cả cá nhân và tập thể ("Giấy khen"), dòng có chuc_vu hoặc don_vi là cá nhân; nếu không, ghi doi_tuong hoặc mã.',
    ),
    doi_tuong: text('Đối tượng: "cá nhân" hoặc "tập thể" (không bắt buộc; dùng để chọn giữa các danh hiệu cùng tên).'),
    chuc_vu: text('Chức vụ (cá nhân), ví dụ "Giáo viên".'),
    don_vi: text('Đơn vị công tác, ví dụ "Trường THPT Sơn Dương".'),
    nhom: text('Nhóm để in tiêu đề nhóm trong danh sách, ví dụ "HUYỆN MÈO VẠC" (in "* HUYỆN MÈO VẠC: 03 tập thể").'),
    gioi_tinh: text('Giới tính (cá nhân): "Nam" hoặc "Nữ". Không in trong danh sách.'),
    so_cccd: text('Số căn cước (cá nhân), ghi dạng chữ để giữ số 0 ở đầu. Không in trong danh sách.'),
    so_dien_thoai: text('Số điện thoại, ghi dạng chữ để giữ số 0 ở đầu. Không in trong danh sách.'),
  },
};

const nominees = { type: 'array', items: nominee, description: 'Các tập thể, cá nhân, theo thứ tự in.' };

/** A separate list file (`danh_sach: { tep: _danh-sach.yaml }`). */
export const NOMINEE_FILE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://van-ban-thi-dua.local/schema/danh-sach.schema.json',
  title: 'Danh sách tập thể, cá nhân khen thưởng (tệp riêng, dùng với danh_sach: { tep: … })',
  type: 'object',
  additionalProperties: false,
  required: ['muc'],
  properties: { $schema: { type: 'string' }, muc: nominees },
};

const nomineeList = {
  description:
    'Danh sách tập thể, cá nhân đề nghị (tờ trình) hoặc được khen thưởng (quyết định); in thành phụ lục "DANH SÁCH" trên trang mới. Số lượng theo từng danh hiệu dùng được trong mẫu nội dung: {{so_tap_the}}, {{so_ca_nhan}}, {{so_luong}}.',
  oneOf: [
    nominees,
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        tieu_de: textOrLines('Dòng dưới chữ "DANH SÁCH", ví dụ "Tập thể được tặng Cờ thi đua của UBND tỉnh năm 2016".'),
        cua: text('Chủ thể ghi cuối dòng "(Kèm theo … của …)" khi khác tên cơ quan, ví dụ "Chủ tịch UBND tỉnh".'),
        kem_theo: text('Dòng "(Kèm theo …)" viết sẵn; bỏ trống để tự ghi theo số, ngày của văn bản.'),
        trinh_bay: { enum: ['bang', 'liet_ke'], description: 'bang: bảng có cột (mặc định); liet_ke: các dòng đánh số dưới tiêu đề nhóm.' },
        tien_thuong: { type: 'boolean', description: 'In cột tiền thưởng, tổng cộng và số tiền bằng chữ (mặc định: có với quyết định, không với tờ trình).' },
        muc_thuong: {
          type: 'object',
          additionalProperties: { type: 'integer', minimum: 0, maximum: MAX_REWARD },
          description:
            'Mức thưởng đã định cho từng danh hiệu (đồng), dùng thay cho hệ số × lương cơ sở khi dữ liệu luật không áp dụng (quyết định theo quy định cũ). Ví dụ { co_thi_dua_ubnd_tinh: 18750000 }.',
        },
        dau_cuoi_dong: {
          enum: ['.', ';'],
          description:
            'Trình bày liet_ke: "." (mặc định) — dòng cuối mỗi nhóm kết thúc bằng dấu chấm; ";" — mọi dòng kết thúc bằng dấu chấm phẩy, dòng cuối danh sách bằng dấu chấm (như danh sách kèm quyết định của Thủ tướng).',
        },
        dong_an_dinh: {
          type: 'boolean',
          description: 'In dòng "(Danh sách ấn định … tập thể)./." cuối danh sách (mặc định: có). false: không in, dấu "./." đặt sau dòng cuối danh sách.',
        },
        sap_xep: { enum: ['theo_ten'], description: 'theo_ten: xếp cá nhân theo tên (chữ cuối) rồi họ, theo thứ tự chữ cái tiếng Việt.' },
        tep: text(
          'Tệp chứa danh sách, đường dẫn tính từ tệp này: tệp YAML (trường "muc"), ví dụ "_danh-sach-2025.yaml"; hoặc bảng tính .xlsx / .csv có dòng tiêu đề cột "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu".',
        ),
        muc: nominees,
      },
    },
  ],
};

const time = (description: string) => ({ type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2} )?\\d{1,2}:\\d{2}$', description });
const person = {
  type: 'object',
  additionalProperties: false,
  required: ['chuc_vu'],
  properties: {
    ho_ten: text('Họ và tên (bắt buộc, trừ biểu mẫu bieu_mau để trống cho người ký tự ghi).'),
    chuc_vu: text('Chức vụ, ví dụ "Giám đốc Sở, Chủ tịch Hội đồng".'),
  },
};

const meeting = {
  type: 'object',
  additionalProperties: false,
  required: ['thoi_gian_bat_dau', 'dia_diem', 'thanh_vien', 'chu_tri', 'thu_ky', 'thoi_gian_ket_thuc'],
  description: 'Biên bản họp xét khen thưởng: thời gian, địa điểm, thành phần, chủ trì, thư ký, nội dung, kết quả bỏ phiếu. Giá trị dùng được trong mẫu nội dung qua {{bien_ban.…}}.',
  properties: {
    hoi_dong: text('Tên Hội đồng trong câu, ví dụ "Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo"; không ghi thì lấy tên đầy đủ (ten_day_du) của cơ quan.'),
    thoi_gian_bat_dau: time('Giờ bắt đầu "YYYY-MM-DD HH:MM", ví dụ "2025-11-20 14:00".'),
    thoi_gian_ket_thuc: time('Giờ kết thúc "HH:MM" (cùng ngày) hoặc "YYYY-MM-DD HH:MM".'),
    dia_diem: text('Địa điểm họp, ví dụ "Phòng họp tầng 3, Sở Giáo dục và Đào tạo".'),
    thanh_vien: {
      type: 'object',
      additionalProperties: false,
      required: ['tong_so', 'co_mat'],
      description: 'Thành phần: tổng số thành viên Hội đồng, số có mặt, người vắng.',
      properties: {
        tong_so: { type: 'integer', minimum: 1, maximum: MAX_MEMBERS, description: 'Tổng số thành viên Hội đồng (tỷ lệ phiếu tính trên số này).' },
        co_mat: { type: 'integer', minimum: 0, maximum: MAX_MEMBERS, description: 'Số thành viên có mặt.' },
        vang: {
          type: 'array',
          description: 'Thành viên vắng mặt: họ tên, lý do, có gửi phiếu bằng văn bản không.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['ho_ten', 'ly_do'],
            properties: {
              ho_ten: text('Họ và tên, kèm chức vụ nếu cần: "Ông Trần Văn B, Phó Giám đốc Sở".'),
              ly_do: text('Lý do vắng, ví dụ "đi công tác".'),
              phieu_van_ban: { type: 'boolean', description: 'true: đã gửi phiếu biểu quyết bằng văn bản (được tính vào kết quả).' },
            },
          },
        },
      },
    },
    chu_tri: person,
    thu_ky: person,
    noi_dung: lines('Nội dung cuộc họp, mỗi mục một dòng.'),
    ket_qua: {
      type: 'array',
      description: 'Kết quả bỏ phiếu kín cho từng tập thể, cá nhân. Không có (cuộc họp không bỏ phiếu): không in bảng kết quả.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ten', 'danh_hieu', 'so_phieu_dong_y'],
        properties: {
          ten: text('Tên tập thể hoặc họ tên cá nhân.'),
          danh_hieu: text('Danh hiệu đề nghị trong danh-hieu.yaml: mã, tên hoặc viết tắt (ngưỡng biểu quyết lấy từ đó).'),
          so_phieu_dong_y: { type: 'integer', minimum: 0, maximum: MAX_MEMBERS, description: 'Số phiếu đồng ý.' },
          nguong: { type: 'number', minimum: 0, maximum: 100, description: 'Ngưỡng (%) khi danh hiệu không có ngưỡng trong danh-hieu.yaml, tối đa một chữ số thập phân, ví dụ 80 hoặc 92.5.' },
        },
      },
    },
  },
};

const awardHistory = (description: string) => ({
  type: 'array',
  description,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['nam', 'danh_hieu'],
    properties: {
      nam: { type: ['integer', 'string'], ...YEAR, description: 'Năm, ví dụ 2024 hoặc "2023-2024".' },
      danh_hieu: text('Danh hiệu hoặc hình thức khen thưởng, ghi như trên quyết định.'),
      so_quyet_dinh: text('Số, ngày, tháng, năm của quyết định; cơ quan ban hành.'),
    },
  },
});

const achievement = {
  type: 'object',
  additionalProperties: false,
  required: ['doi_tuong', 'de_nghi'],
  description: 'Báo cáo thành tích: lý lịch (cá nhân) hoặc đặc điểm (tập thể) và các bảng danh hiệu, hình thức khen thưởng đã nhận. Dùng được trong mẫu qua {{thanh_tich.…}}.',
  properties: {
    doi_tuong: text('Cá nhân hay tập thể: "cá nhân" (ca_nhan) hoặc "tập thể" (tap_the), không phân biệt hoa thường, có dấu hay không.'),
    de_nghi: text('Danh hiệu, hình thức đề nghị trong danh-hieu.yaml: mã, tên hoặc viết tắt ("CSTĐCS"); in dưới tên loại: "ĐỀ NGHỊ TẶNG …".'),
    nam: text('Thời gian lập thành tích in sau danh hiệu, ví dụ "năm học 2024 - 2025".'),
    ly_lich: {
      type: 'object',
      additionalProperties: false,
      description: 'Cá nhân: sơ lược lý lịch.',
      properties: {
        ho_ten: text('Họ và tên (viết đầy đủ, không viết tắt).'),
        ngay_sinh: text('Ngày, tháng, năm sinh, ví dụ "12/3/1984".'),
        gioi_tinh: text('Giới tính.'),
        que_quan: text('Quê quán.'),
        tru_quan: text('Trú quán.'),
        don_vi: text('Đơn vị công tác.'),
        chuc_vu: text('Chức vụ (Đảng, chính quyền, đoàn thể).'),
        trinh_do: text('Trình độ chuyên môn, nghiệp vụ.'),
        hoc_ham: text('Học hàm, học vị, danh hiệu, giải thưởng.'),
      },
    },
    dac_diem: {
      type: 'object',
      additionalProperties: false,
      description: 'Tập thể: tên, địa chỉ, đặc điểm và chức năng, nhiệm vụ.',
      properties: {
        ten: text('Tên tập thể.'),
        dia_chi: text('Địa chỉ trụ sở, điện thoại.'),
        nam_thanh_lap: { type: ['integer', 'string'], ...YEAR, description: 'Năm thành lập.' },
      },
    },
    lich_su_danh_hieu: awardHistory('Các danh hiệu thi đua đã nhận: { nam, danh_hieu, so_quyet_dinh }.'),
    lich_su_khen_thuong: awardHistory('Các hình thức khen thưởng đã nhận: { nam, danh_hieu (hình thức), so_quyet_dinh }.'),
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
    so: { type: 'integer', minimum: 1, maximum: MAX_NUMBER, description: 'Số văn bản. Bỏ trống khi chưa cấp số: sẽ in "Số:      /KH-UBND".' },
    ky_hieu: text('Ký hiệu nếu khác ký hiệu tự tạo (loại-cơ quan), ví dụ "BC-" cho biểu mẫu.'),
    don_vi_soan_thao: text('Công văn: đơn vị soạn thảo trong ký hiệu, ví dụ "VX" trong 12/UBND-VX.'),
    ngay: {
      type: ['string', 'integer'],
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
      description: 'Ngày ban hành YYYY-MM-DD. Chưa có ngày: ghi YYYY-MM (để trống ngày) hoặc YYYY (để trống ngày và tháng).',
    },
    dia_danh: text('Địa danh nếu khác địa danh của cơ quan.'),
    dia_danh_ngay: {
      type: 'boolean',
      description: 'Biên bản: true để in dòng địa danh, ngày tháng ở phần đầu ("Tuyên Quang, ngày 20 tháng 11 năm 2025"); Mẫu 1.9 không có dòng này.',
    },
    du_thao: { type: ['boolean', 'integer'], minimum: 1, maximum: 99, description: 'true: in dấu "DỰ THẢO"; số n: "DỰ THẢO LẦN n".' },
    da_ban_hanh: {
      type: 'boolean',
      description:
        'true: văn bản đã ban hành (đã ký, đã gửi). Lần tạo sau không ghi đè DOCX, PDF, HTML đã có nếu nội dung sẽ khác (ví dụ đổi người ký trong danh mục): chương trình giữ nguyên tệp và cảnh báo chỗ khác. Muốn ban hành lại thì chạy với --ban-hanh-lai.',
    },
    bieu_mau: { type: 'boolean', description: 'Biểu mẫu để đơn vị điền: cho phép để trống số, ký hiệu, họ tên và dòng Lưu.' },
    do_khan: { enum: ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'], description: 'Mức độ khẩn.' },
    do_mat: { enum: ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'], description: 'Độ mật.' },
    trich_yeu: textOrLines('Trích yếu nội dung (công văn: phần sau "V/v"). Có thể chia dòng bằng danh sách.'),
    tham_quyen: text('Quyết định: dòng thẩm quyền ban hành, ví dụ "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG".'),
    kinh_gui: textOrLines('Kính gửi: một nơi, hoặc danh sách nhiều nơi.'),
    can_cu: lines('Các căn cứ, mỗi căn cứ một dòng (dấu ";" và "." tự thêm).'),
    theo_de_nghi: text('Quyết định: dòng "Theo đề nghị của …" sau căn cứ; kết thúc bằng dấu "." (Mẫu 1.2, Nghị định 30).'),
    dau_cuoi_theo_de_nghi: { enum: ['.', ','], description: 'Dấu cuối dòng "Theo đề nghị …": "." (mặc định, theo Nghị định 30) hoặc "," như một số quyết định cũ.' },
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
    noi_dung: markdown('Nội dung văn bản viết bằng Markdown (tệp .json/.yaml).'),
    ky: { description: 'Người ký; danh sách hai người khi ký hai bên (biên bản).', oneOf: [signer, { type: 'array', items: signer, minItems: 1, maxItems: 2 }] },
    noi_nhan: { type: 'array', items: recipient, description: 'Nơi nhận, mỗi nơi một dòng (dấu ";" tự thêm). Biên bản: in dưới chữ ký, bên trái (Mẫu 1.9).' },
    luu: {
      description:
        'Dòng "Lưu": đơn vị lưu sau VT, ví dụ ["TĐKT"]; hoặc { don_vi, ky_hieu_nguoi_soan, so_ban }. Bỏ trống: lấy "don_vi_luu" của cơ quan; cơ quan cũng không có thì báo lỗi (quy tắc dong-luu), trừ biểu mẫu.',
      oneOf: [
        line,
        { type: 'array', items: line },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            don_vi: textOrLines('Đơn vị lưu sau VT.'),
            ky_hieu_nguoi_soan: text('Ký hiệu người soạn thảo, in nhỏ sau đơn vị, ví dụ "Ph".'),
            so_ban: { type: 'integer', minimum: 1, maximum: MAX_NUMBER, description: 'Số bản phát hành.' },
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
    dong_kem_theo: {
      type: ['string', 'boolean'],
      description:
        'Văn bản gửi kèm (kem_theo) in dòng "(Kèm theo Kế hoạch số … ngày … của …)" dưới tiêu đề như phụ lục. Ghi false để không in (bản gốc không có), hoặc ghi sẵn cả dòng (văn bản tạo riêng).',
    },
    dau_ket_thuc: {
      type: 'boolean',
      description: 'In dấu "./." sau chữ cuối của nội dung (Nghị định 30). Mặc định: có, trừ biểu mẫu (bieu_mau). Ghi false khi bản gốc không có.',
    },
    khong_so: { type: 'boolean', description: 'Văn bản không có số, ký hiệu (báo cáo thành tích cá nhân).' },
    danh_sach: nomineeList,
    bien_ban: meeting,
    thanh_tich: achievement,
    bo_qua_kiem_tra: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Mã quy tắc kiểm tra không áp dụng cho văn bản này (xem README, "Kiểm tra thể thức"): so-ky-hieu, quyen-han, co-noi-nhan, noi-nhan, dong-luu, phu-luc, dong-phan-dau, so-luong-khen-thuong, ky-tu-ngoai-phong, luat-chua-xac-nhan, du-lieu-mau.',
    },
  },
};

export const REGISTRY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://van-ban-thi-dua.local/schema/co-quan.schema.json',
  title: 'Danh mục cơ quan ban hành',
  type: 'object',
  additionalProperties: AGENCY_SCHEMA,
};

/** The fields of a data file, none required: a section of a batch (`tao.to_trinh`…) gives some, the batch and its rows the rest. */
const { loai: _loai, $schema: _schema, ...documentFields } = DOCUMENT_SCHEMA.properties;
/**
 * The fields a section of `tao` may set, defined once and referred to by each section: written out four
 * times, they made the compiled validator (src/schema/compiled.ts) three times larger, and every run
 * loads it. `cap_tren`, `xac_nhan`, `mau_word` and `de_trong` are read for the báo cáo thành tích only.
 */
const BATCH_SECTION = 'phan_tao';
const batchSection = (description: string) => ({ $ref: `#/definitions/${BATCH_SECTION}`, description });

const { ket_qua: _ketQua, ...meetingFields } = meeting.properties;

/** A batch (`loai: dot_de_nghi`): a spreadsheet of nominees made into every document of the dossier. */
export const BATCH_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://van-ban-thi-dua.local/schema/dot-de-nghi.schema.json',
  title: 'Đợt đề nghị khen thưởng: từ một bảng tính, tạo báo cáo thành tích của từng người, tờ trình, biên bản, quyết định',
  type: 'object',
  additionalProperties: false,
  definitions: {
    [BATCH_SECTION]: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...documentFields,
        cap_tren: text('Dòng trên tên đơn vị ở phần đầu, IN HOA, ví dụ "SỞ GD&ĐT TUYÊN QUANG" (mặc định: tên cơ quan của đợt).'),
        xac_nhan: { ...signer, description: 'Người ký xác nhận báo cáo thành tích của tập thể (bên trái), ví dụ { chuc_vu: "XÁC NHẬN CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO", ho_ten: … }.' },
        mau_word: text(
          'Mẫu báo cáo thành tích của cơ quan bằng Word (.docx, đường dẫn tính từ tệp này) có thẻ {ho_ten}, {ngay_sinh}, {danh_hieu}, {#lich_su_khen_thuong}…{/lich_su_khen_thuong}…: mỗi dòng điền vào một bản, ghi bao-cao-thanh-tich/<tên>.docx thay cho báo cáo theo Nghị định 30 (chỉ DOCX). Thẻ không có trong dữ liệu là lỗi trước khi tạo.',
        ),
        de_trong: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Trường của mẫu Word được để trống khi dòng không có giá trị, ví dụ [ngay_sinh, sang_kien] (trường của một dòng lịch sử: "lich_su_khen_thuong.co_quan"). Trường không có trong danh sách này mà thiếu giá trị là lỗi ở ô của dòng.',
        },
      },
    },
  },
  required: ['loai', 'danh_sach', 'co_quan', 'ngay', 'tao'],
  properties: {
    $schema: { type: 'string' },
    loai: { const: 'dot_de_nghi', description: 'Đợt đề nghị khen thưởng (tệp này tạo nhiều văn bản).' },
    ten: text('Tên đợt, ví dụ "Khen thưởng năm học 2024 - 2025".'),
    danh_sach: {
      type: 'object',
      additionalProperties: false,
      required: ['tep'],
      description: 'Bảng tính danh sách đề nghị: mỗi dòng một tập thể, cá nhân.',
      properties: {
        tep: text(
          'Tệp .xlsx (trang tính đầu tiên) hoặc .csv, đường dẫn tính từ tệp này. Cột: "Họ và tên"/"Tên tập thể", "Danh hiệu" (bắt buộc); "Đối tượng", "Ngày sinh", "Giới tính", "Quê quán", "Trú quán", "Chức vụ", "Đơn vị", "Trình độ", "Địa chỉ", "Năm thành lập", "Đặc điểm", "Nhiệm vụ", "Thành tích" hoặc "Tệp thành tích", "Thủ trưởng đơn vị", "Số phiếu đồng ý", "Nhóm", "STT", "Ghi chú" (bắt đầu bằng "#": bỏ qua dòng).',
        ),
      },
    },
    co_quan: DOCUMENT_SCHEMA.properties.co_quan,
    ngay: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Ngày của các văn bản (YYYY-MM-DD), trừ văn bản ghi "ngay" riêng ở mục của nó trong "tao".' },
    nam: text('Thời gian lập thành tích, in dưới tên loại của báo cáo thành tích và trong tiêu đề danh sách, ví dụ "năm học 2024 - 2025".'),
    ky: DOCUMENT_SCHEMA.properties.ky,
    hoi_dong: { ...meeting, properties: meetingFields, description: 'Cuộc họp Hội đồng Thi đua - Khen thưởng (biên bản): như "bien_ban" của một biên bản, không có "ket_qua" (kết quả lấy từ cột "Số phiếu đồng ý").' },
    han_muc: {
      type: 'object',
      additionalProperties: false,
      description: 'Hạn mức của đợt; dòng vượt hạn mức (theo thứ tự dòng) là lỗi.',
      properties: {
        moi_don_vi: { type: 'integer', minimum: 1, maximum: MAX_NUMBER, description: 'Mỗi đơn vị đề nghị không quá số này (tập thể, cá nhân).' },
        theo_danh_hieu: {
          type: 'object',
          additionalProperties: { type: 'integer', minimum: 0, maximum: MAX_NUMBER },
          description: 'Số đề nghị tối đa của từng danh hiệu (tên, viết tắt hoặc mã), ví dụ { "Chiến sĩ thi đua cấp tỉnh": 3 }.',
        },
      },
    },
    dieu_kien: {
      type: 'object',
      additionalProperties: false,
      description: 'Kiểm tra điều kiện xét tặng theo data/_chung/tieu-chuan.yaml (căn cứ đều chưa xác nhận, nên mặc định mỗi quy tắc chỉ cảnh báo).',
      properties: {
        nam: { type: 'integer', minimum: 1900, maximum: 2200, description: 'Năm xét tặng của các dòng (mặc định: năm cuối ghi trong "nam" của đợt, ví dụ "năm học 2024 - 2025" → 2025; không có thì năm của "ngay").' },
        muc_do: {
          type: 'object',
          additionalProperties: { enum: ['loi', 'canh_bao', 'tat'] },
          description: 'Mức của từng quy tắc theo mã: loi (dừng đợt, trừ khi khi_loi: tiep_tuc), canh_bao (mặc định), tat (không kiểm tra). Ví dụ { cstdcs-ty-le: loi }.',
        },
      },
    },
    khi_loi: { enum: ['dung', 'tiep_tuc'], description: 'dung (mặc định): dòng nào có lỗi thì không tạo văn bản nào của đợt. tiep_tuc: bỏ các dòng có lỗi (vẫn báo lỗi), tạo văn bản từ các dòng còn lại.' },
    tao: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      description: 'Văn bản cần tạo; mỗi mục ghi các trường riêng của văn bản đó (như một tệp văn bản), các trường khác lấy từ đợt và bảng tính.',
      properties: {
        bao_cao_thanh_tich: batchSection('Báo cáo thành tích của từng dòng (thư mục bao-cao-thanh-tich/, tên tệp theo họ tên).'),
        bien_ban: batchSection('Biên bản họp Hội đồng: bảng kết quả từ cột "Số phiếu đồng ý", so với ngưỡng của từng danh hiệu.'),
        to_trinh: batchSection('Tờ trình đề nghị khen thưởng kèm danh sách (các dòng không đạt số phiếu thì không có).'),
        quyet_dinh: batchSection('Quyết định khen thưởng kèm danh sách, có tiền thưởng.'),
      },
    },
  },
};
