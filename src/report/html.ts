import { displayValue } from '../audit/explain.js';
import type { DeterminationAudit, ItemAudit, LocatedEvidence } from '../audit/types.js';
import type { ConditionTrail } from '../rules/compile.js';
import { citationText } from './citation-text.js';
import { escapeHtml as h } from './escape.js';
import type { AuditReport } from './report.js';

/** Evidence text with its cue highlighted; both escaped. */
function evidenceHtml(evidence: LocatedEvidence): string {
  const text = evidence.text;
  const cue = evidence.cue;
  const at = cue ? text.toLowerCase().indexOf(cue.toLowerCase()) : -1;
  const body = at >= 0 && cue ? `${h(text.slice(0, at))}<mark>${h(text.slice(at, at + cue.length))}</mark>${h(text.slice(at + cue.length))}` : h(text);
  const reading = evidence.reading ? ` <span class="reading">${h(evidence.reading)}${evidence.modifiers ? `: ${h(evidence.modifiers.join('; '))}` : ''}</span>` : '';
  const note = evidence.note ? ` <span class="note">${h(evidence.note)}</span>` : '';
  return `<li class="evidence"><span class="where">line ${evidence.line}, ${h(evidence.source)}</span> ${body}${reading}${note}</li>`;
}

function trailHtml(trail: ConditionTrail, item: ItemAudit): string {
  if ('all' in trail || 'any' in trail) {
    const [word, children] = 'all' in trail ? ['all of', trail.all] : ['any of', trail.any];
    return `<li class="${trail.result ? 'met' : 'unmet'}">${word}<ul>${children.map((c) => trailHtml(c, item)).join('')}</ul></li>`;
  }
  if ('not' in trail) return `<li class="${trail.result ? 'met' : 'unmet'}">not<ul>${trailHtml(trail.not, item)}</ul></li>`;
  const fact = item.facts[trail.fact];
  const evidence = fact && fact.evidence.length > 0 ? `<ul>${fact.evidence.slice(0, 3).map(evidenceHtml).join('')}</ul>` : '';
  const mark = trail.evaluated ? (trail.result ? '✔' : '✘') : '–';
  return `<li class="${trail.result ? 'met' : 'unmet'}"><span class="mark">${mark}</span> <code>${h(trail.fact)}</code> ${h(trail.operator)} <code>${h(JSON.stringify(trail.value))}</code> — value: <b>${h(displayValue(trail.factValue ?? null))}</b>${evidence}</li>`;
}

function itemDetails(item: ItemAudit): string {
  const findings = item.findings
    .map((f) => `<div class="finding ${h(f.kind)}"><b>${h(f.kind)}</b> (${h(f.severity)}): ${h(f.message)}${f.citation ? ` <i>${h(citationText(f.citation))}</i>` : ''}<ul>${f.evidence.map(evidenceHtml).join('')}</ul></div>`)
    .join('');
  const rules = item.rules
    .map((r) => `<div class="rule ${r.fired ? 'fired' : 'silent'}"><div><b>${h(r.id)}</b> — ${h(r.title)} <span class="outcome">${h(r.outcome)}</span> <span class="state">${r.fired ? 'fired' : 'did not fire'}</span></div><div class="cite">${h(citationText(r.citation))}</div>${r.explanation ? `<div class="explanation">${h(r.explanation)}</div>` : ''}<ul class="trail">${trailHtml(r.conditions, item)}</ul></div>`)
    .join('');
  const guideline = item.guideline ? `<div class="guideline"><b>Cited:</b> ${h(item.guideline.text)}</div>` : '';
  return `${guideline}${findings || '<div class="finding none">No findings.</div>'}${rules || '<div class="rule none">No rule applies to this treatment.</div>'}`;
}

