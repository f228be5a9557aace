import type { LoadLibraryOptions } from '../rules/library.js';
import type { AuditOptions } from './audit-letter.js';
import type { LetterResult, ResultWanted } from './letter-result.js';

/** What a letter worker is started with: how to load the library, how to audit, what to send back. */
export interface WorkerSetup {
  readonly library: LoadLibraryOptions;
  readonly audit: AuditOptions;
  readonly wanted: ResultWanted;
}

/** One letter to audit. */
export interface WorkerRequest {
  readonly id: number;
  readonly path: string;
  readonly name: string;
}

/**
 * Letters larger than this are not audited on a worker but handed back (`declined`) to be audited
 * in the main thread, whose heap is not capped: a letter is about 10 KB, so a file of this size is
 * no ordinary letter, and it would need more than a worker's heap (see WORKER_HEAP).
 */
export const WORKER_MAX_LETTER_BYTES = 512 * 1024;

/** A worker's answers: ready (library loaded), failed (it could not be), a letter's result, or a letter declined. */
export type WorkerReply =
  | { readonly ready: true }
  | { readonly failed: string }
  | { readonly id: number; readonly result: LetterResult }
  | { readonly id: number; readonly declined: 'large' };
