import type { DeterminationAudit, ItemAudit } from './types.js';

function stripped(item: ItemAudit): ItemAudit {
  const finding = item.findings.find((f) => f.severity === 'error');
  return { ...item, rules: [], facts: {}, findings: finding ? [{ ...finding, evidence: [] }] : [] };
}

/**
 * What a batch's terminal summary (src/report/terminal.ts) shows of a letter: the letter when it
 * failed, its inconsistent items with their first error finding; nothing for a letter with neither.
 */
export function digestOf(determination: DeterminationAudit): DeterminationAudit | undefined {
  if (determination.status === 'error') {
    return { file: determination.file, status: 'error', ...(determination.error ? { error: determination.error } : {}), items: [] };
  }
  const flagged = determination.items.filter((item) => item.verdict === 'inconsistent').map(stripped);
  return flagged.length > 0 ? { file: determination.file, status: determination.status, items: flagged } : undefined;
}

/** How many failed letters and flagged items the terminal summary lists; the rest it counts. */
export const TERMINAL_LISTED = 50;

/** Failed letters and flagged items a batch saw but did not keep, because the terminal lists no more. */
export interface NotKept {
  readonly failed: number;
  readonly flagged: number;
}

/**
 * The digests a batch keeps for its terminal summary: the first `limit` failed letters and the
 * first `limit` flagged items, in input order, and a count of the rest. A year of letters can
 * flag tens of thousands; the summary lists the first ones and sends the reader to the reports,
 * so keeping more would only make the batch's memory grow with its size.
 */
export class TerminalDigest {
  private readonly digests: DeterminationAudit[] = [];
  private failed = 0;
  private flagged = 0;
  private failedNotKept = 0;
  private flaggedNotKept = 0;

  constructor(private readonly limit = TERMINAL_LISTED) {}

  add(digest: DeterminationAudit | undefined): void {
    if (!digest) return;
    if (digest.status === 'error') {
      if (this.failed < this.limit) {
        this.failed++;
        this.digests.push(digest);
      } else this.failedNotKept++;
      return;
    }
    const room = Math.max(0, this.limit - this.flagged);
    const kept = digest.items.slice(0, room);
    this.flagged += kept.length;
    this.flaggedNotKept += digest.items.length - kept.length;
    if (kept.length > 0) this.digests.push(kept.length === digest.items.length ? digest : { ...digest, items: kept });
  }

  /** The kept digests, in the order they were added. */
  get determinations(): readonly DeterminationAudit[] {
    return this.digests;
  }

  get notKept(): NotKept {
    return { failed: this.failedNotKept, flagged: this.flaggedNotKept };
  }
}
