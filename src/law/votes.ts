// Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng: tỷ lệ tính trên TỔNG SỐ thành viên Hội đồng.
import { formatTenthsPercent, parseDecimal } from './money.ts';

export interface VoteResult {
  /** Tỷ lệ phần trăm (số thực, chỉ để hiển thị). */
  percent: number;
  /** Ví dụ "81,8%". */
  percentText: string;
  /** Đạt ngưỡng hay không, tính bằng số nguyên chính xác. */
  passed: boolean;
}

export function voteResult(votesFor: number, totalMembers: number, thresholdPercent: string | number): VoteResult {
  validateVotes(votesFor, totalMembers);
  const thresholdTenths = parseThresholdTenths(thresholdPercent);
  const passed = votesFor * 1000 >= thresholdTenths * totalMembers;
  return {
    percent: (votesFor * 100) / totalMembers,
    percentText: formatTenthsPercent(displayTenths(votesFor, totalMembers, thresholdTenths, passed)),
    passed,
  };
}

/**
 * Tỷ lệ làm tròn tới 0,1% (nửa trở lên làm tròn lên). Nếu không đạt mà làm tròn lại chạm ngưỡng
 * (ví dụ 79,95% → "80%"), thì cắt bớt thành 79,9% để văn bản không tự mâu thuẫn.
 */
function displayTenths(votesFor: number, total: number, thresholdTenths: number, passed: boolean): number {
  const rounded = Math.floor((votesFor * 2000 + total) / (2 * total));
  if (!passed && rounded >= thresholdTenths) return Math.floor((votesFor * 1000) / total);
  return rounded;
}

function validateVotes(votesFor: number, totalMembers: number): void {
  if (!Number.isSafeInteger(totalMembers) || totalMembers <= 0) {
    throw new Error(`Tổng số thành viên Hội đồng phải là số nguyên dương, nhận được ${totalMembers}.`);
  }
  if (!Number.isSafeInteger(votesFor) || votesFor < 0) {
    throw new Error(`Số phiếu đồng ý phải là số nguyên không âm, nhận được ${votesFor}.`);
  }
  if (votesFor > totalMembers) {
    throw new Error(`Số phiếu đồng ý (${votesFor}) không thể lớn hơn tổng số thành viên Hội đồng (${totalMembers}).`);
  }
}

/** "80" | 80 | "92,5" → số phần mười phần trăm (800, 925). */
function parseThresholdTenths(threshold: string | number): number {
  const text = typeof threshold === 'number' ? String(threshold) : threshold;
  let parsed: { scaled: bigint; scale: bigint };
  try {
    parsed = parseDecimal(text);
  } catch {
    throw new Error(`Ngưỡng biểu quyết "${text}" không hợp lệ: cần số phần trăm, ví dụ 80 hoặc "92,5".`);
  }
  const tenthsTimesScale = parsed.scaled * 10n;
  if (tenthsTimesScale % parsed.scale !== 0n) {
    throw new Error(`Ngưỡng biểu quyết "${text}" chỉ được có tối đa một chữ số thập phân.`);
  }
  const tenths = Number(tenthsTimesScale / parsed.scale);
  if (tenths > 1000) throw new Error(`Ngưỡng biểu quyết "${text}" không được lớn hơn 100%.`);
  return tenths;
}
