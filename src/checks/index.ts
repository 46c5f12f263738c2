/** Runs the check rules over a built document and its attachments. A file may switch a rule off with `bo_qua_kiem_tra`. */
import { fieldPath, type Problem } from '../core/errors.ts';
import { nearest } from '../core/nearest.ts';
import type { SourceFile } from '../core/source.ts';
import type { ContentTemplate } from '../content/templates.ts';
import type { Document } from '../document/types.ts';
import type { ResolvedDocument } from '../model/inputs.ts';
import type { CheckContext, Rule } from './rules/rule.ts';
import { soKyHieu } from './rules/so-ky-hieu.ts';
import { quyenHan } from './rules/quyen-han.ts';
import { coNoiNhan } from './rules/co-noi-nhan.ts';
import { noiNhan } from './rules/noi-nhan.ts';
import { dongLuu } from './rules/dong-luu.ts';
import { phuLuc } from './rules/phu-luc.ts';
import { dongPhanDau } from './rules/dong-phan-dau.ts';
import { soLuongKhenThuong } from './rules/so-luong-khen-thuong.ts';
import { kyTuNgoaiPhong } from './rules/ky-tu-ngoai-phong.ts';
import { luatChuaXacNhan } from './rules/luat-chua-xac-nhan.ts';
import { duLieuMau } from './rules/du-lieu-mau.ts';

export const RULES: Rule[] = [soKyHieu, quyenHan, coNoiNhan, noiNhan, dongLuu, phuLuc, dongPhanDau, soLuongKhenThuong, kyTuNgoaiPhong, luatChuaXacNhan, duLieuMau];

/**
 * Checks a document and each document sent with it (`kem_theo`, at any depth), each against its own
 * data file: problems name that file and its lines, and each file's own `bo_qua_kiem_tra` applies.
 * An attached document is checked by the rules that apply to attachments.
 */
export function runChecks(doc: Document, resolved: ResolvedDocument, context: CheckContext, rules: Rule[] = RULES): Problem[] {
  const sources = new Map<string, SourceFile>();
  const templates = new Map<string, ContentTemplate | undefined>();
  const collect = (r: ResolvedDocument): void => {
    sources.set(r.source.path, r.source);
    templates.set(r.source.path, r.contentTemplate);
    Object.values(r.attachments).forEach(collect);
  };
  collect(resolved);
  const check = (d: Document, attached: boolean): Problem[] => {
    const source = sources.get(d.source);
    if (!source) throw new Error(`không tìm thấy tệp dữ liệu của văn bản ${d.source} khi kiểm tra`);
    return [...checkFile(d, source, { ...context, contentTemplate: templates.get(d.source) }, rules, attached), ...d.attachments.flatMap((a) => check(a, true))];
  };
  return check(doc, false);
}

function checkFile(doc: Document, source: SourceFile, context: CheckContext, rules: Rule[], attached: boolean): Problem[] {
  const listed = (source.data.bo_qua_kiem_tra as string[] | undefined) ?? [];
  const skipped = new Set(listed);
  const findings = rules
    .filter((rule) => !skipped.has(rule.id) && (!attached || rule.onAttachments))
    .flatMap((rule) =>
      rule.check(doc, { ...context, source }).map((f) => ({
        severity: rule.severity,
        rule: rule.id,
        file: source.path,
        line: f.line ?? (f.field ? source.lineOf(f.field) : undefined),
        column: f.line === undefined && f.field ? source.columnOf?.(f.field) : undefined,
        field: f.field ? fieldPath(f.field) : undefined,
        message: f.message,
        // A field made from a spreadsheet cell (a document of a batch) is told at that cell.
        ...(f.line === undefined && f.field ? source.cellOf?.(f.field) : {}),
      })),
    );
  return [...unknownIds(listed, source, rules), ...findings];
}

/** A rule id that no rule has (a typo) would switch nothing off: say so, with the nearest id. */
function unknownIds(listed: string[], source: SourceFile, rules: Rule[]): Problem[] {
  const ids = rules.map((r) => r.id);
  return listed.flatMap((id, i) => {
    if (ids.includes(id)) return [];
    const near = nearest(id, ids);
    const path = ['bo_qua_kiem_tra', i];
    return [
      {
        severity: 'canh-bao' as const,
        file: source.path,
        line: source.lineOf(path),
        column: source.columnOf?.(path),
        field: fieldPath(path),
        message: `không có quy tắc kiểm tra "${id}", nên dòng này không tắt quy tắc nào.${near ? ` Có phải "${near}"?` : ''} Các mã có: ${ids.join(', ')}; sửa lại mã hoặc xóa dòng này.`,
      },
    ];
  });
}
