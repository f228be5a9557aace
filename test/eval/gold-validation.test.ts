import { join } from 'node:path';
import { loadGoldFile } from '../../src/eval/load-gold.js';
import { goldVocabulary } from '../../src/eval/read-gold.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { formatProblem } from '../../src/yaml/source.js';
import { bundledLibrary } from '../helpers.js';

const BROKEN = join(PROJECT_ROOT, 'test/eval/fixtures/broken-gold');

async function problemsOf(name: string): Promise<string[]> {
  const library = await bundledLibrary();
  const loaded = await loadGoldFile(join(BROKEN, `${name}.yaml`), goldVocabulary(library.lexicon, library.catalogue));
  return loaded.problems.map(formatProblem);
}

describe('gold files are checked, every problem at file:line', () => {
  const cases: Array<[string, number, RegExp]> = [
    ['yaml-syntax', 7, /YAML: /],
    ['unknown-key', 7, /unknown key "evidense"/],
    ['unknown-fact', 8, /unknown fact "urineScreen"/],
    ['evidence-not-in-letter', 7, /evidence not found in cases\/seeds\/002_178c19ffd59f9e46\.txt: "There were no aberrant behaviours reported\."/],
    ['evidence-out-of-scope', 7, /evidence is in cases\/seeds\/004_fb34e36c644530cf\.txt \(line \d+\) but outside the text this fact may be read from/],
    ['wrong-request', 4, /item 2 of the letter is "Klonopin 1mg #30", not "Norco 10\/325mg #180"/],
    ['no-evidence', 8, /painRelief is present: give the evidence text it rests on/],
    ['bad-value', 8, /bodyParts must be in the lexicon's vocabulary .*"neck" is not/],
    ['no-such-item', 7, /the letter has 1 disputed item\(s\); there is no item 2/],
    ['no-such-letter', 1, /no such letter: cases\/seeds\/005_missing\.txt/],
  ];

  test.each(cases)('%s', async (name, line, message) => {
    const problems = await problemsOf(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^test/eval/fixtures/broken-gold/${name}\\.yaml:${line}:\\d+ `));
    expect(problems[0]).toMatch(message);
  });

  test('a good file loads: facts in order, evidence located in the letter whatever its line breaks', async () => {
    const library = await bundledLibrary();
    const loaded = await loadGoldFile(join(PROJECT_ROOT, 'cases/gold/seed-002.yaml'), goldVocabulary(library.lexicon, library.catalogue));
    expect(loaded.problems).toEqual([]);
    const { gold, letter } = loaded.case!;
    expect(gold.letter).toBe('cases/seeds/002_178c19ffd59f9e46.txt');
    const relief = gold.items[0]!.facts.find((f) => f.name === 'painRelief')!;
    expect(relief).toMatchObject({ type: 'tri-state', expected: 'present' });
    const [evidence] = relief.evidence;
    expect(letter.text.text.slice(evidence!.start, evidence!.end).replace(/\s+/g, ' ')).toBe('8/10 without medications and 4/10 with medications');
    expect(evidence!.line).toBe(41);
    expect(gold.items[0]!.facts.find((f) => f.name === 'requestedRefills')).toMatchObject({ type: 'number', expected: null });
  });
});
