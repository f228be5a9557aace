import { formatQa, QA_FORMATS, type QaFormat } from '../../report/qa-format.js';
import { QA_DIMENSIONS, reviewerQa, type QaDimension } from '../../report/qa.js';
import { auditAll, EXIT, lettersFor, libraryFor, UsageError } from '../library.js';
import type { CommandIo } from './audit.js';

export interface QaCommandOptions {
  readonly by?: string;
  readonly format?: string;
  readonly rules?: string;
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

/** `imr-audit qa PATH... --by DIMENSION`: audit the letters and print reviewer QA figures with the items behind them. */
export async function runQa(paths: readonly string[], options: QaCommandOptions, io: CommandIo): Promise<number> {
  if (paths.length === 0) throw new UsageError('name at least one letter file or folder');
  const by = dimensionOf(options.by);
  const format = formatOf(options.format);
  const library = await libraryFor(options.rules);
  const { letters, skipped } = await lettersFor(paths, io.cwd);
  const determinations = await auditAll(letters, library);
  io.stdout(formatQa(reviewerQa(determinations, by, skipped), format));
  return EXIT.ok;
}
