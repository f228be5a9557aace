import type { FactType } from '../facts/catalogue.js';
import type { Fact, FactState } from '../facts/types.js';
import type { GoldFact } from './gold.js';

/** One judged fact of one item next to what the extractor found. */
export interface Observation {
  readonly letter: string;
  readonly item: number;
  readonly request: string;
  readonly gold: GoldFact;
  readonly extracted: Fact | undefined;
}

/** An answer either side: a tri-state fact's state, a value, or null for "the letter does not state it". */
export type Answer = string | number | boolean | readonly string[] | null;

/** A proportion with its counts; `value` is null when there is nothing to measure (0 of 0). */
export interface Rate {
  readonly hits: number;
  readonly of: number;
  readonly value: number | null;
}

export interface StateScore {
  readonly precision: Rate;
  readonly recall: Rate;
}

export interface FactScore {
  readonly fact: string;
  readonly type: FactType;
  /** Gold answers for this fact (items judged). */
  readonly judged: number;
  /** Gold answers that state something: present or absent, or a value that is not null. */
  readonly stated: number;
  /** Extractor answers that state something. */
  readonly answered: number;
  /** Right answers among all judged, "unknown"/null included. */
  readonly accuracy: Rate;
  /** Right answers among the extractor's stated answers. */
  readonly precision: Rate;
  /** Right answers among the gold's stated answers. */
  readonly recall: Rate;
  /** Tri-state facts: precision and recall of each informative state. */
  readonly states?: { readonly present: StateScore; readonly absent: StateScore };
  /** Tri-state facts: how the gold answers divide over present / absent / unknown. */
  readonly goldStates?: Readonly<Record<FactState, number>>;
  /** Right stated answers whose gold evidence the extractor's evidence overlaps. */
  readonly evidence: Rate;
}

export function rate(hits: number, of: number): Rate {
  return { hits, of, value: of === 0 ? null : hits / of };
}

/** What the extractor answered: a tri-state fact's state; for others the value, null when unknown or empty. */
export function extractedAnswer(fact: Fact | undefined, type: FactType): Answer {
  if (!fact) return type === 'tri-state' ? 'unknown' : null;
  if (type === 'tri-state') return fact.state;
  if (fact.state === 'unknown') return null;
  return normaliseValue(fact.value);
}

function normaliseValue(value: Answer): Answer {
  if (Array.isArray(value)) return value.length === 0 ? null : [...value].sort();
  return value;
}

/** Does an answer state something? "unknown" and null do not. */
export function isStated(answer: Answer): boolean {
  return answer !== null && answer !== 'unknown';
}

/** The gold and the extracted answer agree: same state, same value (numbers within the tolerance, lists as sets). */
export function answersAgree(gold: GoldFact, extracted: Answer): boolean {
  const expected = normaliseValue(gold.expected);
  if (gold.type === 'tri-state') return expected === extracted;
  if (expected === null || extracted === null) return expected === extracted;
  if (typeof expected === 'number' && typeof extracted === 'number') return Math.abs(expected - extracted) <= gold.tolerance + 1e-9;
  if (Array.isArray(expected) && Array.isArray(extracted)) return expected.length === extracted.length && expected.every((v, i) => v === extracted[i]);
  return expected === extracted;
}

/** The extractor's evidence overlaps one of the gold's evidence spans. */
export function evidenceAgrees(gold: GoldFact, extracted: Fact | undefined): boolean {
  const spans = (extracted?.evidence ?? []).filter((e) => e.end > e.start);
  return gold.evidence.some((g) => spans.some((e) => e.start < g.end && g.start < e.end));
}

function stateScore(observations: ReadonlyArray<{ expected: Answer; answer: Answer }>, state: FactState): StateScore {
  const answered = observations.filter((o) => o.answer === state);
  const expected = observations.filter((o) => o.expected === state);
  return {
    precision: rate(answered.filter((o) => o.expected === state).length, answered.length),
    recall: rate(expected.filter((o) => o.answer === state).length, expected.length),
  };
}

