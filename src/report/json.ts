import type { AuditReport } from './report.js';

/** The JSON report: the output contract of ../shared/DESIGN.md, stable key order, no timestamp unless asked. */
export function formatJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
