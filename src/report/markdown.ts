import type { ItemAudit } from '../audit/types.js';
import { citationText } from './citation-text.js';
import { escapeMarkdown as md } from './escape.js';
import type { AuditReport } from './report.js';

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 1000) / 10} %`;
}

function itemLines(file: string, item: ItemAudit): string[] {
  const lines = [
    `### ${md(file)} — item ${item.index}: ${md(item.request)}`,
    '',
    `- Decision: **${item.decision}**; rationale concludes: ${item.conclusion}; rules expect: **${item.expected}**; verdict: **${item.verdict}**`,
    `- Treatment: ${md(item.treatment.kind)} / ${md(item.treatment.category)}${item.treatment.drugClass ? ` (${md(item.treatment.drugClass)})` : ''}`,
  ];
  for (const finding of item.findings) {
    lines.push(`- **${finding.kind} (${finding.severity})**: ${md(finding.message)}${finding.citation ? ` — ${md(citationText(finding.citation))}` : ''}`);
    for (const evidence of finding.evidence.slice(0, 4)) {
      lines.push(`  - line ${evidence.line}, ${evidence.source}: “${md(evidence.text)}”`);
    }
  }
  return [...lines, ''];
}

/** The Markdown report: summary, coverage by treatment kind, flagged items with evidence, every item. */
export function formatMarkdown(report: AuditReport): string {
  const s = report.summary;
  const out: string[] = [
    '# IMR decision-consistency audit',
    '',
    `${md(report.tool.name)} ${md(report.tool.version)}; ${report.rules.count} rules in ${report.rules.topics.length} topics.`,
    '',
    '## Summary',
    '',
    '| files | parsed | failed | items | with a rule | consistent | inconsistent | undetermined | balanced agreement |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${s.files} | ${s.parsed} | ${s.failed} | ${s.items} | ${s.covered} (${percent(s.covered, s.items)}) | ${s.consistent} | ${s.inconsistent} | ${s.undetermined} | ${s.agreement.balanced ?? '–'} |`,
    '',
    `Findings: ${s.findings.rationale} rationale, ${s.findings.guideline} guideline, ${s.findings.citation} citation.`,
    '',
    '## By treatment kind',
    '',
    '| kind | items | with a rule | consistent | inconsistent | undetermined |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.entries(s.byKind).map(([kind, t]) => `| ${md(kind)} | ${t.items} | ${t.covered} | ${t.consistent} | ${t.inconsistent} | ${t.undetermined} |`),
    '',
  ];
  const failed = report.determinations.filter((d) => d.status === 'error');
  if (failed.length > 0 || report.skipped.length > 0) {
    out.push('## Files not audited', '');
    for (const d of failed) out.push(`- ${md(d.file)}: ${md(d.error?.message ?? 'error')}`);
    for (const skip of report.skipped) out.push(`- ${md(skip.file)}: ${md(skip.reason)}`);
    out.push('');
  }
  out.push('## Flagged items', '');
  let flagged = 0;
  for (const d of report.determinations) {
    for (const item of d.items) {
      if (item.findings.length === 0) continue;
      flagged++;
      out.push(...itemLines(d.file, item));
    }
  }
  if (flagged === 0) out.push('None.', '');
  out.push('## All items', '', '| file | # | request | kind | decision | expected | verdict | findings |', '|---|---:|---|---|---|---|---|---|');
  for (const d of report.determinations) {
    for (const item of d.items) {
      out.push(`| ${md(d.file)} | ${item.index} | ${md(item.request)} | ${md(item.treatment.kind)} | ${item.decision} | ${item.expected} | ${item.verdict} | ${item.findings.map((f) => f.kind).join(', ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
