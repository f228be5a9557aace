import type { RuleLibrary } from '../rules/library.js';
import { auditFile, type AuditOptions } from './audit-letter.js';
import type { InputFile } from './inputs.js';
import type { DeterminationAudit } from './types.js';

export interface BatchOptions extends AuditOptions {
  /** Letters audited at once (reading files overlaps with auditing). */
  readonly concurrency?: number;
  /** Called after each letter, in input order. */
  readonly onResult?: (result: DeterminationAudit, done: number, total: number) => void | Promise<void>;
}

/**
 * Audit letters in input order, a few at a time, handing each result on as soon as it and every
 * letter before it are done, so a caller can stream the report without holding the batch.
 */
export async function auditBatch(inputs: readonly InputFile[], library: RuleLibrary, options: BatchOptions = {}): Promise<void> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const pending = new Map<number, Promise<DeterminationAudit>>();
  let next = 0;
  const start = (): void => {
    while (next < inputs.length && pending.size < concurrency) {
      const input = inputs[next]!;
      pending.set(next, auditFile(input.path, library, options, input.name));
      next++;
    }
  };
  start();
  for (let index = 0; index < inputs.length; index++) {
    const result = await pending.get(index)!;
    pending.delete(index);
    start();
    await options.onResult?.(result, index + 1, inputs.length);
  }
}
