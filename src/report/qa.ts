import { itemTopics } from '../audit/summary.js';
import type { DeterminationAudit, FindingKind, ItemAudit } from '../audit/types.js';
import { crossCaseConflicts, type ConflictGroup } from './cross-case.js';
import { auditedItems, byCountThenName, itemRef, rate, type AuditedItem, type ItemRef } from './items.js';

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

export interface FindingKindFigure {
  readonly kind: FindingKind;
  /** Findings of this kind in the group. */
  readonly findings: number;
  /** The items that carry them. */
  readonly items: readonly ItemRef[];
}

export interface QaGroup {
  readonly key: string;
  readonly items: number;
  readonly upheld: number;
  readonly overturned: number;
  /** overturned / items */
  readonly overturnRate: number | null;
  readonly consistent: number;
  readonly inconsistent: number;
  readonly undetermined: number;
  /** inconsistent / items */
  readonly inconsistencyRate: number | null;
  /** Most frequent first. */
  readonly findingKinds: readonly FindingKindFigure[];
  /** The items behind each figure. */
  readonly behind: {
    readonly items: readonly ItemRef[];
    readonly overturned: readonly ItemRef[];
    readonly inconsistent: readonly ItemRef[];
  };
}

export interface QaReport {
  readonly by: QaDimension;
  readonly files: number;
  readonly parsed: number;
  readonly items: number;
  /** Largest group first. An item counts once in each group it belongs to (a reviewer may hold several specialties). */
  readonly groups: readonly QaGroup[];
  /** Items with the same treatment and key facts but opposite decisions. */
  readonly conflicts: readonly ConflictGroup[];
  /** Letters that could not be audited, with why: they are in no group, so they are listed here. */
  readonly notAudited: readonly NotAudited[];
  /** Files found in the folders that are not letters, or not read (a folder without permission), with why. */
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

export interface NotAudited {
  readonly file: string;
  readonly reason: string;
  readonly line?: number;
}

function notAudited(determinations: readonly DeterminationAudit[]): NotAudited[] {
  return determinations
    .filter((d) => d.status === 'error')
    .map((d) => ({ file: d.file, reason: d.error?.message ?? 'not audited', ...(d.error?.line !== undefined ? { line: d.error.line } : {}) }));
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

/** The groups an item belongs to along one dimension; never empty. */
export function groupKeys(dimension: QaDimension, { determination, item }: AuditedItem): string[] {
  const keys = {
    specialty: () => distinct(determination.reviewer?.specialties ?? []),
    licence: () => distinct(determination.reviewer?.licensure ?? []),
    topic: () => itemTopics(item),
    guideline: () => citedGuidelines(item),
  }[dimension]();
  return keys.length > 0 ? keys : [NOT_STATED[dimension]];
}

function findingKindFigures(members: readonly AuditedItem[]): FindingKindFigure[] {
  const byKind = new Map<FindingKind, { findings: number; items: ItemRef[] }>();
  for (const member of members) {
    const kinds = new Set<FindingKind>();
    for (const finding of member.item.findings) {
      const figure = byKind.get(finding.kind) ?? { findings: 0, items: [] };
      figure.findings++;
      if (!kinds.has(finding.kind)) figure.items.push(itemRef(member));
      kinds.add(finding.kind);
      byKind.set(finding.kind, figure);
    }
  }
  return [...byKind.entries()]
    .map(([kind, figure]) => ({ kind, ...figure }))
    .sort(byCountThenName((f) => f.findings, (f) => f.kind));
}

function qaGroup(key: string, members: readonly AuditedItem[]): QaGroup {
  const where = (test: (item: ItemAudit) => boolean): ItemRef[] => members.filter((m) => test(m.item)).map(itemRef);
  const overturned = where((item) => item.decision === 'overturned');
  const inconsistent = where((item) => item.verdict === 'inconsistent');
  const count = (test: (item: ItemAudit) => boolean): number => members.filter((m) => test(m.item)).length;
  return {
    key,
    items: members.length,
    upheld: count((item) => item.decision === 'upheld'),
    overturned: overturned.length,
    overturnRate: rate(overturned.length, members.length),
    consistent: count((item) => item.verdict === 'consistent'),
    inconsistent: inconsistent.length,
    undetermined: count((item) => item.verdict === 'undetermined'),
    inconsistencyRate: rate(inconsistent.length, members.length),
    findingKinds: findingKindFigures(members),
    behind: { items: members.map(itemRef), overturned, inconsistent },
  };
}

function groupsOf(all: readonly AuditedItem[], by: QaDimension): QaGroup[] {
  const groups = new Map<string, AuditedItem[]>();
  for (const member of all) {
    for (const key of groupKeys(by, member)) {
      const group = groups.get(key) ?? [];
      group.push(member);
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .sort(byCountThenName(([, members]) => members.length, ([key]) => key))
    .map(([key, members]) => qaGroup(key, members));
}

/** The audited items grouped along one dimension, largest group first; without the cross-case check. */
export function qaGroups(determinations: readonly DeterminationAudit[], by: QaDimension): QaGroup[] {
  return groupsOf(auditedItems(determinations), by);
}

/** Reviewer QA: the audited items grouped along one dimension, with the figures a QA lead reads and the items behind them, and the cross-case conflicts. */
export function reviewerQa(
  determinations: readonly DeterminationAudit[],
  by: QaDimension,
  skipped: QaReport['skipped'] = [],
): QaReport {
  const all = auditedItems(determinations);
  return {
    by,
    files: determinations.length,
    parsed: determinations.filter((d) => d.status === 'parsed').length,
    items: all.length,
    groups: groupsOf(all, by),
    conflicts: crossCaseConflicts(determinations),
    notAudited: notAudited(determinations),
    skipped,
  };
}
