import { CROSS_CASE_INTRO, crossCaseConflicts, type ConflictGroup } from './cross-case.js';
import { escapeHtml as h } from './escape.js';
import { SCRIPT, STYLE } from './html-assets.js';
import { overturnRateChart, verdictsByKindChart } from './html-charts.js';
import { itemRows } from './html-items.js';
import { auditedItems, refLabel, share, type ItemRef } from './items.js';
import { qaGroups } from './qa.js';
import type { AuditReport } from './report.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

function card(label: string, value: string | number): string {
  return `<div class="card"><b>${h(String(value))}</b>${h(label)}</div>`;
}

function summaryCards(report: AuditReport): string {
  const s = report.summary;
  return [
    card('files', s.files), card('parsed', s.parsed), card('not audited', s.failed + s.skipped), card('items', s.items),
    card('with a rule', share(s.covered, s.items)), card('consistent', s.consistent), card('inconsistent', s.inconsistent),
    card('undetermined', s.undetermined), card('overturned', share(s.overturned, s.items)),
    card('findings: rationale / guideline / citation', `${s.findings.rationale} / ${s.findings.guideline} / ${s.findings.citation}`),
  ].join('');
}

function charts(report: AuditReport): string {
  const specialties = qaGroups(report.determinations, 'specialty').map((g) => ({ key: g.key, part: g.overturned, whole: g.items }));
  return (
    `<section class="charts" id="charts">` +
    `<figure><figcaption>Verdicts by treatment kind</figcaption>${verdictsByKindChart(report.summary.byKind)}</figure>` +
    `<figure><figcaption>Overturn rate by reviewer specialty</figcaption>${overturnRateChart(specialties)}</figure>` +
    `</section>`
  );
}

function notAudited(report: AuditReport): string {
  const failed = report.determinations.filter((d) => d.status === 'error').map((d) => `<li>${h(d.file)}: ${h(d.error?.message ?? '')}</li>`);
  const skipped = report.skipped.map((k) => `<li>${h(k.file)}: ${h(k.reason)}</li>`);
  const all = [...failed, ...skipped];
  return all.length === 0 ? '' : `<section id="not-audited"><h2>Files not audited (${all.length})</h2><ul>${all.join('')}</ul></section>`;
}

function conflictSection(conflicts: readonly ConflictGroup[], rowIds: ReadonlyMap<string, string>): string {
  const link = (ref: ItemRef): string => {
    const id = rowIds.get(refLabel(ref))!;
    return `<li><a href="#${id}" data-item="${id}">${h(ref.file)} #${ref.index}</a>: ${h(ref.request)}</li>`;
  };
  const groups = conflicts.map((group) => {
    const facts = Object.entries(group.facts).map(([name, value]) => `<li><code>${h(name)}</code> = <b>${h(value)}</b></li>`).join('');
    return (
      `<div class="conflict"><h3>${h(group.treatment.kind)} / ${h(group.treatment.category)}: ${group.upheld.length} upheld, ${group.overturned.length} overturned</h3>` +
      `<ul class="key-facts">${facts}</ul><div class="sides">` +
      `<div class="side upheld"><b>Upheld</b><ul>${group.upheld.map(link).join('')}</ul></div>` +
      `<div class="side overturned"><b>Overturned</b><ul>${group.overturned.map(link).join('')}</ul></div></div></div>`
    );
  });
  return `<section id="cross-case"><h2>Cross-case consistency (${conflicts.length})</h2><p>${CROSS_CASE_INTRO}</p>${groups.join('') || '<p class="none">No such items.</p>'}</section>`;
}

function options(values: readonly string[]): string {
  return values.map((value) => `<option value="${h(value)}">${h(value)}</option>`).join('');
}

function controls(report: AuditReport, specialties: readonly string[]): string {
  return (
    `<section class="controls" id="controls">` +
    `<label>Verdict <select id="filter-verdict"><option value="">all</option>${options(['inconsistent', 'consistent', 'undetermined'])}</select></label>` +
    `<label>Kind <select id="filter-kind"><option value="">all</option>${options(Object.keys(report.summary.byKind))}</select></label>` +
    `<label>Decision <select id="filter-decision"><option value="">all</option>${options(['upheld', 'overturned'])}</select></label>` +
    `<label>Specialty <select id="filter-specialty"><option value="">all</option>${options(specialties)}</select></label>` +
    `<label>Search <input id="filter-text" type="search"></label> <button type="button" id="filter-reset">Show all</button>` +
    `<span><span id="shown">${report.summary.items}</span> of ${report.summary.items} items shown</span></section>`
  );
}

/**
 * One self-contained HTML file (no network; inline style and script under a strict CSP): summary
 * cards, charts, files not audited, the cross-case consistency check, and a sortable, filterable
 * item table whose rows open the item's explanation trail. Every letter-derived string is escaped.
 */
export function formatHtml(report: AuditReport): string {
  const items = auditedItems(report.determinations).map((audited, n) => ({ ...audited, id: `item-${n + 1}` }));
  const rowIds = new Map(items.map(({ determination, item, id }) => [refLabel({ file: determination.file, index: item.index }), id]));
  const rows = items.map(({ determination, item, id }) => itemRows(determination, item, id)).join('\n');
  const specialties = [...new Set(report.determinations.flatMap((d) => d.reviewer?.specialties ?? []))].sort();
  const columns = ['File', '#', 'Request', 'Kind', 'Reviewer specialty', 'Decision', 'Expected', 'Verdict', 'Findings'];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>IMR decision-consistency audit</title><style>${STYLE}</style></head>
<body>
<h1>IMR decision-consistency audit</h1>
<p>${h(report.tool.name)} ${h(report.tool.version)} · ${report.rules.count} rules in ${report.rules.topics.length} topics${report.tool.generatedAt ? ` · ${h(report.tool.generatedAt)}` : ''}</p>
<section class="cards" id="summary">${summaryCards(report)}</section>
${charts(report)}
${notAudited(report)}
${conflictSection(crossCaseConflicts(report.determinations), rowIds)}
<h2>Items</h2>
${controls(report, specialties)}
<table id="items"><thead><tr>${columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
<script>${SCRIPT}</script>
</body></html>
`;
}
