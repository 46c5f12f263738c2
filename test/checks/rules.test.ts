/** Each check rule on a document that breaks it and on one that keeps it. */
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../helpers/build.ts';
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

describe('noi-nhan', () => {
  it('asks a tờ trình to start with "- Như trên;"', () => {
    const toTrinh = doc(`${AGENCY}\n${SIGNER}`).info;
    expect(noiNhan.check({ ...doc(`${AGENCY}\n${SIGNER}`), info: { ...toTrinh, type: 'to_trinh' } }, ctx)[0].message).toBe('nơi nhận của văn bản này thường mở đầu bằng "- Như trên;".');
    expect(noiNhan.check(doc(`${AGENCY}\n${SIGNER}`), ctx)).toEqual([]);
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
