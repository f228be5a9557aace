import { itemTopics } from '../audit/summary.js';
import type { DeterminationAudit, ItemAudit } from '../audit/types.js';
import { escapeCsv } from './escape.js';
import type { AuditReport } from './report.js';
import type { ReportStream, TextOut } from './report-stream.js';

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

const HEADER = `${COLUMNS.join(',')}\r\n`;

/** One letter's rows: one an item, or one for a letter that could not be audited (CRLF line ends). */
export function csvDeterminationRows(determination: DeterminationAudit): string {
  const letter = letterColumns(determination);
  const rows = determination.status === 'error' ? [letter] : determination.items.map((item) => ({ ...letter, ...itemColumns(item) }));
  return rows.map((row) => `${csvLine(row)}\r\n`).join('');
}

/** The CSV report (RFC 4180, CRLF line ends): a header, then one row per item and one per letter that could not be audited. */
export function formatCsv(report: AuditReport): string {
  return HEADER + report.determinations.map(csvDeterminationRows).join('');
}

/** The CSV report written as the batch goes: the header, then each letter's rows as they come. Nothing is held. */
export class CsvReportStream implements ReportStream {
  private constructor(private readonly out: TextOut) {}

  static async start(out: TextOut): Promise<CsvReportStream> {
    await out.write(HEADER);
    return new CsvReportStream(out);
  }

  /** `entry`: the letter's rows, as `csvDeterminationRows` renders them, UTF-8 encoded. */
  async add(entry: Uint8Array): Promise<void> {
    await this.out.write(entry);
  }

  async finish(): Promise<void> {}
}
