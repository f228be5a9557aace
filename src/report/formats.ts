import type { DeterminationAudit } from '../audit/types.js';
import { csvDeterminationRows, CsvReportStream, formatCsv } from './csv.js';
import { formatJson } from './json.js';
import { jsonDeterminationEntry, JsonReportStream } from './json-stream.js';
import { formatJsonLines, jsonLinesDetermination, JsonLinesReportStream } from './jsonl.js';
import { formatJunit, junitSuite, JunitReportStream } from './junit.js';
import type { AuditReport } from './report.js';
import type { ReportStream, Spool, TextOut } from './report-stream.js';

export interface ReportFormat {
  /** File extension when written with --out. */
  readonly extension: string;
  /**
   * The function that renders the whole report. Loaded when a run asks for the format: the
   * renderers of Markdown, HTML and SARIF (and what they share: QA groups, the cross-case check,
   * charts) take a cold CLI ~10 ms to load, for nothing in a run writing JSON. (CSV and JUnit are
   * written letter by letter, so a worker needs their entry at hand: small modules, loaded always.)
   */
  readonly renderer: () => Promise<(report: AuditReport) => string>;
  /** Formats written as the batch runs: what one letter adds to the report (pure: a worker renders it). */
  readonly entry?: (determination: DeterminationAudit) => string;
  /** Write the same text as the renderer from the letters' entries, without holding the batch (memory stays flat). */
  readonly stream?: (out: TextOut, spool: () => Promise<Spool>) => Promise<ReportStream>;
  /**
   * A format rendered from the whole batch in memory: the most letters it is written for, and why.
   * A batch larger than that is refused before a letter is read, rather than fail at the end.
   */
  readonly capacity?: { readonly letters: number; readonly reason: string };
}

/**
 * Measured on `npm run bench`'s copies of the letters in cases/ (2 cores, a 4.3 GB heap): the
 * HTML page grows ~24 KB a letter and passes the longest string V8 can make (~512 MB) at about
 * 21,000 letters (40,000 ended "Invalid string length" after 78 s, no report kept); every
 * in-memory format holds each letter's audit, ~45 KB a letter (40,000 letters to SARIF: 1.8 GB).
 */
const IN_MEMORY = {
  html: { letters: 15_000, reason: 'one page held in memory (~24 KB a letter; no browser opens one much larger)' },
  wholeBatch: { letters: 50_000, reason: 'rendered from every letter\'s audit held in memory (~45 KB a letter)' },
} as const;

/** Every file format `audit --format` and `--out` know, each fed by the same report object. */
export const FORMATS = {
  json: { extension: 'json', renderer: async () => formatJson, entry: jsonDeterminationEntry, stream: async (out, spool) => new JsonReportStream(out, await spool()) },
  jsonl: { extension: 'jsonl', renderer: async () => formatJsonLines, entry: jsonLinesDetermination, stream: async (out) => new JsonLinesReportStream(out) },
  markdown: { extension: 'md', renderer: async () => (await import('./markdown.js')).formatMarkdown, capacity: IN_MEMORY.wholeBatch },
  html: { extension: 'html', renderer: async () => (await import('./html.js')).formatHtml, capacity: IN_MEMORY.html },
  csv: { extension: 'csv', renderer: async () => formatCsv, entry: csvDeterminationRows, stream: async (out) => CsvReportStream.start(out) },
  sarif: { extension: 'sarif', renderer: async () => (await import('./sarif.js')).formatSarif, capacity: IN_MEMORY.wholeBatch },
  junit: { extension: 'junit.xml', renderer: async () => formatJunit, entry: junitSuite, stream: async (out, spool) => new JunitReportStream(out, await spool()) },
} as const satisfies Record<string, ReportFormat>;

export type FileFormatName = keyof typeof FORMATS;

/** Formats written by `--out DIR` when no --format is given. */
export const DEFAULT_OUT_FORMATS: readonly FileFormatName[] = ['json', 'markdown', 'html'];

/**
 * Markdown and HTML are rendered from the whole batch in memory, and are for reading: past this
 * many letters `--out DIR` without --format writes LARGE_BATCH_OUT_FORMATS instead (a year of
 * letters would take gigabytes of memory, and make an HTML page no browser opens). Asked for by
 * name, they are written up to their `capacity`.
 */
export const READABLE_BATCH_LETTERS = 5_000;

/** Formats written by `--out DIR` without --format for a batch of more than READABLE_BATCH_LETTERS: both streamed. */
export const LARGE_BATCH_OUT_FORMATS: readonly FileFormatName[] = ['json', 'csv'];

/** What `--out DIR` writes when no --format is given, for a batch of `letters` letters. */
export function defaultOutFormats(letters: number): readonly FileFormatName[] {
  return letters > READABLE_BATCH_LETTERS ? LARGE_BATCH_OUT_FORMATS : DEFAULT_OUT_FORMATS;
}

export function isFileFormat(name: string): name is FileFormatName {
  return Object.prototype.hasOwnProperty.call(FORMATS, name);
}

export function reportFormat(name: FileFormatName): ReportFormat {
  return FORMATS[name];
}

/** The formats written letter by letter, whatever the batch's size. */
export function streamedFormats(): FileFormatName[] {
  return (Object.keys(FORMATS) as FileFormatName[]).filter((name) => reportFormat(name).stream !== undefined);
}

/** Why `format` cannot be written for a batch of `letters` letters, or undefined when it can. */
export function beyondCapacity(format: FileFormatName, letters: number): string | undefined {
  const { capacity } = reportFormat(format);
  if (!capacity || letters <= capacity.letters) return undefined;
  return (
    `--format ${format} is ${capacity.reason}: ${letters} letters are more than the ${capacity.letters} it is written for. ` +
    `Audit the letters in parts of at most ${capacity.letters} for ${format}, or write ${streamedFormats().join(', ').replace(/, (\w+)$/, ' or $1')}, which go letter by letter whatever the size`
  );
}
