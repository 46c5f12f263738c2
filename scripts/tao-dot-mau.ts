/**
 * npm run tao-dot-mau — writes the spreadsheet of the sample batch, data/2025/dot-khen-thuong/danh-sach-de-nghi.xlsx:
 * 40 fictional nominees of the education sector (a few collectives, mixed awards written as staff write
 * them, council votes, one nominee whose thành tích is a Markdown file, two people of the same name in two
 * units, one vote under the threshold, and one row entered twice, kept out by "#" in "Ghi chú").
 */
import { collective, person, random, syntheticRows, writeSheet, type Row } from './batch-rows.ts';

export const SAMPLE_SHEET = 'data/2025/dot-khen-thuong/danh-sach-de-nghi.xlsx';

export function sampleRows(): Row[] {
  const rows = syntheticRows(34, 2025, 8);
  const next = random(7);
  const an = (unit: number, born: string): Row => ({ ...person(next, unit, 'Bằng khen Chủ tịch tỉnh'), 'Họ và tên': 'Nguyễn Văn An', 'Giới tính': 'Nam', 'Ngày sinh': born });
  rows.splice(3, 0, an(0, '14/02/1982'));
  rows.splice(9, 0, an(2, '03/09/1990'));
  rows.splice(12, 0, {
    ...person(next, 0, 'Chiến sĩ thi đua cấp tỉnh', 11),
    'Họ và tên': 'Hà Thị Thu Trang',
    'Giới tính': 'Nữ',
    'Ngày sinh': '12/03/1984',
    'Thành tích': undefined,
    'Tệp thành tích': '_thanh-tich/ha-thi-thu-trang.md',
  });
  rows.splice(20, 0, { ...person(next, 5, 'CSTĐ tỉnh', 8) });
  rows.splice(30, 0, collective(4, 'Cờ thi đua của UBND tỉnh', 10));
  const twice = rows[6];
  rows.splice(33, 0, { ...twice, 'Ghi chú': `# trùng dòng 9: đã nhập ở trên` });
  return rows;
}

if (process.argv[1]?.endsWith('tao-dot-mau.ts')) {
  const rows = sampleRows();
  await writeSheet(rows, SAMPLE_SHEET, 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2024 - 2025');
  console.log(`Đã ghi ${SAMPLE_SHEET} (${rows.length} dòng).`);
}
