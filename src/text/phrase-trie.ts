/**
 * Phrase matching without regular expressions, with exactly the semantics of the alternation
 * regexes `phraseSource` builds: `(?<![A-Za-z0-9])w1[\s\-]*w2…(?![A-Za-z0-9])|…` with the `g` flag
 * (and `i` for case-insensitive patterns). Every phrase of every pattern is a path in one trie, so
 * a text is walked once for all patterns instead of once per pattern and alternative.
 *
 * Regex semantics kept: a pattern's search resumes where its last match ended; at a position the
 * first alternative (in the pattern's order) that matches wins; `[\s\-]*` between words is greedy;
 * case folding is ECMAScript's Canonicalize for non-unicode regexes; offsets are UTF-16 code units.
 */

import { isPhraseSeparator } from './chars.js';

/** The phrases of one alternation regex, in its order. */
export interface TriePattern {
  readonly phrases: readonly string[];
  readonly caseSensitive: boolean;
}

/** One match of one pattern: [start, end) in the text, and which of the pattern's phrases matched (its index in the pattern's order). */
export interface TrieMatch {
  readonly start: number;
  readonly end: number;
  readonly alternative: number;
}

/** Numbers a match takes in FlatMatches: pattern, start, end, alternative. */
export const FLAT_MATCH_SIZE = 4;

/** Matches of several patterns in one list, FLAT_MATCH_SIZE numbers a match: pattern, start, end, alternative. */
export type FlatMatches = readonly number[];

const NO_FLAT_MATCHES: FlatMatches = Object.freeze([]);

/** A pattern that matched nothing (shared: most patterns match nothing in most sentences). */
export const NO_MATCHES: readonly TrieMatch[] = Object.freeze([]);

/** The flat matches of patterns `[offset, offset + count)`, per pattern in order (NO_MATCHES for those with none). */
export function perPattern(found: FlatMatches, offset: number, count: number): Array<readonly TrieMatch[]> {
  const matches: Array<readonly TrieMatch[]> = new Array<readonly TrieMatch[]>(count).fill(NO_MATCHES);
  for (let m = 0; m < found.length; m += FLAT_MATCH_SIZE) {
    const p = found[m]! - offset;
    if (p < 0 || p >= count) continue;
    if (matches[p] === NO_MATCHES) matches[p] = [];
    (matches[p] as TrieMatch[]).push({ start: found[m + 1]!, end: found[m + 2]!, alternative: found[m + 3]! });
  }
  return matches;
}

const FOLDED = new Int32Array(65536).fill(-1);

/** Canonicalize(ch) of a case-insensitive, non-unicode RegExp (ECMA-262 22.2.2.7.3). */
export function foldCase(code: number): number {
  let folded = FOLDED[code]!;
  if (folded < 0) {
    const upper = String.fromCharCode(code).toUpperCase();
    folded = upper.length !== 1 ? code : code >= 128 && upper.charCodeAt(0) < 128 ? code : upper.charCodeAt(0);
    FOLDED[code] = folded;
  }
  return folded;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The words a phrase source is made of (as `phraseSource` splits them). */
export function phraseWords(phrase: string): string[] {
  return phrase.trim().split(/[\s\-]+/);
}

/** A phrase the trie can hold: no empty word (a phrase that starts or ends with a hyphen is not). */
export function trieCanHold(phrase: string): boolean {
  return phraseWords(phrase).every((word) => word.length > 0);
}

/**
 * The trie laid out flat for the walk: nodes numbered, their children, separator links and
 * terminals in typed arrays. The walk touches a few KB of contiguous memory instead of a Map per
 * node scattered over the heap, which matters when the rest of an audit keeps evicting the cache.
 */
interface FlatTrie {
  /** Node n's children are `childCodes/childNodes[childStart[n] … childStart[n + 1])`, sorted by code. */
  readonly childStart: Int32Array;
  readonly childCodes: Uint16Array;
  readonly childNodes: Int32Array;
  /** The state after `[\s\-]*` that follows a word ending at node n, or -1. */
  readonly afterSeparator: Int32Array;
  readonly isSeparator: Uint8Array;
  /** Node n's terminals are `terminalPatterns/terminalAlternatives[terminalStart[n] … terminalStart[n + 1])`. */
  readonly terminalStart: Int32Array;
  readonly terminalPatterns: Int32Array;
  readonly terminalAlternatives: Int32Array;
}

const NONE = -1;

/** Grow a typed array to hold at least `size` entries (doubling), new entries set to `fill`. */
function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, size: number, fill: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, 2 * array.length));
  bigger.set(array);
  bigger.fill(fill, array.length);
  return bigger;
}

/**
 * A trie being built: each node a number, its fields in typed arrays (children as a list of
 * siblings, terminals as a list), so that building makes no object per node. Its nodes are made
 * once, when a library loads, by code that has not been optimized yet: an object and a Map per
 * node (26,000 nodes for the lexicon) cost as much again in garbage collection as in building.
 */
