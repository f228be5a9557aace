import { auditBatch } from '../../audit/batch.js';
import { formatQa, QA_FORMATS, type QaFormat } from '../../report/qa-format.js';
import { QA_DIMENSIONS, ReviewerQa, type QaDimension } from '../../report/qa.js';
import { parseJobs, parseLetterTimeout } from '../batch-options.js';
import { lettersFor, libraryFor } from '../library.js';
import { EXIT, UsageError } from '../usage.js';
import type { CommandIo } from './audit.js';

export interface QaCommandOptions {
  readonly by?: string;
  readonly format?: string;
  readonly rules?: string;
  readonly jobs?: string;
  readonly letterTimeout?: string;
}

/** American spelling accepted for the licence dimension. */
const DIMENSION_ALIASES: Readonly<Record<string, QaDimension>> = { license: 'licence' };

function dimensionOf(value: string | undefined): QaDimension {
  const name = DIMENSION_ALIASES[value ?? ''] ?? value ?? 'specialty';
  if (!(QA_DIMENSIONS as readonly string[]).includes(name)) throw new UsageError(`--by takes ${QA_DIMENSIONS.join(', ')}, not "${value}"`);
  return name as QaDimension;
}

function formatOf(value: string | undefined): QaFormat {
  const name = value ?? 'text';
  if (!(QA_FORMATS as readonly string[]).includes(name)) throw new UsageError(`qa prints ${QA_FORMATS.join(', ')}, not "${value}"`);
  return name as QaFormat;
}

/**
 * `imr-audit qa PATH... --by DIMENSION`: audit the letters (on worker threads, as `audit` does)
 * and print reviewer QA figures with the items behind them. Each letter's audit is folded into
 * the figures as it comes and let go: a year of letters keeps an item reference each, not a year
 * of audits.
 */
export async function runQa(paths: readonly string[], options: QaCommandOptions, io: CommandIo): Promise<number> {
  if (paths.length === 0) throw new UsageError('name at least one letter file or folder');
  const by = dimensionOf(options.by);
  const format = formatOf(options.format);
  const jobs = parseJobs(options.jobs);
  const letterTimeoutMs = parseLetterTimeout(options.letterTimeout);
  const library = await libraryFor(options.rules);
  const { letters, skipped } = await lettersFor(paths, io.cwd);
  const qa = new ReviewerQa(by);
  await auditBatch(letters, library, {
    jobs,
    letterTimeoutMs,
    library: options.rules ? { rulesDir: options.rules } : {},
    wanted: { entries: [], digest: false, audit: false, qa: true },
    onResult: (result) => qa.add(result.qa!),
  });
  io.stdout(formatQa(qa.report(skipped), format));
  return EXIT.ok;
}
