import { runRuleTests } from '../../rules/test-runner.js';
import { terminalChalk } from '../../report/terminal.js';
import { EXIT, libraryFor } from '../library.js';
import type { CommandIo } from './audit.js';

export interface RulesCheckOptions {
  readonly rules?: string;
  readonly color?: boolean;
}

/**
 * `imr-audit rules check`: validate every rule file (schema, facts, operators, values, ids,
 * placeholders, citations, tests), then run each rule's tests and print a per-rule table.
 */
export async function runRulesCheck(options: RulesCheckOptions, io: CommandIo): Promise<number> {
  const chalk = terminalChalk(options.color);
  const library = await libraryFor(options.rules);
  const summaries = await runRuleTests(library);
  const width = Math.max(...summaries.map((s) => s.rule.length), 4);
  io.stdout(`${'rule'.padEnd(width)}  passed  failed\n`);
  let failed = 0;
  for (const summary of summaries) {
    const mark = summary.failed > 0 ? chalk.red('✖') : chalk.green('✔');
    io.stdout(`${summary.rule.padEnd(width)}  ${String(summary.passed).padStart(6)}  ${String(summary.failed).padStart(6)} ${mark}\n`);
    for (const result of summary.results) {
      if (!result.passed) io.stdout(chalk.red(`  ${result.where} ${result.test.name ? `"${result.test.name}": ` : ''}${result.message}\n`));
    }
    failed += summary.failed;
  }
  const tests = summaries.reduce((n, s) => n + s.passed + s.failed, 0);
  io.stdout(`${library.rules.length} rules in ${library.topics.length} topics; ${tests} tests, ${failed} failed\n`);
  return failed > 0 ? EXIT.usage : EXIT.ok;
}
