/** A document in one line of a listing: loại, số/ký hiệu, ngày, trích yếu, người ký, as staff say them. */
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../src/document/summary.ts';
import { buildFile, buildMarkdown, testPlan } from './helpers/build.ts';

describe('summaryOf', () => {
  it('a kế hoạch: the số/ký hiệu as printed, the date dd/mm/yyyy, the signer', () => {
    expect(summaryOf(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'))).toEqual({
      kind: 'Kế hoạch',
      number: '25/KH-UBND',
      date: '06/02/2023',
      title: 'Công tác Thi đua - Khen thưởng trên địa bàn huyện Vĩnh Cửu năm 2023',
      signer: 'Nguyễn Thị Dung',
      draft: false,
      issued: false,
    });
  });

  it('a công văn: kind Công văn, its V/v text as the title', () => {
    expect(summaryOf(buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md'))).toMatchObject({
      kind: 'Công văn',
      number: '1532/SNV-TĐKT',
      title: 'V/v hướng dẫn hồ sơ đề nghị khen thưởng tổng kết năm học 2024 - 2025',
    });
  });

  it('a tên loại of its own in sentence case; no số; two signers joined', () => {
    expect(summaryOf(buildFile('data/2025/bao-cao-thanh-tich-ca-nhan-ha-thi-thu-trang.md'))).toMatchObject({
      kind: 'Báo cáo thành tích',
      number: '',
      signer: 'Nông Văn Thạch, Hà Thị Thu Trang',
    });
  });

  it('a quyết định takes its trích yếu from its danh sách', () => {
    expect(summaryOf(buildFile('data/2025/quyet-dinh-khen-thuong-2025.md'))).toMatchObject({
      kind: 'Quyết định',
      number: '2368/QĐ-UBND',
      date: '10/12/2025',
      title: 'Về việc khen thưởng các tập thể, cá nhân ngành Giáo dục và Đào tạo có thành tích xuất sắc năm học 2024 - 2025',
      signer: 'Hoàng Thị Ngân',
    });
  });

  it('a draft without a number or a day: number empty, the date as far as known', () => {
    expect(summaryOf(buildFile('data/2026/ke-hoach-tdkt-xa-son-duong-du-thao.md'))).toMatchObject({ number: '', date: '01/2026', draft: true });
    expect(summaryOf(buildFile('data/2022/ke-hoach-thi-dua-khoi-tham-muu-tong-hop-quang-tri.md'))).toMatchObject({ number: '', date: '2022' });
  });

  it('a trích yếu broken by hand is one line', () => {
    const doc = buildMarkdown(testPlan('').replace('trich_yeu: Thử', 'trich_yeu: "Dòng một\\nDòng hai"'));
    expect(summaryOf(doc)).toMatchObject({ number: '05/KH-UBND', date: '05/01/2023', title: 'Dòng một Dòng hai' });
  });

  it('is JSON as it is', () => {
    const summary = summaryOf(buildFile('data/2025/bien-ban-hop-xet-khen-thuong-2025.md'));
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
