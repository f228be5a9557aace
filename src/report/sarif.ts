import type * as Sarif from 'sarif';
import type { DeterminationAudit, Finding, FindingKind, ItemAudit, LocatedEvidence, RuleReport } from '../audit/types.js';
import { compareText } from '../text/compare.js';
import { citationText } from './citation-text.js';
import { escapeSarifMessage } from './escape.js';
import type { AuditReport } from './report.js';

/** The checks that are not guideline rules: they need no rule library and have fixed ids. */
const BUILT_IN_RULES: Readonly<Record<Exclude<FindingKind, 'guideline' | 'record'>, Sarif.ReportingDescriptor & { id: string }>> = {
  rationale: {
    id: 'imr-audit/rationale-contradicts-decision',
    name: 'RationaleContradictsDecision',
    shortDescription: { text: "The decision word contradicts the rationale's own conclusion" },
    fullDescription: { text: 'The item is Upheld while its rationale concludes the request is medically necessary, or Overturned while the rationale concludes it is not.' },
    help: { text: 'Read the rationale of the item: the decision and the conclusion should agree.' },
    defaultConfiguration: { level: 'error' },
    properties: { kind: 'rationale', tags: ['rationale'] },
  },
  citation: {
    id: 'imr-audit/citation-mismatch',
    name: 'CitationMismatch',
    shortDescription: { text: "The cited guideline section does not fit the item's treatment" },
    fullDescription: { text: "The guideline section the reviewer cited belongs to another topic than the treatment's, or names a page that section does not have." },
    help: { text: 'Compare the cited guideline section with the treatment under review.' },
    defaultConfiguration: { level: 'warning' },
    properties: { kind: 'citation', tags: ['citation'] },
  },
};

function ruleDescriptor(rule: RuleReport): Sarif.ReportingDescriptor {
  const citation = citationText(rule.citation);
  const expects = rule.outcome === 'not-medically-necessary' ? 'Upheld (not medically necessary)' : 'Overturned (medically necessary)';
  return {
    id: rule.id,
    shortDescription: { text: escapeSarifMessage(rule.title) },
    fullDescription: { text: escapeSarifMessage(`${rule.title}. When it fires the rule expects ${expects}. Guideline: ${citation}.`) },
    help: { text: escapeSarifMessage(`Cited guideline: ${citation}`) },
    defaultConfiguration: { level: 'error' },
    properties: { kind: 'guideline', topic: rule.topic, outcome: rule.outcome, citation: rule.citation, tags: ['guideline', rule.topic] },
  };
}

/** Every rule that applied to some item, sorted by id, after the built-in checks. */
function driverRules(report: AuditReport): Sarif.ReportingDescriptor[] {
  const seen = new Map<string, RuleReport>();
  for (const determination of report.determinations) {
    for (const item of determination.items) for (const rule of item.rules) if (!seen.has(rule.id)) seen.set(rule.id, rule);
  }
  const library = [...seen.values()].sort((a, b) => compareText(a.id, b.id)).map(ruleDescriptor);
  return [BUILT_IN_RULES.rationale, BUILT_IN_RULES.citation, ...library];
}

/** A relative file name as a URI reference: forward slashes, each segment percent-encoded. */
export function fileUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** A letter of the run: its name, its URI and its position in `run.artifacts`. */
interface Letter {
  readonly file: string;
  readonly uri: string;
  readonly index: number;
}

function physicalLocation(letter: Letter, line: number, snippet?: string): Sarif.PhysicalLocation {
  return {
    artifactLocation: { uri: letter.uri, index: letter.index },
    region: { startLine: Math.max(1, line), ...(snippet ? { snippet: { text: snippet } } : {}) },
  };
}

function evidenceLocation(letter: Letter, evidence: LocatedEvidence, id: number): Sarif.Location {
  return {
    id,
    physicalLocation: physicalLocation(letter, evidence.line, evidence.text),
    message: { text: escapeSarifMessage(`${evidence.source}${evidence.cue ? ` (“${evidence.cue}”)` : ''}${evidence.reading ? `: ${evidence.reading}` : ''}`) },
  };
}

