/** Each check rule on a document that breaks it and on one that keeps it. */
import { describe, expect, it } from 'vitest';
import { buildFile, buildMarkdown, problemsOf, testPlan } from '../helpers/build.ts';
import { formatProblem } from '../../src/core/errors.ts';
import { coNoiNhan } from '../../src/checks/rules/co-noi-nhan.ts';
import { dongPhanDau } from '../../src/checks/rules/dong-phan-dau.ts';
import { quyenHan } from '../../src/checks/rules/quyen-han.ts';
import { noiNhan } from '../../src/checks/rules/noi-nhan.ts';
import { phuLuc } from '../../src/checks/rules/phu-luc.ts';
import { soKyHieu } from '../../src/checks/rules/so-ky-hieu.ts';
import type { Document } from '../../src/document/types.ts';
import { fonts } from '../helpers/build.ts';

const ctx = { fonts: fonts() };

const doc = (front: string, body = 'Nội dung.'): Document =>
  buildMarkdown(`---
loai: ke_hoach
so: 5
ngay: 2023-01-05
trich_yeu: Thử
noi_nhan: [Sở Nội vụ]
luu: [NC]
${front}
---
${body}`);
const SIGNER = 'ky: { chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn A }';
const AGENCY = 'co_quan: ubnd-tinh-cao-bang';

describe('dong-phan-dau', () => {
  it('warns about a header line wider than its column even widened and at 12 pt', () => {
    const wide = doc(`${SIGNER}\nco_quan: { ten: BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG, viet_tat: BTĐKT, dia_danh: Hà Nội }`);
    expect(dongPhanDau.check(wide, ctx)).toEqual([
      {
        message:
          'dòng "BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG" dài quá cột 76.3 mm của phần đầu (kể cả khi đặt cỡ chữ 12 pt) nên sẽ tự xuống dòng. Chia tên cơ quan thành nhiều dòng trong danh mục cơ quan, ví dụ ten: [BAN THI ĐUA - KHEN THƯỞNG, TRUNG ƯƠNG].',
        field: ['co_quan'],
      },
    ]);
  });

  it('is quiet when the column can be widened, or the line set at 12 pt, to fit', () => {
    expect(dongPhanDau.check(doc(`${SIGNER}\nco_quan: { ten: KHỐI THI ĐUA CÁC CƠ QUAN, viet_tat: KTĐ, dia_danh: Quảng Trị }`), ctx)).toEqual([]);
    expect(dongPhanDau.check(doc(`${SIGNER}\nco_quan: { ten: [BAN THI ĐUA - KHEN THƯỞNG, TRUNG ƯƠNG], viet_tat: BTĐKT, dia_danh: Hà Nội }`), ctx)).toEqual([]);
    expect(dongPhanDau.check(doc(`${SIGNER}\n${AGENCY}`), ctx)).toEqual([]);
  });
});

describe('quyen-han', () => {
  it('warns when KT. is signed by someone who is not a deputy', () => {
    expect(quyenHan.check(doc(`${AGENCY}\nky: { quyen_han: [KT. CHỦ TỊCH], chuc_vu: CHỦ TỊCH, ho_ten: A }`), ctx)).toHaveLength(1);
    expect(quyenHan.check(doc(`${AGENCY}\nky: { quyen_han: [KT. CHỦ TỊCH], chuc_vu: PHÓ CHỦ TỊCH, ho_ten: A }`), ctx)).toEqual([]);
  });
  it('wants TM. first in the chain', () => {
    expect(quyenHan.check(doc(`${AGENCY}\nky: { quyen_han: [KT. CHỦ TỊCH, TM. ỦY BAN NHÂN DÂN], chuc_vu: PHÓ CHỦ TỊCH, ho_ten: A }`), ctx)[0].message).toContain('phải là dòng đầu');
  });
});

