import type { FolderAudit } from './evaluate.js';
import type { Raise, Regression } from './ratchet.js';
import { totalScore, type Answer, type FactScore, type Mismatch, type Rate } from './score.js';

function level(r: Rate): string {
  return r.value === null ? '—' : r.value.toFixed(2);
}

function withCounts(r: Rate): string {
  return r.value === null ? '—' : `${r.value.toFixed(2)} ${r.hits}/${r.of}`;
}

function pair(precision: Rate, recall: Rate): string {
  return `${level(precision)}/${level(recall)}`;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The tri-state table: gold states, accuracy, precision and recall over stated answers, per state, evidence. */
export function formatTriStateTable(scores: readonly FactScore[]): string {
  const triState = scores.filter((s) => s.type === 'tri-state');
  const rows = triState.map((s) => [
    s.fact,
    String(s.judged),
    `${s.goldStates!.present}/${s.goldStates!.absent}/${s.goldStates!.unknown}`,
    withCounts(s.accuracy),
    withCounts(s.precision),
    withCounts(s.recall),
    pair(s.states!.present.precision, s.states!.present.recall),
    pair(s.states!.absent.precision, s.states!.absent.recall),
    withCounts(s.evidence),
  ]);
  const total = totalScore('all tri-state', triState);
  rows.push(['all tri-state', String(total.judged), '', withCounts(total.accuracy), withCounts(total.precision), withCounts(total.recall), '', '', withCounts(total.evidence)]);
  return table(['fact', 'gold', 'p/a/u', 'accuracy', 'precision', 'recall', 'present P/R', 'absent P/R', 'evidence'], rows);
}

/** The value table: numbers, categories, lists and flags, exact match. */
export function formatValueTable(scores: readonly FactScore[]): string {
  const values = scores.filter((s) => s.type !== 'tri-state');
  const rows = values.map((s) => [s.fact, s.type, String(s.judged), String(s.stated), withCounts(s.accuracy), withCounts(s.precision), withCounts(s.recall), withCounts(s.evidence)]);
  const total = totalScore('all values', values);
  rows.push(['all values', '', String(total.judged), String(total.stated), withCounts(total.accuracy), withCounts(total.precision), withCounts(total.recall), withCounts(total.evidence)]);
  return table(['fact', 'type', 'gold', 'stated', 'accuracy', 'precision', 'recall', 'evidence'], rows);
}

export const SCORING_NOTE = `Scoring. A "stated" answer says something: present or absent, or a value that is not null.
  accuracy  = answers equal to the gold, unknown/null included, over all judged answers
  precision = right stated answers over the extractor's stated answers (saying "unknown" costs no precision)
  recall    = right stated answers over the gold's stated answers (saying "unknown" when the letter says
              present or absent costs recall; answering present for absent costs both)
  present P/R, absent P/R = precision/recall of that state alone; p/a/u = gold present/absent/unknown
  evidence  = right stated answers with gold evidence whose extracted evidence overlaps it
  Numbers match within the gold's tolerance (default exact); lists match as sets.`;

export function formatAuditFigures(audit: FolderAudit, folder: string): string {
  const { summary, distinctLetters } = audit;
  const { agreement } = summary;
  const balanced = agreement.balanced === null ? '—' : agreement.balanced.toFixed(3);
  return [
    `Audit of ${folder}/ (every .txt and .pdf file, as \`imr-audit audit ${folder}\` reads it)`,
    `  letters: ${summary.files} files (${distinctLetters} distinct letters; a letter in .txt and .pdf is audited twice), ${summary.parsed} parsed, ${summary.failed} failed; ${summary.skipped} other files skipped`,
    `  items parsed: ${summary.items} (${summary.upheld} upheld, ${summary.overturned} overturned)`,
    `  items with a rule: ${summary.covered}`,
    `  verdicts: ${summary.consistent} consistent, ${summary.inconsistent} inconsistent, ${summary.undetermined} undetermined`,
    `  expected vs actual decision: ${agreement.agreed} of ${agreement.expectedItems} items the rules decide agree; balanced agreement ${balanced}`,
  ].join('\n');
}

function show(answer: Answer): string {
  return Array.isArray(answer) ? `[${answer.join(', ')}]` : String(answer);
}

export function formatMismatches(found: readonly Mismatch[]): string {
  if (found.length === 0) return 'No disagreements.';
  return found
    .map((m) => {
      const what = m.kind === 'answer' ? `gold ${show(m.expected)}, extracted ${show(m.extracted)}` : `${show(m.extracted)} as the gold, but read from other text`;
      const lines = [`${m.letter} item ${m.item} (${m.request}) ${m.fact}: ${what}`];
      if (m.goldEvidence) lines.push(`    gold evidence: ${m.goldEvidence.replace(/\s+/g, ' ')}`);
      if (m.extractedEvidence) lines.push(`    extracted from${m.extractedEvidence.cue ? ` "${m.extractedEvidence.cue}"` : ''}: ${m.extractedEvidence.text.replace(/\s+/g, ' ')}`);
      return lines.join('\n');
    })
    .join('\n');
}

export function formatRegressions(found: readonly Regression[]): string {
  return found
    .map((r) => `  ${r.fact} ${r.metric}: ${r.now === null ? 'no longer judged by the gold set' : r.now.toFixed(3)} < ratchet ${r.ratchet.toFixed(3)}`)
    .join('\n');
}

export function formatRaises(raised: readonly Raise[]): string {
  if (raised.length === 0) return 'The ratchet already holds every level reached; nothing raised.';
  return raised.map((r) => `  ${r.fact} ${r.metric}: ${r.from === null ? 'new' : r.from.toFixed(3)} → ${r.to.toFixed(3)}`).join('\n');
}
