import type { Evidence, FactState, FactValue } from '../facts/types.js';
import type { TreatmentKind } from '../facts/lexicon.js';
import type { Conclusion, Decision, LetterDates, LetterLayout } from '../letter/types.js';
import type { ConditionTrail } from '../rules/compile.js';
import type { Citation, Outcome } from '../rules/types.js';

export type Expected = Decision | 'undetermined';
export type Verdict = 'consistent' | 'inconsistent' | 'undetermined';
export type FindingKind = 'rationale' | 'guideline' | 'record' | 'citation';
export type Severity = 'error' | 'warning';

/** Evidence as reports show it: the letter text, where it is, and the source line for SARIF. */
export interface LocatedEvidence extends Evidence {
  /** 1-based line of the input file the text starts on. */
  readonly line: number;
}

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly message: string;
  readonly rule?: string;
  readonly citation?: Citation;
  readonly evidence: readonly LocatedEvidence[];
}

export interface RuleReport {
  readonly id: string;
  readonly title: string;
  readonly topic: string;
  /** The rule applies across treatments (associated services, incomplete requests). */
  readonly crossCutting?: true;
  readonly outcome: Outcome;
  readonly fired: boolean;
  readonly citation: Citation;
  /** The rule's explanation with the item's fact values, when it fired. */
  readonly explanation?: string;
  readonly conditions: ConditionTrail;
}

export interface FactReport {
  readonly value: FactValue;
  readonly state: FactState;
  readonly evidence: readonly LocatedEvidence[];
}

export interface TreatmentReport {
  readonly kind: TreatmentKind;
  readonly name: string;
  readonly category: string;
  readonly drugClass?: string;
  readonly bodyParts: readonly string[];
}

export interface GuidelineReport {
  readonly source: 'MTUS' | 'non-MTUS' | 'mixed' | 'none';
  readonly text: string;
  readonly citations: ReadonlyArray<{ readonly source: string; readonly guideline: string; readonly sections: readonly string[]; readonly pages: readonly string[] }>;
}

export interface ItemAudit {
  readonly index: number;
  readonly request: string;
  readonly originalRequest?: string;
  readonly line: number;
  readonly decision: Decision;
  readonly conclusion: Conclusion;
  readonly treatment: TreatmentReport;
  readonly guideline?: GuidelineReport;
  readonly expected: Expected;
  readonly verdict: Verdict;
  readonly rules: readonly RuleReport[];
  readonly findings: readonly Finding[];
  /** The facts the applicable rules read, with their evidence. */
  readonly facts: Readonly<Record<string, FactReport>>;
}

export interface DeterminationAudit {
  readonly file: string;
  readonly status: 'parsed' | 'error';
  readonly error?: { readonly message: string; readonly line?: number };
  readonly caseNumber?: string;
  readonly layout?: LetterLayout;
  readonly dates?: LetterDates;
  readonly reviewer?: { readonly specialties: readonly string[]; readonly licensure: readonly string[] };
  readonly items: readonly ItemAudit[];
}
