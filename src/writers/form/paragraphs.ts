/**
 * Where a tag of a Word form is, for a user: the form's paragraphs in order (body, then headers and
 * footers), each with its text as Word shows it (a tag may be split across runs), and the tags found in
 * that text. docxtemplater reads the same `w:t` texts in the same order, so the tags it compiles are
 * these tags, in this order.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export interface Paragraph {
  /** The part holding it: `word/document.xml`, `word/header1.xml`… */
  part: string;
  /** 1-based, counted in its part, table cells included. */
  number: number;
  text: string;
}

export interface FoundTag {
  /** What stands between the braces, as written: `ho_ten`, `#lich_su_khen_thuong`, `/`. */
  content: string;
  paragraph: Paragraph;
}

interface TextRun {
  /** Characters as docxtemplater counts them (the XML text, `&` written `&amp;`). */
  rawStart: number;
  rawLength: number;
  paragraph: Paragraph;
}

export interface PartText {
  part: string;
  paragraphs: Paragraph[];
  /** Every `w:t` text joined, as docxtemplater lexes it. */
  text: string;
  /** Where each character of `text` is: index into `paragraphs`. */
  paragraphOf: Int32Array;
  runs: TextRun[];
}

/** Word writes these three escaped; docxtemplater's offsets count the escaped form. */
const rawLength = (text: string): number => text.length + 4 * (text.split('&').length - 1) + 3 * (text.split('<').length - 1) + 3 * (text.split('>').length - 1);

const paragraphOfNode = (t: Element): Element | undefined => {
  for (let p = t.parentNode; p; p = p.parentNode) if (p.nodeName === 'w:p') return p as Element;
  return undefined;
};

export function partText(part: string, xml: string): PartText {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const paragraphs: Paragraph[] = [];
  const index = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName('w:p'))) {
    index.set(p, paragraphs.length);
    paragraphs.push({ part, number: paragraphs.length + 1, text: '' });
  }
  const runs: TextRun[] = [];
  const pieces: string[] = [];
  const owners: number[] = [];
  let raw = 0;
  for (const t of Array.from(doc.getElementsByTagName('w:t'))) {
    const text = t.textContent ?? '';
    const p = paragraphOfNode(t);
    const at = p ? index.get(p)! : -1;
    if (at >= 0) paragraphs[at].text += text;
    pieces.push(text);
    for (let i = 0; i < text.length; i++) owners.push(at);
    const length = rawLength(text);
    if (at >= 0) runs.push({ rawStart: raw, rawLength: length, paragraph: paragraphs[at] });
    raw += length;
  }
  return { part, paragraphs, text: pieces.join(''), paragraphOf: Int32Array.from(owners), runs };
}

/** The paragraph holding the character at docxtemplater's `offset`. */
export function paragraphAtOffset(text: PartText, offset: number): Paragraph | undefined {
  return text.runs.find((r) => offset >= r.rawStart && offset < r.rawStart + r.rawLength)?.paragraph ?? text.runs.at(-1)?.paragraph;
}

/** The `{…}` tags of a part's text, each with the paragraph its `{` is in (the text is known to compile). */
export function tagsOf(text: PartText): FoundTag[] {
  const tags: FoundTag[] = [];
  let from = 0;
  for (;;) {
    const open = text.text.indexOf('{', from);
    if (open === -1) return tags;
    const close = text.text.indexOf('}', open);
    if (close === -1) return tags;
    const paragraph = text.paragraphs[text.paragraphOf[open]];
    if (paragraph) tags.push({ content: text.text.slice(open + 1, close), paragraph });
    from = close + 1;
  }
}

const shorten = (text: string) => (text.length > 100 ? `${text.slice(0, 97)}…` : text);

/** `đoạn 12 "Họ và tên: {ho_tenn}"`, or `đầu trang (word/header1.xml), đoạn 1 "…"`. */
export function paragraphPlace(p: Paragraph): string {
  const part = p.part === 'word/document.xml' ? '' : /header/.test(p.part) ? `đầu trang (${p.part}), ` : /footer/.test(p.part) ? `chân trang (${p.part}), ` : `phần ${p.part}, `;
  return `${part}đoạn ${p.number} "${shorten(p.text)}"`;
}
