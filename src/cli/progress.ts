import type { ChalkInstance } from 'chalk';

/** Progress of a batch, drawn on one terminal line of stderr. */
export interface Progress {
  update(done: number): void;
  /** Clear the line, so what follows starts clean; again, nothing (a run that stops early calls it too). */
  finish(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, finish: () => undefined };

/** Redraws at most this often: a faster batch would spend its time drawing. */
const REDRAW_MS = 100;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The line for `done` of `total` letters after `elapsedMs`, fitted to `width` columns. */
export function progressLine(done: number, total: number, elapsedMs: number, width: number, chalk: ChalkInstance): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const counts = `${done}/${total} letters`;
  const speed = `${Math.round(rate)}/s`;
  const eta = `ETA ${duration(rate > 0 ? (total - done) / rate : Infinity)}`;
  const text = ` ${counts}  ${speed}  ${eta}`;
  const barWidth = Math.max(10, Math.min(40, width - text.length - 3));
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  return `[${chalk.green('█'.repeat(filled))}${chalk.dim('░'.repeat(barWidth - filled))}]${text}`;
}

/**
 * A progress bar for a batch on a terminal (`width` columns); none when there is no terminal,
 * for a single letter, or when asked to be quiet.
 */
export function createProgress(options: { total: number; width?: number; quiet?: boolean; chalk: ChalkInstance; write: (text: string) => void; now?: () => number }): Progress {
  const { total, width, chalk, write } = options;
  if (options.quiet || width === undefined || total < 2) return NO_PROGRESS;
  const now = options.now ?? Date.now;
  const started = now();
  let drawn = 0;
  return {
    update(done) {
      const at = now();
      if (done < total && at - drawn < REDRAW_MS) return;
      drawn = at;
      write(`\r${progressLine(done, total, at - started, width, chalk)}\x1b[K`);
    },
    finish() {
      if (drawn > 0) write('\r\x1b[K');
      drawn = 0;
    },
  };
}
