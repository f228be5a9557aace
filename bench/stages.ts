import { auditLetterText } from '../src/audit/audit-letter.js';
import { analyseLetter } from '../src/facts/analysis.js';
import { engineFacts, extractItemFacts } from '../src/facts/extract.js';
import { parseDetermination } from '../src/letter/parse.js';
import { bytesToLetterText } from '../src/letter/read.js';
import { jsonDeterminationEntry } from '../src/report/json-stream.js';
import type { RuleLibrary } from '../src/rules/library.js';
import type { CorpusLetter } from './corpus.js';

/** Microseconds a letter spends in each stage of an audit, in one thread with the texts in memory. */
export interface StageFigures {
  readonly letters: number;
  readonly stages: ReadonlyArray<{ readonly stage: string; readonly microseconds: number }>;
}

const STAGES = ['decode + normalise', 'parse the letter', 'facts: sentences', 'facts: per item', 'rules engine', 'findings + trails', 'JSON entry'] as const;
type Stage = (typeof STAGES)[number];

/**
 * Where one letter's time goes, stage by stage, in one thread with the texts in memory. Two passes
 * over the corpus, so neither warms the caches for the other letter by letter: the first decodes
 * each letter, audits it whole (`auditLetterText`) and renders its JSON entry; the second runs the
 * audit's steps one by one (parse, sentences, facts, engine). What the whole audit took beyond
 * those steps is the item audit's own work (findings, rule trails, located evidence). `rounds`
 * times, after one round to warm up.
 */
export async function timeStages(library: RuleLibrary, corpus: readonly CorpusLetter[], rounds: number): Promise<StageFigures> {
  const totals = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  const letters = corpus.filter((letter) => letter.extension === '.txt');
  const texts = await Promise.all(letters.map((letter) => bytesToLetterText(`letter${letter.extension}`, letter.bytes)));
  let wholeAudits = 0;
  const run = async (record: boolean): Promise<void> => {
    let at = performance.now();
    const lap = (stage: Stage | 'whole'): void => {
      const now = performance.now();
      if (record && stage === 'whole') wholeAudits += now - at;
      else if (record) totals.set(stage as Stage, totals.get(stage as Stage)! + now - at);
      at = now;
    };
    for (const letter of letters) {
      const file = `letter${letter.extension}`;
      at = performance.now();
      const text = await bytesToLetterText(file, letter.bytes);
      lap('decode + normalise');
      const audit = await auditLetterText(file, text, library);
      lap('whole');
      jsonDeterminationEntry(audit);
      lap('JSON entry');
    }
    for (const text of texts) {
      at = performance.now();
      const determination = parseDetermination(text);
      lap('parse the letter');
      const analysis = analyseLetter(determination, library.lexicon);
      void analysis.summary;
      for (const item of determination.items) {
        analysis.rationale(item.index);
        analysis.request(item.index);
      }
      // split and read against the phrases; the ConText reading of a sentence is made where it is first read (in the next
      // stage, or never)
      lap('facts: sentences');
      const sets = determination.items.map((item) => extractItemFacts(analysis, item, { only: (treatment) => library.factsFor(treatment) }));
      lap('facts: per item');
      for (const set of sets) await library.evaluate(set.treatment, engineFacts(set.facts));
      lap('rules engine');
    }
  };
  await run(false);
  for (let round = 0; round < rounds; round++) await run(true);
  const steps = (['parse the letter', 'facts: sentences', 'facts: per item', 'rules engine'] as const).reduce((sum, stage) => sum + totals.get(stage)!, 0);
  totals.set('findings + trails', Math.max(0, wholeAudits - steps));
  const count = letters.length * rounds;
  return { letters: count, stages: STAGES.map((stage) => ({ stage, microseconds: (totals.get(stage)! * 1000) / count })) };
}
