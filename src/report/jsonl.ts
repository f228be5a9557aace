import type { DeterminationAudit } from '../audit/types.js';
import type { AuditReport } from './report.js';
import type { ReportFrame, ReportStream, TextOut } from './report-stream.js';

/**
 * JSON Lines: one line per determination (the same object as in the JSON report's
 * `determinations`), in input order, then one last line holding the rest of the JSON report
 * (`tool`, `rules`, `summary`, `skipped`). Written as the batch goes; nothing is held.
 */
export function jsonLinesDetermination(determination: DeterminationAudit): string {
  return `${JSON.stringify(determination)}\n`;
}

export function jsonLinesSummary(frame: ReportFrame): string {
  const { tool, rules, summary, skipped } = frame;
  return `${JSON.stringify({ tool, rules, summary, skipped })}\n`;
}

/** The whole report as JSON Lines (what the stream writes, for a report already in memory). */
export function formatJsonLines(report: AuditReport): string {
  return report.determinations.map(jsonLinesDetermination).join('') + jsonLinesSummary(report);
}

export class JsonLinesReportStream implements ReportStream {
  constructor(private readonly out: TextOut) {}

  /** `entry`: the determination's line, as `jsonLinesDetermination` renders it, UTF-8 encoded. */
  async add(entry: Uint8Array): Promise<void> {
    await this.out.write(entry);
  }

  async finish(frame: ReportFrame): Promise<void> {
    await this.out.write(jsonLinesSummary(frame));
  }
}
