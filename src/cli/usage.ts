/**
 * What every command shares and the CLI's entry needs before any command runs: the exit codes and
 * the usage error. Kept apart from library.ts, which loads the rule library and with it most of
 * the tool: the entry imports this one alone, so a command starts its own work (a PDF read ahead,
 * say) before that code is loaded.
 */
export const EXIT = { ok: 0, flagged: 1, usage: 2, output: 3 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
