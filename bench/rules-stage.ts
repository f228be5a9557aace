import { engineFacts, extractItemFacts } from '../src/facts/extract.js';
import { analyseLetter } from '../src/facts/analysis.js';
import type { FactValue, Treatment } from '../src/facts/types.js';
import { parseDetermination } from '../src/letter/parse.js';
import { bytesToLetterText } from '../src/letter/read.js';
import type { RuleLibrary } from '../src/rules/library.js';
import type { CorpusLetter } from './corpus.js';

export interface RulesStageFigures {
  readonly items: number;
  readonly indexedMs: number;
  readonly naiveMs: number;
}

/**
 * The rules stage alone, on every item of the corpus: the indexed library (each item meets the
 * rules that apply to it) against the naive way (every rule run on every item), `rounds` times.
 */
export async function timeRulesStage(library: RuleLibrary, corpus: readonly CorpusLetter[], rounds: number): Promise<RulesStageFigures> {
  const items: Array<{ treatment: Treatment; values: Record<string, FactValue> }> = [];
  for (const letter of corpus) {
    const determination = parseDetermination(await bytesToLetterText(`letter${letter.extension}`, letter.bytes));
    const analysis = analyseLetter(determination, library.lexicon);
    for (const item of determination.items) {
      const { treatment, facts } = extractItemFacts(analysis, item);
      items.push({ treatment, values: engineFacts(facts) });
    }
  }
  const time = async (evaluate: (treatment: Treatment, values: Record<string, FactValue>) => Promise<unknown>): Promise<number> => {
    for (const { treatment, values } of items) await evaluate(treatment, values);
    const started = performance.now();
    for (let round = 0; round < rounds; round++) for (const { treatment, values } of items) await evaluate(treatment, values);
    return performance.now() - started;
  };
  const indexedMs = await time((t, v) => library.evaluate(t, v));
  const naiveMs = await time((t, v) => library.evaluateNaive(t, v));
  return { items: items.length * rounds, indexedMs, naiveMs };
}
