import type { DeterminationAudit } from '../audit/types.js';
import { byCountThenName, type ItemRef } from './items.js';
import { qaLetterOf, type QaLetter, type RuleCase } from './qa-letter.js';

/**
 * Items of different letters (or of one) that present the same case to the rules — same treatment
 * kind and category, same values of every fact the applicable rules read — yet were decided
 * opposite ways. No single letter can show this.
 */
export interface ConflictGroup {
  readonly treatment: { readonly kind: string; readonly category: string };
  /** The key facts the items share, as people read them. */
  readonly facts: Readonly<Record<string, string>>;
  readonly upheld: readonly ItemRef[];
  readonly overturned: readonly ItemRef[];
}

/** The sentence that introduces the cross-case check in every report that shows it (Markdown, HTML, qa Markdown). */
export const CROSS_CASE_INTRO = 'Items with the same treatment kind and category and the same values of every fact their rules read, decided opposite ways.';

/**
 * The cross-case check fed letter by letter: each case the rules were put is kept once (its first
 * item's treatment and facts) with the items that put it, so a year of letters costs a case and
 * a reference an item, not its audit.
 */
export class CrossCaseCheck {
  private readonly cases = new Map<string, { ruleCase: RuleCase; upheld: ItemRef[]; overturned: ItemRef[] }>();

  add(letter: QaLetter): void {
    for (const { ref, ruleCase } of letter.items) {
      if (!ruleCase) continue;
      let seen = this.cases.get(ruleCase.key);
      if (!seen) {
        seen = { ruleCase, upheld: [], overturned: [] };
        this.cases.set(ruleCase.key, seen);
      }
      seen[ref.decision].push(ref);
    }
  }

  /** Cases decided both ways, most items first. */
  conflicts(): ConflictGroup[] {
    return [...this.cases.entries()]
      .filter(([, seen]) => seen.upheld.length > 0 && seen.overturned.length > 0)
      .sort(byCountThenName(([, seen]) => seen.upheld.length + seen.overturned.length, ([key]) => key))
      .map(([, { ruleCase, upheld, overturned }]) => ({ treatment: ruleCase.treatment, facts: ruleCase.facts, upheld, overturned }));
  }
}

/**
 * Groups of items with the same treatment and key facts but opposite decisions. Only items some
 * rule applies to take part: without a rule there are no key facts, and two MRIs of the same body
 * part decided differently say nothing about consistency.
 */
export function crossCaseConflicts(determinations: readonly DeterminationAudit[]): ConflictGroup[] {
  const check = new CrossCaseCheck();
  for (const determination of determinations) check.add(qaLetterOf(determination));
  return check.conflicts();
}
