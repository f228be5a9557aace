import type { DeterminationAudit } from '../audit/types.js';
import type { RuleTestSummary } from './test-runner.js';
import type { RuleDefinition } from './types.js';
import { isCovered } from '../audit/summary.js';

/** Items of one treatment kind, and how many of them have at least one rule that applies. */
export interface KindCoverage {
  readonly kind: string;
  readonly items: number;
  readonly covered: number;
  /** covered / items in percent, to one decimal (0 when there are no items). */
  readonly percent: number;
}

/** A disputed item no rule applies to: where the library needs rules next. */
export interface UncoveredItem {
  readonly file: string;
  readonly item: number;
  readonly line: number;
  readonly request: string;
  readonly kind: string;
  readonly category: string;
}

/** How much of a set of letters the library covers. */
export interface ItemCoverage {
  readonly letters: number;
  /** Letters that could not be audited (unreadable, not an IMR letter), with the reason. */
  readonly unreadable: ReadonlyArray<{ readonly file: string; readonly message: string }>;
  readonly items: number;
  readonly covered: number;
  readonly percent: number;
  /** By treatment kind, most items first. */
  readonly byKind: readonly KindCoverage[];
  readonly uncovered: readonly UncoveredItem[];
}

/** How often one rule fired: on its own tests, and on the items of the letters (null: no letters audited). */
export interface RuleFirings {
  readonly rule: string;
  readonly firedOnTests: number;
  readonly firedOnItems: number | null;
}

export function percentOf(covered: number, items: number): number {
  return items === 0 ? 0 : Math.round((covered / items) * 1000) / 10;
}

/**
 * Is the share of covered items below a minimum percentage? Compared on the counts, not on the
 * rounded figure; a minimum typed as the exact share (29/325 = 8.923…%) is met.
 */
export function belowMinimum(coverage: Pick<ItemCoverage, 'items' | 'covered'>, minimumPercent: number): boolean {
  if (coverage.items === 0) return minimumPercent > 0;
  return coverage.covered * 100 < minimumPercent * coverage.items - 1e-9 * coverage.items;
}

/** The share of disputed items with at least one applicable rule written for their treatment (cross-cutting rules do not count), overall and by kind. */
export function itemCoverage(audits: readonly DeterminationAudit[]): ItemCoverage {
  const byKind = new Map<string, { items: number; covered: number }>();
  const uncovered: UncoveredItem[] = [];
  let items = 0;
  let covered = 0;
  for (const audit of audits) {
    for (const item of audit.items) {
      const tally = byKind.get(item.treatment.kind) ?? { items: 0, covered: 0 };
      byKind.set(item.treatment.kind, tally);
      items++;
      tally.items++;
      if (isCovered(item)) {
        covered++;
        tally.covered++;
      } else {
        uncovered.push({ file: audit.file, item: item.index, line: item.line, request: item.request, kind: item.treatment.kind, category: item.treatment.category });
      }
    }
  }
  return {
    letters: audits.length,
    unreadable: audits.filter((a) => a.status === 'error').map((a) => ({ file: a.file, message: a.error?.message ?? 'not audited' })),
    items,
    covered,
    percent: percentOf(covered, items),
    byKind: [...byKind.entries()]
      .map(([kind, tally]) => ({ kind, ...tally, percent: percentOf(tally.covered, tally.items) }))
      .sort((a, b) => b.items - a.items || (a.kind < b.kind ? -1 : 1)),
    uncovered,
  };
}

/** How often each rule fired on its tests and, when letters were audited, on their items. */
export function ruleFirings(rules: readonly RuleDefinition[], tests: readonly RuleTestSummary[], audits?: readonly DeterminationAudit[]): RuleFirings[] {
  const onTests = new Map(tests.map((summary) => [summary.rule, summary.results.filter((r) => r.fired).length]));
  const onItems = new Map<string, number>();
  for (const item of (audits ?? []).flatMap((a) => a.items)) {
    for (const rule of item.rules) if (rule.fired) onItems.set(rule.id, (onItems.get(rule.id) ?? 0) + 1);
  }
  return rules.map((rule) => ({
    rule: rule.id,
    firedOnTests: onTests.get(rule.id) ?? 0,
    firedOnItems: audits ? onItems.get(rule.id) ?? 0 : null,
  }));
}

export function neverFiredOnTests(firings: readonly RuleFirings[]): string[] {
  return firings.filter((f) => f.firedOnTests === 0).map((f) => f.rule);
}

export function neverFiredOnItems(firings: readonly RuleFirings[]): string[] {
  return firings.filter((f) => f.firedOnItems === 0).map((f) => f.rule);
}
