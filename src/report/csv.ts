import { itemTopics } from '../audit/summary.js';
import type { DeterminationAudit, ItemAudit } from '../audit/types.js';
import { escapeCsv } from './escape.js';
import type { AuditReport } from './report.js';

/** The columns of the CSV report, in order; one row per item, one per letter that could not be audited. */
const COLUMNS = [
  'file', 'status', 'error', 'case_number', 'item', 'line', 'request', 'original_request',
  'treatment_kind', 'treatment_category', 'treatment_name', 'drug_class', 'body_parts',
  'reviewer_specialties', 'reviewer_licensure', 'guideline_source', 'guidelines_cited',
  'decision', 'rationale_conclusion', 'expected', 'verdict',
  'rules_applied', 'rules_fired', 'topics', 'finding_kinds', 'findings',
] as const;

type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

const LIST = '; ';

function letterColumns(determination: DeterminationAudit): Row {
  return {
    file: determination.file,
    status: determination.status,
    error: determination.error?.message,
    case_number: determination.caseNumber,
    reviewer_specialties: determination.reviewer?.specialties.join(LIST),
    reviewer_licensure: determination.reviewer?.licensure.join(LIST),
  };
}

function itemColumns(item: ItemAudit): Row {
  return {
    item: item.index,
    line: item.line,
    request: item.request,
    original_request: item.originalRequest,
    treatment_kind: item.treatment.kind,
    treatment_category: item.treatment.category,
    treatment_name: item.treatment.name,
    drug_class: item.treatment.drugClass,
    body_parts: item.treatment.bodyParts.join(LIST),
    guideline_source: item.guideline?.source,
    guidelines_cited: item.guideline?.citations.map((c) => c.guideline).join(LIST),
    decision: item.decision,
    rationale_conclusion: item.conclusion,
    expected: item.expected,
    verdict: item.verdict,
    rules_applied: item.rules.map((r) => r.id).join(LIST),
    rules_fired: item.rules.filter((r) => r.fired).map((r) => r.id).join(LIST),
    topics: itemTopics(item).join(LIST),
    finding_kinds: item.findings.map((f) => f.kind).join(LIST),
    findings: item.findings.map((f) => `${f.kind}${f.rule ? ` ${f.rule}` : ''}: ${f.message}`).join(LIST),
  };
}

/** Every field goes through escapeCsv: quoted when needed and defused against spreadsheet formulas. */
function csvLine(row: Row): string {
  return COLUMNS.map((column) => escapeCsv(String(row[column] ?? ''))).join(',');
}

/** The CSV report (RFC 4180, CRLF line ends): a header, then one row per item and one per letter that could not be audited. */
export function formatCsv(report: AuditReport): string {
  const rows = report.determinations.flatMap((determination) => {
    const letter = letterColumns(determination);
    return determination.status === 'error' ? [letter] : determination.items.map((item) => ({ ...letter, ...itemColumns(item) }));
  });
  return [COLUMNS.join(','), ...rows.map(csvLine)].map((line) => `${line}\r\n`).join('');
}