describe('co-noi-nhan', () => {
  const withoutNoiNhan = (type: string) =>
    testPlan('').replace('loai: ke_hoach', `loai: ${type}\ndon_vi_soan_thao: VX`).replace('noi_nhan: [Sở Nội vụ]\n', '').replace('luu: [NC]\n', '');
  const errors = (text: string) => problemsOf(text, 'data/thu.md').filter((p) => p.severity === 'loi').map(formatProblem);

  it('wants a Nơi nhận on a công văn, as on a kế hoạch or a tờ trình (Nghị định 30, Phụ lục III)', () => {
    const message = (example: string) =>
      `Lỗi: data/thu.md, dòng 2 — trường "noi_nhan": văn bản thiếu Nơi nhận (Nghị định 30: văn bản hành chính, kể cả công văn, đều ghi nơi nhận và dòng "Lưu"). Thêm trường "noi_nhan", ví dụ "noi_nhan: [${example}]", và "luu", ví dụ "luu: [TĐKT]". [co-noi-nhan]`;
    expect(errors(withoutNoiNhan('cong_van'))).toEqual([message('Như trên')]);
    expect(errors(withoutNoiNhan('to_trinh'))).toEqual([message('Như trên')]);
    expect(errors(withoutNoiNhan('ke_hoach'))).toEqual([message('Sở Nội vụ')]);
    expect(errors(withoutNoiNhan('cong_van').replace('---\nNội dung', 'noi_nhan: [Như trên]\nluu: [VX]\n---\nNội dung'))).toEqual([]);
  });

  it('does not count the Lưu line as a recipient', () => {
    const onlyLuu = withoutNoiNhan('cong_van').replace('---\nNội dung', 'noi_nhan: []\nluu: [VX]\n---\nNội dung');
    expect(errors(onlyLuu).map((m) => m.endsWith('[co-noi-nhan]'))).toEqual([true]);
  });

  it('leaves alone two signers side by side, whose Nơi nhận is optional (a biên bản)', () => {
    const bienBan = buildFile('data/2025/bien-ban-hop-xet-khen-thuong-2025.md');
    expect(bienBan.closing.signers).toHaveLength(2);
    expect(coNoiNhan.check(bienBan, ctx)).toEqual([]);
  });
});

