import type { DeterminationAudit } from '../audit/types.js';
import type { FactValue } from '../facts/types.js';
import type { SourceLocation, SourceProblem } from '../yaml/source.js';
import type { ConflictWitness, RuleConflict, RuleRef } from './conflicts.js';
import { belowMinimum, itemCoverage, neverFiredOnItems, neverFiredOnTests, ruleFirings, type ItemCoverage, type RuleFirings } from './coverage.js';
import type { RuleLibrary } from './library.js';
import type { RuleTestSummary, TestResult } from './test-runner.js';

/** Everything `rules check` found, located: broken rule files and failing tests are errors; lint findings and conflicts are warnings. */
export interface CheckProblem extends SourceProblem {
  readonly severity: 'error' | 'warning';
  readonly kind: 'rule-file' | 'test' | 'conflict';
  readonly rule?: string;
}

export interface TestFailure {
  readonly location: SourceLocation;
  readonly name?: string;
  readonly expected: 'fires' | 'silent';
  readonly message: string;
  /** The facts the rule reads, with the values the test gave it. */
  readonly facts: Readonly<Record<string, FactValue>>;
}

export interface RuleCheck {
  readonly rule: string;
  readonly location: SourceLocation;
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly firedOnTests: number;
  /** Items of the audited letters the rule fired on; null when no letters were audited. */
  readonly firedOnItems: number | null;
  readonly failures: readonly TestFailure[];
}

export interface CasesCoverage extends ItemCoverage {
  readonly directory: string;
  readonly rulesNeverFired: readonly string[];
}

export interface RulesCheckReport {
  readonly tool: { readonly name: string; readonly version: string };
  readonly rulesDir: string;
  /** No error: every rule file valid, every test passed, coverage not below the minimum. Warnings allowed. */
  readonly passed: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly problems: readonly CheckProblem[];
  /** The library's size; null when its files are broken (and nothing else was run). */
  readonly library: { readonly files: readonly string[]; readonly topics: number; readonly rules: number } | null;
  readonly tests: { readonly total: number; readonly passed: number; readonly failed: number } | null;
  readonly rules: readonly RuleCheck[];
  readonly coverage: {
    readonly rulesNeverFiredOnTests: readonly string[];
    /** Null when no letters were audited (--no-cases, or no cases folder). */
    readonly cases: CasesCoverage | null;
    readonly minimum: number | null;
    readonly belowMinimum: boolean;
  };
  readonly conflicts: readonly RuleConflict[];
}

export interface RulesCheckInput {
  readonly tool: { readonly name: string; readonly version: string };
  readonly rulesDir: string;
  /** Problems that stopped the library from loading; when there are any, nothing else is given. */
  readonly problems?: readonly SourceProblem[];
  /** What the rule files say that their authors probably did not mean (src/rules/lint.ts). */
  readonly lint?: readonly SourceProblem[];
  readonly library?: RuleLibrary;
  readonly tests?: readonly RuleTestSummary[];
  readonly cases?: { readonly directory: string; readonly audits: readonly DeterminationAudit[] };
  readonly conflicts?: readonly RuleConflict[];
  readonly minimumCoverage?: number;
  /** How file paths are shown (relative to the working folder, say). */
  readonly displayPath?: (file: string) => string;
}

function byPlace(a: SourceLocation, b: SourceLocation): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

type Relocate = <T extends SourceLocation>(location: T) => T;

function failureOf(result: TestResult, located: Relocate): TestFailure {
  return {
    location: located(result.location),
    ...(result.test.name ? { name: result.test.name } : {}),
    expected: result.test.expect,
    message: result.message ?? 'failed',
    facts: result.factValues,
  };
}

function ruleChecks(summaries: readonly RuleTestSummary[], firings: readonly RuleFirings[], located: Relocate): RuleCheck[] {
  const firingOf = new Map(firings.map((f) => [f.rule, f]));
  return summaries.map((summary) => ({
    rule: summary.rule,
    location: located(summary.location),
    tests: summary.passed + summary.failed,
    passed: summary.passed,
    failed: summary.failed,
    firedOnTests: firingOf.get(summary.rule)?.firedOnTests ?? 0,
    firedOnItems: firingOf.get(summary.rule)?.firedOnItems ?? null,
    failures: summary.results.filter((r) => !r.passed).map((r) => failureOf(r, located)),
  }));
}

