/**
 * Whether a word is written as a Vietnamese syllable can be: an initial consonant, a vowel group, a
 * final consonant, at most one tone mark. Text in a legacy encoding read the wrong way (TCVN3 or VNI
 * bytes taken for Latin-1 letters) gives words like "hoµ" or "Vieät" that no syllable can be; the
 * encoding detection counts such words. A shape test, not a dictionary: "kéng" passes.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const INITIALS = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';
const VOWELS = [
  'iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu',
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê',
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y',
].join('|');
const FINALS = 'ng|nh|ch|c|m|n|p|t';
const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:${VOWELS})(?:${FINALS})?$`);

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  if ((decomposed.match(TONES)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'));
}

/** Punctuation, digits and typographic signs that may stand before or after a word. */
const EDGES = /^[!-@[-`{-~“”‘’–—…•«»°№]+|[!-@[-`{-~“”‘’–—…•«»°№]+$/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]+/;
const NON_ASCII = /[^\x00-\x7f]/;

/** An abbreviation without vowels ("NĐ", "TĐKT", "HĐND"): no syllable, but nothing wrong either. */
const CONSONANTS = /^[bcdđghklmnpqrstvx]+$/i;
const LETTER = /\p{L}/u;

/**
 * What a word of running text (a piece between spaces) tells about the text's encoding: undefined when
 * it tells nothing (plain ASCII, signs, abbreviations); else whether every part of it is a Vietnamese syllable.
 */
export function wordIsVietnamese(word: string): boolean | undefined {
  if (!NON_ASCII.test(word)) return undefined;
  const parts = word
    .replace(EDGES, '')
    .split(ASCII_PUNCTUATION)
    .filter((part) => NON_ASCII.test(part) && LETTER.test(part) && !CONSONANTS.test(part));
  return parts.length === 0 ? undefined : parts.every(isVietnameseSyllable);
}

/** How many words of `text` are Vietnamese, among those that are not plain ASCII. */
export function vietnameseScore(text: string): { words: number; vietnamese: number } {
  let words = 0;
  let vietnamese = 0;
  for (const word of text.split(/\s+/)) {
    const ok = wordIsVietnamese(word);
    if (ok === undefined) continue;
    words++;
    if (ok) vietnamese++;
  }
  return { words, vietnamese };
}
