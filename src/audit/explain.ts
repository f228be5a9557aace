import type { FactValue, ItemFacts } from '../facts/types.js';
import { PLACEHOLDER } from '../rules/check.js';
import { isFactCondition, type Condition } from '../rules/types.js';

export function displayValue(value: FactValue | undefined): string {
  if (value === null || value === undefined) return 'unknown';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : 'none';
  return String(value);
}

/** Fill a rule's explanation template with the item's fact values. */
export function fillTemplate(template: string, facts: ItemFacts): string {
  return template.replace(PLACEHOLDER, (_, name: string) => displayValue(facts[name]?.value));
}

/** Every fact a condition tree reads. */
export function factsRead(condition: Condition, into = new Set<string>()): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => factsRead(c, into));
  else if ('any' in condition) condition.any.forEach((c) => factsRead(c, into));
  else if ('not' in condition) factsRead(condition.not, into);
  else if (isFactCondition(condition)) into.add(condition.fact);
  return into;
}
