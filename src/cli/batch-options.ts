/**
 * How a command that audits a batch (audit, qa) spreads it over worker threads and bounds each
 * letter's time: the options, as the command line gives them and as the batch takes them.
 */
import { availableParallelism } from 'node:os';
import { Option } from 'commander';
import { UsageError } from './usage.js';

/**
 * What a letter may take before it is stopped and reported "not audited": a letter takes a few
 * milliseconds, a long PDF a second or two; a minute means it will not end (pdf.js looping on a
 * malformed file, say), and it must not hold up the batch.
 */
export const DEFAULT_LETTER_TIMEOUT_S = 60;

/** A timer cannot wait longer than 2^31 - 1 ms (about 24 days): a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'letters audited in parallel on worker threads (default: the number of cores)');
}

export function letterTimeoutOption(): Option {
  return new Option(
    '--letter-timeout <seconds>',
    `stop a letter that takes longer and report it "not audited" (default: ${DEFAULT_LETTER_TIMEOUT_S}; 0: no limit, and with --jobs 1 letters are then audited in the main thread)`,
  );
}

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs takes a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/** Milliseconds; 0: no limit. */
export function parseLetterTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LETTER_TIMEOUT_S * 1000;
  const ms = /^\d+(\.\d+)?$/.test(value) ? Math.round(Number(value) * 1000) : NaN;
  if (!(ms <= MAX_TIMER_MS)) throw new UsageError(`--letter-timeout takes a number of seconds up to ${Math.floor(MAX_TIMER_MS / 1000)} (0: no limit), not "${value}"`);
  return ms;
}
