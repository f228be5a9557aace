import type { LoadLibraryOptions } from '../rules/library.js';
import type { AuditOptions } from './audit-letter.js';
import type { LetterResult, ResultWanted } from './letter-result.js';

/** What a letter worker is started with: how to load the library, how to audit, what to send back. */
export interface WorkerSetup {
  readonly library: LoadLibraryOptions;
  readonly audit: AuditOptions;
  readonly wanted: ResultWanted;
  /** Letters larger than this many bytes are handed back (`declined`); none is when absent. */
  readonly declineOver?: number;
}

/**
 * One letter to audit. A worker audits its letters one at a time, in the order they were sent,
 * and answers each before it starts the next: the pool then knows which letter a worker is on
 * (the oldest unanswered), which is what its time limit is measured on.
 */
export interface WorkerRequest {
  readonly id: number;
  readonly path: string;
  readonly name: string;
}

/**
 * Letters larger than this are not audited on a pool's capped worker but handed back (`declined`)
 * to be audited where the heap is not capped (heavy-lane.ts): a letter is about 10 KB, so a file of
 * this size is no ordinary letter, and it would need more than a capped worker's heap.
 */
export const WORKER_MAX_LETTER_BYTES = 512 * 1024;

/** A worker's answers: ready (library loaded), failed (it could not be), a letter's result, or a letter declined. */
export type WorkerReply =
  | { readonly ready: true }
  | { readonly failed: string }
  | { readonly id: number; readonly result: LetterResult }
  | { readonly id: number; readonly declined: 'large' };
