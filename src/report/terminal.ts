import { Chalk, type ChalkInstance } from 'chalk';
import { escapeTerminal as t } from './escape.js';
import { TERMINAL_LISTED } from '../audit/digest.js';
import type { AuditReport } from './report.js';

/**
 * Colours when stdout is a terminal, honouring NO_COLOR and FORCE_COLOR (chalk reads them); none
 * with `--no-color` (`colour` false). Commander makes a `--no-color` option true when it is not
 * given, so true means "as the terminal allows", not "always".
 */
export function terminalChalk(colour: boolean | undefined): ChalkInstance {
  return colour === false ? new Chalk({ level: 0 }) : new Chalk();
}

export interface TerminalOptions {
  /** Flagged items listed one a line (default TERMINAL_LISTED); the rest are counted. */
  readonly maxFlagged?: number;
  /** Failed letters listed one a line (default TERMINAL_LISTED); the rest are counted. */
  readonly maxFailed?: number;
  /** Failed letters and flagged items not in `report.determinations` (a batch keeps only those it lists): counted with the rest. */
  readonly notKept?: { readonly failed: number; readonly flagged: number };
}

/** The coloured summary printed after a batch: totals, by kind, failed letters, every flagged item in one line (letter text made safe for a terminal). */
export function formatTerminal(report: AuditReport, chalk: ChalkInstance, options: TerminalOptions = {}): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(chalk.bold(`imr-audit: ${s.files} files, ${s.parsed} parsed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}; ${s.items} items, ${s.covered} with a rule`));
  lines.push(`  ${chalk.green(`${s.consistent} consistent`)}, ${chalk.red(`${s.inconsistent} inconsistent`)}, ${chalk.yellow(`${s.undetermined} undetermined`)}; findings: ${s.findings.rationale} rationale, ${s.findings.guideline} guideline, ${s.findings.record} record, ${s.findings.citation} citation`);
  if (s.agreement.balanced !== null) lines.push(`  rules agree with the decision on ${s.agreement.agreed}/${s.agreement.expectedItems} items they decide (balanced ${s.agreement.balanced})`);
  lines.push(chalk.dim('  by kind:'));
  for (const [kind, tally] of Object.entries(s.byKind)) {
    lines.push(chalk.dim(`    ${kind.padEnd(18)} ${String(tally.items).padStart(5)} items  ${String(tally.covered).padStart(5)} with a rule  ${tally.consistent} ok  ${tally.inconsistent} flagged  ${tally.undetermined} undetermined`));
  }
  const maxFailed = options.maxFailed ?? TERMINAL_LISTED;
  let failed = 0;
  for (const d of report.determinations) {
    if (d.status === 'error' && failed++ < maxFailed) lines.push(chalk.red(`  ✗ ${t(d.file)}: ${t(d.error?.message ?? '')}`));
  }
  failed += options.notKept?.failed ?? 0;
  if (failed > maxFailed) lines.push(chalk.dim(`  … and ${failed - maxFailed} more failed letters (see the reports)`));
  const max = options.maxFlagged ?? TERMINAL_LISTED;
  let shown = 0;
  for (const d of report.determinations) {
    for (const item of d.items) {
      if (item.verdict !== 'inconsistent') continue;
      if (shown++ >= max) continue;
      const finding = item.findings.find((f) => f.severity === 'error');
      lines.push(`  ${chalk.red('!')} ${t(d.file)}:${item.line} item ${item.index} ${chalk.bold(t(item.request))} — ${t(finding?.message ?? '')}`);
    }
  }
  shown += options.notKept?.flagged ?? 0;
  if (shown > max) lines.push(chalk.dim(`  … and ${shown - max} more inconsistent items (see the reports)`));
  return `${lines.join('\n')}\n`;
}
