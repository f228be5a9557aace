import { loadRuleLibrary, type RuleLibrary } from '../rules/library.js';
import { formatProblem, SourceError } from '../yaml/source.js';

export const EXIT = { ok: 0, flagged: 1, usage: 2 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Load the rule library for a command; a broken library is a usage error listing file:line problems. */
export async function libraryFor(rulesDir: string | undefined): Promise<RuleLibrary> {
  try {
    return await loadRuleLibrary(rulesDir ? { rulesDir } : {});
  } catch (error) {
    if (error instanceof SourceError) {
      throw new UsageError(`the rule library has ${error.problems.length} problem(s):\n${error.problems.map(formatProblem).join('\n')}`);
    }
    throw error;
  }
}
