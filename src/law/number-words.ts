// Đọc số thành chữ tiếng Việt: 7.020.000 → "bảy triệu không trăm hai mươi nghìn".

export interface NumberWordsOptions {
  /** Từ đọc số 0 ở hàng chục khi hàng đơn vị khác 0: "một trăm linh năm" / "một trăm lẻ năm". */
  linh?: 'linh' | 'lẻ';
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const BILLION = 1_000_000_000n;

export function numberToWords(n: number | bigint, opts: NumberWordsOptions = {}): string {
  const value = toBigInt(n);
  if (value === 0n) return 'không';
  return readWords(value, opts.linh ?? 'linh').join(' ');
}

export function moneyInWords(n: number | bigint): string {
  const words = numberToWords(n);
  return words.charAt(0).toUpperCase() + words.slice(1) + ' đồng';
}

function toBigInt(n: number | bigint): bigint {
  if (typeof n === 'bigint') {
    if (n < 0n) throw new Error(`Chỉ đọc được số nguyên không âm, nhận được ${n}.`);
    return n;
  }
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new Error(`Chỉ đọc được số nguyên không âm (tối đa ${Number.MAX_SAFE_INTEGER}), nhận được ${n}.`);
  }
  return BigInt(n);
}

/** Số ≥ 10^9 được đọc đệ quy: "<phần tỷ> tỷ <phần còn lại>" (1.000 tỷ = "một nghìn tỷ"). */
function readWords(n: bigint, linh: string): string[] {
  if (n < BILLION) return readBelowBillion(n, true, linh);
  const words = [...readWords(n / BILLION, linh), 'tỷ'];
  const rest = n % BILLION;
  return rest === 0n ? words : [...words, ...readBelowBillion(rest, false, linh)];
}

function readBelowBillion(n: bigint, leading: boolean, linh: string): string[] {
  const groups: [bigint, string | null][] = [
    [n / 1_000_000n, 'triệu'],
    [(n / 1000n) % 1000n, 'nghìn'],
    [n % 1000n, null],
  ];
  const words: string[] = [];
  let isFirst = leading;
  for (const [value, unit] of groups) {
    if (value === 0n) continue;
    words.push(...readTriple(Number(value), !isFirst, linh));
    if (unit) words.push(unit);
    isFirst = false;
  }
  return words;
}

/** Đọc nhóm ba chữ số; `full` = nhóm không đứng đầu nên phải đọc cả "không trăm". */
function readTriple(n: number, full: boolean, linh: string): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  const hasHundreds = hundreds > 0 || full;
  if (hasHundreds) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units === 0) return words;
    if (hasHundreds) words.push(linh);
    words.push(DIGITS[units]);
  } else if (tens === 1) {
    words.push('mười');
    if (units > 0) words.push(units === 5 ? 'lăm' : DIGITS[units]);
  } else {
    words.push(DIGITS[tens], 'mươi');
    if (units > 0) words.push(unitAfterMuoi(units));
  }
  return words;
}

function unitAfterMuoi(units: number): string {
  if (units === 1) return 'mốt';
  if (units === 4) return 'tư';
  if (units === 5) return 'lăm';
  return DIGITS[units];
}
