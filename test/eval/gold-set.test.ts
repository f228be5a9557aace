import { evaluateGoldSet, type GoldEvaluation } from '../../src/eval/evaluate.js';
import { findRegressions, RATCHET_METRICS } from '../../src/eval/ratchet.js';
import { readRatchet } from '../../src/eval/ratchet-file.js';
import { bundledLibrary } from '../helpers.js';

let evaluation: GoldEvaluation;

beforeAll(async () => {
  evaluation = await evaluateGoldSet(await bundledLibrary());
});

describe('the gold set', () => {
  test('judges at least 40 items from at least 25 letters, the 5 seeds among them, over the treatment kinds', () => {
    const letters = new Set(evaluation.cases.map((c) => c.gold.letter));
    const items = evaluation.cases.flatMap((c) => c.gold.items);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(letters.size).toBeGreaterThanOrEqual(25);
    expect([...letters].filter((l) => l.startsWith('cases/seeds/'))).toHaveLength(5);
    const kinds = new Set(items.flatMap((item) => item.facts.filter((f) => f.name === 'treatmentKind').map((f) => f.expected)));
    for (const kind of ['medication', 'imaging', 'physical-medicine', 'chiropractic', 'acupuncture', 'dme', 'electrodiagnostic', 'surgery', 'injection', 'psychological', 'lab', 'office-visit']) {
      expect(kinds).toContain(kind);
    }
  });

  test('every item judges its treatment kind and at least 5 facts; tri-state answers that state something carry evidence', () => {
    const offenders: string[] = [];
    for (const { gold } of evaluation.cases) {
      for (const item of gold.items) {
        const where = `${gold.file} item ${item.index}`;
        if (!item.facts.some((f) => f.name === 'treatmentKind')) offenders.push(`${where}: no treatmentKind`);
        if (item.facts.length < 5) offenders.push(`${where}: only ${item.facts.length} facts`);
        for (const fact of item.facts) {
          if (fact.type === 'tri-state' && fact.expected !== 'unknown' && fact.evidence.length === 0) offenders.push(`${where}: ${fact.name} without evidence`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('the ratchet (cases/gold/ratchet.json)', () => {
  test('no fact type falls below the precision and recall it has reached', async () => {
    const regressions = findRegressions(evaluation.scores, await readRatchet());
    expect(regressions).toEqual([]);
  });

  test('holds a level for every fact type the gold set can measure', async () => {
    const ratchet = await readRatchet();
    const unratcheted = evaluation.scores.flatMap((score) =>
      RATCHET_METRICS.filter((metric) => score[metric].value !== null && ratchet.facts[score.fact]?.[metric] == null).map((metric) => `${score.fact} ${metric}`),
    );
    expect(unratcheted).toEqual([]);
  });
});
