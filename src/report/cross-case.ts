import { displayValue } from '../audit/explain.js';
import type { DeterminationAudit, ItemAudit } from '../audit/types.js';
import { auditedItems, byCountThenName, itemRef, type ItemRef } from './items.js';

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

/** The identity of the case an item puts to the rules. */
function caseKey(item: ItemAudit): string {
  const facts = Object.keys(item.facts)
    .sort()
    .map((name) => [name, item.facts[name]!.value]);
  return JSON.stringify([item.treatment.kind, item.treatment.category, facts]);
}

/**
 * Groups of items with the same treatment and key facts but opposite decisions. Only items some
 * rule applies to take part: without a rule there are no key facts, and two MRIs of the same body
 * part decided differently say nothing about consistency.
 */
export function crossCaseConflicts(determinations: readonly DeterminationAudit[]): ConflictGroup[] {
  const groups = new Map<string, { item: ItemAudit; upheld: ItemRef[]; overturned: ItemRef[] }>();
  for (const audited of auditedItems(determinations)) {
    if (audited.item.rules.length === 0) continue;
    const key = caseKey(audited.item);
    const group = groups.get(key) ?? { item: audited.item, upheld: [], overturned: [] };
    group[audited.item.decision].push(itemRef(audited));
    groups.set(key, group);
  }
  return [...groups.entries()]
    .filter(([, group]) => group.upheld.length > 0 && group.overturned.length > 0)
    .sort(byCountThenName(([, g]) => g.upheld.length + g.overturned.length, ([key]) => key))
    .map(([, { item, upheld, overturned }]) => ({
      treatment: { kind: item.treatment.kind, category: item.treatment.category },
      facts: Object.fromEntries(Object.keys(item.facts).sort().map((name) => [name, displayValue(item.facts[name]!.value)])),
      upheld,
      overturned,
    }));
}
