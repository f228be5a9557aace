import { PLACEHOLDER } from './check.js';
import { isFactCondition, type Condition, type RuleDefinition } from './types.js';

/** Every fact a condition tree reads. */
export function factsRead(condition: Condition, into = new Set<string>()): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => factsRead(c, into));
  else if ('any' in condition) condition.any.forEach((c) => factsRead(c, into));
  else if ('not' in condition) factsRead(condition.not, into);
  else if (isFactCondition(condition)) into.add(condition.fact);
  return into;
}

/** Every fact a rule needs: those its conditions read and those its explanation names. */
export function factsUsedBy(rules: readonly RuleDefinition[]): Set<string> {
  const used = new Set<string>();
  for (const rule of rules) {
    factsRead(rule.when, used);
    for (const match of rule.explain.matchAll(PLACEHOLDER)) used.add(match[1]!);
  }
  return used;
}
