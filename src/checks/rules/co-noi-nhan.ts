import { lineText, type Rule } from './rule.ts';
import { DOC_TYPES, type DocType, type DocTypeKey } from '../../document/doc-types.ts';

/**
 * Every sample of Nghị định 30, Phụ lục III (công văn included) ends with a Nơi nhận: at least one
 * recipient besides the Lưu line. For two signers side by side (biên bản, báo cáo thành tích) it is
 * optional (Mẫu 1.9 prints it under them); a document issued with another (kem_theo) has none of its own.
 */
export const coNoiNhan: Rule = {
  id: 'co-noi-nhan',
  severity: 'loi',
  description: 'Văn bản có Nơi nhận, ít nhất một nơi ngoài dòng Lưu (Nghị định 30, Phụ lục III; công văn cũng vậy); không bắt buộc với văn bản có hai người ký cạnh nhau, không có ở văn bản gửi kèm.',
  onAttachments: false,
  check(doc) {
    const recipients = (doc.closing.recipients?.lines ?? []).filter((line) => !lineText(line).startsWith('- Lưu:'));
    if (recipients.length > 0 || doc.closing.signers.length > 1) return [];
    const type: DocType | undefined = DOC_TYPES[doc.info.type as DocTypeKey];
    const example = type?.recipientsStart ?? 'Sở Nội vụ';
    return [
      {
        message: `văn bản thiếu Nơi nhận (Nghị định 30: văn bản hành chính, kể cả công văn, đều ghi nơi nhận và dòng "Lưu"). Thêm trường "noi_nhan", ví dụ "noi_nhan: [${example}]", và "luu", ví dụ "luu: [TĐKT]".`,
        field: ['noi_nhan'],
      },
    ];
  },
};
