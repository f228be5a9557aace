import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import type { AuditReport } from './report.js';
import { formatSarif } from './sarif.js';

export interface ReportFormat {
  /** File extension when written with --out. */
  readonly extension: string;
  readonly render: (report: AuditReport) => string;
}

/** Every file format `audit --format` and `--out` know, each fed by the same report object. */
export const FORMATS = {
  json: { extension: 'json', render: formatJson },
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
