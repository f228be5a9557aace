import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import type { DeterminationAudit } from '../audit/types.js';
import { jsonDeterminationEntry, JsonReportStream } from './json-stream.js';
import { formatJsonLines, jsonLinesDetermination, JsonLinesReportStream } from './jsonl.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import type { AuditReport } from './report.js';
import type { ReportStream, Spool, TextOut } from './report-stream.js';
import { formatSarif } from './sarif.js';

export interface ReportFormat {
  /** File extension when written with --out. */
  readonly extension: string;
  readonly render: (report: AuditReport) => string;
  /** Formats written as the batch runs: what one letter adds to the report (pure: a worker renders it). */
  readonly entry?: (determination: DeterminationAudit) => string;
  /** Write the same text as `render` from the letters' entries, without holding the batch (memory stays flat). */
  readonly stream?: (out: TextOut, spool: () => Promise<Spool>) => Promise<ReportStream>;
}

/** Every file format `audit --format` and `--out` know, each fed by the same report object. */
export const FORMATS = {
  json: { extension: 'json', render: formatJson, entry: jsonDeterminationEntry, stream: async (out, spool) => new JsonReportStream(out, await spool()) },
  jsonl: { extension: 'jsonl', render: formatJsonLines, entry: jsonLinesDetermination, stream: async (out) => new JsonLinesReportStream(out) },
  markdown: { extension: 'md', render: formatMarkdown },
  html: { extension: 'html', render: formatHtml },
  csv: { extension: 'csv', render: formatCsv },
  sarif: { extension: 'sarif', render: formatSarif },
  junit: { extension: 'junit.xml', render: formatJunit },
} as const satisfies Record<string, ReportFormat>;

export type FileFormatName = keyof typeof FORMATS;

/** Formats written by `--out DIR` when no --format is given. */
export const DEFAULT_OUT_FORMATS: readonly FileFormatName[] = ['json', 'markdown', 'html'];

export function isFileFormat(name: string): name is FileFormatName {
  return Object.prototype.hasOwnProperty.call(FORMATS, name);
}

export function reportFormat(name: FileFormatName): ReportFormat {
  return FORMATS[name];
}
