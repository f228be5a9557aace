import type { FactValue, ItemFacts } from '../facts/types.js';
import { PLACEHOLDER } from '../rules/check.js';

export { factsRead } from '../rules/facts-used.js';

export function displayValue(value: FactValue | undefined): string {
  if (value === null || value === undefined) return 'unknown';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : 'none';
  return String(value);
}

/** Fill a rule's explanation template with the item's fact values. */
export function fillTemplate(template: string, facts: ItemFacts): string {
  return template.replace(PLACEHOLDER, (_, name: string) => displayValue(facts[name]?.value));
}
