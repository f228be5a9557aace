import { displayValue } from '../audit/explain.js';
import type { ItemAudit, RuleReport } from '../audit/types.js';
import type { ConditionTrail } from '../rules/compile.js';
import { citationText } from './citation-text.js';
import { CROSS_CASE_INTRO, crossCaseConflicts, type ConflictGroup } from './cross-case.js';
import { escapeMarkdown as md } from './escape.js';
import { auditedItems, share, type ItemRef } from './items.js';
import { table } from './markdown-table.js';
import { qaGroups } from './qa.js';
import type { AuditReport } from './report.js';

function trailLines(trail: ConditionTrail, indent: string): string[] {
  const mark = trail.result ? '✔' : '✘';
  if ('all' in trail || 'any' in trail) {
    const [word, children] = 'all' in trail ? ['all of', trail.all] : ['any of', trail.any];
    return [`${indent}- ${mark} ${word}`, ...children.flatMap((c) => trailLines(c, `${indent}  `))];
  }
  if ('not' in trail) return [`${indent}- ${mark} not`, ...trailLines(trail.not, `${indent}  `)];
  const shown = trail.evaluated ? mark : '–';
  return [`${indent}- ${shown} ${md(trail.fact)} ${md(trail.operator)} ${md(JSON.stringify(trail.value))} — value: **${md(displayValue(trail.factValue ?? null))}**`];
}

function ruleLines(rule: RuleReport): string[] {
  return [
    `- Rule **${md(rule.id)}** (${rule.fired ? 'fired' : 'did not fire'}; ${md(rule.outcome)}): ${md(rule.explanation ?? rule.title)} — ${md(citationText(rule.citation))}`,
    ...trailLines(rule.conditions, '  '),
  ];
}

function itemLines(file: string, item: ItemAudit): string[] {
  const lines = [
    `### ${md(file)} — item ${item.index}: ${md(item.request)}`,
    '',
    `- Line ${item.line}. Decision: **${item.decision}**; rationale concludes: ${item.conclusion}; rules expect: **${item.expected}**; verdict: **${item.verdict}**`,
    `- Treatment: ${md(item.treatment.kind)} / ${md(item.treatment.category)}${item.treatment.drugClass ? ` (${md(item.treatment.drugClass)})` : ''}`,
    `- Cited: ${item.guideline ? md(item.guideline.text) : 'no guideline'}`,
  ];
  for (const finding of item.findings) {
    lines.push(`- **${finding.kind} (${finding.severity})**: ${md(finding.message)}${finding.citation ? ` — ${md(citationText(finding.citation))}` : ''}`);
    for (const evidence of finding.evidence.slice(0, 4)) {
      lines.push(`  - line ${evidence.line}, ${evidence.source}: “${md(evidence.text)}”`);
    }
  }
  for (const rule of item.rules.filter((r) => r.fired)) lines.push(...ruleLines(rule));
  return [...lines, ''];
}

function refList(refs: readonly ItemRef[]): string {
  return refs.map((r) => `${md(r.file)} \\#${r.index} (${md(r.request)})`).join('<br>');
}

function conflictLines(groups: readonly ConflictGroup[]): string[] {
  const out = ['## Cross-case consistency', '', CROSS_CASE_INTRO, ''];
  if (groups.length === 0) return [...out, 'None.', ''];
  for (const group of groups) {
    out.push(`### ${md(group.treatment.kind)} / ${md(group.treatment.category)}: ${group.upheld.length} upheld, ${group.overturned.length} overturned`, '');
    out.push(`Key facts: ${Object.entries(group.facts).map(([name, value]) => `${md(name)} = ${md(value)}`).join('; ')}`, '');
    out.push(...table(['upheld', 'overturned'], ['l', 'l'], [[refList(group.upheld), refList(group.overturned)]]));
  }
  return out;
}

/**
 * The Markdown report: summary, by treatment kind, by finding kind, overturn rate by reviewer
 * specialty, files not audited, the cross-case consistency check, flagged items with evidence and
 * the rules that fired with their conditions, and every item. Letter text is escaped throughout.
 */
export function formatMarkdown(report: AuditReport): string {
  const s = report.summary;
  const out: string[] = [
    '# IMR decision-consistency audit',
    '',
    `${md(report.tool.name)} ${md(report.tool.version)}; ${report.rules.count} rules in ${report.rules.topics.length} topics.${report.tool.generatedAt ? ` ${md(report.tool.generatedAt)}.` : ''}`,
    '',
    '## Summary',
    '',
    ...table(
      ['files', 'parsed', 'failed', 'skipped', 'items', 'with a rule', 'overturned', 'consistent', 'inconsistent', 'undetermined', 'balanced agreement'],
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      [[s.files, s.parsed, s.failed, s.skipped, s.items, share(s.covered, s.items), share(s.overturned, s.items), s.consistent, s.inconsistent, s.undetermined, s.agreement.balanced ?? '–']],
    ),
    '## By treatment kind',
    '',
    ...table(
      ['kind', 'items', 'with a rule', 'consistent', 'inconsistent', 'undetermined'],
      ['l', 'r', 'r', 'r', 'r', 'r'],
      Object.entries(s.byKind).map(([kind, t]) => [md(kind), t.items, t.covered, t.consistent, t.inconsistent, t.undetermined]),
    ),
    '## By finding kind',
    '',
    ...table(['finding', 'count', 'what it means'], ['l', 'r', 'l'], [
      ['rationale', s.findings.rationale, 'the decision contradicts the rationale’s own conclusion'],
      ['guideline', s.findings.guideline, 'the rules, applied to the facts, expect the other decision'],
      ['record', s.findings.record, 'the rationale finds a criterion not documented that the summary documents with a measure, and with it the rules expect the other decision'],
      ['citation', s.findings.citation, 'the cited guideline section does not fit the treatment (warning)'],
    ]),
    '## Overturn rate by reviewer specialty',
    '',
    ...table(
      ['specialty', 'items', 'overturned', 'inconsistent'],
      ['l', 'r', 'r', 'r'],
      qaGroups(report.determinations, 'specialty').map((g) => [md(g.key), g.items, share(g.overturned, g.items), share(g.inconsistent, g.items)]),
    ),
  ];
  const failed = report.determinations.filter((d) => d.status === 'error');
  if (failed.length > 0 || report.skipped.length > 0) {
    out.push('## Files not audited', '');
    for (const d of failed) out.push(`- ${md(d.file)}: ${md(d.error?.message ?? 'error')}`);
    for (const skip of report.skipped) out.push(`- ${md(skip.file)}: ${md(skip.reason)}`);
    out.push('');
  }
  out.push(...conflictLines(crossCaseConflicts(report.determinations)));
  const items = auditedItems(report.determinations);
  const flagged = items.filter(({ item }) => item.findings.length > 0);
  out.push('## Flagged items', '');
  if (flagged.length === 0) out.push('None.', '');
  for (const { determination, item } of flagged) out.push(...itemLines(determination.file, item));
  out.push(
    '## All items',
    '',
    ...table(
      ['file', '#', 'line', 'request', 'kind', 'decision', 'expected', 'verdict', 'findings'],
      ['l', 'r', 'r', 'l', 'l', 'l', 'l', 'l', 'l'],
      items.map(({ determination: d, item }) => [md(d.file), item.index, item.line, md(item.request), md(item.treatment.kind), item.decision, item.expected, item.verdict, item.findings.map((f) => f.kind).join(', ')]),
    ),
  );
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
