import { jsonDeterminationEntry, jsonDeterminationsArray, jsonReportFrame } from './json-stream.js';
import type { AuditReport } from './report.js';

/**
 * The JSON report: the output contract of ../shared/DESIGN.md, stable key order, no timestamp
 * unless asked. Tool, rules, summary and skipped files pretty-printed; each determination compact
 * on one line (json-stream.ts writes the same bytes as a batch goes).
 */
export function formatJson(report: AuditReport): string {
  const { determinations, ...frame } = report;
  const { head, tail } = jsonReportFrame(frame);
  return `${head}${jsonDeterminationsArray(determinations.map(jsonDeterminationEntry))}${tail}`;
}
