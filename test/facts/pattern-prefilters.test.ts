import { readFileSync } from 'node:fs';
import { bundledLibrary, DWC_TXT, listDir, SEEDS } from '../helpers.js';

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

  test("a concept's anyPattern says yes exactly when one of its patterns matches", async () => {
    const { lexicon } = await bundledLibrary();
    const concepts = [...lexicon.concepts.values()].filter((concept) => concept.presentPatterns.length + concept.absentPatterns.length > 0);
    expect(concepts.length).toBeGreaterThan(10);
    let matched = 0;
    for (const concept of concepts) {
      for (const text of pieces) {
        const expected = anyMatch([...concept.presentPatterns, ...concept.absentPatterns], text);
        expect([concept.definition.name, concept.anyPattern?.test(text)]).toEqual([concept.definition.name, expected]);
        if (expected) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
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
