import type { LetterAnalysis } from '../facts/analysis.js';
import { engineFacts, extractItemFacts } from '../facts/extract.js';
import type { Evidence, Fact, FactValue } from '../facts/types.js';
import { sourceLineAt } from '../letter/normalise.js';
import type { DisputedItem, LetterText, TextBlock } from '../letter/types.js';
import type { RuleEvaluation, RuleLibrary } from '../rules/library.js';
import type { TopicDefinition } from '../rules/types.js';
import { checkCitations } from './citation.js';
import { expectedDecision } from './expected.js';
import { factsRead, fillTemplate } from './explain.js';
import { itemTopics } from './summary.js';
import type { FactReport, Finding, ItemAudit, LocatedEvidence, RuleReport, Verdict } from './types.js';

export interface AuditContext {
  readonly letter: LetterText;
  readonly analysis: LetterAnalysis;
  readonly library: RuleLibrary;
  /** Evaluate every rule on every item (the benchmark's naive baseline) instead of the indexed rules. */
  readonly naive?: boolean;
  /** Report every fact found, not only those the applicable rules read (for `show`). */
  readonly allFacts?: boolean;
}

const DECISION_WORD = { upheld: 'Upheld', overturned: 'Overturned' } as const;

/**
 * The evidence with the line it starts on, every field named, those it lacks undefined (JSON leaves them out): one
 * shape for all evidence reported, whatever shape it was made in (test/facts/shapes.test.ts).
 */
function locate(letter: LetterText, evidence: Evidence): LocatedEvidence {
  return {
    source: evidence.source,
    start: evidence.start,
    end: evidence.end,
    text: evidence.text,
    cue: evidence.cue,
    reading: evidence.reading,
    modifiers: evidence.modifiers,
    note: evidence.note,
    line: sourceLineAt(letter, evidence.start),
  };
}

function blockEvidence(letter: LetterText, block: TextBlock, source: Evidence['source'], cue?: string): LocatedEvidence {
  return locate(letter, { source, start: block.start, end: block.end, text: block.text, ...(cue ? { cue } : {}) });
}

function rationaleFinding(item: DisputedItem, letter: LetterText): Finding | undefined {
  const { conclusion, decision } = item;
  const contradicts =
    (decision === 'upheld' && conclusion.value === 'medically-necessary') ||
    (decision === 'overturned' && conclusion.value === 'not-medically-necessary');
  if (!contradicts) return undefined;
  const says = conclusion.value === 'medically-necessary' ? 'medically necessary' : 'not medically necessary';
  return {
    kind: 'rationale',
    severity: 'error',
    message: `The decision is ${DECISION_WORD[decision]} but the rationale concludes the request is ${says}`,
    evidence: [
      blockEvidence(letter, { ...item.decisionSpan, text: DECISION_WORD[decision] }, 'request', 'decision'),
      ...(conclusion.evidence ? [blockEvidence(letter, conclusion.evidence, 'rationale', 'conclusion')] : []),
    ],
  };
}

function ruleReport(evaluation: RuleEvaluation, facts: Parameters<typeof fillTemplate>[1]): RuleReport {
  const { rule } = evaluation;
  return {
    id: rule.id,
    title: rule.title,
    topic: rule.topic,
    ...(rule.crossCutting ? { crossCutting: true as const } : {}),
    outcome: rule.outcome,
    fired: evaluation.fired,
    citation: rule.citation,
    ...(evaluation.fired ? { explanation: fillTemplate(rule.explain, facts) } : {}),
    conditions: evaluation.trail,
  };
}

function guidelineFindings(item: DisputedItem, deciding: readonly RuleEvaluation[], reports: readonly RuleReport[], factEvidence: (name: string) => LocatedEvidence[]): Finding[] {
  return deciding.map((evaluation) => {
    const report = reports.find((r) => r.id === evaluation.rule.id)!;
    const expected = evaluation.rule.outcome === 'not-medically-necessary' ? 'Upheld' : 'Overturned';
    const evidence = [...factsRead(evaluation.rule.when)].flatMap(factEvidence).slice(0, 6);
    return {
      kind: 'guideline',
      severity: 'error',
      message: `The decision is ${DECISION_WORD[item.decision]} but rule ${evaluation.rule.id} expects ${expected}: ${report.explanation ?? evaluation.rule.title}`,
      rule: evaluation.rule.id,
      citation: evaluation.rule.citation,
      evidence,
    } satisfies Finding;
  });
}

