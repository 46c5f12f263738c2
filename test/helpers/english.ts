/**
 * Finds what must never reach a user's screen: English words (as JavaScript and library errors write
 * them), stack traces, and the build's generic error paths. One detector for the fuzz test, the fuzz
 * script and any test that looks at printed messages.
 */

/**
 * English words common in JavaScript, Node and library errors. Words that are also Vietnamese written
 * without diacritics (in, to, an, do, no, can, ban, tin…) are left out, and so are names a Vietnamese
 * message may use as they are (YAML, JSON, DOCX, PDF, zip, Markdown, Handlebars).
 */
const ENGLISH = new Set(
  `is are was were be been has have had not of the and or for with from this that these those which while when into onto
   undefined null nan function functions cannot can't could couldn't would should must may
   read reading write writing property properties expected expecting invalid error errors failed failure fail
   unexpected missing unknown object string number boolean type types value values line lines column col token tokens
   input output found permission denied such directory duplicate implicit collection alias anchor anchors
   exceeded exceed maximum minimum stack call position end at by only allowed unsupported supported too many
   large empty character characters buffer offset index range out entry entries corrupted encoding
   keys key map mapping nested scalar sequence document documents file files path paths
   argument arguments instance constructor prototype length size limit unable parse parsing syntax`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Text a message echoes back from the user (quoted: "…", “…”, '…', `…`) and file paths are not the
 * message's own words, nor are command-line options (--ra=output); they are removed before looking for English.
 */
export function ownWords(message: string): string {
  return message
    .replace(/"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|`[^`\n]*`|'[^'\n]*'/g, ' ')
    .replace(/\S*[\\/]\S*/g, ' ')
    .replace(/(?<!\S)--?[a-z]\S*/g, ' ')
    .replace(/\S+\.(?:md|json|ya?ml|docx|pdf|html|hbs|png|jpe?g|ttf)\b/gi, ' ');
}

/** The English words of a message (outside what it quotes), in order; empty when there are none. */
export function englishWords(message: string): string[] {
  const words = ownWords(message).match(/[\p{L}\p{M}\p{N}_']+/gu) ?? [];
  return words.filter((w) => ENGLISH.has(w.toLowerCase()));
}

/** A stack trace or one of its frames: `at f (file.js:1:2)`, `at file.ts:1:2`, `node:internal`. */
export const hasStack = (message: string): boolean =>
  /\bat\s+(?:\S+\s+)?\(?(?:file:\/\/|node:|\/)?[^\s()]*:\d+:\d+\)?/.test(message) || /node:internal|\n\s+at\s/.test(message);

/** The build's generic error paths: an error nobody translated, caught by the pipeline or the command. */
export const isGeneric = (message: string): boolean => /lỗi khi tạo văn bản|Lỗi không mong đợi/i.test(message);

/** A JavaScript object printed as text. */
export const hasObjectText = (message: string): boolean => /\[object \w+\]/.test(message);

/** What is wrong with a printed line: English words, a stack frame, a generic error path, an object printed. */
export function messageFaults(line: string): string[] {
  const words = englishWords(line);
  return [
    ...(words.length > 0 ? [`English (${words.join(', ')}): ${line}`] : []),
    ...(hasStack(line) ? [`stack: ${line}`] : []),
    ...(isGeneric(line) || hasObjectText(line) ? [`generic: ${line}`] : []),
  ];
}
