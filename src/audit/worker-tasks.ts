/**
 * The letters one worker holds, oldest first, and the clock on the one it is auditing. A worker
 * audits its letters one at a time in the order they were sent (letter-worker.ts), so the one it
 * is on is the oldest it has not answered; its clock starts when it becomes the oldest, so it
 * counts that letter's own time, not the time it waited behind others. The time is measured here,
 * in the pool's thread: an answer read late only makes the limit more lenient, never stricter.
 */
export class WorkerTasks<T> {
  private readonly tasks = new Map<number, T>();
  private timer: NodeJS.Timeout | undefined;

  /** `limitMs`: the time a letter may take (0: no limit); `overrun` is told of the letter that takes longer. */
  constructor(
    private readonly limitMs: number,
    private readonly overrun: (task: T) => void,
  ) {}

  get size(): number {
    return this.tasks.size;
  }

  add(id: number, task: T): void {
    this.tasks.set(id, task);
    if (this.tasks.size === 1) this.startClock();
  }

  /** The task of an answer, taken out; the clock moves on to the next oldest. */
  take(id: number): T | undefined {
    const task = this.tasks.get(id);
    const oldest = this.tasks.keys().next().value === id;
    this.tasks.delete(id);
    if (oldest) this.startClock();
    return task;
  }

  /** Every task, oldest first (the one being audited, then those waiting), and the clock stopped. */
  takeAll(): T[] {
    clearTimeout(this.timer);
    const all = [...this.tasks.values()];
    this.tasks.clear();
    return all;
  }

  private startClock(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const oldest = this.tasks.values().next();
    if (this.limitMs <= 0 || oldest.done) return;
    const task = oldest.value;
    this.timer = setTimeout(() => this.overrun(task), this.limitMs);
    // The pool's workers keep the process alive while letters are out; a clock never needs to.
    this.timer.unref();
  }
}
