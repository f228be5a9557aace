import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/**
 * The V8 flags the CLI runs with. `--single-threaded-gc`: each thread collects its own garbage. A
 * batch keeps every core busy with audit workers, and V8's parallel and concurrent collector
 * threads only competed with them for the same cores (20,000 letters on 2 cores: 28.3–29.0 s
 * without, 23.8–24.0 s with). bin/imr-audit.js's `#!` line carries the same flags, so a run by
 * the command's name starts with them; V8 takes them only at start, so a run without them is
 * relaunched once with them (`node bin/imr-audit.js …`: ~50 ms more).
 *
 * `--no-regexp-tier-up`: a regex is compiled to machine code on its first use. By default V8 first
 * compiles it to bytecode, whose peephole optimizer is slow on long alternations, and compiles it
 * again to machine code on its second use; the lexicon's concept prefilters (one alternation of
 * every pattern of a concept, up to 6 KB of source) cost ~80 ms of bytecode and ~27 ms of machine
 * code that way, ~28 ms this way. A cold CLI on one PDF letter gains ~40 ms; a batch compiles each
 * regex once either way (2,800 letters in one thread: the same time within noise).
 *
 * `--v8-pool-size=0`: V8's background threads (compiling, mostly) sized by Node from the machine's
 * cores (one thread on two cores), not Node's fixed 4. On two cores, four compete with the threads
 * that do the work: a cold CLI on one PDF letter (whose text is extracted on a worker thread beside
 * the main one) took a median 533 ms with 4, 503 with as many as the cores (21 runs each,
 * interleaved); a batch runs as fast either way (1,950 letters with --jobs 2: 5.2–6.2 s with 4,
 * 5.6–6.1 s with 1 or 2).
 *
 * `--no-allocation-site-pretenuring`: V8 does not move the places that allocate a letter's
 * analysis (its sentences' phrase matches and readings, which live as long as the letter) to
 * allocating in the old generation. With it doing so, a worker's old generation filled with
 * letters' garbage and was collected whole every ~0.6 s, and each collection threw away the
 * optimized code of functions made anew for each item, compiled again on the background thread
 * (one worker, 10,000 letters: 39 full collections, 14 without; 30,000 letters with --jobs 2:
 * 41.6 and 43.3 s against 40.4 and 40.1 s, 79 and 82 s of CPU against 76.5 and 76.6).
 */
export const CLI_V8_FLAGS: readonly string[] = ['--single-threaded-gc', '--no-regexp-tier-up', '--v8-pool-size=0', '--no-allocation-site-pretenuring'];

/** The flags of `CLI_V8_FLAGS` this process was not started with. */
export function missingV8Flags(execArgv: readonly string[]): string[] {
  return CLI_V8_FLAGS.filter((flag) => !execArgv.includes(flag));
}

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Run `script` with `args` in a new node process started with the CLI's V8 flags, as if it were
 * this one: same standard streams, environment and working folder; the signals that stop a run
 * are passed on; this process ends with the child's exit code (128 + the signal's number when a
 * signal ended it, as a shell reports it).
 *
 * The child has its own process group (on POSIX), so a Ctrl-C reaches it once, through this
 * process, and not a second time from the terminal (a second SIGINT ends a run without its
 * clean-up).
 */
function relaunchWithV8Flags(script: string, args: readonly string[], fallBack: () => void): void {
  const child = spawn(process.execPath, [...process.execArgv, ...missingV8Flags(process.execArgv), script, ...args], {
    stdio: 'inherit',
    detached: process.platform !== 'win32',
  });
  const forward = (signal: NodeJS.Signals) => (): void => void child.kill(signal);
  const listeners = FORWARDED_SIGNALS.map((signal) => ({ signal, listener: forward(signal) }));
  for (const { signal, listener } of listeners) process.on(signal, listener);
  const release = (): void => {
    for (const { signal, listener } of listeners) process.off(signal, listener);
  };
  // A node that cannot be started (no process left, say): the run goes on here, without the flags.
  // ('error' also comes when a started child cannot be signalled: that one runs on, nothing to do here.)
  let started = false;
  child.on('spawn', () => void (started = true));
  child.on('error', () => {
    if (started) return;
    release();
    fallBack();
  });
  child.on('exit', (code, signal) => {
    release();
    process.exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
  });
}

/**
 * Start the CLI's script: in this process when it has the CLI's V8 flags, else in a relaunched
 * one that has them.
 */
export function startCli(script: string, args: readonly string[], runHere: () => void): void {
  if (missingV8Flags(process.execArgv).length === 0) runHere();
  else relaunchWithV8Flags(script, args, runHere);
}
