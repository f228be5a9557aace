import type { Treatment } from '../facts/types.js';
import type { Applies } from './types.js';

/** Does a rule's `applies` select this treatment? Every key given must match one of its values. */
export function appliesTo(applies: Applies, treatment: Treatment): boolean {
  if (applies.kind && !applies.kind.includes(treatment.kind)) return false;
  if (applies.category && !applies.category.includes(treatment.category)) return false;
  if (applies.drugClass && !(treatment.drugClass && applies.drugClass.includes(treatment.drugClass))) return false;
  if (applies.drug && !applies.drug.some((d) => treatment.ingredients.includes(d))) return false;
  if (applies.bodyPart && !applies.bodyPart.some((b) => treatment.bodyParts.includes(b))) return false;
  return true;
}

/** The treatment features `applies` can look at, as a cache key. */
export function treatmentKey(treatment: Treatment): string {
  return [treatment.kind, treatment.category, treatment.drugClass ?? '', treatment.ingredients.join('+'), treatment.ingredientClasses.join('+'), treatment.bodyParts.join('+')].join('|');
}
