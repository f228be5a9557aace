/**
 * What a letter may take before it is stopped and reported "not audited": a letter takes a few
 * milliseconds, a long PDF a second or two; a minute means it will not end (pdf.js looping on a
 * malformed file, say), and it must not hold up the batch. (A module of its own: the help text
 * names it without loading the audit command.)
 */
export const DEFAULT_LETTER_TIMEOUT_S = 60;
