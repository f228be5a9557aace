import type { AuditReport } from './report.js';

/** Everything a report holds but its determinations: known before the batch (tool, rules, skipped) or after it (summary). */
export type ReportFrame = Omit<AuditReport, 'determinations'>;

/**
 * Where a streamed report goes: text, or text already encoded as UTF-8 (a letter's entry comes from
 * its worker as bytes). A write may return a promise to hold the writer back until the text is taken.
 */
export interface TextOut {
  write(text: string | Uint8Array): void | Promise<void>;
}

/**
 * Text put aside while a batch runs and written out whole at the end: the JSON report names its
 * summary before its determinations, so they wait somewhere other than memory (a temporary file).
 */
export interface Spool extends TextOut {
  /** Write everything spooled to `out`, in order. */
  replayTo(out: TextOut): Promise<void>;
}

/**
 * A report written as the batch goes, letter by letter, without holding the batch. Each letter
 * comes as its entry: the text its format's `entry` made of its audit, UTF-8 encoded where it was
 * audited (in a worker: the bytes are handed over, not copied, and the main thread writes them
 * to a file as they are; only a report printed on stdout is decoded back to text).
 */
export interface ReportStream {
  add(entry: Uint8Array): Promise<void>;
  finish(frame: ReportFrame): Promise<void>;
}
