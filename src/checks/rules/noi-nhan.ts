import { lineText, type Rule } from './rule.ts';
import { DOC_TYPES, type DocType, type DocTypeKey } from '../../document/doc-types.ts';

/** One recipient on one line: `- ` then the text, `;` at the end, the last line (the Lưu line) `.`. */
const LINE = /^- .+;$/;
const LAST_LINE = /^- (?:.+\.|.*…)$/;

/** Each line of the Nơi nhận; tờ trình, công văn start with `- Như trên;`, quyết định with `- Như Điều 3;`. */
export const noiNhan: Rule = {
  id: 'noi-nhan',
  severity: 'canh-bao',
  description: 'Nơi nhận: mỗi dòng một nơi, bắt đầu "- ", kết thúc ";", dòng cuối kết thúc "."; tờ trình, công văn mở đầu "- Như trên;", quyết định "- Như Điều 3;".',
  onAttachments: true,
  check(doc) {
    const recipients = doc.closing.recipients;
    if (!recipients || recipients.lines.length === 0) return [];
    const texts = recipients.lines.map(lineText);
    const findings = texts.flatMap((t, i) => {
      if (i < texts.length - 1) return LINE.test(t) ? [] : [{ message: `dòng nơi nhận "${t}" không đúng dạng "- Tên nơi nhận;". Mỗi mục của "noi_nhan" là một nơi nhận, trên một dòng, không để trống.`, field: ['noi_nhan'] }];
      return LAST_LINE.test(t) ? [] : [{ message: `dòng cuối của nơi nhận "${t}" không đúng dạng "- Tên nơi nhận." hay "- Lưu: VT, TĐKT.".`, field: ['noi_nhan'] }];
    });
    const type: DocType | undefined = DOC_TYPES[doc.info.type as DocTypeKey];
    const start = type?.recipientsStart;
    if (start && !texts[0].startsWith(`- ${start}`)) {
      findings.push({ message: `nơi nhận của văn bản này thường mở đầu bằng "- ${start};".`, field: ['noi_nhan'] });
    }
    return findings;
  },
};
