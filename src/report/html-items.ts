import { displayValue } from '../audit/explain.js';
import type { DeterminationAudit, Finding, ItemAudit, LocatedEvidence, RuleReport } from '../audit/types.js';
import type { ConditionTrail } from '../rules/compile.js';
import { citationText } from './citation-text.js';
import { escapeHtml as h } from './escape.js';

/** The item table of the HTML report: one row per item, and under it the item's explanation trail. */

/** Evidence text with the words that named the fact highlighted; every piece escaped. */
export function evidenceHtml(evidence: LocatedEvidence): string {
  const { text, cue } = evidence;
  const at = cue ? text.toLowerCase().indexOf(cue.toLowerCase()) : -1;
  const body = at >= 0 && cue ? `${h(text.slice(0, at))}<mark>${h(text.slice(at, at + cue.length))}</mark>${h(text.slice(at + cue.length))}` : h(text);
  const how = evidence.modifiers && evidence.modifiers.length > 0 ? evidence.modifiers.join('; ') : evidence.reading;
  const reading = how ? ` <span class="reading">${h(how)}</span>` : '';
  const note = evidence.note ? ` <span class="note">${h(evidence.note)}</span>` : '';
  return `<li class="evidence"><span class="where">line ${evidence.line}, ${h(evidence.source)}</span> <q>${body}</q>${reading}${note}</li>`;
}

function evidenceList(evidence: readonly LocatedEvidence[], max = 3): string {
  return evidence.length > 0 ? `<ul class="evidence-list">${evidence.slice(0, max).map(evidenceHtml).join('')}</ul>` : '';
}

/** A rule's condition tree, each condition met (✔), not met (✘) or not evaluated (–), with the fact's value and evidence. */
function trailHtml(trail: ConditionTrail, item: ItemAudit): string {
  const { result } = trail;
  const state = result ? 'met' : 'unmet';
  if ('all' in trail || 'any' in trail) {
    const [word, children] = 'all' in trail ? ['all of', trail.all] : ['any of', trail.any];
    return `<li class="${state}"><span class="mark">${result ? '✔' : '✘'}</span> ${word}<ul>${children.map((c) => trailHtml(c, item)).join('')}</ul></li>`;
  }
  if ('not' in trail) return `<li class="${state}"><span class="mark">${result ? '✔' : '✘'}</span> not<ul>${trailHtml(trail.not, item)}</ul></li>`;
  const mark = trail.evaluated ? (result ? '✔' : '✘') : '–';
  const skipped = trail.evaluated ? '' : ' <span class="note">(not evaluated: the outcome was already decided)</span>';
  return (
    `<li class="${trail.evaluated ? state : 'skipped'}"><span class="mark">${mark}</span> <code>${h(trail.fact)}</code> ${h(trail.operator)} <code>${h(JSON.stringify(trail.value))}</code>` +
    ` — value: <b class="fact-value">${h(displayValue(trail.factValue ?? null))}</b>${skipped}${evidenceList(item.facts[trail.fact]?.evidence ?? [])}</li>`
  );
}

function findingHtml(finding: Finding): string {
  return (
    `<div class="finding ${h(finding.kind)}"><b>${h(finding.kind)}</b> (${h(finding.severity)}): ${h(finding.message)}` +
    `${finding.citation ? ` <i>${h(citationText(finding.citation))}</i>` : ''}${evidenceList(finding.evidence, 4)}</div>`
  );
}

function ruleHtml(rule: RuleReport, item: ItemAudit): string {
  return (
    `<div class="rule ${rule.fired ? 'fired' : 'silent'}"><div><b>${h(rule.id)}</b> — ${h(rule.title)} <span class="outcome">${h(rule.outcome)}</span> ` +
    `<span class="state">${rule.fired ? 'fired' : 'did not fire'}</span></div><div class="cite">${h(citationText(rule.citation))}</div>` +
    `${rule.explanation ? `<div class="explanation">${h(rule.explanation)}</div>` : ''}<ul class="trail">${trailHtml(rule.conditions, item)}</ul></div>`
  );
}

function itemDetails(item: ItemAudit): string {
  const treatment = [item.treatment.kind, item.treatment.category, item.treatment.drugClass, item.treatment.name].filter(Boolean).join(' / ');
  const facts = [
    `<dt>Treatment</dt><dd>${h(treatment)}${item.treatment.bodyParts.length > 0 ? `; body parts: ${h(item.treatment.bodyParts.join(', '))}` : ''}</dd>`,
    ...(item.originalRequest ? [`<dt>Original request</dt><dd>${h(item.originalRequest)}</dd>`] : []),
    `<dt>Decision</dt><dd>${h(item.decision)}; the rationale concludes: ${h(item.conclusion)}; the rules expect: ${h(item.expected)}</dd>`,
    `<dt>Cited</dt><dd>${item.guideline ? h(item.guideline.text) : 'no guideline cited'}</dd>`,
  ];
  const findings = item.findings.map(findingHtml).join('') || '<div class="finding none">No findings.</div>';
  const rules = item.rules.map((rule) => ruleHtml(rule, item)).join('') || '<div class="rule none">No rule applies to this treatment: the verdict is undetermined.</div>';
  return `<dl class="item-facts">${facts.join('')}</dl><h4>Findings</h4>${findings}<h4>Rules and their conditions</h4>${rules}`;
}

/** The row of one item and its hidden detail row. `id` is unique in the page. */
export function itemRows(determination: DeterminationAudit, item: ItemAudit, id: string): string {
  const specialties = determination.reviewer?.specialties ?? [];
  const cells = [
    h(determination.file),
    String(item.index),
    h(item.request),
    h(item.treatment.kind),
    h(specialties.join(', ')),
    h(item.decision),
    h(item.expected),
    `<span class="verdict ${h(item.verdict)}">${h(item.verdict)}</span>`,
    h(item.findings.map((f) => f.kind).join(', ')),
  ];
  return (
    `<tr class="item" id="${id}" data-verdict="${h(item.verdict)}" data-kind="${h(item.treatment.kind)}" data-decision="${h(item.decision)}" ` +
    `data-specialties="${h(JSON.stringify(specialties))}" data-detail="${id}-detail" tabindex="0" aria-expanded="false">` +
    cells.map((cell) => `<td>${cell}</td>`).join('') +
    `</tr>\n<tr class="detail" id="${id}-detail" hidden><td colspan="${cells.length}">${itemDetails(item)}</td></tr>`
  );
}
