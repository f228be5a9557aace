import type { ChalkInstance } from 'chalk';
import { displayValue } from '../audit/explain.js';
import type { DeterminationAudit, ItemAudit } from '../audit/types.js';
import type { ConditionTrail } from '../rules/compile.js';
import { citationText } from './citation-text.js';

function trailLines(trail: ConditionTrail, chalk: ChalkInstance, indent: string): string[] {
  if ('all' in trail || 'any' in trail) {
    const [word, children] = 'all' in trail ? ['all of', trail.all] : ['any of', trail.any];
    return [`${indent}${trail.result ? chalk.green('✔') : chalk.red('✘')} ${word}:`, ...children.flatMap((c) => trailLines(c, chalk, `${indent}  `))];
  }
  if ('not' in trail) return [`${indent}${trail.result ? chalk.green('✔') : chalk.red('✘')} not:`, ...trailLines(trail.not, chalk, `${indent}  `)];
  const mark = !trail.evaluated ? chalk.dim('–') : trail.result ? chalk.green('✔') : chalk.red('✘');
  return [`${indent}${mark} ${trail.fact} ${trail.operator} ${JSON.stringify(trail.value)}  (value: ${displayValue(trail.factValue ?? null)})`];
}

function itemLines(item: ItemAudit, chalk: ChalkInstance): string[] {
  const verdictColour = item.verdict === 'inconsistent' ? chalk.red : item.verdict === 'consistent' ? chalk.green : chalk.yellow;
  const lines = [
    '',
    chalk.bold(`Item ${item.index} (line ${item.line}): ${item.request}`),
    ...(item.originalRequest ? [`  original request: ${item.originalRequest}`] : []),
    `  decision: ${chalk.bold(item.decision)}   rationale concludes: ${item.conclusion}`,
    `  treatment: ${item.treatment.kind} / ${item.treatment.category}${item.treatment.drugClass ? ` / ${item.treatment.drugClass}` : ''} (${item.treatment.name})${item.treatment.bodyParts.length ? `; body parts: ${item.treatment.bodyParts.join(', ')}` : ''}`,
    `  cited guideline: ${item.guideline ? `${item.guideline.source}: ${item.guideline.citations.map((c) => `${c.guideline}${c.sections.length ? ` [${c.sections.join('; ')}]` : ''}${c.pages.length ? ` p. ${c.pages.join(', ')}` : ''}`).join(' + ') || item.guideline.text}` : 'none'}`,
    chalk.underline('  facts'),
  ];
  for (const [name, fact] of Object.entries(item.facts)) {
    lines.push(`    ${name} = ${chalk.bold(displayValue(fact.value))}${fact.state === 'unknown' ? chalk.dim(' (not found)') : ''}`);
    for (const evidence of fact.evidence.slice(0, 2)) {
      const how = [evidence.reading, evidence.modifiers?.join('; '), evidence.note].filter(Boolean).join(' · ');
      lines.push(chalk.dim(`      line ${evidence.line} ${evidence.source}${evidence.cue ? ` "${evidence.cue}"` : ''}${how ? ` [${how}]` : ''}: ${evidence.text.length > 160 ? `${evidence.text.slice(0, 157)}...` : evidence.text}`));
    }
  }
  lines.push(chalk.underline('  rules'));
  if (item.rules.length === 0) lines.push('    no rule applies to this treatment');
  for (const rule of item.rules) {
    lines.push(`    ${rule.fired ? chalk.bold.blue('fired') : chalk.dim('silent')} ${rule.id} → ${rule.outcome} — ${citationText(rule.citation)}`);
    if (rule.explanation) lines.push(`      ${chalk.italic(rule.explanation)}`);
    lines.push(...trailLines(rule.conditions, chalk, '      '));
  }
  lines.push(`  expected: ${chalk.bold(item.expected)}   verdict: ${verdictColour.bold(item.verdict)}`);
  for (const finding of item.findings) {
    lines.push(`  ${finding.severity === 'error' ? chalk.red('finding') : chalk.yellow('finding')} [${finding.kind}] ${finding.message}`);
    for (const evidence of finding.evidence.slice(0, 3)) lines.push(chalk.dim(`      line ${evidence.line}: ${evidence.text}`));
  }
  return lines;
}

/** " · decision 2016-01-02, injury …": the dates the letter gives, those it lacks left out. */
function datesRead(dates: DeterminationAudit['dates']): string {
  const given = Object.entries(dates ?? {}).filter(([, value]) => value !== undefined);
  return given.length > 0 ? ` · ${given.map(([name, value]) => `${name} ${value}`).join(', ')}` : '';
}

/** `imr-audit show FILE` as text: the letter item by item with facts, evidence, rule trails and verdict. */
export function formatShow(determination: DeterminationAudit, chalk: ChalkInstance): string {
  const lines = [chalk.bold(determination.file)];
  if (determination.status === 'error') return `${lines[0]}\n${chalk.red(`error: ${determination.error?.message}`)}\n`;
  lines.push(`  case ${determination.caseNumber ?? '(no case number)'} · layout ${determination.layout}${datesRead(determination.dates)}`);
  lines.push(`  reviewer: ${determination.reviewer?.specialties.join(', ') || 'unknown specialty'}; licensed in ${determination.reviewer?.licensure.join(', ') || 'unknown'}`);
  for (const item of determination.items) lines.push(...itemLines(item, chalk));
  return `${lines.join('\n')}\n`;
}
