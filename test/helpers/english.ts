/**
 * Whether a printed message leaks English or internals: words of JavaScript, Node and library errors,
 * a stack frame, or the generic fallbacks. What the user wrote is echoed in quotes and file paths are
 * the user's too, so both are left out before looking.
 */

/** English words of error messages that are not Vietnamese words (so not "to", "in", "no", "do", "an"). */
const ENGLISH = new Set(
  `the is are was were not of and or at be been cannot can could undefined null nan function object read reading
  property properties expected invalid error errors failed fail unexpected token missing must should unknown file
  line column type value string number array syntax input found such directory permission denied with from this
  that which has have for when while into only supported support tag end stack internal empty duplicate key keys
  map mapping sequence implicit multiline scalar corrupted signature offset entry buffer range maximum call size
  exceeded memory without please check then there would will unable cause caused`.split(/\s+/),
);

const QUOTED = /"[^"]*"|“[^”]*”|'[^']*'|`[^`]*`/g;
/** Paths, file names, options and field names: tokens with a slash, a dot inside, an underscore or a leading dash. */
const NAMES = /(?:^|\s)(?:\S*[\\/_]\S*|\S+\.\S+|-\S+)/g;
const STACK = /\bat \S+ \(|\bat (?:file:|node:|\/)\S+:\d+:\d+|\.(?:ts|js|mjs):\d+:\d+/;
const GENERIC = /lỗi khi tạo văn bản|Lỗi không mong đợi|\[object Object\]/;

/** The English words of `line` outside quotes and names (empty when it is Vietnamese). */
export function englishWords(line: string): string[] {
  const text = line.replace(QUOTED, ' ').replace(NAMES, ' ');
  return (text.match(/[A-Za-z]+/g) ?? []).filter((word) => ENGLISH.has(word.toLowerCase()));
}

/** What is wrong with a printed line: English words, a stack frame, a generic error path. */
export function messageFaults(line: string): string[] {
  const words = englishWords(line);
  return [
    ...(words.length > 0 ? [`English (${words.join(', ')}): ${line}`] : []),
    ...(STACK.test(line) ? [`stack: ${line}`] : []),
    ...(GENERIC.test(line) ? [`generic: ${line}`] : []),
  ];
}
