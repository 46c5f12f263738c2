/**
 * How large a Markdown body may be (the body of a data file, a phụ lục written inline): a longer line is
 * data pasted by mistake (an image, a file); a longer body (some 500 pages) would take minutes and
 * gigabytes to lay out.
 */
export const MAX_LINE = 20_000;
export const MAX_BODY = 1_000_000;

const count = (n: number): string => n.toLocaleString('vi-VN');

/** What is too large in the body `text`: the index of the line to report, and the message; undefined if nothing is. */
export function tooLarge(text: string | undefined): { index: number; message: string } | undefined {
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.length > MAX_LINE);
  if (index !== -1) {
    return { index, message: `một dòng nội dung dài ${count(lines[index].length)} ký tự, quá ${count(MAX_LINE)} ký tự một dòng: có lẽ là dữ liệu dán nhầm (ảnh, tệp). Xóa dòng này, hoặc chia thành các đoạn ngắn hơn.` };
  }
  if (text.length <= MAX_BODY) return undefined;
  return { index: 0, message: `nội dung dài ${count(text.length)} ký tự, quá ${count(MAX_BODY)} ký tự (khoảng 500 trang). Chia thành nhiều văn bản, hoặc đưa bớt vào phụ lục ở tệp riêng.` };
}
