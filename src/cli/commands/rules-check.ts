import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { toolInfo } from '../../report/report.js';
import { formatRulesCheckJson, formatRulesCheckText } from '../../report/rules-check.js';
import { terminalChalk } from '../../report/terminal.js';
import { buildRulesCheckReport, type RulesCheckReport } from '../../rules/check-report.js';
import { conflictsOnLetters, conflictsOnTests, groupConflicts } from '../../rules/conflicts.js';
import { loadRuleLibrary, type RuleLibrary } from '../../rules/library.js';
import { lintRules } from '../../rules/lint.js';
import { runRuleTests } from '../../rules/test-runner.js';
import { DEFAULT_RULES_DIR, projectPath } from '../../project-files.js';
import { SourceError } from '../../yaml/source.js';
import { auditAll, lettersFor } from '../library.js';
import { EXIT, UsageError } from '../usage.js';
import type { CommandIo } from './audit.js';

export interface RulesCheckOptions {
  readonly rules?: string;
  /** A folder of letters to measure coverage and find conflicts on; false: none (--no-cases). */
  readonly cases?: string | false;
  readonly minCoverage?: string;
  readonly format?: string;
  readonly color?: boolean;
}

/** A file as the report names it: relative to the working folder when inside it, else as it is. */
function displayPath(file: string, cwd: string): string {
  const inside = relative(cwd, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

/** The letters folder to audit: the one given, the project's cases/ when it exists, or none. */
function casesFolder(option: string | false | undefined, cwd: string): string | undefined {
  if (option === false) return undefined;
  if (option !== undefined) {
    const folder = resolve(cwd, option);
    if (!existsSync(folder)) throw new UsageError(`no such cases folder: ${option}`);
    return folder;
  }
  const bundled = projectPath('cases');
  return existsSync(bundled) ? bundled : undefined;
}

function minimumCoverage(option: string | undefined): number | undefined {
  if (option === undefined) return undefined;
  const value = Number(option);
  if (option.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) throw new UsageError(`--min-coverage takes a percentage from 0 to 100, not "${option}"`);
  return value;
}

async function check(options: RulesCheckOptions, io: CommandIo): Promise<RulesCheckReport> {
  const rulesDir = options.rules ? resolve(io.cwd, options.rules) : DEFAULT_RULES_DIR;
  const minimum = minimumCoverage(options.minCoverage);
  const cases = casesFolder(options.cases, io.cwd);
  if (minimum !== undefined && !cases) throw new UsageError('--min-coverage needs letters to measure: give --cases DIR');
  const common = {
    tool: toolInfo(),
    rulesDir,
    displayPath: (file: string) => displayPath(file, io.cwd),
    ...(minimum !== undefined ? { minimumCoverage: minimum } : {}),
  };
  let library: RuleLibrary;
  try {
    library = await loadRuleLibrary({ rulesDir });
  } catch (error) {
    if (error instanceof SourceError) return buildRulesCheckReport({ ...common, problems: error.problems });
    throw error;
  }
  const tests = await runRuleTests(library);
  const audits = cases ? await auditAll((await lettersFor([cases], io.cwd)).letters, library) : undefined;
  const sightings = [...(await conflictsOnTests(library)), ...(audits ? conflictsOnLetters(audits) : [])];
  return buildRulesCheckReport({
    ...common,
    lint: lintRules(library.rules),
    library,
    tests,
    ...(cases && audits ? { cases: { directory: cases, audits } } : {}),
    conflicts: groupConflicts(sightings, library.rules),
  });
}

/**
 * `imr-audit rules check`: validate every rule file, run every rule's tests, measure which rules
 * fire and how many items of the letters in cases/ the library covers, and report rules that fire
 * together with opposite outcomes. Exit 2 on any error.
 */
export async function runRulesCheck(options: RulesCheckOptions, io: CommandIo): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`rules check prints text or json, not "${format}"`);
  const report = await check(options, io);
  io.stdout(format === 'json' ? formatRulesCheckJson(report) : formatRulesCheckText(report, terminalChalk(options.color)));
  return report.passed ? EXIT.ok : EXIT.usage;
}
