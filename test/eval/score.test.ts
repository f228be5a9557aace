import type { FactType } from '../../src/facts/catalogue.js';
import type { Fact, FactState, FactValue } from '../../src/facts/types.js';
import type { GoldAnswer, GoldFact } from '../../src/eval/gold.js';
import { findRegressions, raiseRatchet } from '../../src/eval/ratchet.js';
import { mismatches, scoreFact, type Observation } from '../../src/eval/score.js';

function gold(name: string, type: FactType, expected: GoldAnswer, extra: Partial<GoldFact> = {}): GoldFact {
  return { name, type, expected, tolerance: 0, evidence: [], line: 1, ...extra };
}

function extracted(name: string, value: FactValue, state: FactState = value === null ? 'unknown' : 'present', evidence: Fact['evidence'] = []): Fact {
  return { name, value, state, evidence };
}

function observation(g: GoldFact, e: Fact | undefined, item = 1): Observation {
  return { letter: 'cases/seeds/x.txt', item, request: 'Norco 10/325mg #60', gold: g, extracted: e };
}

describe('tri-state scoring', () => {
  const triState = (expected: FactState, answer: FactState, item: number) =>
    observation(gold('painRelief', 'tri-state', expected), extracted('painRelief', answer, answer), item);
  const observations = [
    triState('present', 'present', 1),
    triState('present', 'unknown', 2), // a miss: costs recall only
    triState('absent', 'present', 3), // a wrong state: costs both
    triState('unknown', 'absent', 4), // an answer the letter does not support: costs precision only
    triState('unknown', 'unknown', 5), // right, and counts for accuracy only
  ];
  const score = scoreFact('painRelief', 'tri-state', observations);

  test('accuracy counts unknown; precision and recall count only answers that state something', () => {
    expect(score.accuracy).toEqual({ hits: 2, of: 5, value: 0.4 });
    expect(score.precision).toEqual({ hits: 1, of: 3, value: 1 / 3 });
    expect(score.recall).toEqual({ hits: 1, of: 3, value: 1 / 3 });
    expect(score.goldStates).toEqual({ present: 2, absent: 1, unknown: 2 });
  });

  test('each informative state has its own precision and recall', () => {
    expect(score.states!.present.precision).toEqual({ hits: 1, of: 2, value: 0.5 });
    expect(score.states!.present.recall).toEqual({ hits: 1, of: 2, value: 0.5 });
    expect(score.states!.absent.precision).toEqual({ hits: 0, of: 1, value: 0 });
    expect(score.states!.absent.recall).toEqual({ hits: 0, of: 1, value: 0 });
  });
});

describe('value scoring', () => {
  test('numbers match within the tolerance; null is "not stated" on both sides', () => {
    const score = scoreFact('weeksSinceInjury', 'number', [
      observation(gold('weeksSinceInjury', 'number', 8.1, { tolerance: 0.1 }), extracted('weeksSinceInjury', 8.14)),
      observation(gold('weeksSinceInjury', 'number', 8.1), extracted('weeksSinceInjury', 8.14)),
      observation(gold('weeksSinceInjury', 'number', null), extracted('weeksSinceInjury', null)),
      observation(gold('weeksSinceInjury', 'number', null), extracted('weeksSinceInjury', 3)),
    ]);
    expect(score.accuracy.hits).toBe(2);
    expect(score.precision).toEqual({ hits: 1, of: 3, value: 1 / 3 });
    expect(score.recall).toEqual({ hits: 1, of: 2, value: 0.5 });
  });

  test('lists match as sets, and an empty list is no answer', () => {
    const score = scoreFact('bodyParts', 'string-list', [
      observation(gold('bodyParts', 'string-list', ['hand', 'cervical-spine']), extracted('bodyParts', ['cervical-spine', 'hand'])),
      observation(gold('bodyParts', 'string-list', []), extracted('bodyParts', [])),
    ]);
    expect(score.accuracy.hits).toBe(2);
    expect(score.stated).toBe(1);
  });

  test('a right answer read from other text than the gold evidence is reported, with the evidence rate', () => {
    const evidence = [{ text: 'The UDS was consistent.', start: 100, end: 123, line: 9 }];
    const elsewhere = [{ source: 'summary' as const, start: 10, end: 40, text: 'Elsewhere.' }];
    const observations = [observation(gold('udsPerformed', 'tri-state', 'present', { evidence }), extracted('udsPerformed', 'present', 'present', elsewhere))];
    expect(scoreFact('udsPerformed', 'tri-state', observations).evidence).toEqual({ hits: 0, of: 1, value: 0 });
    expect(mismatches(observations)).toMatchObject([{ kind: 'evidence', fact: 'udsPerformed', extracted: 'present' }]);
  });
});

describe('the ratchet', () => {
  const scoreOf = (answers: FactState[]) =>
    scoreFact('udsPerformed', 'tri-state', answers.map((a, i) => observation(gold('udsPerformed', 'tri-state', 'present'), extracted('udsPerformed', a, a), i)));

  test('a drop below a held level is a regression; nothing to measure is not', () => {
    const ratchet = { facts: { udsPerformed: { precision: 1, recall: 1 }, age: { precision: 1, recall: null } } };
    expect(findRegressions([scoreOf(['present', 'present'])], ratchet)).toEqual([{ fact: 'age', metric: 'precision', ratchet: 1, now: null }]);
    expect(findRegressions([scoreOf(['present', 'unknown'])], { facts: { udsPerformed: { precision: 1, recall: 1 } } })).toEqual([
      { fact: 'udsPerformed', metric: 'recall', ratchet: 1, now: 0.5 },
    ]);
    expect(findRegressions([scoreOf(['unknown', 'unknown'])], { facts: { udsPerformed: { precision: 1, recall: 0 } } })).toEqual([]);
  });

  test('raising never lowers a level and adds new fact types', () => {
    const { ratchet, raised } = raiseRatchet({ facts: { udsPerformed: { precision: 1, recall: 0.25 } } }, [scoreOf(['present', 'unknown'])]);
    expect(ratchet.facts.udsPerformed).toEqual({ precision: 1, recall: 0.5 });
    expect(raised).toEqual([{ fact: 'udsPerformed', metric: 'recall', from: 0.25, to: 0.5 }]);
    expect(raiseRatchet({ facts: {} }, [scoreOf(['present'])]).ratchet.facts.udsPerformed).toEqual({ precision: 1, recall: 1 });
  });
});
