import type { FactValue } from '../facts/types.js';
import type { KeyPath, YamlSource } from '../yaml/source.js';

export type Outcome = 'not-medically-necessary' | 'medically-necessary';

export interface Citation {
  readonly guideline: string;
  readonly chapter?: string;
  readonly section?: string;
  readonly pages?: readonly string[];
  readonly url?: string;
}

export interface Applies {
  readonly kind?: readonly string[];
  readonly category?: readonly string[];
  readonly drugClass?: readonly string[];
  readonly drug?: readonly string[];
  readonly bodyPart?: readonly string[];
}

export interface FactCondition {
  readonly fact: string;
  readonly operator: string;
  readonly value: FactValue | Record<string, unknown>;
  readonly path?: string;
}

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | FactCondition;

export interface RuleTest {
  readonly name?: string;
  readonly expect: 'fires' | 'silent';
  readonly facts?: Readonly<Record<string, FactValue>>;
  readonly text?: string;
  readonly summary?: string;
  readonly request?: string;
}

/** Where a rule or one of its parts sits in its file, for file:line messages. */
export interface RuleLocation {
  readonly file: string;
  /** Key path of the rule in its file: ["rules", 3]. */
  readonly path: KeyPath;
  /**
   * The file's document with node positions. A library loaded from the cache parses it on the first
   * call (see DataFile), so call it only to locate a message: an audit never does.
   */
  readonly source: () => YamlSource;
}

export interface RuleDefinition {
  readonly id: string;
  readonly title: string;
  readonly topic: string;
  /** From a cross-cutting topic: applies across treatments and does not count as coverage. */
  readonly crossCutting: boolean;
  readonly applies: Applies;
  readonly citation: Citation;
  readonly when: Condition;
  readonly outcome: Outcome;
  readonly explain: string;
  readonly tests: readonly RuleTest[];
  readonly location: RuleLocation;
}

export interface TopicDefinition {
  readonly topic: string;
  readonly title: string;
  readonly description?: string;
  readonly crossCutting: boolean;
  readonly cites: { readonly sections: readonly string[]; readonly pages: readonly string[] };
  readonly file: string;
  readonly rules: readonly RuleDefinition[];
}

export function isFactCondition(condition: Condition): condition is FactCondition {
  return 'fact' in condition;
}
