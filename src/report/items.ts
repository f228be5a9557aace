import type { DeterminationAudit, ItemAudit } from '../audit/types.js';
import { percentOf } from '../rules/coverage.js';
import { compareText } from '../text/compare.js';

/** One audited item together with the letter it came from. */
export interface AuditedItem {
  readonly determination: DeterminationAudit;
  readonly item: ItemAudit;
}

/** How a report points at an item: the file, the item's position in it and the line of its request. */
export interface ItemRef {
  readonly file: string;
  readonly index: number;
  readonly line: number;
  readonly request: string;
  readonly decision: ItemAudit['decision'];
}

/** Every item of every letter, in report order. */
export function auditedItems(determinations: readonly DeterminationAudit[]): AuditedItem[] {
  return determinations.flatMap((determination) => determination.items.map((item) => ({ determination, item })));
}

export function itemRef({ determination, item }: AuditedItem): ItemRef {
  return { file: determination.file, index: item.index, line: item.line, request: item.request, decision: item.decision };
}

/** "letters/a.txt#2": a short, unambiguous name for an item. */
export function refLabel(ref: Pick<ItemRef, 'file' | 'index'>): string {
  return `${ref.file}#${ref.index}`;
}

/** A share as a rounded fraction (three decimals), or null when there is nothing to divide. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

/** A share for people: "12.5 %" (to one decimal, as coverage is), or "–" when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${percentOf(part, whole)} %`;
}

/** A count with its share for people: "3 (12.5 %)". */
export function share(part: number, whole: number): string {
  return `${part} (${percent(part, whole)})`;
}

/** A comparator: larger count first, then by name, so equal input gives equal order. */
export function byCountThenName<T>(count: (value: T) => number, name: (value: T) => string): (a: T, b: T) => number {
  return (a, b) => count(b) - count(a) || compareText(name(a), name(b));
}
