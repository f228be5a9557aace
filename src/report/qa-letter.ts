import { displayValue } from '../audit/explain.js';
import { itemTopics } from '../audit/summary.js';
import type { DeterminationAudit, FindingKind, ItemAudit, Verdict } from '../audit/types.js';
import { itemRef, type ItemRef } from './items.js';

/** What reviewer QA can group items by. */
export const QA_DIMENSIONS = ['specialty', 'licence', 'topic', 'guideline'] as const;
export type QaDimension = (typeof QA_DIMENSIONS)[number];

/** The key an item without a value for the dimension is counted under. */
export const NOT_STATED: Readonly<Record<QaDimension, string>> = {
  specialty: '(specialty not stated)',
  licence: '(licence not stated)',
  topic: '(no rule applies)',
  guideline: '(no guideline cited)',
};

/** The case an item puts to the rules: its treatment and the values of every fact its rules read. */
export interface RuleCase {
  /** Equal for two items exactly when their cases are. */
  readonly key: string;
  readonly treatment: { readonly kind: string; readonly category: string };
  /** The key facts, as people read them. */
  readonly facts: Readonly<Record<string, string>>;
}

/** What reviewer QA and the cross-case check read of one item. */
export interface QaItem {
  readonly ref: ItemRef;
  readonly verdict: Verdict;
  /** One a finding (a kind found twice is here twice). */
  readonly findingKinds: readonly FindingKind[];
  /** The groups the item belongs to along each dimension; never empty. */
  readonly groups: Readonly<Record<QaDimension, readonly string[]>>;
  /** Absent when no rule applies: such an item has no key facts to compare. */
  readonly ruleCase?: RuleCase;
}

/**
 * What reviewer QA and the cross-case check read of one letter's audit: a small part of it, made
 * where the letter was audited (on a worker), so that QA over a year of letters keeps this and
 * not every audit whole.
 */
export interface QaLetter {
  readonly file: string;
  /** Why the letter could not be audited, when it could not. */
  readonly failure?: { readonly reason: string; readonly line?: number };
  readonly items: readonly QaItem[];
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

function citedGuidelines(item: ItemAudit): string[] {
  const guideline = item.guideline;
  if (!guideline || guideline.source === 'none') return [];
  const names = distinct(guideline.citations.map((c) => c.guideline));
  return names.length > 0 ? names : [guideline.source];
}

function orNotStated(dimension: QaDimension, keys: readonly string[]): readonly string[] {
  return keys.length > 0 ? keys : [NOT_STATED[dimension]];
}

function ruleCaseOf(item: ItemAudit): RuleCase | undefined {
  if (item.rules.length === 0) return undefined;
  const names = Object.keys(item.facts).sort();
  const { kind, category } = item.treatment;
  return {
    key: JSON.stringify([kind, category, names.map((name) => [name, item.facts[name]!.value])]),
    treatment: { kind, category },
    facts: Object.fromEntries(names.map((name) => [name, displayValue(item.facts[name]!.value)])),
  };
}

/** A letter's audit as reviewer QA and the cross-case check read it. */
export function qaLetterOf(determination: DeterminationAudit): QaLetter {
  if (determination.status === 'error') {
    const { message, line } = determination.error ?? { message: 'not audited' };
    return { file: determination.file, failure: { reason: message, ...(line !== undefined ? { line } : {}) }, items: [] };
  }
  const specialties = orNotStated('specialty', distinct(determination.reviewer?.specialties ?? []));
  const licences = orNotStated('licence', distinct(determination.reviewer?.licensure ?? []));
  return {
    file: determination.file,
    items: determination.items.map((item) => {
      const ruleCase = ruleCaseOf(item);
      return {
        ref: itemRef({ determination, item }),
        verdict: item.verdict,
        findingKinds: item.findings.map((finding) => finding.kind),
        groups: { specialty: specialties, licence: licences, topic: orNotStated('topic', itemTopics(item)), guideline: orNotStated('guideline', citedGuidelines(item)) },
        ...(ruleCase ? { ruleCase } : {}),
      };
    }),
  };
}
