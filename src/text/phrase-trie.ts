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
 * The trie laid out flat for the walk: nodes numbered depth first, each node's fields side by side in
 * one typed array (NODE_FIELDS numbers a node), its children (code, node) side by side in another.
 * A step of the walk reads one node's few numbers and then its children's, which sit next to each
 * other and, down a phrase, next to the node's (depth first, a node's first child is the next node):
 * a few cache lines a step, where the rest of an audit keeps evicting the cache.
 */
interface FlatTrie {
  /**
   * Node n's fields at `n * NODE_FIELDS`: where its children start in `children` (they end where node n + 1's
   * start), where its terminals start in `terminals` (likewise), the state after `[\s\-]*` that follows a word
   * ending at it (or -1), and 1 if it is that state (a separator) itself. One more node closes the last.
   */
  readonly nodes: Int32Array;
  /** Node n's children, code then node, sorted by code. */
  readonly children: Int32Array;
  /** Node n's terminals, pattern then alternative. */
  readonly terminals: Int32Array;
  /**
   * For a node of more than SCANNED_CHILDREN children (the few near the root that most walks pass),
   * where its children by ASCII code start in `denseChildren` (-1 where none); -1 for other nodes.
   */
  readonly denseStart: Int32Array;
  readonly denseChildren: Int32Array;
}

/** Numbers a node takes in FlatTrie.nodes, and their places. */
const NODE_FIELDS = 4;
const CHILD_START = 0;
const TERMINAL_START = 1;
const AFTER_SEPARATOR = 2;
const IS_SEPARATOR = 3;

/** Children a node may have and still be looked through one by one. */
const SCANNED_CHILDREN = 8;

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

  /** The trie laid out flat (FlatTrie): nodes numbered depth first, each node's children sorted by code. */
  flatten(): FlatTrie {
    const count = this.count;
    const order = this.depthFirst();
    const idOf = new Int32Array(count);
    for (let id = 0; id < count; id++) idOf[order[id]!] = id;
    const nodes = new Int32Array((count + 1) * NODE_FIELDS);
    const children = new Int32Array(2 * (count - 1));
    const terminals = new Int32Array(2 * this.terminals);
    let childCount = 0;
    let terminalCount = 0;
    for (let id = 0; id < count; id++) {
      const node = order[id]!;
      const base = id * NODE_FIELDS;
      nodes[base + CHILD_START] = childCount;
      for (const child of this.childrenByCode(node)) {
        children[2 * childCount] = this.code[child]!;
        children[2 * childCount++ + 1] = idOf[child]!;
      }
      nodes[base + AFTER_SEPARATOR] = this.afterSeparator[node] === NONE ? NONE : idOf[this.afterSeparator[node]!]!;
      nodes[base + IS_SEPARATOR] = this.isSeparator[node]!;
      nodes[base + TERMINAL_START] = terminalCount;
      for (let t = this.firstTerminal[node]!; t !== NONE; t = this.terminalNext[t]!) {
        terminals[2 * terminalCount] = this.terminalPattern[t]!;
        terminals[2 * terminalCount++ + 1] = this.terminalAlternative[t]!;
      }
    }
    nodes[count * NODE_FIELDS + CHILD_START] = childCount;
    nodes[count * NODE_FIELDS + TERMINAL_START] = terminalCount;
    const childStart = (id: number): number => nodes[id * NODE_FIELDS + CHILD_START]!;
    const denseStart = new Int32Array(count).fill(NONE);
    let dense = 0;
    for (let id = 0; id < count; id++) if (childStart(id + 1) - childStart(id) > SCANNED_CHILDREN) denseStart[id] = 128 * dense++;
    const denseChildren = new Int32Array(128 * dense).fill(NONE);
    for (let id = 0; id < count; id++) {
      if (denseStart[id] === NONE) continue;
      for (let at = childStart(id); at < childStart(id + 1); at++) if (children[2 * at]! < 128) denseChildren[denseStart[id]! + children[2 * at]!] = children[2 * at + 1]!;
    }
    return { nodes, children: children.subarray(0, 2 * childCount), terminals, denseStart, denseChildren };
  }

  /** The nodes in depth-first order, the root first, a node's children in order of code and then its separator state. */
  private depthFirst(): Int32Array {
    const order = new Int32Array(this.count);
    let numbered = 0;
    const stack = [0];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      order[numbered++] = node;
      if (this.afterSeparator[node] !== NONE) stack.push(this.afterSeparator[node]!);
      stack.push(...this.childrenByCode(node).reverse());
    }
    return order;
  }

  private childrenByCode(node: number): number[] {
    const children: number[] = [];
    for (let child = this.firstChild[node]!; child !== NONE; child = this.nextSibling[child]!) children.push(child);
    return children.sort((a, b) => this.code[a]! - this.code[b]!);
  }
}

/** Node `node`'s child on `code`, or -1: a look through a few children, a table or a binary search of many. */
function childOf(trie: FlatTrie, node: number, code: number): number {
  const { nodes, children } = trie;
  let low = nodes[node * NODE_FIELDS + CHILD_START]!;
  let high = nodes[(node + 1) * NODE_FIELDS + CHILD_START]!;
  if (high - low <= SCANNED_CHILDREN) {
    for (; low < high; low++) if (children[2 * low] === code) return children[2 * low + 1]!;
    return NONE;
  }
  if (code < 128) return trie.denseChildren[trie.denseStart[node]! + code]!;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = children[2 * mid]!;
    if (at === code) return children[2 * mid + 1]!;
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
          const { nodes } = trie;
          if (isPhraseSeparator(code)) {
            for (let s = 0; s < count; s++) {
              const state = states[s]!;
              const base = state * NODE_FIELDS;
              if (nodes[base + IS_SEPARATOR] === 1) nextStates[nextCount++] = state;
              else if (nodes[base + AFTER_SEPARATOR]! !== NONE) nextStates[nextCount++] = nodes[base + AFTER_SEPARATOR]!;
            }
          } else {
            const key = caseSensitive || code >= 128 ? (caseSensitive ? code : foldCase(code)) : ASCII_FOLD[code]!;
            for (let s = 0; s < count; s++) {
              const state = states[s]!;
              const child = childOf(trie, state, key);
              if (child !== NONE) nextStates[nextCount++] = child;
              const base = state * NODE_FIELDS;
              const after = nodes[base + AFTER_SEPARATOR]!;
              if (after !== NONE && nodes[base + IS_SEPARATOR] === 0) {
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
    const { nodes, terminals } = trie;
    for (let s = 0; s < count; s++) {
      const state = states[s]!;
      const from = nodes[state * NODE_FIELDS + TERMINAL_START]!;
      const to = nodes[(state + 1) * NODE_FIELDS + TERMINAL_START]!;
      if (from === to) continue;
      if (!boundaryChecked) {
        if (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) return;
        boundaryChecked = true;
      }
      for (let t = from; t < to; t++) {
        const pattern = terminals[2 * t]!;
        const alternative = terminals[2 * t + 1]!;
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
