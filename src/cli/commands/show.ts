import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { auditFile } from '../../audit/audit-letter.js';
import type { PdfReadAhead } from '../../letter/pdf-read-ahead.js';
import { formatShow } from '../../report/show.js';
import { terminalChalk } from '../../report/terminal.js';
import { libraryFor } from '../library.js';
import { EXIT, UsageError } from '../usage.js';
import type { CommandIo } from './audit.js';

/**
 * `imr-audit show FILE`: one letter explained item by item (FILE named from the working folder).
 * `readAhead`: the letter's PDF text, already being extracted.
 */
export async function runShow(file: string, options: { rules?: string; format?: string; color?: boolean }, io: CommandIo, readAhead?: PdfReadAhead): Promise<number> {
  const path = resolve(io.cwd, file);
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) throw new UsageError(`no such file: ${file}`);
  if (info.isDirectory()) throw new UsageError(`${file} is a folder: show explains one letter (audit reads folders)`);
  if (options.format && !['text', 'json'].includes(options.format)) throw new UsageError(`show prints text or json, not "${options.format}"`);
  const library = await libraryFor(options.rules);
  const audit = await auditFile(path, library, { allFacts: true }, relative(io.cwd, path) || path, readAhead);
  io.stdout(options.format === 'json' ? `${JSON.stringify(audit, null, 2)}\n` : formatShow(audit, terminalChalk(options.color)));
  return EXIT.ok;
}
