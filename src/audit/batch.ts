import { setImmediate as turn } from 'node:timers/promises';
import type { LoadLibraryOptions, RuleLibrary } from '../rules/library.js';
import { untilAborted } from './abort.js';
import type { PdfReadAhead } from '../letter/pdf-read-ahead.js';
import { auditFile, errorAudit, type AuditOptions } from './audit-letter.js';
import { HeavyLane } from './heavy-lane.js';
import type { InputFile, LetterSource } from './letter-list.js';
import { letterResult, type LetterResult, type ResultWanted } from './letter-result.js';
import { CAPPED_HEAP, LetterPool, type PoolOptions } from './worker-pool.js';
import { WORKER_MAX_LETTER_BYTES, type WorkerSetup } from './worker-protocol.js';

export interface BatchOptions extends AuditOptions {
  /**
   * Worker threads auditing letters at once (default 1). Never more workers than letters. One
   * job without a time limit, or a single letter, audits in this thread.
   */
  readonly jobs?: number;
  /**
   * Milliseconds one letter may take (0 or absent: no limit). A letter that takes longer has its
   * worker stopped and is reported "not audited: took longer than N s"; the batch goes on. Only a
   * worker can be stopped in the middle of a letter (this thread cannot interrupt its own
   * synchronous code), so with a limit letters are audited on workers even with one job; but a
   * batch of one letter is audited here, without a limit: starting a worker would more than
   * double the time of a one-letter run, and someone watching one letter can stop it.
   */
  readonly letterTimeoutMs?: number;
  /** How the workers load the library (the same options the given library was loaded with). */
  readonly library?: LoadLibraryOptions;
  /** What to make of each letter (default: its whole audit and tally). */
  readonly wanted?: ResultWanted;
  /**
   * A letter whose text is already being extracted (a PDF read ahead on a worker thread while the
   * library loaded): the batch's letter of that path, audited in this thread, uses that text.
   */
  readonly readAhead?: PdfReadAhead;
  /** Called after each letter, in input order. */
  readonly onResult?: (result: LetterResult, done: number, total: number) => void | Promise<void>;
  /**
   * Aborting it stops the batch: its workers are stopped, no further result is handed on, and
   * `auditBatch` rejects with the signal's reason.
   */
  readonly signal?: AbortSignal;
}

/** Letters started ahead of the one being handed on, per worker: keeps workers busy behind a slow letter. */
const AHEAD_PER_JOB = 8;
/** In this thread, a few letters at once so reading files overlaps with auditing. */
const IN_THREAD_AHEAD = 4;

const WHOLE_AUDIT: ResultWanted = { entries: [], digest: false, audit: true };

/**
 * Audit letters, handing each result on in input order as soon as it and every letter before it
 * are done, so a caller can stream the report without holding the batch. The results are the
 * same whatever the number of jobs: a worker makes a letter's result with the same function as
 * this thread.
 */
export async function auditBatch(inputs: LetterSource, library: RuleLibrary, options: BatchOptions = {}): Promise<void> {
  const { signal } = options;
  signal?.throwIfAborted();
  if (inputs.length === 0) return;
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, inputs.length));
  const timeoutMs = options.letterTimeoutMs ?? 0;
  const auditOptions: AuditOptions = { ...(options.naive ? { naive: true } : {}), ...(options.allFacts ? { allFacts: true } : {}) };
  const wanted = options.wanted ?? WHOLE_AUDIT;
  if ((jobs === 1 && timeoutMs <= 0) || inputs.length === 1) {
    const inThisThread = async (input: InputFile): Promise<LetterResult> =>
      letterResult(await auditFile(input.path, library, auditOptions, input.name, options.readAhead), wanted);
    await inOrder(inputs, IN_THREAD_AHEAD, inThisThread, options);
    return;
  }

  // The workers build their library from the texts this one was built from: the files are not
  // read again, so letters audited by a worker started late (a replacement) meet the same rules.
  const setup: WorkerSetup = { library: { ...options.library, ...(library.sources ? { sources: library.sources } : {}) }, audit: auditOptions, wanted };
  const notAudited = (input: InputFile, reason: string): LetterResult => letterResult(errorAudit(input.name, `not audited: ${reason}`), wanted);
  const limits: Pick<PoolOptions, 'letterTimeoutMs' | 'overran'> = {
    letterTimeoutMs: timeoutMs,
    overran: (input) => notAudited(input, `took longer than ${timeoutMs / 1000} s`),
  };
  const heavy = new HeavyLane({ setup, ...limits, handOff: async (input, reason) => notAudited(input, reason) });
  try {
    const starting = LetterPool.start({
      size: jobs,
      setup: { ...setup, declineOver: WORKER_MAX_LETTER_BYTES },
      heap: CAPPED_HEAP,
      ...limits,
      handOff: (input) => heavy.audit(input),
    });
    const pool = await untilAborted(starting, signal).catch(async (error: unknown) => {
      await (await starting.catch(() => undefined))?.close();
      throw error;
    });
    try {
      await inOrder(inputs, jobs * AHEAD_PER_JOB, (input) => pool.audit(input), options);
    } finally {
      await pool.close();
    }
  } finally {
    await heavy.close();
  }
}

async function inOrder(
  inputs: LetterSource,
  ahead: number,
  audit: (input: InputFile) => Promise<LetterResult>,
  { onResult, signal }: Pick<BatchOptions, 'onResult' | 'signal'>,
): Promise<void> {
  const pending = new Map<number, Promise<LetterResult>>();
  let next = 0;
  const start = (): void => {
    while (next < inputs.length && pending.size < ahead) {
      pending.set(next, audit(inputs.at(next)!));
      next++;
    }
  };
  start();
  for (let index = 0; index < inputs.length; index++) {
    const result = await untilAborted(pending.get(index)!, signal);
    pending.delete(index);
    start();
    await onResult?.(result, index + 1, inputs.length);
    // Letters audited in this thread settle as promises alone, never letting the event loop turn;
    // it must, for the signal to be aborted (a SIGINT is an event).
    if (signal) await turn();
  }
}
