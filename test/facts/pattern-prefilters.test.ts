import { readFileSync } from 'node:fs';
import type { AnalysedSentence } from '../../src/facts/analysis.js';
import { analyseSentence } from '../../src/facts/context.js';
import { withoutLeadingLookbehinds, type CompiledConcept, type Lexicon } from '../../src/facts/lexicon.js';
import { findMentions } from '../../src/facts/mentions.js';
import { bundledLibrary, DWC_TXT, listDir, SEEDS } from '../helpers.js';

/** The cues a concept's mentions have in one summary sentence. */
function factsOfSentence(lexicon: Lexicon, text: string, concept: CompiledConcept): string[] {
  const scan = lexicon.sentencePhrases.scan(text);
  const sentence: AnalysedSentence = { start: 0, end: text.length, text, source: 'summary', context: analyseSentence(text, lexicon, scan), scan };
  return findMentions(concept, [sentence]).map((mention) => mention.cue);
}

/**
 * The one-test-first shortcuts of the lexicon (src/facts/lexicon.ts) must answer exactly what
 * running each pattern would: a "no" from them skips the patterns, so a wrong "no" would drop a
 * mention. Checked on every sentence-sized piece of the real letters.
 */
describe('pattern prefilters of the lexicon', () => {
  const pieces = [...listDir(SEEDS), ...listDir(DWC_TXT)]
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(file, 'utf8').split(/(?<=[.:;])\s+|\n\s*\n/));
  const anyMatch = (patterns: readonly RegExp[], text: string): boolean =>
    patterns.some((pattern) => {
      pattern.lastIndex = 0;
      const found = pattern.test(text);
      pattern.lastIndex = 0;
      return found;
    });

  test("a concept's anyPattern says yes whenever one of its patterns matches, and no otherwise unless a pattern names {drug} or opens on a lookbehind", async () => {
    const { lexicon } = await bundledLibrary();
    const concepts = [...lexicon.concepts.values()].filter((concept) => concept.presentPatterns.length + concept.absentPatterns.length > 0);
    expect(concepts.length).toBeGreaterThan(10);
    let matched = 0;
    for (const concept of concepts) {
      // `{drug}` is tested as the shape of a name (every drug name's match passes it): a yes there may find no drug
      // and a lookbehind a pattern opens on is left to the pattern: a yes there may be one the lookbehind turns down
      const widened = [...concept.definition.patterns, ...concept.definition.absentPatterns].some((source) => source.includes('{drug}') || source.startsWith('(?<'));
      for (const text of pieces) {
        const expected = anyMatch([...concept.presentPatterns, ...concept.absentPatterns], text);
        const answer = concept.anyPattern?.test(text) ?? false;
        if (expected || !widened) expect([concept.definition.name, answer]).toEqual([concept.definition.name, expected]);
        if (expected) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  test('a pattern that opens on a lookbehind is tried without it first, and the pattern still decides', async () => {
    expect(withoutLeadingLookbehinds(String.raw`(?<!\b(?:no|denie[sd])\b[^.;]{0,100})\bweakness\b`)).toBe(String.raw`\bweakness\b`);
    expect(withoutLeadingLookbehinds(String.raw`(?<!\bnot\s)(?<![(\]])(?<=x)\btolerates\b(?<!y)`)).toBe(String.raw`\btolerates\b(?<!y)`);
    expect(withoutLeadingLookbehinds(String.raw`\bweakness\b(?<!no weakness)`)).toBe(String.raw`\bweakness\b(?<!no weakness)`);
    const { lexicon } = await bundledLibrary();
    const deficits = lexicon.concepts.get('functionalDeficits')!;
    expect(deficits.definition.patterns.some((source) => source.startsWith('(?<!'))).toBe(true);
    const denied = 'She denies any weakness in the legs.';
    expect([deficits.anyPattern?.test(denied), anyMatch(deficits.presentPatterns, denied)]).toEqual([true, false]);
    expect(factsOfSentence(lexicon, denied, deficits)).toEqual([]);
    const found = 'There was weakness of the left hip flexors.';
    expect([deficits.anyPattern?.test(found), anyMatch(deficits.presentPatterns, found)]).toEqual([true, true]);
    expect(factsOfSentence(lexicon, found, deficits)).toEqual(['weakness']);
  });

  test('{drug} in a concept pattern reads any name of the drug lexicon, and nothing else', async () => {
    const { lexicon } = await bundledLibrary();
    const painRelief = lexicon.concepts.get('painRelief')!;
    const absent = (text: string) => anyMatch(painRelief.absentPatterns, text);
    expect(absent('Pain scores remain 8/10 despite Norco.')).toBe(true);
    expect(absent('Her pain persists despite the use of hydrocodone/APAP.')).toBe(true);
    expect(absent('She continues to have pain despite the injection.')).toBe(false);
    expect(absent('Pain persists despite Norcox.')).toBe(false);
  });

  test('the prefilter lets by a drug named in the middle of a pattern, whatever the name', async () => {
    const { lexicon } = await bundledLibrary();
    const aberrant = lexicon.concepts.get('aberrantBehavior')!;
    for (const text of ['He ran out of Norco early.', 'She ran out of hydrocodone/APAP before the next refill.', 'He ran out of Tylenol No. 3 too soon.']) {
      expect([text, anyMatch(aberrant.presentPatterns, text), aberrant.anyPattern?.test(text)]).toEqual([text, true, true]);
    }
  });

  test('no concept pattern opens on any drug name (its prefilter would be tried at every word of every sentence)', async () => {
    const { lexicon } = await bundledLibrary();
    const opensOnADrug = [...lexicon.concepts.values()]
      .flatMap((concept) => [...concept.definition.patterns, ...concept.definition.absentPatterns].map((source) => [concept.definition.name, source] as const))
      .filter(([, source]) => /^(?:\\b)?(?:\(\?:)?\{drug\}/.test(source));
    expect(opensOnADrug).toEqual([]);
  });

  test('anySentencePattern says yes exactly when one of the sentence patterns matches', async () => {
    const { lexicon } = await bundledLibrary();
    const patterns = lexicon.sentencePatterns.map(({ pattern }) => pattern);
    let matched = 0;
    for (const text of pieces) {
      const expected = anyMatch(patterns, text);
      expect(lexicon.anySentencePattern?.test(text)).toBe(expected);
      if (expected) matched++;
    }
    expect(matched).toBeGreaterThan(20);
  });
});
