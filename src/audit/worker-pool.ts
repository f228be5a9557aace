import { Worker, type ResourceLimits } from 'node:worker_threads';
import { workerScript } from '../project-files.js';
import type { InputFile } from './letter-list.js';
import type { LetterResult } from './letter-result.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol.js';
import { WorkerTasks } from './worker-tasks.js';

/**
 * The heap of the batch's workers is kept small: a letter's garbage dies young, what lives is the
 * library (with its compiled rule sets and code, ~33 MB of heap live after a full collection in a
 * worker of a 10,000-letter batch, `--trace-gc`), and the workers share the machine's
 * memory. (Young 8 / old 64 MB ran as fast as 24 / 128 MB on 5,000 letters, with 25 MB less RSS.) A letter that needs more
 * brings its worker down and is handed off (`PoolOptions.handOff`) to be audited where the heap is
 * not capped.
 */
export const CAPPED_HEAP: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/** Letters a worker holds at once: it starts the next while the main thread takes the last one's result. */
const IN_FLIGHT_PER_WORKER = 4;

export interface PoolOptions {
  /** Workers started. */
  readonly size: number;
  readonly setup: WorkerSetup;
  /** Each worker's heap limits; V8's defaults (those of the main thread) when absent. */
  readonly heap?: ResourceLimits;
  /** Milliseconds a letter may take on a worker; 0 or absent: no limit. */
  readonly letterTimeoutMs?: number;
  /**
   * A letter this pool cannot audit, and why: declined by a worker (too large for its heap),
   * being audited when its worker stopped (out of memory, say), or waiting when no worker could be
   * started any more.
   */
  readonly handOff: (input: InputFile, reason: string) => Promise<LetterResult>;
  /** The result of a letter that took longer than `letterTimeoutMs` (its worker was stopped). */
  readonly overran: (input: InputFile) => LetterResult;
}

interface Task {
  readonly input: InputFile;
  readonly request: WorkerRequest;
  readonly resolve: (result: LetterResult) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly tasks: WorkerTasks<Task>;
}

export class WorkerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerStartError';
  }
}

/**
 * Letters audited on worker threads, each worker with the rule library loaded once.
 *
 * A worker audits its letters one at a time, so the pool knows which letter each is on. When a
 * worker stops (out of memory, say), that letter is handed off (`handOff`) and the letters waiting
 * behind it go back to the queue, to be audited as usual; a new worker takes its place. When a
 * letter takes longer than the time limit, its worker is stopped the same way, the letter is
 * reported (`overran`) and never audited again anywhere, and the letters waiting behind it go back
 * to the queue.
 */
export class LetterPool {
  private readonly queue: Task[] = [];
  private readonly slots: Slot[] = [];
  /** Every worker alive, ready or still loading its library: all of them end with the pool. */
  private readonly workers = new Set<Worker>();
  private nextId = 0;
  private closing = false;
  /** Workers started that are not yet ready (nor failed). */
  private starting = 0;
  /** Why the last worker to replace a stopped one could not be started: with none ready or starting, letters are handed off. */
  private unstartable: string | undefined;

  private constructor(private readonly options: PoolOptions) {}

  /** Start the workers and wait until each has its library loaded. */
  static async start(options: PoolOptions): Promise<LetterPool> {
    const pool = new LetterPool(options);
    try {
      await Promise.all(Array.from({ length: options.size }, () => pool.addWorker()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Audit one letter; never rejects: a letter that cannot be audited comes back with its error. */
  audit(input: InputFile): Promise<LetterResult> {
    return new Promise((resolve) => {
      this.queue.push({ input, request: { id: this.nextId++, path: input.path, name: input.name }, resolve });
      this.dispatch();
    });
  }

  /** Stop every worker; letters not yet answered are left unanswered. */
  async close(): Promise<void> {
    this.closing = true;
    for (const slot of this.slots.splice(0)) slot.tasks.takeAll();
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private addWorker(): Promise<void> {
    this.starting++;
    let started = false;
    /** The start is over, one way or the other (counted once). */
    const settle = (): void => {
      if (!started) this.starting--;
      started = true;
    };
    return new Promise((resolve, reject) => {
      const { setup, heap } = this.options;
      const worker = new Worker(workerScript(import.meta.url, 'audit', 'letter-worker.js'), { workerData: setup, ...(heap ? { resourceLimits: heap } : {}) });
      this.workers.add(worker);
      const slot: Slot = { worker, tasks: new WorkerTasks(this.options.letterTimeoutMs ?? 0, (task) => this.overran(slot, task)) };
      let ready = false;
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          settle();
          if (this.closing) {
            void worker.terminate();
            return;
          }
          ready = true;
          this.slots.push(slot);
          resolve();
          this.dispatch();
        } else if ('failed' in reply) {
          settle();
          reject(new WorkerStartError(`a letter worker could not load the rule library: ${reply.failed}`));
          void worker.terminate();
        } else {
          const task = slot.tasks.take(reply.id);
          if (task && 'result' in reply) task.resolve(reply.result);
          else if (task) this.handOff(task, 'too large for a worker');
          this.dispatch();
        }
      });
      const lost = (reason: string): void => {
        if (!ready) {
          settle();
          reject(new WorkerStartError(`a letter worker did not start: ${reason}`));
          return;
        }
        if (!this.retire(slot)) return;
        const [current, ...waiting] = slot.tasks.takeAll();
        if (current) this.handOff(current, `the worker auditing it stopped (${reason})`);
        this.requeue(waiting);
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => {
        this.workers.delete(worker);
        lost(`exit code ${code}`);
      });
    });
  }

  /** The letter `task` took too long: its worker is stopped and replaced, the letters behind it re-queued. */
  private overran(slot: Slot, task: Task): void {
    if (!this.retire(slot)) return;
    const [, ...waiting] = slot.tasks.takeAll();
    void slot.worker.terminate();
    task.resolve(this.options.overran(task.input));
    this.requeue(waiting);
  }

  /** Take a slot out of service and start a worker in its place; false when it was out already. */
  private retire(slot: Slot): boolean {
    const at = this.slots.indexOf(slot);
    if (at < 0) return false;
    this.slots.splice(at, 1);
    if (!this.closing) {
      void this.addWorker().catch((error: Error) => {
        this.unstartable = error.message;
        this.dispatch();
      });
    }
    return true;
  }

  /** Letters a stopped worker held but had not started: first in the queue again. */
  private requeue(tasks: readonly Task[]): void {
    this.queue.unshift(...tasks);
    this.dispatch();
  }

  private handOff(task: Task, reason: string): void {
    void this.options.handOff(task.input, reason).then(task.resolve);
  }

  /**
   * Hand queued letters to the least busy workers; with no worker ready or starting, because none
   * could be started to replace a stopped one, hand them off instead: they are not left waiting.
   */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let idlest: Slot | undefined;
      for (const slot of this.slots) if (slot.tasks.size < IN_FLIGHT_PER_WORKER && (!idlest || slot.tasks.size < idlest.tasks.size)) idlest = slot;
      if (!idlest) {
        if (this.slots.length === 0 && this.starting === 0 && this.unstartable !== undefined && !this.closing) {
          for (const task of this.queue.splice(0)) this.handOff(task, `no worker could be started (${this.unstartable})`);
        }
        return;
      }
      const task = this.queue.shift()!;
      idlest.tasks.add(task.request.id, task);
      idlest.worker.postMessage(task.request);
    }
  }
}
