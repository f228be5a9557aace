import type { InputFile } from './letter-list.js';
import type { LetterResult } from './letter-result.js';
import { LetterPool, type PoolOptions } from './worker-pool.js';

/**
 * Where the letters go that the batch's capped workers cannot hold: those over
 * WORKER_MAX_LETTER_BYTES and those that ran a worker out of memory. One worker with V8's default
 * heap (the main thread's), started when the first such letter comes (none ever does in an
 * ordinary batch), auditing them one at a time under the same time limit. A letter is never
 * audited in the main thread, which could not be interrupted, and whose running out of memory
 * would end the whole run: a letter that stops this worker too is reported, not audited
 * (`handOff`).
 */
export class HeavyLane {
  private pool: Promise<LetterPool> | undefined;

  constructor(private readonly options: Omit<PoolOptions, 'size' | 'heap'>) {}

  audit(input: InputFile): Promise<LetterResult> {
    this.pool ??= LetterPool.start({ ...this.options, size: 1 });
    return this.pool.then(
      (pool) => pool.audit(input),
      (error: Error) => this.options.handOff(input, `no worker could be started (${error.message})`),
    );
  }

  async close(): Promise<void> {
    const pool = await this.pool?.catch(() => undefined);
    await pool?.close();
  }
}
