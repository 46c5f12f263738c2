/**
 * The tags of a Word form checked against the fields the data can supply, before anything is filled:
 * each tag must name a field (a row field inside its loop), a loop must name a list, and no tag may
 * insert raw XML. The fields the form uses are kept, to check each record against them.
 */
import { nearest } from '../../core/nearest.ts';
import { isList, type FieldKind, type FormFields } from './fields.ts';
import { paragraphPlace, type FoundTag, type Paragraph } from './paragraphs.ts';

/** A field the form uses, where it is first used, and for a list the fields its rows use. */
export interface Use {
  kind: FieldKind;
  paragraph: Paragraph;
  item?: UsedFields;
}
export type UsedFields = Map<string, Use>;

/** A fault of a tag: where it is (`đoạn 12 "…"`) and what is wrong. */
export interface TagFault {
  place: string;
  message: string;
}

interface Frame {
  fields: FormFields;
  used: UsedFields;
  /** The list whose rows this frame is, for messages. */
  list?: string;
  /** An unknown section: anything inside it is not checked again. */
  unknown?: boolean;
}

const names = (fields: FormFields) => Object.keys(fields);

/** Item fields of every list, to tell a row field used outside its loop. */
function listOwning(name: string, fields: FormFields): string | undefined {
  return Object.entries(fields).find(([, kind]) => isList(kind) && name in kind.list)?.[0];
}

export function checkFormTags(tags: FoundTag[], fields: FormFields): { used: UsedFields; faults: TagFault[] } {
  const used: UsedFields = new Map();
  const faults: TagFault[] = [];
  const stack: Frame[] = [{ fields, used }];
  const fault = (tag: FoundTag, message: string) => faults.push({ place: paragraphPlace(tag.paragraph), message });

  /** The frame whose fields hold `name`, innermost first (docxtemplater looks up the same way). */
  const resolve = (name: string): Frame | undefined => [...stack].reverse().find((f) => f.unknown || name in f.fields);

  const unknown = (tag: FoundTag, written: string, name: string): void => {
    const owner = listOwning(name, fields);
    if (owner && !stack.some((f) => f.list === owner)) {
      fault(tag, `thẻ {${written}} là trường của từng dòng "${owner}", chỉ dùng được giữa {#${owner}} và {/${owner}}. Chuyển thẻ vào trong vòng lặp đó.`);
      return;
    }
    const visible = [...new Set(stack.flatMap((f) => names(f.fields)))];
    const near = nearest(name, visible);
    const sign = /^[#^]/.test(written.trim()) ? written.trim().charAt(0) : '';
    const hint = near ? ` có phải {${sign}${near}}?` : ` các trường có: ${visible.join(', ')}.`;
    fault(tag, `thẻ {${written}} không có trong dữ liệu;${hint}`);
  };

  /** Records the use of `name` in the frame that holds it; undefined when unknown. */
  const use = (tag: FoundTag, written: string, name: string): { frame: Frame; entry: Use } | undefined => {
    const frame = resolve(name);
    if (!frame) {
      unknown(tag, written, name);
      return undefined;
    }
    if (frame.unknown) return undefined;
    const kind = frame.fields[name];
    let entry = frame.used.get(name);
    if (!entry) {
      entry = { kind, paragraph: tag.paragraph, item: isList(kind) ? new Map() : undefined };
      frame.used.set(name, entry);
    }
    return { frame, entry };
  };

  for (const tag of tags) {
    const written = tag.content;
    const content = written.trim();
    const sign = content.charAt(0);
    const name = content.replace(/^[#^/@]/, '').trim();
    if (sign === '/') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (sign === '@') {
      fault(tag, `thẻ {${written}} chèn XML thô, mẫu biểu không dùng loại thẻ này. Bỏ dấu @ để điền chữ: {${name}}.`);
      continue;
    }
    if (name === '') {
      fault(tag, `thẻ {${written}} không có tên trường. Ghi tên trường giữa hai dấu ngoặc, hoặc xóa cặp ngoặc.`);
      if (sign === '#' || sign === '^') stack.push({ fields: {}, used: new Map(), unknown: true });
      continue;
    }
    const found = use(tag, written, name);
    if (sign === '#' || sign === '^') {
      const loop = sign === '#' && found && isList(found.entry.kind);
      stack.push(
        !found ? { fields: {}, used: new Map(), unknown: true } : loop ? { fields: (found.entry.kind as { list: FormFields }).list, used: found.entry.item!, list: name } : { fields: {}, used: new Map() },
      );
      continue;
    }
    if (found && isList(found.entry.kind)) {
      fault(tag, `thẻ {${written}} là một danh sách, không điền thành chữ được. Dùng {#${name}}…{/${name}} để lặp từng dòng (thường đặt ở một dòng của bảng).`);
    }
  }
  return { used, faults };
}
