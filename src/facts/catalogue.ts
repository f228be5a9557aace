import type { Lexicon } from './lexicon.js';

export type FactType = 'tri-state' | 'number' | 'boolean' | 'string' | 'string-list' | 'enum';

/** A fact rules may name: its type decides which operators and values make sense. */
export interface FactSpec {
  readonly name: string;
  readonly type: FactType;
  readonly description: string;
  /** Allowed values of a tri-state or enum fact. */
  readonly values?: readonly string[];
}

export const TRI_STATE_VALUES = ['present', 'absent', 'unknown'] as const;

export const TREATMENT_KINDS = [
  'medication', 'imaging', 'electrodiagnostic', 'physical-medicine', 'chiropractic', 'acupuncture', 'injection',
  'surgery', 'dme', 'psychological', 'lab', 'office-visit', 'home-health', 'program', 'other',
] as const;

/** Facts computed in code (request numbers, letter data, derived figures); concepts add their own. */
export const COMPUTED_FACTS: readonly FactSpec[] = [
  { name: 'treatmentKind', type: 'enum', values: TREATMENT_KINDS, description: 'Kind of treatment requested' },
  { name: 'treatmentCategory', type: 'string', description: 'Finer category (mri, physical-therapy, compound, opioid, …)' },
  { name: 'drugClass', type: 'string', description: 'Class of the requested drug ("none" for services, "unlisted" for a drug the lexicon does not know); topical forms are topical-analgesic' },
  { name: 'drugName', type: 'string', description: 'Generic name of the requested drug ("none" for services; a drug the lexicon does not know as the letter writes it)' },
  { name: 'ingredients', type: 'string-list', description: 'Generic names of every drug in the request (compounds have several)' },
  { name: 'ingredientClasses', type: 'string-list', description: 'Classes of every drug in the request' },
  { name: 'bodyParts', type: 'string-list', description: 'Body parts the request names' },
  { name: 'topical', type: 'boolean', description: 'The drug is a topical form (cream, gel, patch, ointment)' },
  { name: 'compound', type: 'boolean', description: 'The request is a compounded product of several drugs' },
  { name: 'viscosupplement', type: 'boolean', description: 'The injection is hyaluronic acid (viscosupplementation)' },
  { name: 'oralSuspension', type: 'boolean', description: 'The drug is requested as an oral suspension or solution' },
  { name: 'lidocainePatch', type: 'boolean', description: 'The request is a lidocaine patch (Lidoderm), not a cream, gel or ointment' },
  { name: 'nerveConductionOnly', type: 'boolean', description: 'The request is nerve conduction studies (NCV/NCS) without electromyography' },
  { name: 'opioidActing', type: 'enum', values: ['short', 'long', 'none'], description: 'Short- or long-acting opioid' },
  { name: 'retrospective', type: 'boolean', description: 'Retrospective request (service already given)' },
  { name: 'associatedSurgicalService', type: 'boolean', description: 'The item is tied to a surgery: an associated surgical service, pre- or post-operative care, an assistant surgeon, or care the reviewer decides by the MTUS Postsurgical Treatment Guidelines' },
  {
    name: 'letterSurgeryDecision',
    type: 'enum',
    values: ['upheld', 'overturned', 'mixed', 'none'],
    description: "How this letter decides the surgery it is asked about on its other items (an associated service's surgery): upheld, overturned, both ways, or no surgery item",
  },
  { name: 'postoperativeRequest', type: 'boolean', description: 'The request is for postoperative care ("Post-op …", or a date of service within six weeks after a surgery the letter dates)' },
  { name: 'initialRequest', type: 'boolean', description: 'The request is an initial course or trial' },
  { name: 'additionalRequest', type: 'boolean', description: 'The request continues or adds to a course already given' },
  { name: 'purchaseRequest', type: 'boolean', description: 'Purchase of equipment' },
  { name: 'evaluationRequest', type: 'boolean', description: 'The request is for an evaluation or assessment for the treatment, not the treatment itself ("Functional restoration program evaluation")' },
  { name: 'daysAfterSurgery', type: 'number', description: 'Days from a surgery the letter dates (one had) to the request, by its date of service or its denial by utilization review; known within six weeks of the surgery' },
  { name: 'taperRequest', type: 'boolean', description: 'The request is for tapering or weaning the drug ("MS Contin 15mg #60 for taper", "Xanax for weaning")' },
  { name: 'rentalRequest', type: 'boolean', description: 'Rental of equipment' },
  { name: 'partiallyAuthorized', type: 'boolean', description: 'Part of the original request was authorized and the rest is disputed' },
  { name: 'requestedVisits', type: 'number', description: 'Sessions or visits requested (stated, or frequency × weeks)' },
  { name: 'requestedFrequencyPerWeek', type: 'number', description: 'Sessions a week requested' },
  { name: 'requestedWeeks', type: 'number', description: 'Weeks the requested course lasts' },
  { name: 'requestedHoursPerWeek', type: 'number', description: 'Hours of care a week requested (home health: hours a day × days a week, or stated)' },
  { name: 'requestedQuantity', type: 'number', description: 'Units of the drug requested' },
  { name: 'requestedRefills', type: 'number', description: 'Refills requested' },
  { name: 'requestedStrengthMg', type: 'number', description: 'Strength of one unit in mg (first figure of a combination)' },
  { name: 'requestedDaysSupply', type: 'number', description: 'Days the drug request lasts, refills included' },
  { name: 'requestedRentalDays', type: 'number', description: 'Days of equipment rental or duration requested' },
  { name: 'mmePerDay', type: 'number', description: 'Morphine milligram equivalents a day: of the requested opioid, or the total the letter states where that is more (the guideline limit is for all opioids together)' },
  { name: 'age', type: 'number', description: "Patient's age in years" },
  { name: 'sex', type: 'enum', values: ['male', 'female', 'unknown'], description: "Patient's sex" },
  { name: 'weeksSinceInjury', type: 'number', description: 'Weeks from the date of injury to the decision' },
  { name: 'painScoreWithout', type: 'number', description: 'Pain score (0-10) without the medication' },
  { name: 'painScoreWith', type: 'number', description: 'Pain score (0-10) with the medication' },
  { name: 'painReductionPercent', type: 'number', description: 'Reduction of the pain score with the medication, in percent' },
  { name: 'useDurationWeeks', type: 'number', description: 'Weeks the requested drug has been used' },
  { name: 'priorSessions', type: 'number', description: 'Sessions of the requested kind already completed' },
  { name: 'totalVisits', type: 'number', description: 'Sessions completed plus sessions requested (unknown when either is)' },
  { name: 'guidelineSource', type: 'enum', values: ['MTUS', 'non-MTUS', 'mixed', 'none'], description: 'What the reviewer based the decision on' },
  {
    name: 'findingsLimb',
    type: 'enum',
    values: ['upper', 'lower', 'both', 'unknown'],
    description: "The limbs the neurological findings the letter affirms are in (deficit, radiculopathy, carpal tunnel, neuropathic symptoms), each the limb named nearest it in its sentence: upper, lower, both; unknown when none is affirmed or one names no limb",
  },
  { name: 'citesOdg', type: 'boolean', description: 'The guideline the reviewer cites for the item includes ODG (Official Disability Guidelines), whose visit counts and criteria can differ from the MTUS' },
];

/** Every fact rules may name: computed facts plus one tri-state fact per lexicon concept. */
export function factCatalogue(lexicon: Lexicon): ReadonlyMap<string, FactSpec> {
  const catalogue = new Map<string, FactSpec>(COMPUTED_FACTS.map((spec) => [spec.name, spec]));
  for (const [name, concept] of lexicon.concepts) {
    catalogue.set(name, { name, type: 'tri-state', values: TRI_STATE_VALUES, description: concept.definition.description });
  }
  return catalogue;
}
