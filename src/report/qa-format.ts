import { CROSS_CASE_INTRO, type ConflictGroup } from './cross-case.js';
import { escapeMarkdown as md, escapeTerminal as t } from './escape.js';
import { refLabel, share, type ItemRef } from './items.js';
import { table } from './markdown-table.js';
import type { QaGroup, QaReport } from './qa.js';

export const QA_FORMATS = ['text', 'json', 'markdown'] as const;
export type QaFormat = (typeof QA_FORMATS)[number];

const NOTE = 'An item counts in every group it belongs to (a reviewer may hold several specialties, an item may fall under several topics).';

// ---- text -----------------------------------------------------------------------------------

const WIDTH = 100;

/** A comma-separated list wrapped into indented lines of at most WIDTH characters. */
function wrapList(names: readonly string[], indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    if (line && indent.length + line.length + name.length + 2 > WIDTH) {
      lines.push(`${indent}${line},`);
      line = '';
    }
    line = line ? `${line}, ${name}` : name;
  }
  return line ? [...lines, `${indent}${line}`] : lines;
}

function refLines(refs: readonly ItemRef[], indent: string): string[] {
  return wrapList(refs.map((r) => t(refLabel(r))), indent);
}

function groupText(group: QaGroup): string[] {
  const kinds = group.findingKinds.flatMap((f) => [`    ${f.kind}: ${f.findings} finding(s) on ${f.items.length} item(s)`, ...refLines(f.items, '        ')]);
  return [
    `${t(group.key)} — ${group.items} item(s), ${group.upheld} upheld`,
    `  overturned    ${share(group.overturned, group.items)}`,
    ...refLines(group.behind.overturned, '        '),
    `  inconsistent  ${share(group.inconsistent, group.items)}`,
    ...refLines(group.behind.inconsistent, '        '),
    `  consistent ${group.consistent}, undetermined ${group.undetermined}`,
    ...(kinds.length > 0 ? ['  findings, most frequent first:', ...kinds] : ['  findings: none']),
    '',
  ];
}

function conflictText(group: ConflictGroup): string[] {
  const label = (r: ItemRef | undefined): string => (r ? t(`${refLabel(r)} ${r.request}`) : '');
  const width = Math.min(60, Math.max(8, ...group.upheld.map((r) => label(r).length)));
  const rows = Array.from({ length: Math.max(group.upheld.length, group.overturned.length) }, (_, i) => {
    const left = label(group.upheld[i]);
    return `    ${(left.length > width ? `${left.slice(0, width - 1)}…` : left).padEnd(width)}  │ ${label(group.overturned[i])}`;
  });
  return [
    `  ${t(group.treatment.kind)} / ${t(group.treatment.category)}: ${group.upheld.length} upheld, ${group.overturned.length} overturned`,
    '    key facts:',
    ...wrapList(Object.entries(group.facts).map(([name, value]) => `${t(name)}=${t(value)}`), '      '),
    `    ${'upheld'.padEnd(width)}  │ overturned`,
    ...rows,
    '',
  ];
}

function where(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** The letters not audited and the files skipped, each with its reason: none of them is in a figure. */
function leftOutText(report: QaReport): string[] {
  return [
    ...(report.notAudited.length > 0 ? [`Not audited (in no figure above): ${report.notAudited.length} file(s)`] : []),
    ...report.notAudited.map((f) => `  ${t(where(f.file, f.line))}: ${t(f.reason)}`),
    ...(report.skipped.length > 0 ? [`Skipped: ${report.skipped.length} file(s)`] : []),
    ...report.skipped.map((f) => `  ${t(f.file)}: ${t(f.reason)}`),
  ];
}

function qaText(report: QaReport): string {
  const leftOut = leftOutText(report);
  const lines = [
    `Reviewer QA by ${report.by}: ${report.files} file(s), ${report.parsed} audited, ${report.items} item(s), ${report.groups.length} group(s)`,
    NOTE,
    '',
    ...report.groups.flatMap(groupText),
    `Cross-case consistency: ${report.conflicts.length} group(s) of items with the same treatment and key facts but opposite decisions`,
    ...report.conflicts.flatMap(conflictText),
    ...(leftOut.length > 0 ? ['', ...leftOut] : []),
  ];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

// ---- markdown -------------------------------------------------------------------------------

function refsMarkdown(refs: readonly ItemRef[]): string {
  return refs.length === 0 ? '–' : refs.map((r) => md(refLabel(r))).join(', ');
}

function qaMarkdown(report: QaReport): string {
  const out = [
    `# Reviewer QA by ${report.by}`,
    '',
    `${report.files} file(s), ${report.parsed} audited, ${report.items} item(s). ${NOTE}`,
    '',
    ...table(
      [report.by, 'items', 'overturned', 'inconsistent', 'finding kinds, most frequent first'],
      ['l', 'r', 'r', 'r', 'l'],
      report.groups.map((g) => [md(g.key), g.items, share(g.overturned, g.items), share(g.inconsistent, g.items), g.findingKinds.map((f) => `${f.kind} ${f.findings}`).join(', ') || '–']),
    ),
    '## The items behind each figure',
    '',
  ];
  for (const g of report.groups) {
    out.push(`### ${md(g.key)}`, '', `- overturned: ${refsMarkdown(g.behind.overturned)}`, `- inconsistent: ${refsMarkdown(g.behind.inconsistent)}`);
    for (const f of g.findingKinds) out.push(`- ${f.kind} findings (${f.findings}): ${refsMarkdown(f.items)}`);
    out.push(`- all items: ${refsMarkdown(g.behind.items)}`, '');
  }
  out.push('## Cross-case consistency', '', CROSS_CASE_INTRO, '');
  if (report.conflicts.length === 0) out.push('None.', '');
  for (const c of report.conflicts) {
    const cell = (refs: readonly ItemRef[]): string => refs.map((r) => `${md(refLabel(r))} ${md(r.request)}`).join('<br>');
    out.push(
      `### ${md(c.treatment.kind)} / ${md(c.treatment.category)}`,
      '',
      `Key facts: ${Object.entries(c.facts).map(([name, value]) => `${md(name)} = ${md(value)}`).join('; ')}`,
      '',
      ...table(['upheld', 'overturned'], ['l', 'l'], [[cell(c.upheld), cell(c.overturned)]]),
    );
  }
  if (report.notAudited.length > 0 || report.skipped.length > 0) {
    out.push('## Files in no figure', '');
    if (report.notAudited.length > 0) out.push(...table(['not audited', 'reason'], ['l', 'l'], report.notAudited.map((f) => [md(where(f.file, f.line)), md(f.reason)])));
    if (report.skipped.length > 0) out.push(...table(['skipped', 'reason'], ['l', 'l'], report.skipped.map((f) => [md(f.file), md(f.reason)])));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** Render reviewer QA as plain text (letter text made safe for a terminal), JSON or Markdown. */
export function formatQa(report: QaReport, format: QaFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'markdown' ? qaMarkdown(report) : qaText(report);
}