function ruleIdOf(finding: Finding): string {
  if (finding.kind !== 'guideline' && finding.kind !== 'record') return BUILT_IN_RULES[finding.kind].id;
  if (!finding.rule) throw new Error(`a ${finding.kind} finding without its rule: ${finding.message}`);
  return finding.rule;
}

/** A finding as a result: located at its first evidence, the request line and further evidence related. */
function findingResult(finding: Finding, findingIndex: number, item: ItemAudit, letter: Letter, ruleIndex: ReadonlyMap<string, number>): Sarif.Result {
  const ruleId = ruleIdOf(finding);
  const request: Sarif.Location = {
    id: 0,
    physicalLocation: physicalLocation(letter, item.line, item.request),
    message: { text: escapeSarifMessage(`Disputed item ${item.index}: ${item.request}`) },
  };
  const [primary, ...others] = finding.evidence.map((evidence, i) => evidenceLocation(letter, evidence, i + 1));
  return {
    ruleId,
    ruleIndex: ruleIndex.get(ruleId)!,
    kind: 'fail',
    level: finding.severity,
    message: { text: escapeSarifMessage(`Item ${item.index} (${item.request}): ${finding.message}`) },
    locations: [primary ?? request],
    ...(primary ? { relatedLocations: [request, ...others] } : {}),
    partialFingerprints: { 'imrItemFinding/v1': `${letter.file}#${item.index}/${findingIndex + 1}:${ruleId}` },
    properties: {
      item: item.index,
      request: item.request,
      decision: item.decision,
      expected: item.expected,
      verdict: item.verdict,
      treatmentKind: item.treatment.kind,
      findingKind: finding.kind,
      ...(finding.citation ? { citation: citationText(finding.citation) } : {}),
    },
  };
}

function notAuditedNotification(determination: DeterminationAudit, letter: Letter): Sarif.Notification {
  const line = determination.error?.line;
  return {
    level: 'error',
    descriptor: { id: 'imr-audit/letter-not-audited' },
    message: { text: escapeSarifMessage(`${determination.file} was not audited: ${determination.error?.message ?? 'error'}`) },
    locations: [{ physicalLocation: { artifactLocation: { uri: letter.uri, index: letter.index }, ...(line ? { region: { startLine: line } } : {}) } }],
  };
}

/**
 * The SARIF 2.1.0 log: one run, every finding a result located at its evidence (the request line
 * when it has none), rule metadata with the guideline citation, letters that could not be audited
 * as tool notifications. Letter text in messages is escaped so viewers never read it as a link.
 */
export function formatSarif(report: AuditReport): string {
  const rules = driverRules(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const letters: Letter[] = report.determinations.map((d, index) => ({ file: d.file, uri: fileUri(d.file), index }));
  const artifacts: Sarif.Artifact[] = letters.map((letter) => ({
    location: { uri: letter.uri },
    mimeType: letter.file.toLowerCase().endsWith('.pdf') ? 'application/pdf' : 'text/plain',
  }));
  const results = report.determinations.flatMap((determination, index) =>
    determination.items.flatMap((item) => item.findings.map((finding, n) => findingResult(finding, n, item, letters[index]!, ruleIndex))),
  );
  const notAudited = report.determinations.flatMap((d, index) => (d.status === 'error' ? [notAuditedNotification(d, letters[index]!)] : []));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
        invocations: [
          {
            executionSuccessful: true,
            ...(report.tool.generatedAt ? { startTimeUtc: report.tool.generatedAt } : {}),
            ...(notAudited.length > 0 ? { toolExecutionNotifications: notAudited } : {}),
          },
        ],
        artifacts,
        results,
        columnKind: 'unicodeCodePoints',
        properties: { summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
