import type { Rule } from './rule.ts';
import type { Block } from '../../document/types.ts';

const blockText = (b: Block): string => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '');

/** Nghị định 30: the body must mention its phụ lục. */
export const phuLuc: Rule = {
  id: 'phu-luc',
  severity: 'canh-bao',
  description: 'Văn bản có phụ lục thì nội dung phải nhắc đến phụ lục.',
  onAttachments: true,
  check(doc) {
    if (doc.appendices.length === 0) return [];
    const text = doc.body.map(blockText).join(' ').toLocaleLowerCase('vi');
    if (/phụ lục|kèm theo|danh sách/.test(text)) return [];
    return [{ message: 'văn bản có phụ lục nhưng nội dung không nhắc đến (ví dụ "(có Phụ lục kèm theo)").', field: ['phu_luc'] }];
  },
};
