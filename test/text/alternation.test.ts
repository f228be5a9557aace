import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { anyOfSource, boundaryFirst, topLevelAlternatives } from '../../src/text/alternation.js';
import { bundledLibrary, DWC_TXT, listDir, SEEDS } from '../helpers.js';

const anyMatches = (sources: readonly string[], text: string): boolean => sources.some((source) => new RegExp(source, 'i').test(text));

describe('topLevelAlternatives', () => {
  test('splits at the top level only: not in a group, a character class or after a backslash', () => {
    expect(topLevelAlternatives(String.raw`a|b(?:c|d)|[|(]e|f\|g|h\(|i`)).toEqual(['a', 'b(?:c|d)', '[|(]e', String.raw`f\|g`, String.raw`h\(`, 'i']);
  });

  test('unwraps a group that holds an alternative whole, and splits it again', () => {
    expect(topLevelAlternatives(String.raw`(?:\ba|(?:\bb|c))|d`)).toEqual([String.raw`\ba`, String.raw`\bb`, 'c', 'd']);
    // not a group with something after it, nor a capturing group or a lookaround
    expect(topLevelAlternatives('(?:a|b)?|(?:a)(?:b)|(a|b)|(?=a|b)')).toEqual(['(?:a|b)?', '(?:a)(?:b)', '(a|b)', '(?=a|b)']);
  });
});

describe('anyOfSource', () => {
  test('takes the word boundary the alternatives open on out in front', () => {
    expect(anyOfSource([String.raw`\bable\s+to`, String.raw`(?:\b(?:improved|better)\s+function|increased)`, String.raw`\\b`])).toBe(
      String.raw`\b(?:(?:able\s+to)|(?:(?:improved|better)\s+function))|(?:increased)|(?:\\b)`,
    );
    expect(anyOfSource(['x'])).toBe('(?:x)');
  });

  test('matches a text exactly where one of the sources does (random sources and texts)', () => {
    const word = fc.constantFrom('able', 'to', 'walk', 'pain', 'a', 'b', 'improved', 'no', 'x-ray', '5/10');
    const piece = fc.oneof(
      word,
      word.map((w) => String.raw`\b${w}`),
      word.map((w) => String.raw`${w}\b`),
      fc.constantFrom(String.raw`\s+`, String.raw`\s*`, String.raw`[^.]{0,10}?`, String.raw`\w+`, '[|(]', String.raw`\|`, String.raw`(?!\s+no)`, String.raw`(?<=a\s)`, '.'),
    );
    const sequence = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));
    const source: fc.Arbitrary<string> = fc.oneof(
      sequence,
      fc.array(sequence, { minLength: 1, maxLength: 3 }).map((alternatives) => alternatives.join('|')),
      fc.tuple(fc.array(sequence, { minLength: 1, maxLength: 3 }), fc.constantFrom('', String.raw`\b`, '?')).map(([alternatives, around]) =>
        around === '?' ? `(?:${alternatives.join('|')})?x` : `${around}(?:${alternatives.join('|')})`,
      ),
    );
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '.', ',', '|', '(', 'A')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 5 }), fc.array(text, { minLength: 1, maxLength: 5 }), (sources, texts) => {
        const joined = new RegExp(anyOfSource(sources), 'i');
        for (const t of texts) expect([sources, t, joined.test(t)]).toEqual([sources, t, anyMatches(sources, t)]);
      }),
      { numRuns: 2000 },
    );
  });

  test("a concept's prefilter and the sentence patterns' answer as each pattern would, on every sentence-sized piece of the real letters", async () => {
    const { lexicon } = await bundledLibrary();
    const pieces = [...listDir(SEEDS), ...listDir(DWC_TXT)]
      .filter((file) => file.endsWith('.txt'))
      .flatMap((file) => readFileSync(file, 'utf8').split(/(?<=[.:;])\s+|\n\s*\n/));
    const sentencePatterns = lexicon.sentencePatterns.map(({ pattern }) => pattern.source);
    const sets = [sentencePatterns, ...[...lexicon.concepts.values()].map((concept) => [...concept.definition.patterns, ...concept.definition.absentPatterns].filter((source) => !source.includes('{drug}')))].filter(
      (sources) => sources.length > 1,
    );
    expect(sets.length).toBeGreaterThan(20);
    let matched = 0;
    for (const sources of sets) {
      const joined = new RegExp(anyOfSource(sources), 'i');
      const each = sources.map((source) => new RegExp(source, 'i'));
      for (const piece of pieces) {
        const expected = each.some((pattern) => pattern.test(piece));
        if (joined.test(piece) !== expected) expect([sources, piece, !expected]).toEqual([sources, piece, expected]);
        if (expected) matched++;
      }
    }
    expect(matched).toBeGreaterThan(500);
  });
});

describe('boundaryFirst', () => {
  const allMatches = (pattern: RegExp, text: string): Array<{ index: number; groups: readonly unknown[] }> =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map((match) => ({ index: match.index, groups: [...match] }));

  test('takes the boundary out in front of each run of alternatives that open on one, in their order', () => {
    expect(boundaryFirst(/\bA|\bB|C|\bD/i).source).toBe(String.raw`\b(?:A|B)|C|\b(?:D)`);
    expect(boundaryFirst(/\bx(a)|\b(?:y|z)\s(b)/gi)).toEqual(/\b(?:x(a)|(?:y|z)\s(b))/gi);
    expect(boundaryFirst(/foo/).source).toBe('foo');
  });

  test('finds the same matches with the same groups (random patterns and texts)', () => {
    const word = fc.constantFrom('able', 'to', 'walk', 'a', 'b', 'no', 'x-ray');
    const piece = fc.oneof(word, word.map((w) => String.raw`\b${w}`), word.map((w) => `(${w})`), fc.constantFrom(String.raw`\s+`, String.raw`\w*`, '(?:a|b)', String.raw`(?!\s+no)`, '.'));
    const alternative = fc.array(piece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(''));
    const source = fc.array(fc.oneof(alternative, alternative.map((a) => `(?:${a}|b)`)), { minLength: 1, maxLength: 5 }).map((alternatives) => alternatives.join('|'));
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '.', 'A')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(source, fc.array(text, { minLength: 1, maxLength: 4 }), (pattern, texts) => {
        const original = new RegExp(pattern, 'i');
        const hoisted = boundaryFirst(original);
        for (const t of texts) expect([pattern, t, allMatches(hoisted, t)]).toEqual([pattern, t, allMatches(original, t)]);
      }),
      { numRuns: 2000 },
    );
  });
});