function testProblems(rules: readonly RuleCheck[]): CheckProblem[] {
  return rules.flatMap((rule) =>
    rule.failures.map((f) => ({ ...f.location, severity: 'error' as const, kind: 'test' as const, rule: rule.rule, message: `${f.name ? `test "${f.name}": ` : ''}${f.message}` })),
  );
}

function conflictProblem(conflict: RuleConflict): CheckProblem {
  const tests = conflict.witnesses.filter((w) => w.kind === 'test').length;
  const items = conflict.witnesses.length - tests;
  const where = [tests ? `${tests} test fact set(s)` : '', items ? `${items} letter item(s)` : ''].filter(Boolean).join(' and ');
  return {
    ...conflict.necessary.location,
    severity: 'warning',
    kind: 'conflict',
    rule: conflict.necessary.id,
    message: `rule "${conflict.necessary.id}" (medically-necessary) and rule "${conflict.notNecessary.id}" (not-medically-necessary) both fire on ${where}; the audit lets "${conflict.notNecessary.id}" win`,
  };
}

/** Assemble the report of a `rules check` run. Pure: every input was computed by the caller. */
export function buildRulesCheckReport(input: RulesCheckInput): RulesCheckReport {
  const show = input.displayPath ?? ((file: string) => file);
  const located: Relocate = (l) => ({ ...l, file: show(l.file) });
  const locatedRef = (ref: RuleRef): RuleRef => ({ ...ref, location: located(ref.location) });
  const locatedWitness = (w: ConflictWitness): ConflictWitness => (w.kind === 'test' ? { ...w, location: located(w.location) } : w);

  const locatedProblem = (p: SourceProblem): SourceProblem => ({ ...located(p), ...(p.related ? { related: located(p.related) } : {}) });
  const fileProblems: CheckProblem[] = [
    ...(input.problems ?? []).map((p) => ({ ...locatedProblem(p), severity: 'error' as const, kind: 'rule-file' as const })),
    ...(input.lint ?? []).map((p) => ({ ...locatedProblem(p), severity: 'warning' as const, kind: 'rule-file' as const })),
  ];
  const firings = input.library ? ruleFirings(input.library.rules, input.tests ?? [], input.cases?.audits) : [];
  const rules = ruleChecks(input.tests ?? [], firings, located);
  const conflicts = (input.conflicts ?? []).map((c) => ({ notNecessary: locatedRef(c.notNecessary), necessary: locatedRef(c.necessary), witnesses: c.witnesses.map(locatedWitness) }));
  const cases: CasesCoverage | null = input.cases
    ? { directory: show(input.cases.directory), ...itemCoverage(input.cases.audits), rulesNeverFired: neverFiredOnItems(firings) }
    : null;
  const minimum = input.minimumCoverage ?? null;
  const below = minimum !== null && cases !== null && belowMinimum(cases, minimum);
  const problems = [...fileProblems, ...testProblems(rules), ...conflicts.map(conflictProblem)].sort(byPlace);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const total = rules.reduce((n, r) => n + r.tests, 0);
  const failed = rules.reduce((n, r) => n + r.failed, 0);
  return {
    tool: input.tool,
    rulesDir: show(input.rulesDir),
    passed: errors === 0 && !below,
    errors,
    warnings: problems.length - errors,
    problems,
    library: input.library ? { files: input.library.files.map(show), topics: input.library.topics.length, rules: input.library.rules.length } : null,
    tests: input.library ? { total, passed: total - failed, failed } : null,
    rules,
    coverage: { rulesNeverFiredOnTests: input.library ? neverFiredOnTests(firings) : [], cases, minimum, belowMinimum: below },
    conflicts,
  };
}