describe('noi-nhan', () => {
  const built = doc(`${AGENCY}\n${SIGNER}`);
  const withLines = (lines: string[] | undefined, type = built.info.type): Document => ({
    ...built,
    info: { ...built.info, type },
    closing: { ...built.closing, recipients: lines && { heading: 'Nơi nhận:', lines: lines.map((text) => [{ text }]) } },
  });
  const messages = (d: Document): string[] => noiNhan.check(d, ctx).map((f) => f.message);
  const fromData = (recipients: string): Document => buildMarkdown(testPlan('').replace('noi_nhan: [Sở Nội vụ]', `noi_nhan: ${recipients}`));

  it('keeps the Nơi nhận the model builds', () => {
    expect(built.closing.recipients!.lines.map((l) => l.map((r) => r.text).join(''))).toEqual(['- Sở Nội vụ;', '- Lưu: VT, NC.']);
    expect(messages(built)).toEqual([]);
  });

  it('wants each line but the last to start with "- "', () => {
    expect(messages(withLines(['Sở Nội vụ;', '- Lưu: VT, NC.']))).toEqual([
      'dòng nơi nhận "Sở Nội vụ;" không đúng dạng "- Tên nơi nhận;". Mỗi mục của "noi_nhan" là một nơi nhận, trên một dòng, không để trống.',
    ]);
  });

  it('wants each line but the last to end with ";"', () => {
    expect(messages(withLines(['- Sở Nội vụ', '- Lưu: VT, NC.']))).toEqual([
      'dòng nơi nhận "- Sở Nội vụ" không đúng dạng "- Tên nơi nhận;". Mỗi mục của "noi_nhan" là một nơi nhận, trên một dòng, không để trống.',
    ]);
  });

  it('wants a recipient on each line: an empty one in the data, one written over two lines', () => {
    expect(messages(fromData('["", Sở Nội vụ]'))).toEqual([
      'dòng nơi nhận "- ;" không đúng dạng "- Tên nơi nhận;". Mỗi mục của "noi_nhan" là một nơi nhận, trên một dòng, không để trống.',
    ]);
    expect(messages(fromData('["Sở Nội vụ\\ntỉnh Cao Bằng"]'))).toEqual([
      'dòng nơi nhận "- Sở Nội vụ\ntỉnh Cao Bằng;" không đúng dạng "- Tên nơi nhận;". Mỗi mục của "noi_nhan" là một nơi nhận, trên một dòng, không để trống.',
    ]);
  });

  it('wants the last line to start with "- " and end with "."', () => {
    const message = (t: string) => `dòng cuối của nơi nhận "${t}" không đúng dạng "- Tên nơi nhận." hay "- Lưu: VT, TĐKT.".`;
    expect(messages(withLines(['- Sở Nội vụ;', '- Lưu: VT, NC']))).toEqual([message('- Lưu: VT, NC')]);
    expect(messages(withLines(['- Sở Nội vụ;', 'Lưu: VT, NC.']))).toEqual([message('Lưu: VT, NC.')]);
    expect(messages(withLines(['- Sở Nội vụ;', '- .']))).toEqual([message('- .')]);
    expect(messages(withLines(['- Sở Nội vụ;', '- …']))).toEqual([]);
    expect(messages(withLines(['- Sở Nội vụ;', '- ...']))).toEqual([]);
  });

  it('asks a tờ trình and a công văn to start with "- Như trên;", a quyết định with "- Như Điều 3;"', () => {
    expect(messages(withLines(['- Sở Nội vụ;', '- Lưu: VT, NC.'], 'to_trinh'))).toEqual(['nơi nhận của văn bản này thường mở đầu bằng "- Như trên;".']);
    expect(messages(withLines(['- Sở Nội vụ;', '- Lưu: VT, NC.'], 'cong_van'))).toEqual(['nơi nhận của văn bản này thường mở đầu bằng "- Như trên;".']);
    expect(messages(withLines(['- Sở Nội vụ;', '- Lưu: VT, NC.'], 'quyet_dinh'))).toEqual(['nơi nhận của văn bản này thường mở đầu bằng "- Như Điều 3;".']);
    expect(messages(withLines(['- Như trên;', '- Lưu: VT, NC.'], 'to_trinh'))).toEqual([]);
    expect(messages(withLines(['- Như Điều 3;', '- Lưu: VT, NC.'], 'quyet_dinh'))).toEqual([]);
  });

  it('has nothing to check without a Nơi nhận (co-noi-nhan asks for one)', () => {
    expect(messages(withLines(undefined, 'to_trinh'))).toEqual([]);
    expect(messages(withLines([], 'to_trinh'))).toEqual([]);
  });
});

describe('phu-luc', () => {
  it('wants the body to mention its phụ lục', () => {
    const appendix = 'phu_luc: [{ tieu_de: Danh sách, noi_dung: "1. A" }]';
    expect(phuLuc.check(doc(`${AGENCY}\n${SIGNER}\n${appendix}`), ctx)).toHaveLength(1);
    expect(phuLuc.check(doc(`${AGENCY}\n${SIGNER}\n${appendix}`, 'Chi tiết tại Phụ lục kèm theo.'), ctx)).toEqual([]);
  });
});

describe('so-ky-hieu', () => {
  it('rejects spaces around the dash of a ký hiệu', () => {
    expect(soKyHieu.check(doc(`${AGENCY}\n${SIGNER}\nky_hieu: KH - UBND`), ctx)).toHaveLength(1);
    expect(soKyHieu.check(doc(`${AGENCY}\n${SIGNER}`), ctx)).toEqual([]);
  });
});