class TrieBuilder {
  /** Nodes made so far, the root (0) first. */
  private count = 1;
  /** The (folded) code on the edge into a node. */
  private code = new Uint16Array(1024);
  private firstChild = new Int32Array(1024).fill(NONE);
  private nextSibling = new Int32Array(1024).fill(NONE);
  /** The state after `[\s\-]*` that follows a word ending at the node, or -1. */
  private afterSeparator = new Int32Array(1024).fill(NONE);
  private isSeparator = new Uint8Array(1024);
  /** Each node's terminals, a list through terminalNext: pattern and alternative (the lowest when repeated). */
  private firstTerminal = new Int32Array(1024).fill(NONE);
  private terminalPattern = new Int32Array(256);
  private terminalAlternative = new Int32Array(256);
  private terminalNext = new Int32Array(256).fill(NONE);
  private terminals = 0;

  /** Is the trie only its root (no phrase inserted)? */
  get empty(): boolean {
    return this.count === 1;
  }

  private newNode(code: number, separator: boolean): number {
    const node = this.count++;
    if (node >= this.code.length) {
      this.code = grown(this.code, node + 1, 0);
      this.firstChild = grown(this.firstChild, node + 1, NONE);
      this.nextSibling = grown(this.nextSibling, node + 1, NONE);
      this.afterSeparator = grown(this.afterSeparator, node + 1, NONE);
      this.isSeparator = grown(this.isSeparator, node + 1, 0);
      this.firstTerminal = grown(this.firstTerminal, node + 1, NONE);
    }
    this.code[node] = code;
    this.isSeparator[node] = separator ? 1 : 0;
    return node;
  }

  /** The child of `node` on `code`, made when missing. */
  private child(node: number, code: number): number {
    let last = NONE;
    for (let child = this.firstChild[node]!; child !== NONE; child = this.nextSibling[child]!) {
      if (this.code[child] === code) return child;
      last = child;
    }
    const made = this.newNode(code, false);
    if (last === NONE) this.firstChild[node] = made;
    else this.nextSibling[last] = made;
    return made;
  }

  insert(phrase: string, caseSensitive: boolean, pattern: number, alternative: number): void {
    if (!trieCanHold(phrase)) throw new Error(`phrase "${phrase}" has an empty word`);
    const words = phraseWords(phrase);
    let at = 0;
    for (let w = 0; w < words.length; w++) {
      if (w > 0) {
        let after = this.afterSeparator[at]!;
        if (after === NONE) {
          // made before it is stored: making a node may replace the arrays
          after = this.newNode(0, true);
          this.afterSeparator[at] = after;
        }
        at = after;
      }
      const word = words[w]!;
      for (let i = 0; i < word.length; i++) at = this.child(at, caseSensitive ? word.charCodeAt(i) : foldCase(word.charCodeAt(i)));
    }
    this.addTerminal(at, pattern, alternative);
  }

  private addTerminal(node: number, pattern: number, alternative: number): void {
    let last = NONE;
    for (let t = this.firstTerminal[node]!; t !== NONE; t = this.terminalNext[t]!) {
      if (this.terminalPattern[t] === pattern) {
        if (alternative < this.terminalAlternative[t]!) this.terminalAlternative[t] = alternative;
        return;
      }
      last = t;
    }
    const made = this.terminals++;
    this.terminalPattern = grown(this.terminalPattern, made + 1, 0);
    this.terminalAlternative = grown(this.terminalAlternative, made + 1, 0);
    this.terminalNext = grown(this.terminalNext, made + 1, NONE);
    this.terminalPattern[made] = pattern;
    this.terminalAlternative[made] = alternative;
    if (last === NONE) this.firstTerminal[node] = made;
    else this.terminalNext[last] = made;
  }

