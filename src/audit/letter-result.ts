import { reportFormat, type FileFormatName } from '../report/formats.js';
import { qaLetterOf, type QaLetter } from '../report/qa-letter.js';
import { digestOf } from './digest.js';
import { tallyOf, type LetterTally } from './summary.js';
import type { DeterminationAudit } from './types.js';

/**
 * What a batch's caller wants of each letter, named so it can be sent to a worker: the entries of
 * the streamed report formats, the terminal digest, and/or the whole audit.
 */
export interface ResultWanted {
  /** Formats whose per-letter `entry` is rendered, in this order. */
  readonly entries: readonly FileFormatName[];
  readonly digest: boolean;
  readonly audit: boolean;
  /** What reviewer QA reads of the letter (src/report/qa-letter.ts). */
  readonly qa?: boolean;
}

/**
 * One letter's result, made where it was audited (on a worker it is sent back instead of the
 * audit, which the main thread would otherwise have to copy, render and collect).
 */
export interface LetterResult {
  readonly file: string;
  /** What the summary counts. */
  readonly tally: LetterTally;
  /** The entry of each format of `ResultWanted.entries`, in order, UTF-8 encoded (each in a buffer of its own, to hand over from a worker). */
  readonly entries: readonly Uint8Array[];
  /** The letter's terminal digest, when wanted and it has one. */
  readonly digest?: DeterminationAudit;
  /** The whole audit, when wanted. */
  readonly audit?: DeterminationAudit;
  /** What reviewer QA reads of the letter, when wanted. */
  readonly qa?: QaLetter;
}

const UTF8 = new TextEncoder();

/** The buffers of a result's entries: what a worker hands over with it instead of copying. */
export function transferables(result: LetterResult): ArrayBuffer[] {
  return result.entries.map((entry) => entry.buffer as ArrayBuffer);
}

export function letterResult(audit: DeterminationAudit, wanted: ResultWanted): LetterResult {
  const digest = wanted.digest ? digestOf(audit) : undefined;
  return {
    file: audit.file,
    tally: tallyOf(audit),
    entries: wanted.entries.map((format) => {
      const entry = reportFormat(format).entry;
      if (!entry) throw new Error(`format ${format} is not written letter by letter`);
      return UTF8.encode(entry(audit));
    }),
    ...(digest ? { digest } : {}),
    ...(wanted.audit ? { audit } : {}),
    ...(wanted.qa ? { qa: qaLetterOf(audit) } : {}),
  };
}
