import { compareText } from '../text/compare.js';
import type { FactScore } from './score.js';

export const RATCHET_METRICS = ['precision', 'recall'] as const;
export type RatchetMetric = (typeof RATCHET_METRICS)[number];

/** The level each fact type has reached; null where there was nothing to measure. */
export type RatchetLevels = Readonly<Record<RatchetMetric, number | null>>;

export interface Ratchet {
  readonly note?: string;
  readonly facts: Readonly<Record<string, RatchetLevels>>;
}

export interface Regression {
  readonly fact: string;
  readonly metric: RatchetMetric;
  readonly ratchet: number;
  /** The level now; null when the gold set no longer judges the fact. */
  readonly now: number | null;
}

export interface Raise {
  readonly fact: string;
  readonly metric: RatchetMetric;
  readonly from: number | null;
  readonly to: number;
}

/** Levels are kept to three decimals, so the file reads well and float noise never fails a test. */
export function roundLevel(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

function levelsOf(score: FactScore): RatchetLevels {
  return { precision: roundLevel(score.precision.value), recall: roundLevel(score.recall.value) };
}

/** Every metric now below the level the ratchet holds. Nothing to measure (0 of 0) is not a drop. */
export function findRegressions(scores: readonly FactScore[], ratchet: Ratchet): Regression[] {
  const byFact = new Map(scores.map((s) => [s.fact, levelsOf(s)]));
  const found: Regression[] = [];
  for (const [fact, levels] of Object.entries(ratchet.facts)) {
    const now = byFact.get(fact);
    for (const metric of RATCHET_METRICS) {
      const held = levels[metric];
      if (held === null) continue;
      if (!now) found.push({ fact, metric, ratchet: held, now: null });
      else if (now[metric] !== null && now[metric]! < held) found.push({ fact, metric, ratchet: held, now: now[metric] });
    }
  }
  return found;
}

/** Raise the ratchet to every level reached now; a level is never lowered. New fact types are added. */
export function raiseRatchet(ratchet: Ratchet, scores: readonly FactScore[]): { ratchet: Ratchet; raised: Raise[] } {
  const facts: Record<string, RatchetLevels> = { ...ratchet.facts };
  const raised: Raise[] = [];
  for (const score of scores) {
    const held = facts[score.fact];
    const now = levelsOf(score);
    const next = { precision: held?.precision ?? null, recall: held?.recall ?? null };
    for (const metric of RATCHET_METRICS) {
      const level = now[metric];
      if (level !== null && (next[metric] === null || level > next[metric]!)) {
        raised.push({ fact: score.fact, metric, from: next[metric], to: level });
        next[metric] = level;
      }
    }
    facts[score.fact] = next;
  }
  const sorted = Object.fromEntries(Object.entries(facts).sort(([a], [b]) => compareText(a, b)));
  return { ratchet: { ...(ratchet.note ? { note: ratchet.note } : {}), facts: sorted }, raised };
}

/** The ratchet set to the levels reached now, for when the gold set itself has changed. */
export function resetRatchet(note: string | undefined, scores: readonly FactScore[]): Ratchet {
  return raiseRatchet({ ...(note ? { note } : {}), facts: {} }, scores).ratchet;
}
