/**
 * Regular-expression sources joined into one alternation that is tested for a match anywhere
 * (`test`, not where or which): the lexicon's one-test-first prefilters.
 *
 * Most of the lexicon's patterns open on a word boundary (`\bable\s+to …`, `\b(?:improved|better) …`).
 * Joined as they are, the engine tries every alternative's `\b` at every position of the sentence;
 * with the boundary taken out in front (`\b(?:able\s+to …|(?:improved|better) …)`) it tests it once
 * there, and most positions (inside a word) fail at once. The same text matches either way: `\b` is
 * a test of the position, and `\b(?:A|B)` holds where `\bA` or `\bB` does. A joined pattern's
 * alternatives may come in another order, which changes which match is found, not whether one is.
 */

/** The word boundary a pattern may open on. */
const BOUNDARY = String.raw`\b`;

/** Where the group opening `source` closes (-1 when it does not), escapes and character classes skipped. */
export function closingParenthesis(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The alternatives of a source's top-level alternation, each unwrapped of a non-capturing group that
 * holds it whole and split again where that group is itself an alternation: `(?:A|B)|C` gives A, B, C.
 */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    const char = source[i];
    if (i === source.length || (char === '|' && depth === 0 && !inClass)) {
      const alternative = source.slice(start, i);
      const inner = alternative.startsWith('(?:') && closingParenthesis(alternative) === alternative.length - 1 ? alternative.slice(3, -1) : undefined;
      alternatives.push(...(inner === undefined ? [alternative] : topLevelAlternatives(inner)));
      start = i + 1;
    } else if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
  }
  return alternatives;
}

/** Does the alternative open on a word boundary that can be taken out in front (not one with a quantifier after it)? */
function opensOnBoundary(alternative: string): boolean {
  return alternative.startsWith(BOUNDARY) && !/^[?*+{]/.test(alternative.slice(BOUNDARY.length));
}

/**
 * One source that matches a text wherever one of `sources` does: their alternatives that open on a
 * word boundary joined behind one boundary, the others after them. For `test` only (see above), and
 * for sources without backreferences or named groups, whose numbers and names joining would change.
 */
export function anyOfSource(sources: readonly string[]): string {
  const alternatives = sources.flatMap(topLevelAlternatives);
  const bounded = alternatives.filter(opensOnBoundary).map((alternative) => `(?:${alternative.slice(BOUNDARY.length)})`);
  const others = alternatives.filter((alternative) => !opensOnBoundary(alternative)).map((alternative) => `(?:${alternative})`);
  return [...(bounded.length > 0 ? [`${BOUNDARY}(?:${bounded.join('|')})`] : []), ...others].join('|');
}

/**
 * The same regular expression with each run of alternatives that open on a word boundary behind one
 * boundary, in their order: `\b(?:A|B)|C|\b(?:D)` for `\bA|\bB|C|\bD`. At every position the
 * alternatives are tried in the same order and each holds where it held, so `exec` finds the same
 * match with the same groups (only non-capturing groups are added): for patterns whose matches are
 * read, not only tested.
 */
export function boundaryFirst(pattern: RegExp): RegExp {
  const runs: Array<{ bounded: boolean; alternatives: string[] }> = [];
  for (const alternative of topLevelAlternatives(pattern.source)) {
    const bounded = opensOnBoundary(alternative);
    const last = runs[runs.length - 1];
    if (bounded && last?.bounded) last.alternatives.push(alternative.slice(BOUNDARY.length));
    else runs.push({ bounded, alternatives: [bounded ? alternative.slice(BOUNDARY.length) : alternative] });
  }
  const source = runs.map(({ bounded, alternatives }) => (bounded ? `${BOUNDARY}(?:${alternatives.join('|')})` : alternatives[0]!)).join('|');
  return new RegExp(source, pattern.flags);
}
