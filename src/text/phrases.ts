import { FLAT_MATCH_SIZE, perPattern, PhraseTrie, phraseWords, trieCanHold, type FlatMatches, type TriePattern } from './phrase-trie.js';

/** A phrase's identity for lookup: case, spaces and hyphens do not matter ("X-ray" = "x ray" = "xray"). */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-]+/g, '');
}

/** Escape the characters that are special in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regular-expression source for a phrase: words may be split by spaces or hyphens, bounded by non-word characters. */
export function phraseSource(phrase: string): string {
  const words = phraseWords(phrase).map(escapeRegExp);
  return `(?<![A-Za-z0-9])${words.join('[\\s\\-]*')}(?![A-Za-z0-9])`;
}

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: T;
}

/** Short all-capital phrases (PT, CT, TENS, UDS) are acronyms: matched with their case, so "pt" or "tens" do not count. */
export function isAcronym(phrase: string): boolean {
  return /^[A-Z][A-Z0-9/&]{1,5}s?$/.test(phrase.trim()) && /[A-Z].*[A-Z]/.test(phrase);
}

/** Phrases sorted longest first by their key's length (a stable sort: equal lengths keep their order). */
function longestFirst(phrases: readonly string[]): string[] {
  return phrases
    .map((phrase) => ({ phrase, length: phraseKey(phrase).length }))
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.phrase);
}

/**
 * A set of phrases, each tagged with a value, matched in one pass. Longer phrases win where two
 * overlap ("low back" over "back"), and matches never overlap.
 *
 * The phrases form up to two alternations (case-insensitive phrases, case-sensitive acronyms),
 * each `phraseSource(longest)|…|phraseSource(shortest)`; they are matched by a trie walk with
 * exactly those regexes' semantics (src/text/phrase-trie.ts), or by the regexes themselves for a
 * phrase the trie cannot hold.
 */
export class PhraseSet<T> {
  /** The alternations, in order: their phrases longest first, and whether case matters. */
  readonly patterns: readonly TriePattern[];
  /** Can the set's phrases be walked in a trie (shared with other sets by a PhraseIndex)? */
  readonly trieable: boolean;
  private readonly values = new Map<string, T>();
  /**
   * Each pattern's phrases' values, by the phrase's index (a trie match names the phrase it matched: its
   * text has the phrase's key, so this is the value the key would look up, without making the key).
   */
  private readonly valuesByAlternative: ReadonlyArray<readonly T[]>;
  /**
   * The set's own matcher, made on its first `matchAll`: most of the lexicon's sets (concepts,
   * modifiers) are only ever matched through a PhraseIndex, so building their own tries up front
   * would be a third of the lexicon's compile time for nothing.
   */
  private matcher: PhraseTrie | readonly RegExp[] | undefined;

  constructor(entries: Iterable<readonly [string, T]>) {
    const phrases: string[] = [];
    const acronyms: string[] = [];
    for (const [phrase, value] of entries) {
      const key = phraseKey(phrase);
      if (key === '') continue;
      if (!this.values.has(key)) this.values.set(key, value);
      if (isAcronym(phrase)) {
        acronyms.push(phrase);
        if (/[A-Z]s$/.test(phrase)) acronyms.push(phrase.toUpperCase());
      } else phrases.push(phrase);
    }
    const patterns: TriePattern[] = [];
    if (phrases.length > 0) patterns.push({ phrases: longestFirst(phrases), caseSensitive: false });
    if (acronyms.length > 0) patterns.push({ phrases: longestFirst(acronyms), caseSensitive: true });
    this.patterns = patterns;
    this.valuesByAlternative = patterns.map((pattern) => pattern.phrases.map((phrase) => this.values.get(phraseKey(phrase))!));
    this.trieable = patterns.every((pattern) => pattern.phrases.every(trieCanHold));
  }

  get size(): number {
    return this.values.size;
  }

  /** Every match in `text`, left to right; where matches overlap the longer (then earlier) one is kept. */
  matchAll(text: string): Array<PhraseMatch<T>> {
    this.matcher ??= this.trieable
      ? new PhraseTrie(this.patterns)
      : this.patterns.map((p) => new RegExp(p.phrases.map(phraseSource).join('|'), p.caseSensitive ? 'g' : 'gi'));
    const matcher = this.matcher;
    const perPattern = matcher instanceof PhraseTrie ? matcher.scan(text) : matcher.map((regex) => regexMatches(regex, text));
    return this.fromPatternMatches(text, perPattern);
  }

