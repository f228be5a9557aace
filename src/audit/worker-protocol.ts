import type { LoadLibraryOptions } from '../rules/library.js';
import type { AuditOptions } from './audit-letter.js';
import type { DeterminationAudit } from './types.js';

/** What a letter worker is started with: how to load the library, how to audit. */
export interface WorkerSetup {
  readonly library: LoadLibraryOptions;
  readonly audit: AuditOptions;
}

/** One letter to audit. */
export interface WorkerRequest {
  readonly id: number;
  readonly path: string;
  readonly name: string;
}

/** A worker's answers: ready (library loaded), failed (it could not be), or a letter's audit. */
export type WorkerReply =
  | { readonly ready: true }
  | { readonly failed: string }
  | { readonly id: number; readonly audit: DeterminationAudit };
