/**
 * VNI-Windows, the encoding of the VNI fonts (VNI-Times…), still found in office files. It has no
 * code page of its own: text typed in a VNI font is stored as Windows-1252 characters, a letter with
 * its marks as the base letter followed by one Latin-1 character for them ("Vieät" is "Việt"). Some
 * letters have one character of their own (ơ is "ô", ư "ö", đ "ñ", and i and ỵ with tones). No
 * converter library has VNI, so the table is here; the tests convert real text both ways.
 * Source of the layout: the VNI table of xvnkb (Đào Hải Lâm, 2002), checked against the examples
 * "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam" = "Cộng hòa xã hội chủ nghĩa Việt Nam".
 */

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

const TONE_ORDER = [ACUTE, GRAVE, HOOK, TILDE, DOT];

/** The mark character after a vowel, lower case: a tone alone; circumflex with a tone; breve with a tone. */
const TONE_CHARS = ['ù', 'ø', 'û', 'õ', 'ï'];
const CIRCUMFLEX_CHARS = ['â', 'á', 'à', 'å', 'ã', 'ä']; // without tone, then each tone in TONE_ORDER
const BREVE_CHARS = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];

/** Letters with a character of their own: the VNI character → the letter (lower case). */
const SINGLE: Record<string, string> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

/** The marks a mark character adds to the vowel before it, by vowel (lower case, ơ and ư as decoded). */
function marksAfter(vowel: string, mark: string): string | undefined {
  const tone = TONE_CHARS.indexOf(mark);
  if (tone >= 0 && 'aeouyơư'.includes(vowel)) return TONE_ORDER[tone];
  const circumflex = CIRCUMFLEX_CHARS.indexOf(mark);
  if (circumflex >= 0 && 'aeo'.includes(vowel)) return CIRCUMFLEX + (circumflex > 0 ? TONE_ORDER[circumflex - 1] : '');
  const breve = BREVE_CHARS.indexOf(mark);
  if (breve >= 0 && vowel === 'a') return BREVE + (breve > 0 ? TONE_ORDER[breve - 1] : '');
  return undefined;
}

const withCase = (letter: string, upper: boolean): string => (upper ? letter.toUpperCase() : letter);

/** VNI text (as the Windows-1252 characters its bytes are) → Unicode, NFC. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const lower = char.toLowerCase();
    const upper = char !== lower;
    const own = SINGLE[lower];
    const vowel = own ?? lower;
    const next = text[i + 1]?.toLowerCase();
    const marks = next === undefined ? undefined : marksAfter(vowel, next);
    if (marks !== undefined) {
      out += withCase((vowel + marks).normalize('NFC'), upper);
      i++;
    } else out += own ? withCase(own, upper) : char;
  }
  return out.normalize('NFC');
}

const MODIFIERS = new Set([CIRCUMFLEX, BREVE, HORN]);

/** Unicode → VNI (as Windows-1252 characters): for the tests and their fixtures. */
export function encodeVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const lower = char.toLowerCase();
    const upper = char !== lower;
    const [base, ...marks] = [...lower.normalize('NFD')];
    const modifier = marks.find((m) => MODIFIERS.has(m));
    const tone = TONE_ORDER.indexOf(marks.find((m) => TONE_ORDER.includes(m)) ?? '');
    if (lower === 'đ') out += withCase('ñ', upper);
    else if (!'aeiouy'.includes(base) || marks.length === 0 || marks.some((m) => !MODIFIERS.has(m) && !TONE_ORDER.includes(m))) out += char;
    else if (base === 'i') out += withCase(['í', 'ì', 'æ', 'ó', 'ò'][tone], upper);
    else if (base === 'y' && tone === 4) out += withCase('î', upper);
    else if (modifier === HORN) out += withCase(base === 'o' ? 'ô' : 'ö', upper) + (tone >= 0 ? withCase(TONE_CHARS[tone], upper) : '');
    else if (modifier === CIRCUMFLEX) out += withCase(base + CIRCUMFLEX_CHARS[tone + 1], upper);
    else if (modifier === BREVE) out += withCase(base + BREVE_CHARS[tone + 1], upper);
    else out += withCase(base + TONE_CHARS[tone], upper);
  }
  return out;
}
