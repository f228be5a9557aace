import { auditBatch } from '../audit/batch.js';
import { InputError, listInputs, type InputListing } from '../audit/inputs.js';
import type { LetterSource } from '../audit/letter-list.js';
import type { DeterminationAudit } from '../audit/types.js';
import { loadRuleLibrary, type RuleLibrary } from '../rules/library.js';
import { formatProblem, SourceError } from '../yaml/source.js';
import { UsageError } from './usage.js';

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

/** List the letters a command names; a path that does not exist is a usage error. */
export async function lettersFor(paths: readonly string[], cwd: string): Promise<InputListing> {
  try {
    return await listInputs(paths, cwd);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

/** Audit every letter and keep each letter's whole audit, in input order. */
export async function auditAll(letters: LetterSource, library: RuleLibrary): Promise<DeterminationAudit[]> {
  const audits: DeterminationAudit[] = [];
  await auditBatch(letters, library, { onResult: (result) => void audits.push(result.audit!) });
  return audits;
}
