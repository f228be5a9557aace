import { isFactCondition, type Condition } from './types.js';

/** The fact names a condition tree reads, in the order it reads them, without repeats. */
export function conditionFacts(condition: Condition): string[] {
  const names = new Set<string>();
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else if (isFactCondition(c)) names.add(c.fact);
  };
  visit(condition);
  return [...names];
}