/** The facts as the clinical summary reads those it contradicts the rationale on. */
function asRecorded(values: Readonly<Record<string, FactValue>>, contradicted: readonly Fact[]): Record<string, FactValue> {
  const recorded: Record<string, FactValue> = { ...values };
  for (const fact of contradicted) recorded[fact.name] = fact.recordReading ?? 'present';
  return recorded;
}

/**
 * A record finding: the rationale finds criteria not documented that the clinical summary documents with a
 * measure, or finds a criterion met that the summary measures short, and with the summary's reading the rules
 * expect the other decision. The decision follows the rationale; the rationale may have misread the record.
 */
async function recordFinding(
  item: DisputedItem,
  contradicted: readonly Fact[],
  values: Readonly<Record<string, FactValue>>,
  evaluate: (values: Record<string, FactValue>) => Promise<readonly RuleEvaluation[]>,
  letter: LetterText,
): Promise<Finding | undefined> {
  const { expected, deciding } = expectedDecision(await evaluate(asRecorded(values, contradicted)));
  if (expected === 'undetermined' || expected === item.decision) return undefined;
  const rule = deciding[0]!.rule;
  const documented = contradicted.filter((fact) => fact.recordReading !== 'absent');
  const short = contradicted.filter((fact) => fact.recordReading === 'absent');
  const names = (facts: readonly Fact[]) => facts.map((fact) => fact.name).join(', ');
  const cues = (facts: readonly Fact[]) => facts.map((fact) => `“${fact.contradictedBy!.cue}”`).join(', ');
  const them = (facts: readonly Fact[]) => (facts.length > 1 ? 'them' : 'it');
  const misread = [
    ...(documented.length > 0 ? [`the rationale finds ${names(documented)} not documented, but the clinical summary documents ${them(documented)} (${cues(documented)})`] : []),
    ...(short.length > 0 ? [`the rationale finds ${names(short)} met, but the clinical summary records ${them(short)} short or not done (${cues(short)})`] : []),
  ];
  return {
    kind: 'record',
    severity: 'error',
    message: `The decision is ${DECISION_WORD[item.decision]} and ${misread.join('; ')}; with the summary's reading rule ${rule.id} expects ${DECISION_WORD[expected]}: ${rule.title}`,
    rule: rule.id,
    citation: rule.citation,
    evidence: contradicted.flatMap((fact) => [...fact.evidence.slice(0, 1), fact.contradictedBy!].map((e) => locate(letter, e))),
  };
}

/**
 * The other way round: a rule expects the other decision from a fact the rationale reads, but the clinical summary reads
 * it otherwise ("persists despite therapy" against "they have not done any therapy"), and with the summary's reading the
 * rules expect the decision made. The decision follows the record; the rationale's misreading is told, as a warning.
 */
async function recordSupportsDecision(
  item: DisputedItem,
  deciding: readonly RuleEvaluation[],
  contradicted: readonly Fact[],
  values: Readonly<Record<string, FactValue>>,
  evaluate: (values: Record<string, FactValue>) => Promise<readonly RuleEvaluation[]>,
  letter: LetterText,
): Promise<Finding | undefined> {
  const recorded = expectedDecision(await evaluate(asRecorded(values, contradicted)));
  if (recorded.expected !== item.decision) return undefined;
  const misread = contradicted.map((fact) => `${fact.name} (the rationale: ${fact.state}; the summary: “${fact.contradictedBy!.cue}”)`).join(', ');
  return {
    kind: 'record',
    severity: 'warning',
    message: `The decision is ${DECISION_WORD[item.decision]}; rule ${deciding[0]!.rule.id} expects otherwise from the rationale's reading of ${misread}, but with the summary's reading rule ${recorded.deciding[0]!.rule.id} expects ${DECISION_WORD[item.decision]}: ${recorded.deciding[0]!.rule.title}`,
    rule: recorded.deciding[0]!.rule.id,
    citation: recorded.deciding[0]!.rule.citation,
    evidence: contradicted.flatMap((fact) => [...fact.evidence.slice(0, 1), fact.contradictedBy!].map((e) => locate(letter, e))),
  };
}

