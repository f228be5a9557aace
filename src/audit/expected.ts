import type { RuleEvaluation } from '../rules/library.js';
import type { Expected } from './types.js';

/**
 * The decision the rules expect. Guideline criteria are conjunctive: one criterion not met makes
 * the request not medically necessary (expect Upheld); a "criteria met" rule expects Overturned
 * only when no "not met" rule fired. No rule fired: undetermined, never a guess.
 */
export function expectedDecision(evaluations: readonly RuleEvaluation[]): { expected: Expected; deciding: RuleEvaluation[] } {
  const notMet = evaluations.filter((e) => e.fired && e.rule.outcome === 'not-medically-necessary');
  if (notMet.length > 0) return { expected: 'upheld', deciding: notMet };
  const met = evaluations.filter((e) => e.fired && e.rule.outcome === 'medically-necessary');
  if (met.length > 0) return { expected: 'overturned', deciding: met };
  return { expected: 'undetermined', deciding: [] };
}
