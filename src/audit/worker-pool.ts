import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { projectPath } from '../project-files.js';
import { errorAudit } from './audit-letter.js';
import type { InputFile } from './inputs.js';
import type { DeterminationAudit } from './types.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol.js';

/** The worker's script: beside this module once built; from the TypeScript sources (tests), the built one in dist/. */
function workerScript(): URL {
  const sibling = new URL('./letter-worker.js', import.meta.url);
  return existsSync(fileURLToPath(sibling)) ? sibling : pathToFileURL(projectPath('dist', 'audit', 'letter-worker.js'));
}

/** A small young generation per worker: letters make short-lived garbage, and two or more heaps share the memory. */
const YOUNG_GENERATION_MB = 8;

interface Task {
  readonly request: WorkerRequest;
  readonly resolve: (audit: DeterminationAudit) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
}

export class WorkerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerStartError';
  }
}

/**
 * Letters audited on worker threads, each worker with the rule library loaded once. A worker
 * holds one letter at a time, so a letter that brings its worker down is the only one reported
 * with that error; the worker is replaced and the batch goes on.
 */
export class LetterPool {
  private readonly queue: Task[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  private constructor(private readonly setup: WorkerSetup) {}

  /** Start `size` workers and wait until each has its library loaded. */
  static async start(size: number, setup: WorkerSetup): Promise<LetterPool> {
    const pool = new LetterPool(setup);
    try {
      await Promise.all(Array.from({ length: size }, () => pool.addWorker()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Audit one letter; never rejects: a letter that cannot be audited comes back with its error. */
  audit(input: InputFile): Promise<DeterminationAudit> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, path: input.path, name: input.name }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private addWorker(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerScript(), { workerData: this.setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const slot: Slot = { worker, task: undefined };
      let ready = false;
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          ready = true;
          this.slots.push(slot);
          resolve();
          this.dispatch();
        } else if ('failed' in reply) {
          reject(new WorkerStartError(`a letter worker could not load the rule library: ${reply.failed}`));
          void worker.terminate();
        } else {
          const task = slot.task;
          slot.task = undefined;
          task?.resolve(reply.audit);
          this.dispatch();
        }
      });
      const lost = (reason: string): void => {
        if (!ready) {
          reject(new WorkerStartError(`a letter worker did not start: ${reason}`));
          return;
        }
        this.slots.splice(this.slots.indexOf(slot), 1);
        const task = slot.task;
        slot.task = undefined;
        if (task) task.resolve(errorAudit(task.request.name, `internal error while auditing: the worker stopped (${reason})`));
        if (!this.closing) void this.addWorker().catch(() => this.failQueued(reason));
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => {
        if (this.slots.includes(slot) || !ready) lost(`exit code ${code}`);
      });
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      slot.task = this.queue.shift()!;
      slot.worker.postMessage(slot.task.request);
    }
  }

  /** No worker can be started any more: what waits is reported, not lost. */
  private failQueued(reason: string): void {
    if (this.slots.length > 0) return;
    for (const task of this.queue.splice(0)) task.resolve(errorAudit(task.request.name, `internal error while auditing: no worker left (${reason})`));
  }
}