  /**
   * The trie laid out flat: nodes numbered breadth first (so near-root nodes sit together), each
   * node's children sorted by code.
   */
  flatten(): FlatTrie {
    const count = this.count;
    const idOf = new Int32Array(count).fill(NONE);
    const order = new Int32Array(count);
    const childStart = new Int32Array(count + 1);
    const childCodes = new Uint16Array(count);
    const childNodes = new Int32Array(count);
    const afterSeparator = new Int32Array(count).fill(NONE);
    const isSeparator = new Uint8Array(count);
    const terminalStart = new Int32Array(count + 1);
    const terminalPatterns = new Int32Array(this.terminals);
    const terminalAlternatives = new Int32Array(this.terminals);
    let numbered = 1;
    const visit = (node: number): number => {
      if (idOf[node] === NONE) {
        idOf[node] = numbered;
        order[numbered++] = node;
      }
      return idOf[node]!;
    };
    idOf[0] = 0;
    let children = 0;
    let terminals = 0;
    for (let id = 0; id < numbered; id++) {
      const node = order[id]!;
      childStart[id] = children;
      // the children in order of code: appended, then moved back into place (a node has few)
      for (let child = this.firstChild[node]!; child !== NONE; child = this.nextSibling[child]!) {
        const code = this.code[child]!;
        let at = children++;
        for (; at > childStart[id]! && childCodes[at - 1]! > code; at--) {
          childCodes[at] = childCodes[at - 1]!;
          childNodes[at] = childNodes[at - 1]!;
        }
        childCodes[at] = code;
        childNodes[at] = child;
      }
      for (let at = childStart[id]!; at < children; at++) childNodes[at] = visit(childNodes[at]!);
      if (this.afterSeparator[node] !== NONE) afterSeparator[id] = visit(this.afterSeparator[node]!);
      isSeparator[id] = this.isSeparator[node]!;
      terminalStart[id] = terminals;
      for (let t = this.firstTerminal[node]!; t !== NONE; t = this.terminalNext[t]!) {
        terminalPatterns[terminals] = this.terminalPattern[t]!;
        terminalAlternatives[terminals++] = this.terminalAlternative[t]!;
      }
    }
    childStart[count] = children;
    terminalStart[count] = terminals;
    return {
      childStart,
      childCodes: childCodes.subarray(0, children),
      childNodes: childNodes.subarray(0, children),
      afterSeparator,
      isSeparator,
      terminalStart,
      terminalPatterns,
      terminalAlternatives,
    };
  }
}

/** Node `node`'s child on `code`, or -1: a scan of a few codes, a binary search of many. */
function childOf(trie: FlatTrie, node: number, code: number): number {
  const codes = trie.childCodes;
  let low = trie.childStart[node]!;
  let high = trie.childStart[node + 1]!;
  if (high - low <= 8) {
    for (; low < high; low++) if (codes[low] === code) return trie.childNodes[low]!;
    return NONE;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = codes[mid]!;
    if (at === code) return trie.childNodes[mid]!;
    if (at < code) low = mid + 1;
    else high = mid;
  }
  return NONE;
}

interface Walk {
  readonly trie: FlatTrie;
  readonly caseSensitive: boolean;
  /** The root's children by (folded) ASCII code: the lookup made at every word start. */
  readonly asciiEntries: Int32Array;
}

function walkOf(builder: TrieBuilder, caseSensitive: boolean): Walk {
  const trie = builder.flatten();
  const asciiEntries = new Int32Array(128);
  for (let code = 0; code < 128; code++) asciiEntries[code] = childOf(trie, 0, caseSensitive ? code : foldCase(code));
  return { trie, caseSensitive, asciiEntries };
}

/** Several alternation patterns compiled into two tries (case-insensitive and case-sensitive). */
export class PhraseTrie {
  private readonly walks: Walk[] = [];
  readonly patternCount: number;

  constructor(patterns: readonly TriePattern[]) {
    const insensitive = new TrieBuilder();
    const sensitive = new TrieBuilder();
    patterns.forEach((pattern, index) => {
      const builder = pattern.caseSensitive ? sensitive : insensitive;
      pattern.phrases.forEach((phrase, alternative) => builder.insert(phrase, pattern.caseSensitive, index, alternative));
    });
    if (!insensitive.empty) this.walks.push(walkOf(insensitive, false));
    if (!sensitive.empty) this.walks.push(walkOf(sensitive, true));
    this.patternCount = patterns.length;
    this.state = new ScanState(patterns.length);
  }

  /** Every match of every pattern in `text`, per pattern in order, as the `g` regexes would find them. */
  scan(text: string): Array<readonly TrieMatch[]> {
    return perPattern(this.scanFlat(text), 0, this.patternCount);
  }