  /** The set's matches from the raw matches of each of its patterns (as `patterns` lists them). */
  fromPatternMatches(text: string, perPattern: ReadonlyArray<ReadonlyArray<{ start: number; end: number; alternative?: number }>>): Array<PhraseMatch<T>> {
    if (perPattern.every((matches) => matches.length === 0)) return [];
    const found: Array<PhraseMatch<T>> = [];
    for (let p = 0; p < perPattern.length; p++) {
      const byAlternative = this.valuesByAlternative[p];
      for (const { start, end, alternative } of perPattern[p]!) {
        const matched = text.slice(start, end);
        const value = alternative !== undefined && byAlternative ? byAlternative[alternative] : this.values.get(phraseKey(matched));
        if (value === undefined) continue;
        found.push({ start, end, text: matched, value });
      }
    }
    if (perPattern.length < 2) return found;
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
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    matches.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return matches;
}

/**
 * One text read once: each phrase set's matches, as `set.matchAll(text)` gives them, and the
 * matches of regular expressions asked for, each computed once and kept.
 */
export interface PhraseScan {
  matches<T>(set: PhraseSet<T>): ReadonlyArray<PhraseMatch<T>>;
  regexMatches(pattern: RegExp): ReadonlyArray<{ start: number; end: number; text: string }>;
}

const NO_PHRASES: ReadonlyArray<PhraseMatch<never>> = Object.freeze([]);

/**
 * Several phrase sets walked together: one trie holds every set's phrases, so a text is read
 * once for all of them (a sentence against every concept of the lexicon, say). Each set's
 * matches are exactly what its own `matchAll` gives.
 */
export class PhraseIndex {
  private readonly trie: PhraseTrie;
  /** Where each set's patterns start in the trie's pattern list. */
  private readonly offsets = new Map<PhraseSet<unknown>, number>();

  constructor(sets: Iterable<PhraseSet<unknown>>) {
    const patterns: TriePattern[] = [];
    for (const set of sets) {
      if (!set.trieable || this.offsets.has(set)) continue;
      this.offsets.set(set, patterns.length);
      patterns.push(...set.patterns);
    }
    this.trie = new PhraseTrie(patterns);
  }

  scan(text: string): PhraseScan {
    return new IndexScan(text, this.trie.scanFlat(text), this.offsets);
  }
}

/** One text's scan by a PhraseIndex; each set's and each regex's matches are made on first asking and kept. */
class IndexScan implements PhraseScan {
  private sets: Map<PhraseSet<unknown>, ReadonlyArray<PhraseMatch<unknown>>> | undefined;
  private regexes: Map<RegExp, ReadonlyArray<{ start: number; end: number; text: string }>> | undefined;

  constructor(
    private readonly text: string,
    private readonly found: FlatMatches,
    private readonly offsets: ReadonlyMap<PhraseSet<unknown>, number>,
  ) {}

  matches<T>(set: PhraseSet<T>): ReadonlyArray<PhraseMatch<T>> {
    const offset = this.offsets.get(set);
    if (offset !== undefined && this.nothingFor(offset, set.patterns.length)) return NO_PHRASES;
    let matches = this.sets?.get(set);
    if (!matches) {
      matches =
        offset === undefined ? set.matchAll(this.text) : set.fromPatternMatches(this.text, perPattern(this.found, offset, set.patterns.length));
      (this.sets ??= new Map()).set(set, matches);
    }
    return matches as ReadonlyArray<PhraseMatch<T>>;
  }

  regexMatches(pattern: RegExp): ReadonlyArray<{ start: number; end: number; text: string }> {
    let matches = this.regexes?.get(pattern);
    if (!matches) {
      const found = regexMatches(pattern, this.text);
      matches = found.length > 0 ? found : NO_PHRASES;
      (this.regexes ??= new Map()).set(pattern, matches);
    }
    return matches;
  }

  /** Did none of the patterns `[offset, offset + count)` match? (Most sets match nothing in most sentences.) */
  private nothingFor(offset: number, count: number): boolean {
    const found = this.found;
    for (let m = 0; m < found.length; m += FLAT_MATCH_SIZE) if (found[m]! >= offset && found[m]! < offset + count) return false;
    return true;
  }
}
