import type { FactType } from '../facts/catalogue.js';
import type { FactState } from '../facts/types.js';

/** A judged answer: a tri-state fact's state, or a value (null: the letter does not state it). */
export type GoldAnswer = FactState | string | number | boolean | readonly string[] | null;

/** A gold evidence string found in the normalised letter. */
export interface GoldEvidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line of the letter file it starts on. */
  readonly line: number;
}

/** One hand-checked fact of one disputed item. */
export interface GoldFact {
  readonly name: string;
  readonly type: FactType;
  readonly expected: GoldAnswer;
  /** Numbers: how far the extracted value may be from the expected one and still count as right. */
  readonly tolerance: number;
  readonly evidence: readonly GoldEvidence[];
  /** Where the fact is written in the gold file (its line). */
  readonly line: number;
}

export interface GoldItem {
  /** 1-based index of the disputed item in the letter. */
  readonly index: number;
  readonly request: string;
  readonly facts: readonly GoldFact[];
}

/** One gold file: the letter it judges and the items judged. */
export interface GoldLetter {
  /** The gold file, relative to the project. */
  readonly file: string;
  /** The letter, relative to the project. */
  readonly letter: string;
  readonly items: readonly GoldItem[];
}