  /**
   * The same matches as `scan`, as one list in order of start (each pattern's own in its order):
   * one small array instead of an array per pattern, for a caller that asks about a few
   * patterns of many (a sentence scanned for every concept of the lexicon).
   */
  scanFlat(text: string): FlatMatches {
    const best = this.state;
    best.reset();
    let states = this.states;
    let nextStates = this.nextStates;
    const length = text.length;
    let previousIsWord = false;
    for (let start = 0; start < length; start++) {
      const first = text.charCodeAt(start);
      const startsWord = !previousIsWord;
      previousIsWord = isAsciiAlphanumeric(first);
      if (!startsWord) continue;
      for (let w = 0; w < this.walks.length; w++) {
        const { trie, caseSensitive, asciiEntries } = this.walks[w]!;
        const entry = first < 128 ? asciiEntries[first]! : childOf(trie, 0, caseSensitive ? first : foldCase(first));
        if (entry === NONE) continue;
        states[0] = entry;
        let count = 1;
        let position = start + 1;
        for (;;) {
          best.record(trie, states, count, text, position, start);
          if (position >= length) break;
          const code = text.charCodeAt(position);
          if (nextStates.length < 2 * count) {
            // A state goes on to at most two (its child, and the child past an omitted separator).
            nextStates = new Int32Array(4 * count);
            this.nextStates = nextStates;
            const grown = new Int32Array(4 * count);
            grown.set(states.subarray(0, count));
            states = grown;
            this.states = grown;
          }
          let nextCount = 0;
          if (isPhraseSeparator(code)) {
            for (let s = 0; s < count; s++) {
              const state = states[s]!;
              if (trie.isSeparator[state] === 1) nextStates[nextCount++] = state;
              else if (trie.afterSeparator[state]! !== NONE) nextStates[nextCount++] = trie.afterSeparator[state]!;
            }
          } else {
            const key = caseSensitive || code >= 128 ? (caseSensitive ? code : foldCase(code)) : ASCII_FOLD[code]!;
            for (let s = 0; s < count; s++) {
              const state = states[s]!;
              const child = childOf(trie, state, key);
              if (child !== NONE) nextStates[nextCount++] = child;
              const after = trie.afterSeparator[state]!;
              if (after !== NONE && trie.isSeparator[state] === 0) {
                const skipped = childOf(trie, after, key);
                if (skipped !== NONE) nextStates[nextCount++] = skipped;
              }
            }
          }
          if (nextCount === 0) break;
          const swap = states;
          states = nextStates;
          nextStates = swap;
          count = nextCount;
          position++;
        }
      }
      best.emit(start);
    }
    return best.matches();
  }

  /** Scratch space of a scan, kept between scans (a scan runs to its end before the next starts). */
  private readonly state: ScanState;
  private states = new Int32Array(64);
  private nextStates = new Int32Array(64);
}

const ASCII_FOLD = Uint16Array.from({ length: 128 }, (_, code) => foldCase(code));

/** The state of one scan: where each pattern resumes, and the best phrase found at the current start. */
class ScanState {
  private readonly resumeAt: Int32Array;
  private readonly bestAlternative: Int32Array;
  private readonly bestEnd: Int32Array;
  private readonly touched: number[] = [];
  /** Matches found so far, FLAT_MATCH_SIZE numbers each (pattern, start, end, alternative). */
  private found = new Int32Array(128);
  private count = 0;

  constructor(patterns: number) {
    this.resumeAt = new Int32Array(patterns);
    this.bestAlternative = new Int32Array(patterns).fill(-1);
    this.bestEnd = new Int32Array(patterns);
  }

  reset(): void {
    this.resumeAt.fill(0);
    this.count = 0;
  }

  /** Note the phrases that end at `end` with no letter or digit after them, keeping each pattern's first alternative. */
  record(trie: FlatTrie, states: Int32Array, count: number, text: string, end: number, start: number): void {
    let boundaryChecked = false;
    for (let s = 0; s < count; s++) {
      const state = states[s]!;
      const from = trie.terminalStart[state]!;
      const to = trie.terminalStart[state + 1]!;
      if (from === to) continue;
      if (!boundaryChecked) {
        if (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) return;
        boundaryChecked = true;
      }
      for (let t = from; t < to; t++) {
        const pattern = trie.terminalPatterns[t]!;
        const alternative = trie.terminalAlternatives[t]!;
        if (this.resumeAt[pattern]! > start) continue;
        const best = this.bestAlternative[pattern]!;
        if (best === -1) this.touched.push(pattern);
        if (best === -1 || alternative < best) {
          this.bestAlternative[pattern] = alternative;
          this.bestEnd[pattern] = end;
        }
      }
    }
  }

  /** Hand on the matches found at `start`: each pattern resumes after its match. */
  emit(start: number): void {
    if (this.touched.length === 0) return;
    for (const pattern of this.touched) {
      const end = this.bestEnd[pattern]!;
      if (this.found.length < FLAT_MATCH_SIZE * (this.count + 1)) {
        const grown = new Int32Array(2 * this.found.length);
        grown.set(this.found);
        this.found = grown;
      }
      const at = FLAT_MATCH_SIZE * this.count++;
      this.found[at] = pattern;
      this.found[at + 1] = start;
      this.found[at + 2] = end;
      this.found[at + 3] = this.bestAlternative[pattern]!;
      this.resumeAt[pattern] = end;
      this.bestAlternative[pattern] = -1;
    }
    this.touched.length = 0;
  }

  /** The scan's matches, copied out of the scratch space. */
  matches(): FlatMatches {
    if (this.count === 0) return NO_FLAT_MATCHES;
    const matches = new Array<number>(FLAT_MATCH_SIZE * this.count);
    for (let i = 0; i < matches.length; i++) matches[i] = this.found[i]!;
    return matches;
  }
}
