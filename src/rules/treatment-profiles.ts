import type { DrugEntry, Lexicon } from '../facts/lexicon.js';
import type { Treatment } from '../facts/types.js';
import { appliesTo } from './applies.js';
import type { Applies } from './types.js';

const TOPICAL = 'topical-analgesic';

function drugTreatment(drug: DrugEntry, form: 'as-named' | 'topical' | 'compound'): Treatment {
  const topical = form === 'topical' || drug.route === 'topical';
  const drugClass = topical && drug.class !== 'opioid' ? TOPICAL : drug.class;
  return {
    kind: 'medication',
    category: form === 'compound' ? 'compound' : drugClass,
    name: drug.generic,
    drugClass,
    generic: drug.generic,
    ingredients: [drug.generic],
    ingredientClasses: [drug.class],
    bodyParts: [],
    topical,
    compound: form === 'compound',
    ...(drug.opioid ? { opioidActing: drug.opioid.acting } : {}),
  };
}

/**
 * Every treatment the lexicon can read a request as, without body parts: each drug as named, in a
 * topical form and in a compound; each service category; and "other". These stand for the
 * treatment of a `facts` test, which names none.
 */
export function lexiconTreatments(lexicon: Lexicon): Treatment[] {
  const treatments: Treatment[] = [];
  for (const drug of lexicon.data.drugs) {
    treatments.push(drugTreatment(drug, 'as-named'), drugTreatment(drug, 'compound'));
    if (drug.route !== 'topical' && drug.class !== 'opioid') treatments.push(drugTreatment(drug, 'topical'));
  }
  for (const service of lexicon.data.services) {
    treatments.push({ kind: service.kind, category: service.category, name: service.category, ingredients: [], ingredientClasses: [], bodyParts: [], topical: false, compound: false });
  }
  treatments.push({ kind: 'other', category: 'other', name: 'other', ingredients: [], ingredientClasses: [], bodyParts: [], topical: false, compound: false });
  return treatments;
}

/** The lexicon treatments a rule's `applies` selects, naming the body parts it asks for. */
export function treatmentsSelectedBy(applies: Applies, treatments: readonly Treatment[]): Treatment[] {
  const bodyParts = applies.bodyPart ?? [];
  return treatments.map((t) => ({ ...t, bodyParts })).filter((t) => appliesTo(applies, t));
}
