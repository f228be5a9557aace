import type { Decision } from '../letter/types.js';
import { compareText } from '../text/compare.js';
import type { DeterminationAudit, Expected, FindingKind, ItemAudit, Verdict } from './types.js';

export interface Tally {
  items: number;
  covered: number;
  consistent: number;
  inconsistent: number;
  undetermined: number;
}

export interface AuditSummary extends Tally {
  files: number;
  parsed: number;
  failed: number;
  skipped: number;
  upheld: number;
  overturned: number;
  findings: Record<FindingKind, number>;
  byKind: Record<string, Tally>;
  /** Items whose rules expected a decision: how often the decision matched, per decision. */
  agreement: {
    expectedItems: number;
    agreed: number;
    /** Mean of the recall on upheld and on overturned items (balanced agreement). */
    balanced: number | null;
  };
}

function emptyTally(): Tally {
  return { items: 0, covered: 0, consistent: 0, inconsistent: 0, undetermined: 0 };
}

/** An item is covered when a rule written for its treatment applies (cross-cutting rules do not count). */
export function isCovered(item: ItemAudit): boolean {
  return item.rules.some((rule) => !rule.crossCutting);
}

/** The topics of the rules written for an item's treatment that applied to it (cross-cutting rules do not count), each once, in rule order. */
export function itemTopics(item: Pick<ItemAudit, 'rules'>): string[] {
  return [...new Set(item.rules.filter((rule) => !rule.crossCutting).map((rule) => rule.topic))];
}

/** What the summary counts of one item. */
export interface ItemTally {
  readonly kind: string;
  /** A rule written for its treatment applied (cross-cutting rules do not count). */
  readonly covered: boolean;
  readonly decision: Decision;
  readonly expected: Expected;
  readonly verdict: Verdict;
  readonly findings: readonly FindingKind[];
}

/** What the summary counts of one letter: small, so a worker can send it instead of the audit. */
export interface LetterTally {
  readonly status: DeterminationAudit['status'];
  readonly items: readonly ItemTally[];
}

export function tallyOf(determination: DeterminationAudit): LetterTally {
  return {
    status: determination.status,
    items: determination.items.map((item) => ({
      kind: item.treatment.kind,
      covered: isCovered(item),
      decision: item.decision,
      expected: item.expected,
      verdict: item.verdict,
      findings: item.findings.map((finding) => finding.kind),
    })),
  };
}

function count(tally: Tally, item: ItemTally): void {
  tally.items++;
  if (item.covered) tally.covered++;
  tally[item.verdict]++;
}

/** An accumulator, so a batch can be summarised while its letters stream past. */
export class SummaryBuilder {
  private readonly summary: AuditSummary = {
    files: 0, parsed: 0, failed: 0, skipped: 0, upheld: 0, overturned: 0, ...emptyTally(),
    findings: { rationale: 0, guideline: 0, record: 0, citation: 0 },
    byKind: {},
    agreement: { expectedItems: 0, agreed: 0, balanced: null },
  };
  private readonly perDecision = { upheld: { expected: 0, agreed: 0 }, overturned: { expected: 0, agreed: 0 } };

  add(determination: DeterminationAudit): this {
    return this.addTally(tallyOf(determination));
  }

  addTally(letter: LetterTally): this {
    const s = this.summary;
    s.files++;
    if (letter.status === 'error') s.failed++;
    else s.parsed++;
    for (const item of letter.items) {
      count(s, item);
      s.byKind[item.kind] ??= emptyTally();
      count(s.byKind[item.kind]!, item);
      s[item.decision]++;
      for (const kind of item.findings) s.findings[kind]++;
      if (item.expected !== 'undetermined') {
        const bucket = this.perDecision[item.decision];
        bucket.expected++;
        s.agreement.expectedItems++;
        if (item.expected === item.decision) {
          bucket.agreed++;
          s.agreement.agreed++;
        }
      }
    }
    return this;
  }

  skip(count: number): this {
    this.summary.skipped += count;
    return this;
  }

  build(): AuditSummary {
    const recalls = Object.values(this.perDecision).filter((b) => b.expected > 0).map((b) => b.agreed / b.expected);
    const balanced = recalls.length > 0 ? Math.round((recalls.reduce((a, b) => a + b, 0) / recalls.length) * 1000) / 1000 : null;
    const byKind = Object.fromEntries(Object.entries(this.summary.byKind).sort(([a], [b]) => compareText(a, b)));
    return { ...this.summary, byKind, agreement: { ...this.summary.agreement, balanced } };
  }
}

export function summarise(determinations: readonly DeterminationAudit[], skipped = 0): AuditSummary {
  const builder = new SummaryBuilder().skip(skipped);
  for (const d of determinations) builder.add(d);
  return builder.build();
}
