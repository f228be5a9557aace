import fc from 'fast-check';
import { PhraseIndex, PhraseSet, phraseKey, phraseSource, type PhraseMatch } from '../../src/text/phrases.js';
import { bundledLibrary, DWC_TXT, listDir } from '../helpers.js';
import { readFileSync } from 'node:fs';

/** The reference: what the alternation regexes of a set find (how PhraseSet matched before the trie). */
const compiled = new WeakMap<PhraseSet<unknown>, RegExp[]>();

function regexesOf(set: PhraseSet<unknown>): RegExp[] {
  let regexes = compiled.get(set);
  if (!regexes) {
    regexes = set.patterns.map((pattern) => new RegExp(pattern.phrases.map(phraseSource).join('|'), pattern.caseSensitive ? 'g' : 'gi'));
    compiled.set(set, regexes);
  }
  return regexes;
}

function regexMatchAll<T>(set: PhraseSet<T>, text: string): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const regex of regexesOf(set as PhraseSet<unknown>)) {
    for (const match of text.matchAll(regex)) found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  if (set.patterns.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
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

const spans = (matches: ReadonlyArray<PhraseMatch<unknown>>): Array<{ start: number; end: number; text: string }> =>
  matches.map(({ start, end, text }) => ({ start, end, text }));

const PHRASES = ['back', 'low back', 'back pain', 'x-ray', 'flare', 'flare up', 'flare-ups', 'PT', 'TENS', 'pt/ot', "O'Brien", 'a b', 'ab', 'Ünïcode', 'ſs', 'K'];
const PIECES = [...PHRASES, ' ', '-', '  ', '\n', '\u00a0', '\u2028', 'a', 'B', '1', '.', 'é', 'K', 'ß', 's', 'S', 'ſ', 'up', 'UP', 'ups', 'Back', 'BACK'];

describe('phrase sets match exactly as their alternation regexes', () => {
  test('random phrase sets on random texts made of their pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 40 }),
        (phrases, pieces) => {
          const set = new PhraseSet(phrases.map((p, i) => [p, i] as const));
          const text = pieces.join('');
          expect(spans(set.matchAll(text))).toEqual(regexMatchAll(set, text));
          // each match's value is its phrase's: the first entry whose key (case, spaces and hyphens aside) is the matched text's
          const valueOf = (matched: string): number => phrases.findIndex((p) => phraseKey(p) === phraseKey(matched));
          expect(set.matchAll(text).map((m) => m.value)).toEqual(set.matchAll(text).map((m) => valueOf(m.text)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('several sets walked together by a PhraseIndex give each set its own matches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        (groups, pieces) => {
          const sets = groups.map((phrases) => new PhraseSet(phrases.map((p) => [p, true] as const)));
          const text = pieces.join('');
          const scan = new PhraseIndex(sets).scan(text);
          for (const set of sets) expect(spans(scan.matches(set))).toEqual(regexMatchAll(set, text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('every phrase set of the bundled lexicon, on every sentence of the real letters', async () => {
    const { lexicon } = await bundledLibrary();
    const sets: Array<PhraseSet<unknown>> = [
      lexicon.drugNames, lexicon.serviceTerms, lexicon.bodyParts, ...lexicon.modifiers, lexicon.terminators, lexicon.pseudo,
      ...[...lexicon.concepts.values()].flatMap((c) => [c.present, c.absent]),
    ] as Array<PhraseSet<unknown>>;
    const texts = listDir(DWC_TXT).slice(0, 8).flatMap((file) => readFileSync(file, 'utf8').split(/(?<=[.:;])\s+|\n\n/));
    let compared = 0;
    for (const text of texts) {
      const scan = lexicon.sentencePhrases.scan(text);
      for (const set of sets) {
        const expected = regexMatchAll(set, text);
        expect(spans(set.matchAll(text))).toEqual(expected);
        expect(spans(scan.matches(set))).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  test("sets that outgrow the trie's first arrays (a thousand nodes) match as their regexes, wherever the growth falls", () => {
    // each phrase makes three nodes (a digit, the space, the z), four or five where a number's
    // tens or hundreds change; a first phrase (the longest goes first) of 7–11 letters moves the
    // node where the arrays grow onto each of them
    for (let shift = 0; shift <= 4; shift++) {
      const numbered = Array.from({ length: 400 }, (_, n) => `w${String(n).padStart(4, '0')} z`);
      const phrases = ['v'.repeat(7 + shift), ...numbered];
      const set = new PhraseSet(phrases.map((p, i) => [p, i] as const));
      const text = 'w0350 z and w0351-Z, w0399z then w0399 y';
      expect(set.matchAll(text).map((match) => match.text)).toEqual(['w0350 z', 'w0351-Z', 'w0399z']);
      expect(spans(set.matchAll(text))).toEqual(regexMatchAll(set, text));
      expect(spans(new PhraseIndex([set]).scan(text).matches(set))).toEqual(regexMatchAll(set, text));
    }
  });

  test('case folds as a non-unicode /i regex does: ſ is not s, the Kelvin sign is not k, but É is é', () => {
    const set = new PhraseSet([['ſs', 1], ['\u212a', 2], ['k', 3], ['été', 4]] as const);
    const text = 'ss ſS ſs K k \u212a ÉTÉ été';
    expect(spans(set.matchAll(text))).toEqual(regexMatchAll(set, text));
    expect(set.matchAll(text).map((m) => m.text)).toEqual(['ſS', 'ſs', 'K', 'k', '\u212a', 'ÉTÉ', 'été']);
  });

  test('a phrase the trie cannot hold (a leading hyphen) is still matched, by its regex', () => {
    const set = new PhraseSet([['-ish', true] as const, ['back', true] as const]);
    expect(set.trieable).toBe(false);
    expect(spans(set.matchAll('reddish back - ish'))).toEqual(regexMatchAll(set, 'reddish back - ish'));
    expect(set.matchAll('reddish back - ish').map((m) => m.text)).toEqual(['back', '- ish']);
  });
});
