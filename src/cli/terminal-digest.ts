import type { DeterminationAudit, ItemAudit } from '../audit/types.js';

/**
 * What the terminal summary (src/report/terminal.ts) shows of a batch, kept as the letters pass:
 * the letters that failed and the inconsistent items with their first error finding. A batch of
 * any size fits; nothing else of the determinations is held.
 */
export class TerminalDigest {
  private readonly kept: DeterminationAudit[] = [];

  add(determination: DeterminationAudit): void {
    if (determination.status === 'error') {
      this.kept.push({ file: determination.file, status: 'error', ...(determination.error ? { error: determination.error } : {}), items: [] });
      return;
    }
    const flagged = determination.items.filter((item) => item.verdict === 'inconsistent').map(stripped);
    if (flagged.length > 0) this.kept.push({ file: determination.file, status: determination.status, items: flagged });
  }

  get determinations(): readonly DeterminationAudit[] {
    return this.kept;
  }
}

function stripped(item: ItemAudit): ItemAudit {
  const finding = item.findings.find((f) => f.severity === 'error');
  return { ...item, rules: [], facts: {}, findings: finding ? [{ ...finding, evidence: [] }] : [] };
}
