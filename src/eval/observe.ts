import { analyseLetter } from '../facts/analysis.js';
import { extractItemFacts } from '../facts/extract.js';
import type { Lexicon } from '../facts/lexicon.js';
import type { GoldCase } from './load-gold.js';
import type { Observation } from './score.js';

/** Run the real extractor on each gold letter and pair every judged fact with what it found. */
export function observeGoldSet(cases: readonly GoldCase[], lexicon: Lexicon): Observation[] {
  const observations: Observation[] = [];
  for (const { gold, letter } of cases) {
    const analysis = analyseLetter(letter.determination, lexicon);
    for (const goldItem of gold.items) {
      const item = letter.determination.items.find((candidate) => candidate.index === goldItem.index);
      if (!item) continue;
      const { facts } = extractItemFacts(analysis, item);
      for (const fact of goldItem.facts) {
        observations.push({ letter: gold.letter, item: goldItem.index, request: goldItem.request, gold: fact, extracted: facts[fact.name] });
      }
    }
  }
  return observations;
}
