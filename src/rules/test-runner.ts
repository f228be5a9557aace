import type { Engine } from 'json-rules-engine';
import { analyseLetter } from '../facts/analysis.js';
import { engineFacts, extractItemFacts } from '../facts/extract.js';
import type { FactValue, Treatment } from '../facts/types.js';
import { normaliseLetterText } from '../letter/normalise.js';
import { parseDetermination } from '../letter/parse.js';
import { locationOf, type SourceLocation } from '../yaml/source.js';
import { appliesTo } from './applies.js';
import { buildEngine } from './compile.js';
import { factsRead } from './facts-used.js';
import { completeFacts, type RuleLibrary } from './library.js';
import type { RuleDefinition, RuleTest } from './types.js';

export interface TestResult {
  readonly rule: string;
  readonly test: RuleTest;
  readonly index: number;
  readonly passed: boolean;
  readonly fired: boolean;
  /** Where the test is: file:line:column. */
  readonly location: SourceLocation;
  readonly message?: string;
  /** The facts the rule reads, with the values the test gave it (what a failure needs to be understood). */
  readonly factValues: Readonly<Record<string, FactValue>>;
}

/** The facts a test gives the engine, and the treatment its excerpt's request reads as (text tests only). */
export interface TestFactSet {
  readonly facts: Record<string, FactValue>;
  readonly treatment?: Treatment;
}

export interface RuleTestSummary {
  readonly rule: string;
  readonly file: string;
  /** Where the rule starts (its `id`). */
  readonly location: SourceLocation;
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly TestResult[];
}

/** A minimal letter around a test excerpt, read by the same parser as real letters. */
export function excerptLetter(test: RuleTest): string {
  return [
    'CLINICAL CASE SUMMARY',
    test.summary ?? 'The injured worker is under treatment.',
    '',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    `${test.request ?? 'The requested treatment'}: Upheld`,
    '',
    'MAXIMUS guideline: Decision based on MTUS.',
    '',
    `Decision rationale: ${test.text ?? 'No further information.'}`,
  ].join('\n');
}

function readTestFactSet(library: RuleLibrary, test: RuleTest): TestFactSet {
  if (test.text === undefined && test.summary === undefined) return { facts: completeFacts(library.catalogue, test.facts ?? {}) };
  const determination = parseDetermination(normaliseLetterText(excerptLetter(test)));
  const item = determination.items[0]!;
  const extracted = extractItemFacts(analyseLetter(determination, library.lexicon), item);
  return { facts: { ...engineFacts(extracted.facts), ...(test.facts ?? {}) }, treatment: extracted.treatment };
}

/** Each library's fact sets, by test: the test runner and the conflict search read the same excerpts. */
const factSets = new WeakMap<RuleLibrary, WeakMap<RuleTest, TestFactSet>>();

/** The facts a test gives the engine (an excerpt is parsed, analysed and extracted once per library). */
export function testFactSet(library: RuleLibrary, test: RuleTest): TestFactSet {
  let byTest = factSets.get(library);
  if (!byTest) factSets.set(library, (byTest = new WeakMap()));
  let factSet = byTest.get(test);
  if (!factSet) byTest.set(test, (factSet = readTestFactSet(library, test)));
  return factSet;
}

async function runOne(library: RuleLibrary, rule: RuleDefinition, engine: Engine, test: RuleTest, index: number): Promise<TestResult> {
  const location = locationOf(rule.location.source(), [...rule.location.path, 'tests', index]);
  const { facts, treatment } = testFactSet(library, test);
  const factValues = Object.fromEntries([...factsRead(rule.when)].map((name) => [name, facts[name] ?? null]));
  const base = { rule: rule.id, test, index, location, factValues };
  if (treatment && test.request && !appliesTo(rule.applies, treatment)) {
    return { ...base, passed: false, fired: false, message: `the request "${test.request}" reads as ${treatment.kind}/${treatment.category}${treatment.drugClass ? `/${treatment.drugClass}` : ''}, which the rule does not apply to` };
  }
  const { results } = await engine.run({ ...facts });
  const fired = results.some((r) => r.name === rule.id);
  const passed = fired === (test.expect === 'fires');
  return {
    ...base,
    passed,
    fired,
    ...(passed ? {} : { message: `expected the rule to ${test.expect === 'fires' ? 'fire' : 'stay silent'}, it ${fired ? 'fired' : 'stayed silent'}` }),
  };
}

/** Run every rule's own tests (fact sets and letter excerpts), like `semgrep --test`. */
export async function runRuleTests(library: RuleLibrary): Promise<RuleTestSummary[]> {
  const summaries: RuleTestSummary[] = [];
  for (const rule of library.rules) {
    const results: TestResult[] = [];
    // One engine per rule, its tests run one after another (an engine runs one set of facts at a time).
    const engine = buildEngine([rule]);
    for (const [index, test] of rule.tests.entries()) results.push(await runOne(library, rule, engine, test, index));
    summaries.push({
      rule: rule.id,
      file: rule.location.file,
      location: locationOf(rule.location.source(), [...rule.location.path, 'id']),
      passed: results.filter((r) => r.passed).length,
      failed: results.filter((r) => !r.passed).length,
      results,
    });
  }
  return summaries;
}
