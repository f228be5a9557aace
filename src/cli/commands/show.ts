import { relative } from 'node:path';
import { auditFile } from '../../audit/audit-letter.js';
import { formatShow } from '../../report/show.js';
import { terminalChalk } from '../../report/terminal.js';
import { EXIT, libraryFor, UsageError } from '../library.js';
import type { CommandIo } from './audit.js';
import { existsSync } from 'node:fs';

/** `imr-audit show FILE`: one letter explained item by item. */
export async function runShow(file: string, options: { rules?: string; format?: string; color?: boolean }, io: CommandIo): Promise<number> {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (options.format && !['text', 'json'].includes(options.format)) throw new UsageError(`show prints text or json, not "${options.format}"`);
  const library = await libraryFor(options.rules);
  const audit = await auditFile(file, library, { allFacts: true }, relative(io.cwd, file) || file);
  io.stdout(options.format === 'json' ? `${JSON.stringify(audit, null, 2)}\n` : formatShow(audit, terminalChalk(options.color)));
  return EXIT.ok;
}
