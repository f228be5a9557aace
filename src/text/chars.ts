/** Character classes by UTF-16 code unit, as tables: what a per-character regex test would say, without the regex. */

function table(pattern: RegExp): Uint8Array {
  const classes = new Uint8Array(65536);
  for (let code = 0; code < 65536; code++) if (pattern.test(String.fromCharCode(code))) classes[code] = 1;
  return classes;
}

/** Punctuation that ends or joins clauses, by code unit. */
export const COMMA = 0x2c;
export const SEMICOLON = 0x3b;
export const COLON = 0x3a;

const WHITESPACE = table(/\s/);
const SEPARATOR = table(/[\s\-]/);

/** Is the code unit matched by `\s`? */
export function isWhitespace(code: number): boolean {
  return WHITESPACE[code] === 1;
}

/** Is the code unit matched by `[\s\-]` (what separates the words of a phrase)? */
export function isPhraseSeparator(code: number): boolean {
  return SEPARATOR[code] === 1;
}

/**
 * `[start, end]` narrowed past whitespace at both ends (each code unit tested as `/\s/.test(text[i])` would:
 * the table holds that test's answer for every code unit, surrogate halves included).
 */
export function trimmedRange(text: string, start: number, end: number): [start: number, end: number] {
  let s = start;
  let e = end;
  while (s < e && isWhitespace(text.charCodeAt(s))) s++;
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** The text's last run of non-whitespace between `from` and `to` (what `/(\S+)$/` finds in that slice), or ''. */
export function lastWord(text: string, from: number, to: number): string {
  let start = to;
  while (start > from && !isWhitespace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, to);
}
