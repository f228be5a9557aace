import type { DeterminationAudit, Finding, ItemAudit } from '../audit/types.js';
import { citationText } from './citation-text.js';
import { escapeXml as x, escapeXmlAttribute as attr } from './escape.js';
import type { AuditSummary } from '../audit/summary.js';
import type { AuditReport } from './report.js';
import type { ReportFrame, ReportStream, Spool, TextOut } from './report-stream.js';

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function findingText(finding: Finding): string {
  const evidence = finding.evidence.map((e) => `  line ${e.line} (${e.source}): ${e.text}`);
  return [`[${finding.kind}, ${finding.severity}] ${finding.message}${finding.citation ? ` (${citationText(finding.citation)})` : ''}`, ...evidence].join('\n');
}

function itemCase(file: string, item: ItemAudit): string {
  const open = `    <testcase classname="${attr(file)}" name="${attr(`item ${item.index} (line ${item.line}): ${item.request}`)}" time="0">`;
  const summary = `decision ${item.decision}, rationale concludes ${item.conclusion}, rules expect ${item.expected}`;
  const findings = item.findings.map(findingText).join('\n');
  let body: string;
  if (item.verdict === 'inconsistent') {
    const first = item.findings.find((f) => f.severity === 'error');
    body = `      <failure message="${attr(first?.message ?? summary)}" type="${attr(first?.kind ?? 'inconsistent')}">${x(`${summary}\n${findings}`)}</failure>`;
  } else if (item.verdict === 'undetermined') {
    body = `      <skipped message="${attr(`undetermined: no rule decides ${item.treatment.kind} / ${item.treatment.category}`)}"/>`;
  } else {
    body = '';
  }
  const out = item.findings.length > 0 && item.verdict !== 'inconsistent' ? `      <system-out>${x(findings)}</system-out>` : '';
  const content = [body, out].filter(Boolean);
  return content.length === 0 ? open.replace(/>$/, '/>') : [open, ...content, '    </testcase>'].join('\n');
}

function errorCase(determination: DeterminationAudit): string {
  const message = determination.error?.message ?? 'error';
  const where = determination.error?.line ? ` (line ${determination.error.line})` : '';
  return [
    `    <testcase classname="${attr(determination.file)}" name="read the letter" time="0">`,
    `      <error message="${attr(message)}" type="letter-not-audited">${x(`${determination.file}${where}: ${message}`)}</error>`,
    '    </testcase>',
  ].join('\n');
}

function suiteCounts(determination: DeterminationAudit): Counts {
  if (determination.status === 'error') return { tests: 1, failures: 0, errors: 1, skipped: 0 };
  const verdicts = determination.items.map((i) => i.verdict);
  return {
    tests: verdicts.length,
    failures: verdicts.filter((v) => v === 'inconsistent').length,
    errors: 0,
    skipped: verdicts.filter((v) => v === 'undetermined').length,
  };
}

function countAttributes(counts: Counts): string {
  return `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="0"`;
}

/** One letter's test suite, and the line end after it. */
export function junitSuite(determination: DeterminationAudit): string {
  const cases = determination.status === 'error' ? [errorCase(determination)] : determination.items.map((item) => itemCase(determination.file, item));
  return `${[`  <testsuite name="${attr(determination.file)}" ${countAttributes(suiteCounts(determination))}>`, ...cases, '  </testsuite>'].join('\n')}\n`;
}

/**
 * The totals over every suite, from the batch's summary: a test an item of an audited letter and
 * one a letter that could not be audited (an error); failed when inconsistent, skipped when
 * undetermined.
 */
function totals(summary: AuditSummary): Counts {
  return { tests: summary.items + summary.failed, failures: summary.inconsistent, errors: summary.failed, skipped: summary.undetermined };
}

function head(frame: ReportFrame): string {
  const { tool } = frame;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`${tool.name} ${tool.version}`)}" ${countAttributes(totals(frame.summary))}${tool.generatedAt ? ` timestamp="${attr(tool.generatedAt)}"` : ''}>`,
    '',
  ].join('\n');
}

const TAIL = '</testsuites>\n';

/**
 * The JUnit XML report: a test suite per letter, a test case per item — failed when inconsistent,
 * skipped when undetermined — and a letter that could not be audited as one errored test case.
 */
export function formatJunit(report: AuditReport): string {
  return head(report) + report.determinations.map(junitSuite).join('') + TAIL;
}

/**
 * The JUnit report written as the batch goes: the totals come first, so the suites wait in a spool
 * (a temporary file) until the batch is done. Byte for byte what `formatJunit` makes.
 */
export class JunitReportStream implements ReportStream {
  constructor(
    private readonly out: TextOut,
    private readonly spool: Spool,
  ) {}

  /** `entry`: the letter's suite, as `junitSuite` renders it, UTF-8 encoded. */
  async add(entry: Uint8Array): Promise<void> {
    await this.spool.write(entry);
  }

  async finish(frame: ReportFrame): Promise<void> {
    await this.out.write(head(frame));
    await this.spool.replayTo(this.out);
    await this.out.write(TAIL);
  }
}
