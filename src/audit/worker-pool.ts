import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { projectPath } from '../project-files.js';
import type { InputFile } from './inputs.js';
import type { LetterResult } from './letter-result.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol.js';

/** The worker's script: beside this module once built; from the TypeScript sources (tests), the built one in dist/. */
function workerScript(): URL {
  const sibling = new URL('./letter-worker.js', import.meta.url);
  return existsSync(fileURLToPath(sibling)) ? sibling : pathToFileURL(projectPath('dist', 'audit', 'letter-worker.js'));
}

/**
 * Each worker's heap is kept small: a letter's garbage dies young, what lives is the library
 * (about 20 MB), and the workers share the machine's memory. A letter that needs more brings its
 * worker down and is audited again in the main thread (see `fallback`).
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

interface Task {
  readonly input: InputFile;
  readonly request: WorkerRequest;
  readonly resolve: (result: LetterResult) => void;
}

/** Letters a worker holds at once: it starts the next while the main thread takes the last one's result. */
const IN_FLIGHT_PER_WORKER = 4;

interface Slot {
  readonly worker: Worker;
  readonly tasks: Map<number, Task>;
}

export class WorkerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerStartError';
  }
}

/**
 * Letters audited on worker threads, each worker with the rule library loaded once. A letter a
 * worker declines (too large for its heap) goes to `fallback`: the main thread's own audit, so the
 * result is the one a single job gives. When a worker dies (out of memory, say), the letters it
 * held go to `fallback` too (whichever of them brought it down gets its own result there), the
 * worker is replaced and the batch goes on.
 */
export class LetterPool {
  private readonly queue: Task[] = [];
  private readonly slots: Slot[] = [];
  /** Every worker alive, ready or still loading its library: all of them end with the pool. */
  private readonly workers = new Set<Worker>();
  private nextId = 0;
  private closing = false;

  private constructor(
    private readonly setup: WorkerSetup,
    private readonly fallback: (input: InputFile) => Promise<LetterResult>,
  ) {}

  /** Start `size` workers and wait until each has its library loaded. */
  static async start(size: number, setup: WorkerSetup, fallback: (input: InputFile) => Promise<LetterResult>): Promise<LetterPool> {
    const pool = new LetterPool(setup, fallback);
    try {
      await Promise.all(Array.from({ length: size }, () => pool.addWorker()));
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

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
    this.slots.length = 0;
  }

  private addWorker(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerScript(), { workerData: this.setup, resourceLimits: WORKER_HEAP });
      this.workers.add(worker);
      const slot: Slot = { worker, tasks: new Map() };
      let ready = false;
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          if (this.closing) {
            void worker.terminate();
            return;
          }
          ready = true;
          this.slots.push(slot);
          resolve();
          this.dispatch();
        } else if ('failed' in reply) {
          reject(new WorkerStartError(`a letter worker could not load the rule library: ${reply.failed}`));
          void worker.terminate();
        } else {
          const task = slot.tasks.get(reply.id);
          slot.tasks.delete(reply.id);
          if (task && 'result' in reply) task.resolve(reply.result);
          else if (task) void this.fallback(task.input).then(task.resolve);
          this.dispatch();
        }
      });
      const lost = (reason: string): void => {
        if (!ready) {
          reject(new WorkerStartError(`a letter worker did not start: ${reason}`));
          return;
        }
        this.slots.splice(this.slots.indexOf(slot), 1);
        for (const task of slot.tasks.values()) void this.fallback(task.input).then(task.resolve);
        slot.tasks.clear();
        if (!this.closing) void this.addWorker().catch(() => this.failQueued());
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => {
        this.workers.delete(worker);
        if (this.slots.includes(slot) || !ready) lost(`exit code ${code}`);
      });
    });
  }

  /** Hand queued letters to the least busy workers. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let idlest: Slot | undefined;
      for (const slot of this.slots) if (slot.tasks.size < IN_FLIGHT_PER_WORKER && (!idlest || slot.tasks.size < idlest.tasks.size)) idlest = slot;
      if (!idlest) return;
      const task = this.queue.shift()!;
      idlest.tasks.set(task.request.id, task);
      idlest.worker.postMessage(task.request);
    }
  }

  /** No worker can be started any more: what waits is audited by the fallback, not lost. */
  private failQueued(): void {
    if (this.slots.length > 0) return;
    for (const task of this.queue.splice(0)) void this.fallback(task.input).then(task.resolve);
  }
}
