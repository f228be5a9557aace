/** A phrase's identity for lookup: case, spaces and hyphens do not matter ("X-ray" = "x ray" = "xray"). */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-]+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regular-expression source for a phrase: words may be split by spaces or hyphens, bounded by non-word characters. */
export function phraseSource(phrase: string): string {
  const words = phrase.trim().split(/[\s\-]+/).map(escapeRegExp);
  return `(?<![A-Za-z0-9])${words.join('[\\s\\-]*')}(?![A-Za-z0-9])`;
}

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: T;
}

/**
 * A set of phrases, each tagged with a value, matched in one pass. Longer phrases win where two
 * overlap ("low back" over "back"), and matches never overlap.
 */
/** Short all-capital phrases (PT, CT, TENS, UDS) are acronyms: matched with their case, so "pt" or "tens" do not count. */
export function isAcronym(phrase: string): boolean {
  return /^[A-Z][A-Z0-9/&]{1,5}s?$/.test(phrase.trim()) && /[A-Z].*[A-Z]/.test(phrase);
}

export class PhraseSet<T> {
  private readonly patterns: RegExp[] = [];
  private readonly values = new Map<string, T>();

  constructor(entries: Iterable<readonly [string, T]>) {
    const phrases: string[] = [];
    const acronyms: string[] = [];
    for (const [phrase, value] of entries) {
      const key = phraseKey(phrase);
      if (key === '') continue;
      if (!this.values.has(key)) this.values.set(key, value);
      if (isAcronym(phrase)) {
        acronyms.push(phrase);
        if (/[a-z]s$/.test(phrase) || /[A-Z]s$/.test(phrase)) acronyms.push(phrase.toUpperCase());
      } else phrases.push(phrase);
    }
    const byLength = (a: string, b: string): number => phraseKey(b).length - phraseKey(a).length;
    if (phrases.length > 0) this.patterns.push(new RegExp(phrases.sort(byLength).map(phraseSource).join('|'), 'gi'));
    if (acronyms.length > 0) this.patterns.push(new RegExp(acronyms.sort(byLength).map(phraseSource).join('|'), 'g'));
  }

  get size(): number {
    return this.values.size;
  }

  /** Every match in `text`, left to right; where matches overlap the longer (then earlier) one is kept. */
  matchAll(text: string): Array<PhraseMatch<T>> {
    const found: Array<PhraseMatch<T>> = [];
    for (const pattern of this.patterns) {
      for (const match of text.matchAll(pattern)) {
        const value = this.values.get(phraseKey(match[0]));
        if (value === undefined) continue;
        const start = match.index ?? 0;
        found.push({ start, end: start + match[0].length, text: match[0], value });
      }
    }
    if (this.patterns.length < 2) return found;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Array<PhraseMatch<T>> = [];
    for (const match of found) {
      const last = kept[kept.length - 1];
      if (last && match.start < last.end) {
        if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
        continue;
      }
      kept.push(match);
    }
    return kept;
  }
}

/** Compile user-supplied regular expressions case-insensitively; throws with the pattern named. */
export function compilePattern(source: string): RegExp {
  try {
    return new RegExp(source, 'gi');
  } catch (error) {
    throw new Error(`invalid regular expression /${source}/: ${(error as Error).message}`);
  }
}

/** Every match of `pattern` (a global RegExp) in `text`, guarding against empty matches. */
export function regexMatches(pattern: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  const matches: Array<{ start: number; end: number; text: string }> = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = match.index ?? 0;
    matches.push({ start, end: start + match[0].length, text: match[0] });
  }
  return matches;
}
