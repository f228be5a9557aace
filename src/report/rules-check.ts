import type { ChalkInstance } from 'chalk';
import { displayValue } from '../audit/explain.js';
import type { CasesCoverage, RuleCheck, RulesCheckReport } from '../rules/check-report.js';
import type { ConflictWitness, RuleConflict, RuleRef } from '../rules/conflicts.js';
import { formatLocation, formatProblem } from '../yaml/source.js';

/** Witnesses shown per conflict in the terminal; JSON has them all. */
const WITNESSES_SHOWN = 3;

function ruleTable(rules: readonly RuleCheck[], chalk: ChalkInstance): string[] {
  const width = Math.max(...rules.map((r) => r.rule.length), 4);
  const withCases = rules.some((r) => r.firedOnItems !== null);
  const lines = [chalk.bold(`${'rule'.padEnd(width)}  passed  failed  fired on tests${withCases ? '  fired on cases' : ''}`)];
  for (const rule of rules) {
    const mark = rule.failed > 0 ? chalk.red('✖') : chalk.green('✔');
    const cases = withCases ? `  ${String(rule.firedOnItems ?? '').padStart(14)}` : '';
    lines.push(`${rule.rule.padEnd(width)}  ${String(rule.passed).padStart(6)}  ${String(rule.failed).padStart(6)}  ${String(rule.firedOnTests).padStart(14)}${cases}  ${mark}`);
    for (const failure of rule.failures) {
      lines.push(chalk.red(`  ${formatLocation(failure.location)} ${failure.name ? `test "${failure.name}": ` : ''}${failure.message}`));
      const facts = Object.entries(failure.facts).map(([name, value]) => `${name}=${displayValue(value)}`);
      if (facts.length > 0) lines.push(chalk.dim(`      facts the rule read: ${facts.join(', ')}`));
    }
  }
  return lines;
}

function percent(value: number): string {
  return `${value.toFixed(1)} %`;
}

function coverageLines(report: RulesCheckReport, cases: CasesCoverage, chalk: ChalkInstance): string[] {
  const lines = [
    chalk.bold(`Coverage of ${cases.directory}: ${cases.covered} of ${cases.items} disputed items (${percent(cases.percent)}) in ${cases.letters} letters have a rule that applies`),
    `  ${'kind'.padEnd(18)} ${'items'.padStart(6)} ${'covered'.padStart(8)} ${'%'.padStart(7)}`,
  ];
  for (const kind of cases.byKind) {
    lines.push(`  ${kind.kind.padEnd(18)} ${String(kind.items).padStart(6)} ${String(kind.covered).padStart(8)} ${kind.percent.toFixed(1).padStart(7)}`);
  }
  for (const letter of cases.unreadable) lines.push(chalk.yellow(`  not audited: ${letter.file}: ${letter.message}`));
  if (report.coverage.minimum !== null) {
    const verdict = report.coverage.belowMinimum ? chalk.red(`below the minimum of ${report.coverage.minimum} %`) : chalk.green(`meets the minimum of ${report.coverage.minimum} %`);
    lines.push(`  item coverage ${percent(cases.percent)} ${verdict}`);
  }
  lines.push(`  rules that never fired on an item of ${cases.directory}: ${cases.rulesNeverFired.join(', ') || 'none'}`);
  return lines;
}

function ruleLine(ref: RuleRef): string {
  return `${formatLocation(ref.location)} ${ref.id} (${ref.outcome})`;
}

function witnessLine(witness: ConflictWitness): string {
  if (witness.kind === 'letter') return `item ${witness.item} of ${witness.file}:${witness.line} "${witness.request}"`;
  return `test ${witness.name ? `"${witness.name}"` : witness.test + 1} of ${witness.rule} (${formatLocation(witness.location)}), on ${witness.treatment}`;
}

function conflictLines(conflicts: readonly RuleConflict[], chalk: ChalkInstance): string[] {
  const lines = [chalk.bold(`Conflicts: ${conflicts.length} pair(s) of rules fire together with opposite outcomes (warnings: the audit lets not-medically-necessary win)`)];
  for (const conflict of conflicts) {
    lines.push(chalk.yellow(`  ${ruleLine(conflict.necessary)}`), chalk.yellow(`  ${ruleLine(conflict.notNecessary)}`));
    for (const witness of conflict.witnesses.slice(0, WITNESSES_SHOWN)) lines.push(`    both fire on ${witnessLine(witness)}`);
    const more = conflict.witnesses.length - WITNESSES_SHOWN;
    if (more > 0) lines.push(chalk.dim(`    and on ${more} more (see --format json)`));
  }
  return lines;
}

function verdictLine(report: RulesCheckReport, chalk: ChalkInstance): string {
  const warnings = report.warnings ? `, ${report.warnings} warning(s)` : '';
  if (report.passed) return chalk.green(`✔ rules check passed${warnings}`);
  const reasons = [report.errors ? `${report.errors} error(s)` : '', report.coverage.belowMinimum ? 'coverage below the minimum' : ''].filter(Boolean).join(', ');
  return chalk.red(`✖ rules check failed: ${reasons}${warnings}`);
}

/** The terminal report of `rules check`: problems, the per-rule test table, coverage, conflicts, verdict. */
export function formatRulesCheckText(report: RulesCheckReport, chalk: ChalkInstance): string {
  const lines: string[] = [];
  if (!report.library) {
    for (const problem of report.problems) lines.push(chalk.red(formatProblem(problem)));
    lines.push(chalk.red(`${report.problems.length} problem(s) in the rule files of ${report.rulesDir}; fix them to run the tests`));
  } else {
    const warnings = report.problems.filter((p) => p.kind === 'rule-file');
    for (const warning of warnings) lines.push(chalk.yellow(`${formatLocation(warning)} warning: ${warning.message}`));
    if (warnings.length > 0) lines.push('');
    lines.push(...ruleTable(report.rules, chalk));
    lines.push(`${report.library.rules} rules in ${report.library.topics} topics; ${report.tests?.total ?? 0} tests, ${report.tests?.failed ?? 0} failed`);
    lines.push(`rules that never fired on their tests: ${report.coverage.rulesNeverFiredOnTests.join(', ') || 'none'}`);
    lines.push('');
    const cases = report.coverage.cases;
    lines.push(...(cases ? coverageLines(report, cases, chalk) : [chalk.dim('Coverage of letters: not measured (no letters audited: --no-cases, or no cases/ folder)')]));
    lines.push('');
    lines.push(...(report.conflicts.length > 0 ? conflictLines(report.conflicts, chalk) : ['Conflicts: none (no two rules with opposite outcomes fire together)']));
  }
  lines.push('', verdictLine(report, chalk));
  return `${lines.join('\n')}\n`;
}

/** The machine-readable report of `rules check`, for CI. */
export function formatRulesCheckJson(report: RulesCheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
