import type { DeterminationAudit, FindingKind, Verdict } from '../audit/types.js';
import { CrossCaseCheck, type ConflictGroup } from './cross-case.js';
import { byCountThenName, rate, type ItemRef } from './items.js';
import { qaLetterOf, type QaDimension, type QaLetter } from './qa-letter.js';

export { NOT_STATED, QA_DIMENSIONS, type QaDimension } from './qa-letter.js';

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

/** What a group keeps of each of its items. */
interface Member {
  readonly ref: ItemRef;
  readonly verdict: Verdict;
  readonly findingKinds: readonly FindingKind[];
}

function findingKindFigures(members: readonly Member[]): FindingKindFigure[] {
  const byKind = new Map<FindingKind, { findings: number; items: ItemRef[] }>();
  for (const member of members) {
    const kinds = new Set<FindingKind>();
    for (const kind of member.findingKinds) {
      const figure = byKind.get(kind) ?? { findings: 0, items: [] };
      figure.findings++;
      if (!kinds.has(kind)) figure.items.push(member.ref);
      kinds.add(kind);
      byKind.set(kind, figure);
    }
  }
  return [...byKind.entries()]
    .map(([kind, figure]) => ({ kind, ...figure }))
    .sort(byCountThenName((f) => f.findings, (f) => f.kind));
}

function qaGroup(key: string, members: readonly Member[]): QaGroup {
  const refs = (test: (member: Member) => boolean): ItemRef[] => members.filter(test).map((member) => member.ref);
  const count = (test: (member: Member) => boolean): number => members.filter(test).length;
  const overturned = refs((member) => member.ref.decision === 'overturned');
  const inconsistent = refs((member) => member.verdict === 'inconsistent');
  return {
    key,
    items: members.length,
    upheld: count((member) => member.ref.decision === 'upheld'),
    overturned: overturned.length,
    overturnRate: rate(overturned.length, members.length),
    consistent: count((member) => member.verdict === 'consistent'),
    inconsistent: inconsistent.length,
    undetermined: count((member) => member.verdict === 'undetermined'),
    inconsistencyRate: rate(inconsistent.length, members.length),
    findingKinds: findingKindFigures(members),
    behind: { items: members.map((member) => member.ref), overturned, inconsistent },
  };
}

/**
 * Reviewer QA fed letter by letter (as a batch audits them): each item is filed under its groups
 * along one dimension and put to the cross-case check, and only what the report shows of it is
 * kept, so QA over a year of letters does not hold a year of audits.
 */
export class ReviewerQa {
  private readonly groups = new Map<string, Member[]>();
  /** Absent when only the groups are wanted (the reports that show the cross-case check run it themselves). */
  private readonly crossCase: CrossCaseCheck | undefined;
  private readonly notAudited: NotAudited[] = [];
  private files = 0;
  private items = 0;

  constructor(
    readonly by: QaDimension,
    { crossCase = true }: { readonly crossCase?: boolean } = {},
  ) {
    this.crossCase = crossCase ? new CrossCaseCheck() : undefined;
  }

  add(letter: QaLetter): void {
    this.files++;
    if (letter.failure) this.notAudited.push({ file: letter.file, ...letter.failure });
    for (const item of letter.items) {
      this.items++;
      const member: Member = { ref: item.ref, verdict: item.verdict, findingKinds: item.findingKinds };
      for (const key of item.groups[this.by]) {
        let group = this.groups.get(key);
        if (!group) {
          group = [];
          this.groups.set(key, group);
        }
        group.push(member);
      }
    }
    this.crossCase?.add(letter);
  }

  /** The groups, largest first, with the figures a QA lead reads and the items behind them. */
  groupFigures(): QaGroup[] {
    return [...this.groups.entries()]
      .sort(byCountThenName(([, members]) => members.length, ([key]) => key))
      .map(([key, members]) => qaGroup(key, members));
  }

  report(skipped: QaReport['skipped'] = []): QaReport {
    return {
      by: this.by,
      files: this.files,
      parsed: this.files - this.notAudited.length,
      items: this.items,
      groups: this.groupFigures(),
      conflicts: this.crossCase?.conflicts() ?? [],
      notAudited: this.notAudited,
      skipped,
    };
  }
}

function fed(qa: ReviewerQa, determinations: readonly DeterminationAudit[]): ReviewerQa {
  for (const determination of determinations) qa.add(qaLetterOf(determination));
  return qa;
}

/** The audited items grouped along one dimension, largest group first; without the cross-case check. */
export function qaGroups(determinations: readonly DeterminationAudit[], by: QaDimension): QaGroup[] {
  return fed(new ReviewerQa(by, { crossCase: false }), determinations).groupFigures();
}

/** Reviewer QA: the audited items grouped along one dimension, with the figures a QA lead reads and the items behind them, and the cross-case conflicts. */
export function reviewerQa(determinations: readonly DeterminationAudit[], by: QaDimension, skipped: QaReport['skipped'] = []): QaReport {
  return fed(new ReviewerQa(by), determinations).report(skipped);
}
