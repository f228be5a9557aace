/**
 * The signals that interrupt a run, and the exit code each gives: 128 + the signal's number, what
 * a shell reports for a process the signal ended, so a script sees the same code either way.
 */
export const INTERRUPT_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export type InterruptSignal = keyof typeof INTERRUPT_EXIT;

/** A run stopped by a signal: the reason its batch was aborted with, and how it ends. */
export class Interrupted extends Error {
  constructor(readonly signal: InterruptSignal) {
    super(`interrupted by ${signal}: the run stopped before its reports were complete`);
    this.name = 'Interrupted';
  }

  get exitCode(): number {
    return INTERRUPT_EXIT[this.signal];
  }
}

/** Catch the next interrupting signal with `handler`; returns the function that stops catching. */
export type TrapInterrupts = (handler: (signal: InterruptSignal) => void) => () => void;

/**
 * For the process: until released, the first SIGINT or SIGTERM calls `handler` instead of ending
 * the process, so the command can stop its workers and remove its temporary files. Only the first:
 * its listeners are removed then, so a second Ctrl-C ends the process at once, as usual.
 */
export const trapProcessInterrupts: TrapInterrupts = (handler) => {
  const signals = Object.keys(INTERRUPT_EXIT) as InterruptSignal[];
  const listeners = signals.map((signal) => {
    const listener = (): void => {
      release();
      handler(signal);
    };
    return { signal, listener };
  });
  const release = (): void => {
    for (const { signal, listener } of listeners) process.off(signal, listener);
  };
  for (const { signal, listener } of listeners) process.on(signal, listener);
  return release;
};
