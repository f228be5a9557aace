import type { TreatmentKind } from './lexicon.js';

/** Where in the letter a fact was read: the clinical summary, the item's rationale or its request line. */
export type EvidenceSource = 'summary' | 'rationale' | 'request';

/** Documented present, documented absent, or not mentioned. A missing fact is "unknown", never "met". */
export type FactState = 'present' | 'absent' | 'unknown';

export interface Evidence {
  readonly source: EvidenceSource;
  /** Offsets of the sentence in the normalised letter text. */
  readonly start: number;
  readonly end: number;
  /** The sentence the fact was read from. */
  readonly text: string;
  /** The words that named the fact ("functional improvement", "#90"). */
  readonly cue?: string;
  /** How it read: affirmed, negated, not-documented, historical… */
  readonly reading?: string;
  /** The modifier phrases that decided the reading ("no documentation of"). */
  readonly modifiers?: readonly string[];
  /** How a derived value was computed, with any assumption made. */
  readonly note?: string;
}

export type FactValue = string | number | boolean | null | readonly string[];

export interface Fact {
  readonly name: string;
  readonly value: FactValue;
  readonly state: FactState;
  readonly evidence: readonly Evidence[];
  /**
   * Where the rationale decides the fact absent because the records do not document it, while the
   * clinical summary documents it with a measure ("her Neck Disability Index improved from 42% to 28%"):
   * the summary's reading. The reviewer may have misread the record; the audit checks what the rules
   * expect with it.
   */
  readonly contradictedBy?: Evidence;
  /**
   * What the summary's reading in contradictedBy says: present where the rationale finds the fact not documented,
   * absent where the rationale finds a criterion met that the summary measures short ("about 30% improvement for
   * roughly two weeks" against "he reported relief from the prior injection").
   */
  readonly recordReading?: 'present' | 'absent';
}

export type ItemFacts = Readonly<Record<string, Fact>>;

export interface Treatment {
  readonly kind: TreatmentKind;
  readonly category: string;
  /** Display name: the generic drug, or the service category. */
  readonly name: string;
  readonly drugClass?: string;
  readonly generic?: string;
  /** Every drug named in the request (a compound names several). */
  readonly ingredients: readonly string[];
  readonly ingredientClasses: readonly string[];
  readonly bodyParts: readonly string[];
  readonly topical: boolean;
  readonly compound: boolean;
  /** Brand compounds the request names by brand ("Terocin"), by their lexicon generic; `ingredients` holds what they are made of. */
  readonly products?: readonly string[];
  readonly opioidActing?: 'short' | 'long';
  /** The words of the request that decided the classification. */
  readonly cue?: string;
}
