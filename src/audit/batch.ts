import type { LoadLibraryOptions, RuleLibrary } from '../rules/library.js';
import { auditFile, type AuditOptions } from './audit-letter.js';
import type { InputFile } from './inputs.js';
import { letterResult, type LetterResult, type ResultWanted } from './letter-result.js';
import { LetterPool } from './worker-pool.js';

export interface BatchOptions extends AuditOptions {
  /**
   * Worker threads auditing letters at once; 1 (the default) audits in this thread. Never more
   * workers than letters.
   */
  readonly jobs?: number;
  /** How the workers load the library (the same options the given library was loaded with). */
  readonly library?: LoadLibraryOptions;
  /** What to make of each letter (default: its whole audit and tally). */
  readonly wanted?: ResultWanted;
  /** Called after each letter, in input order. */
  readonly onResult?: (result: LetterResult, done: number, total: number) => void | Promise<void>;
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
export async function auditBatch(inputs: readonly InputFile[], library: RuleLibrary, options: BatchOptions = {}): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, inputs.length));
  const auditOptions: AuditOptions = { ...(options.naive ? { naive: true } : {}), ...(options.allFacts ? { allFacts: true } : {}) };
  const wanted = options.wanted ?? WHOLE_AUDIT;
  const inThisThread = async (input: InputFile): Promise<LetterResult> => letterResult(await auditFile(input.path, library, auditOptions, input.name), wanted);
  if (jobs === 1) {
    await inOrder(inputs, IN_THREAD_AHEAD, inThisThread, options.onResult);
    return;
  }
  const pool = await LetterPool.start(jobs, { library: options.library ?? {}, audit: auditOptions, wanted }, inThisThread);
  try {
    await inOrder(inputs, jobs * AHEAD_PER_JOB, (input) => pool.audit(input), options.onResult);
  } finally {
    await pool.close();
  }
}

async function inOrder(
  inputs: readonly InputFile[],
  ahead: number,
  audit: (input: InputFile) => Promise<LetterResult>,
  onResult: BatchOptions['onResult'],
): Promise<void> {
  const pending = new Map<number, Promise<LetterResult>>();
  let next = 0;
  const start = (): void => {
    while (next < inputs.length && pending.size < ahead) {
      pending.set(next, audit(inputs[next]!));
      next++;
    }
  };
  start();
  for (let index = 0; index < inputs.length; index++) {
    const result = await pending.get(index)!;
    pending.delete(index);
    start();
    await onResult?.(result, index + 1, inputs.length);
  }
}
