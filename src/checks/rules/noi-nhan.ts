import type { Rule } from './rule.ts';
import { DOC_TYPES, type DocType, type DocTypeKey } from '../../document/doc-types.ts';

const lineText = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');

/** Each recipient line `- …;`, the last `- Lưu: …` ending with `.`; tờ trình, công văn start with `- Như trên;`. */
export const noiNhan: Rule = {
  id: 'noi-nhan',
  severity: 'canh-bao',
  description: 'Nơi nhận: mỗi dòng bắt đầu "- ", kết thúc ";", dòng cuối "- Lưu: …." ; tờ trình, công văn mở đầu "- Như trên;".',
  onAttachments: true,
  check(doc) {
    const recipients = doc.closing.recipients;
    if (!recipients || recipients.lines.length === 0) return [];
    const texts = recipients.lines.map(lineText);
    const findings = texts.slice(0, -1).filter((t) => !/^- .+;$/.test(t)).map((t) => ({ message: `dòng nơi nhận "${t}" phải bắt đầu "- " và kết thúc ";".`, field: ['noi_nhan'] }));
    const type: DocType | undefined = DOC_TYPES[doc.info.type as DocTypeKey];
    const start = type?.recipientsStart;
    if (start && !texts[0].startsWith(`- ${start}`)) {
      findings.push({ message: `nơi nhận của văn bản này thường mở đầu bằng "- ${start};".`, field: ['noi_nhan'] });
    }
    return findings;
  },
};
