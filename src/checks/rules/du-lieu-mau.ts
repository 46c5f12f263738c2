import { unknownInputs } from '../../content/template-inputs.ts';
import type { Rule } from './rule.ts';

/**
 * A value of du_lieu that the content template does not declare prints nowhere: most often a name
 * mistyped, whose template value then falls back to its default. Said with the nearest declared name.
 */
export const duLieuMau: Rule = {
  id: 'du-lieu-mau',
  severity: 'canh-bao',
  onAttachments: true,
  description: 'Mỗi giá trị trong du_lieu là một giá trị mẫu nội dung khai báo (tên gõ nhầm thì giá trị không được in).',
  check(_doc, { source, contentTemplate }) {
    const data = source?.data.du_lieu;
    if (!contentTemplate?.inputs || typeof data !== 'object' || data === null || Array.isArray(data)) return [];
    const template = String(source?.data.mau);
    return unknownInputs(contentTemplate.inputs, data as Record<string, unknown>).map(({ path, near, declared }) => ({
      field: [...path],
      message: `mẫu "${template}" không dùng giá trị "${String(path.at(-1))}", nên giá trị này không được in.${near ? ` Có phải "${near}" (gõ nhầm tên)?` : ''} Các tên mẫu dùng${path.length > 2 ? ' ở đây' : ''}: ${declared.map((d) => `"${d}"`).join(', ')}. Sửa tên, hoặc xóa dòng này.`,
    }));
  },
};
