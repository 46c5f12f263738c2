/** Runs the check rules over a built document. A document may switch a rule off with `bo_qua_kiem_tra`. */
import { fieldPath, type Problem } from '../core/errors.ts';
import type { SourceFile } from '../core/source.ts';
import type { Document } from '../document/types.ts';
import type { CheckContext, Rule } from './rules/rule.ts';
import { soKyHieu } from './rules/so-ky-hieu.ts';
import { quyenHan } from './rules/quyen-han.ts';
import { noiNhan } from './rules/noi-nhan.ts';
import { phuLuc } from './rules/phu-luc.ts';
import { dongPhanDau } from './rules/dong-phan-dau.ts';
import { soLuongKhenThuong } from './rules/so-luong-khen-thuong.ts';
import { luatChuaXacNhan } from './rules/luat-chua-xac-nhan.ts';

export const RULES: Rule[] = [soKyHieu, quyenHan, noiNhan, phuLuc, dongPhanDau, soLuongKhenThuong, luatChuaXacNhan];

export function runChecks(doc: Document, source: SourceFile, context: CheckContext, rules: Rule[] = RULES): Problem[] {
  const skipped = new Set((source.data.bo_qua_kiem_tra as string[] | undefined) ?? []);
  return rules
    .filter((rule) => !skipped.has(rule.id))
    .flatMap((rule) =>
      rule.check(doc, context).map((f) => ({
        severity: rule.severity,
        rule: rule.id,
        file: source.path,
        line: f.field ? source.lineOf(f.field) : undefined,
        field: f.field ? fieldPath(f.field) : undefined,
        message: f.message,
      })),
    );
}