function itemRows(determination: DeterminationAudit, item: ItemAudit, id: string): string {
  return (
    `<tr class="item" data-verdict="${h(item.verdict)}" data-kind="${h(item.treatment.kind)}" data-detail="${id}" tabindex="0">` +
    `<td>${h(determination.file)}</td><td>${item.index}</td><td>${h(item.request)}</td><td>${h(item.treatment.kind)}</td>` +
    `<td>${h(determination.reviewer?.specialties.join(', ') ?? '')}</td><td>${item.decision}</td><td>${item.expected}</td>` +
    `<td class="verdict ${h(item.verdict)}">${item.verdict}</td><td>${item.findings.map((f) => h(f.kind)).join(', ')}</td></tr>` +
    `<tr class="detail" id="${id}" hidden><td colspan="9">${itemDetails(item)}</td></tr>`
  );
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#222}
h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f4f4f4;user-select:none}tr.item{cursor:pointer}tr.item:hover{background:#f8f8ff}
.verdict.inconsistent{color:#b00020;font-weight:600}.verdict.consistent{color:#1b7f3b}.verdict.undetermined{color:#8a6d00}
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.card{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;min-width:7rem}.card b{display:block;font-size:1.3rem}
.controls{margin:1rem 0;display:flex;gap:1rem;flex-wrap:wrap}.finding{margin:.3rem 0;padding:.3rem .5rem;border-left:4px solid #b00020;background:#fff5f5}
.finding.citation{border-color:#c77700;background:#fffaf0}.finding.none,.rule.none{border-color:#aaa;background:#f7f7f7}
.rule{margin:.4rem 0;padding:.3rem .5rem;border-left:4px solid #999}.rule.fired{border-color:#3355cc}.cite,.note,.where,.reading{color:#666;font-size:.9em}
.trail li.met>.mark{color:#1b7f3b}.trail li.unmet>.mark{color:#b00020}mark{background:#ffe58a}.explanation{font-style:italic}
`;

const SCRIPT = `
(function(){
  var table=document.getElementById('items');
  function rows(){return Array.prototype.slice.call(table.tBodies[0].querySelectorAll('tr.item'));}
  function apply(){
    var v=document.getElementById('filter-verdict').value,k=document.getElementById('filter-kind').value,q=document.getElementById('filter-text').value.toLowerCase();
    var shown=0;
    rows().forEach(function(r){
      var ok=(!v||r.dataset.verdict===v)&&(!k||r.dataset.kind===k)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
      r.hidden=!ok; if(!ok){document.getElementById(r.dataset.detail).hidden=true;} else shown++;
    });
    document.getElementById('shown').textContent=shown;
  }
  ['filter-verdict','filter-kind','filter-text'].forEach(function(id){document.getElementById(id).addEventListener('input',apply);});
  table.tBodies[0].addEventListener('click',function(e){
    var row=e.target.closest('tr.item'); if(!row) return;
    var d=document.getElementById(row.dataset.detail); d.hidden=!d.hidden;
  });
  table.tBodies[0].addEventListener('keydown',function(e){
    if(e.key!=='Enter') return; var row=e.target.closest('tr.item'); if(!row) return;
    var d=document.getElementById(row.dataset.detail); d.hidden=!d.hidden;
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
    th.addEventListener('click',function(){
      var asc=th.dataset.sort!=='asc'; Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){delete c.dataset.sort;}); th.dataset.sort=asc?'asc':'desc';
      var body=table.tBodies[0],list=rows();
      list.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;var nx=parseFloat(x),ny=parseFloat(y);
        var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});
      list.forEach(function(r){body.appendChild(r);body.appendChild(document.getElementById(r.dataset.detail));});
    });
  });
  apply();
})();
`;

/** One self-contained HTML file (no network): summary, a filterable, sortable item table, per-item explanation trail. */
export function formatHtml(report: AuditReport): string {
  const s = report.summary;
  const kinds = Object.keys(s.byKind);
  let counter = 0;
  const rows = report.determinations.flatMap((d) => d.items.map((item) => itemRows(d, item, `d${counter++}`))).join('\n');
  const failed = report.determinations.filter((d) => d.status === 'error');
  const notAudited = [...failed.map((d) => `<li>${h(d.file)}: ${h(d.error?.message ?? '')}</li>`), ...report.skipped.map((k) => `<li>${h(k.file)}: ${h(k.reason)}</li>`)];
  const card = (label: string, value: string | number): string => `<div class="card"><b>${h(String(value))}</b>${h(label)}</div>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>IMR decision-consistency audit</title><style>${STYLE}</style></head>
<body>
<h1>IMR decision-consistency audit</h1>
<p>${h(report.tool.name)} ${h(report.tool.version)} · ${report.rules.count} rules in ${report.rules.topics.length} topics</p>
<section class="cards" id="summary">
${card('files', s.files)}${card('parsed', s.parsed)}${card('failed', s.failed)}${card('items', s.items)}${card('with a rule', s.covered)}${card('consistent', s.consistent)}${card('inconsistent', s.inconsistent)}${card('undetermined', s.undetermined)}${card('balanced agreement', s.agreement.balanced ?? '–')}
</section>
${notAudited.length > 0 ? `<section id="not-audited"><h2>Files not audited</h2><ul>${notAudited.join('')}</ul></section>` : ''}
<section class="controls">
<label>Verdict <select id="filter-verdict"><option value="">all</option><option>inconsistent</option><option>consistent</option><option>undetermined</option></select></label>
<label>Kind <select id="filter-kind"><option value="">all</option>${kinds.map((k) => `<option>${h(k)}</option>`).join('')}</select></label>
<label>Search <input id="filter-text" type="search"></label>
<span><span id="shown">${s.items}</span> items shown</span>
</section>
<table id="items"><thead><tr><th>File</th><th>#</th><th>Request</th><th>Kind</th><th>Reviewer</th><th>Decision</th><th>Expected</th><th>Verdict</th><th>Findings</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<script>${SCRIPT}</script>
</body></html>
`;
}
