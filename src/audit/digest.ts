import type { DeterminationAudit, ItemAudit } from './types.js';

function stripped(item: ItemAudit): ItemAudit {
  const finding = item.findings.find((f) => f.severity === 'error');
  return { ...item, rules: [], facts: {}, findings: finding ? [{ ...finding, evidence: [] }] : [] };
}

/**
 * What a batch's terminal summary (src/report/terminal.ts) shows of a letter: the letter when it
 * failed, its inconsistent items with their first error finding; nothing for a letter with neither.
 * A batch of any size keeps these and nothing else of its determinations.
 */
export function digestOf(determination: DeterminationAudit): DeterminationAudit | undefined {
  if (determination.status === 'error') {
    return { file: determination.file, status: 'error', ...(determination.error ? { error: determination.error } : {}), items: [] };
  }
  const flagged = determination.items.filter((item) => item.verdict === 'inconsistent').map(stripped);
  return flagged.length > 0 ? { file: determination.file, status: determination.status, items: flagged } : undefined;
}