function verdictOf(findings: readonly Finding[], expected: ItemAudit['expected']): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'inconsistent';
  return expected === 'undetermined' ? 'undetermined' : 'consistent';
}

/** Audit one disputed item: extract its facts, run the rules that apply, compare with the decision. */
export async function auditItem(item: DisputedItem, context: AuditContext): Promise<ItemAudit> {
  const { letter, analysis, library } = context;
  const everyFact = context.naive || context.allFacts;
  const { treatment, facts } = extractItemFacts(analysis, item, everyFact ? {} : { only: (t) => library.factsFor(t) });
  const values = engineFacts(facts);
  const evaluate = (asRead: Record<string, FactValue>) => (context.naive ? library.evaluateNaive(treatment, asRead) : library.evaluate(treatment, asRead));
  const evaluations = await evaluate(values);
  const rules = evaluations.map((evaluation) => ruleReport(evaluation, facts));
  const asRead = expectedDecision(evaluations);
  const { deciding } = asRead;
  let { expected } = asRead;

  const readFacts = new Set(['treatmentKind', 'drugClass', 'bodyParts']);
  for (const evaluation of evaluations) factsRead(evaluation.rule.when, readFacts);
  if (context.allFacts) for (const fact of Object.values(facts)) if (fact.state !== 'unknown' || fact.evidence.length > 0) readFacts.add(fact.name);
  const factReports: Record<string, FactReport> = {};
  for (const name of [...readFacts].sort()) {
    const fact = facts[name];
    if (fact) factReports[name] = { value: fact.value, state: fact.state, evidence: fact.evidence.map((e) => locate(letter, e)) };
  }
  const factEvidence = (name: string): LocatedEvidence[] => (factReports[name]?.evidence ?? []).slice(0, 2);

  const findings: Finding[] = [];
  const rationale = rationaleFinding(item, letter);
  if (rationale) findings.push(rationale);
  const contradicted = [...readFacts].sort().flatMap((name) => (facts[name]?.contradictedBy ? [facts[name]!] : []));
  if (expected !== 'undetermined' && expected !== item.decision) {
    const recordBacksDecision = contradicted.length > 0 ? await recordSupportsDecision(item, deciding, contradicted, values, evaluate, letter) : undefined;
    findings.push(...(recordBacksDecision ? [recordBacksDecision] : guidelineFindings(item, deciding, rules, factEvidence)));
    // the decision the rules expect is the record's, where the record backs the decision made
    if (recordBacksDecision) expected = item.decision;
  } else {
    const record = contradicted.length > 0 ? await recordFinding(item, contradicted, values, evaluate, letter) : undefined;
    if (record) findings.push(record);
  }
  const topics = itemTopics({ rules })
    .map((name) => library.topic(name))
    .filter((t): t is TopicDefinition => t !== undefined);
  for (const problem of checkCitations(item.guidelineBasis?.citations ?? [], topics, library.topics)) {
    findings.push({
      kind: 'citation',
      severity: 'warning',
      message: `The citation does not fit the request: ${problem.message}`,
      evidence: item.guidelineBasis ? [blockEvidence(letter, item.guidelineBasis, 'rationale', problem.citation.text)] : [],
    });
  }

  return {
    index: item.index,
    request: item.request.text,
    ...(item.originalRequest ? { originalRequest: item.originalRequest } : {}),
    line: sourceLineAt(letter, item.request.start),
    decision: item.decision,
    conclusion: item.conclusion.value,
    treatment: {
      kind: treatment.kind,
      name: treatment.name,
      category: treatment.category,
      ...(treatment.drugClass ? { drugClass: treatment.drugClass } : {}),
      bodyParts: treatment.bodyParts,
    },
    ...(item.guidelineBasis
      ? {
          guideline: {
            source: item.guidelineBasis.source,
            text: item.guidelineBasis.text,
            citations: item.guidelineBasis.citations.map((c) => ({ source: c.source, guideline: c.guideline, sections: c.sections, pages: c.pages })),
          },
        }
      : {}),
    expected,
    verdict: verdictOf(findings, expected),
    rules,
    findings,
    facts: factReports,
  };
}
