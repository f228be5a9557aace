import type { DrugEntry, Lexicon } from '../facts/lexicon.js';
import { medicationTreatment, otherTreatment, serviceTreatment } from '../facts/treatment.js';
import type { Treatment } from '../facts/types.js';
import { appliesTo } from './applies.js';
import type { Applies } from './types.js';

function drugTreatment(drug: DrugEntry, form: 'as-named' | 'topical' | 'compound'): Treatment {
  return medicationTreatment([drug], { topical: form === 'topical' || drug.route === 'topical', compound: form === 'compound' }, []);
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
    treatments.push(serviceTreatment(service, []));
  }
  treatments.push(otherTreatment([]));
  return treatments;
}

/** The lexicon treatments a rule's `applies` selects, naming the body parts it asks for. */
export function treatmentsSelectedBy(applies: Applies, treatments: readonly Treatment[]): Treatment[] {
  const bodyParts = applies.bodyPart ?? [];
  return treatments.map((t) => ({ ...t, bodyParts })).filter((t) => appliesTo(applies, t));
}
