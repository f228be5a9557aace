/** Up to 60 characters to the end of the clause (a comma, semicolon, full stop or "and"), and the rest of a word cut there. */
const CLAUSE_REST = /^(?:(?![,;.]|\band\b)[\s\S]){0,60}[A-Za-z0-9'-]*/;

/**
 * The words a span of a sentence is about: its own and those after it, to the end of its clause:
 * "completed 12 sessions" is about "completed 12 sessions of acupuncture" in "She completed 12
 * sessions of acupuncture, and …".
 */
export function clauseFrom(text: string, start: number, end: number): string {
  const rest = CLAUSE_REST.exec(text.slice(end, end + 120))?.[0] ?? '';
  return text.slice(start, end + rest.length);
}

/** Up to 80 characters back to the start of the clause (a comma, semicolon, full stop or "and"). */
const CLAUSE_START = /(?:[,;.]|\band\b)?((?:(?![,;.]|\band\b)[\s\S]){0,80})$/;

/**
 * The words a span of a sentence ends: those before it, from the start of its clause, and its own: "to continue the taper"
 * ends "The provider requested MS Contin 15mg #60 to continue the taper" in "…, and bilateral medial branch blocks".
 */
export function clauseTo(text: string, start: number, end: number): string {
  const before = CLAUSE_START.exec(text.slice(Math.max(0, start - 120), start))?.[1] ?? '';
  return text.slice(start - before.length, end);
}

/**
 * Where the clause round a span begins and ends: at the nearest comma, semicolon or colon each side (not "and", which may join
 * two subjects: "Norco and gabapentin give her relief"): "acetaminophen was tried and was not effective" in "In this case,
 * acetaminophen was tried and was not effective, and the naproxen was started …".
 */
export function punctuatedClause(text: string, start: number, end: number): { readonly start: number; readonly end: number } {
  const before = text.slice(0, start);
  const opening = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const closing = /[,;:]/.exec(text.slice(end))?.index;
  return { start: opening, end: closing === undefined ? text.length : end + closing };
}