/** Score one fact's observations (all of the same fact). */
export function scoreFact(fact: string, type: FactType, observations: readonly Observation[]): FactScore {
  const read = observations.map((o) => {
    const answer = extractedAnswer(o.extracted, type);
    return { observation: o, expected: normaliseValue(o.gold.expected), answer, right: answersAgree(o.gold, answer) };
  });
  const stated = read.filter((r) => isStated(r.expected));
  const answered = read.filter((r) => isStated(r.answer));
  const rightStated = read.filter((r) => r.right && isStated(r.answer));
  const withEvidence = rightStated.filter((r) => r.observation.gold.evidence.length > 0);
  const score: FactScore = {
    fact,
    type,
    judged: read.length,
    stated: stated.length,
    answered: answered.length,
    accuracy: rate(read.filter((r) => r.right).length, read.length),
    precision: rate(rightStated.length, answered.length),
    recall: rate(rightStated.length, stated.length),
    evidence: rate(withEvidence.filter((r) => evidenceAgrees(r.observation.gold, r.observation.extracted)).length, withEvidence.length),
  };
  if (type !== 'tri-state') return score;
  const count = (state: FactState): number => read.filter((r) => r.expected === state).length;
  return {
    ...score,
    states: { present: stateScore(read, 'present'), absent: stateScore(read, 'absent') },
    goldStates: { present: count('present'), absent: count('absent'), unknown: count('unknown') },
  };
}

/** Per fact: tri-state facts first, then the others, each group by name. */
export function scoreObservations(observations: readonly Observation[]): FactScore[] {
  const byFact = new Map<string, Observation[]>();
  for (const observation of observations) {
    const list = byFact.get(observation.gold.name) ?? [];
    list.push(observation);
    byFact.set(observation.gold.name, list);
  }
  const scores = [...byFact.entries()].map(([fact, list]) => scoreFact(fact, list[0]!.gold.type, list));
  const group = (s: FactScore): number => (s.type === 'tri-state' ? 0 : 1);
  return scores.sort((a, b) => group(a) - group(b) || (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0));
}

/** Micro-averaged totals over a group of facts (their counts added up). */
export function totalScore(label: string, scores: readonly FactScore[]): Omit<FactScore, 'type' | 'states' | 'goldStates'> {
  const sum = (pick: (s: FactScore) => Rate): Rate => {
    const hits = scores.reduce((n, s) => n + pick(s).hits, 0);
    const of = scores.reduce((n, s) => n + pick(s).of, 0);
    return rate(hits, of);
  };
  return {
    fact: label,
    judged: scores.reduce((n, s) => n + s.judged, 0),
    stated: scores.reduce((n, s) => n + s.stated, 0),
    answered: scores.reduce((n, s) => n + s.answered, 0),
    accuracy: sum((s) => s.accuracy),
    precision: sum((s) => s.precision),
    recall: sum((s) => s.recall),
    evidence: sum((s) => s.evidence),
  };
}

/** One disagreement, for the engineer improving extraction. */
export interface Mismatch {
  /** A wrong answer, or a right stated answer read from other text than the gold's evidence. */
  readonly kind: 'answer' | 'evidence';
  readonly letter: string;
  readonly item: number;
  readonly request: string;
  readonly fact: string;
  readonly expected: Answer;
  readonly extracted: Answer;
  /** The extractor's deciding evidence, when it gave one. */
  readonly extractedEvidence?: { readonly cue?: string; readonly text: string };
  readonly goldEvidence?: string;
}

/** Every wrong answer, and every right answer whose evidence is not the gold's. */
export function mismatches(observations: readonly Observation[]): Mismatch[] {
  const found: Mismatch[] = [];
  for (const o of observations) {
    const answer = extractedAnswer(o.extracted, o.gold.type);
    const right = answersAgree(o.gold, answer);
    if (right && (!isStated(answer) || o.gold.evidence.length === 0 || evidenceAgrees(o.gold, o.extracted))) continue;
    const evidence = o.extracted?.evidence[0];
    found.push({
      kind: right ? 'evidence' : 'answer',
      letter: o.letter,
      item: o.item,
      request: o.request,
      fact: o.gold.name,
      expected: normaliseValue(o.gold.expected),
      extracted: answer,
      ...(evidence ? { extractedEvidence: { ...(evidence.cue ? { cue: evidence.cue } : {}), text: evidence.text } } : {}),
      ...(o.gold.evidence[0] ? { goldEvidence: o.gold.evidence[0].text } : {}),
    });
  }
  return found;
}
