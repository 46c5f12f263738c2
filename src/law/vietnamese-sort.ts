// So sánh họ tên theo cách Việt Nam: theo tên (chữ cuối), rồi họ và tên đệm từ đầu;
// thứ tự chữ cái a ă â b c d đ e ê … ; dấu thanh chỉ dùng để phân định khi các chữ cái giống nhau.

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Thứ tự dấu thanh: ngang, huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const TONE_PATTERN = /[\u0300\u0309\u0303\u0301\u0323]/;

interface SortKey {
  letters: number[];
  tones: number[];
}

export function compareVietnameseNames(a: string, b: string): number {
  const [givenA, restA] = splitName(a);
  const [givenB, restB] = splitName(b);
  return compareWords(givenA, givenB) || compareWords(restA, restB) || compareCodePoints(a.normalize('NFC'), b.normalize('NFC'));
}

/** "Nguyễn Thị An" → ["An", "Nguyễn Thị"]. */
function splitName(name: string): [string, string] {
  const words = name.normalize('NFC').trim().split(/\s+/);
  const given = words.pop() ?? '';
  return [given, words.join(' ')];
}

function compareWords(a: string, b: string): number {
  const keyA = sortKey(a);
  const keyB = sortKey(b);
  return compareNumbers(keyA.letters, keyB.letters) || compareNumbers(keyA.tones, keyB.tones);
}

function sortKey(text: string): SortKey {
  const letters: number[] = [];
  const tones: number[] = [];
  for (const char of text.toLowerCase()) {
    const decomposed = char.normalize('NFD');
    const tone = TONE_PATTERN.exec(decomposed)?.[0] ?? '';
    const base = decomposed.replace(TONE_PATTERN, '').normalize('NFC');
    letters.push(letterRank(base));
    tones.push(TONE_MARKS.indexOf(tone));
  }
  return { letters, tones };
}

/** Chữ cái tiếng Việt theo bảng chữ cái; dấu cách đứng trước mọi chữ; ký tự khác xếp sau. */
function letterRank(letter: string): number {
  if (letter === ' ') return -1;
  const index = ALPHABET.indexOf(letter);
  return index >= 0 ? index : ALPHABET.length + (letter.codePointAt(0) ?? 0);
}

function compareNumbers(a: number[], b: number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
