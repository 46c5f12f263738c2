// Định dạng số tiền, tỷ lệ phần trăm và tính tiền thưởng (số học nguyên chính xác).

/** 7020000 → "7.020.000" (dấu chấm ngăn cách hàng nghìn). */
export function formatNumber(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isSafeInteger(n)) {
    throw new Error(`formatNumber chỉ nhận số nguyên, nhận được ${n}.`);
  }
  const text = BigInt(n).toString();
  const sign = text.startsWith('-') ? '-' : '';
  const digits = sign ? text.slice(1) : text;
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, '.');
}

/** 92.5 → "92,5%", 80 → "80%" (dấu phẩy thập phân, tối đa một chữ số thập phân). */
export function formatPercent(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`Tỷ lệ phần trăm không hợp lệ: ${x}.`);
  return formatTenthsPercent(Math.round(x * 10));
}

/** 925 (phần mười phần trăm) → "92,5%". */
export function formatTenthsPercent(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const decimal = abs % 10;
  return sign + formatNumber(whole) + (decimal === 0 ? '' : `,${decimal}`) + '%';
}

/** Làm tròn LÊN tới bội số gần nhất của `step`: 702000 → 710000. */
export function roundUpTo(n: number, step = 10000): number {
  requireNonNegativeInteger(n, 'Số tiền');
  requirePositiveInteger(step, 'Bước làm tròn');
  const remainder = n % step;
  return remainder === 0 ? n : n - remainder + step;
}

/**
 * Tiền thưởng = hệ số × lương cơ sở, tính chính xác rồi làm tròn LÊN tới `step` đồng.
 * rewardAmount("0,3", 2340000) = 710000.
 */
export function rewardAmount(coefficient: string, baseSalary: number, step = 10000): number {
  requirePositiveInteger(baseSalary, 'Lương cơ sở');
  requirePositiveInteger(step, 'Bước làm tròn');
  const { scaled, scale } = parseDecimal(coefficient);
  const exact = scaled * BigInt(baseSalary); // = số tiền × scale
  const unit = scale * BigInt(step);
  const steps = (exact + unit - 1n) / unit; // chia làm tròn lên
  return Number(steps * BigInt(step));
}

/** "1,5" → { scaled: 15n, scale: 10n }. Nhận dấu phẩy hoặc dấu chấm thập phân. */
export function parseDecimal(text: string): { scaled: bigint; scale: bigint } {
  const match = /^\s*(\d+)(?:[.,](\d+))?\s*$/.exec(String(text));
  if (!match) {
    throw new Error(`Hệ số "${text}" không hợp lệ: cần số thập phân không âm, ví dụ "0,3" hoặc "1,5".`);
  }
  const decimals = match[2] ?? '';
  return { scaled: BigInt(match[1] + decimals), scale: 10n ** BigInt(decimals.length) };
}

function requireNonNegativeInteger(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} phải là số nguyên không âm, nhận được ${n}.`);
}

function requirePositiveInteger(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} phải là số nguyên dương, nhận được ${n}.`);
}
