import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditBatch } from '../../audit/batch.js';
import { InputError, listInputs } from '../../audit/inputs.js';
import { SummaryBuilder } from '../../audit/summary.js';
import type { DeterminationAudit } from '../../audit/types.js';
import { DEFAULT_OUT_FORMATS, FORMATS, isFileFormat, type FileFormatName } from '../../report/formats.js';
import { rulesInfo, toolInfo, type AuditReport } from '../../report/report.js';
import { formatTerminal, terminalChalk } from '../../report/terminal.js';
import { EXIT, libraryFor, UsageError } from '../library.js';

export type FormatName = FileFormatName | 'text';

export interface AuditCommandOptions {
  readonly format?: string;
  readonly out?: string;
  readonly rules?: string;
  readonly failOn?: string;
  readonly timestamp?: boolean;
  readonly color?: boolean;
}

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

function parseFormats(value: string | undefined, fallback: FormatName[]): FormatName[] {
  if (!value) return fallback;
  const names = value.split(',').map((n) => n.trim()).filter(Boolean);
  for (const name of names) {
    if (name !== 'text' && !isFileFormat(name)) throw new UsageError(`unknown format "${name}" (use text, ${Object.keys(FORMATS).join(', ')})`);
  }
  return names as FormatName[];
}

/** `imr-audit audit PATH...`: audit letters, print or write the reports. Returns the exit code. */
export async function runAudit(paths: readonly string[], options: AuditCommandOptions, io: CommandIo): Promise<number> {
  if (paths.length === 0) throw new UsageError('name at least one letter file or folder to audit');
  const formats = parseFormats(options.format, options.out ? [...DEFAULT_OUT_FORMATS] : ['text']);
  if (!options.out && formats.length > 1) throw new UsageError('give one --format to print, or --out DIR to write several');
  if (options.failOn && options.failOn !== 'inconsistent') throw new UsageError(`--fail-on takes "inconsistent", not "${options.failOn}"`);
  const library = await libraryFor(options.rules);
  let listing;
  try {
    listing = await listInputs(paths, io.cwd);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
  const determinations: DeterminationAudit[] = [];
  const summary = new SummaryBuilder().skip(listing.skipped.length);
  await auditBatch(listing.letters, library, {
    onResult: (result) => {
      determinations.push(result);
      summary.add(result);
    },
  });
  const report: AuditReport = {
    tool: toolInfo(options.timestamp ? new Date() : undefined),
    rules: rulesInfo(library, io.cwd),
    summary: summary.build(),
    determinations,
    skipped: listing.skipped,
  };
  const chalk = terminalChalk(options.color);
  if (options.out) {
    await mkdir(options.out, { recursive: true });
    const written: string[] = [];
    for (const format of formats) {
      if (format === 'text') continue;
      const file = join(options.out, `audit.${FORMATS[format].extension}`);
      await writeFile(file, FORMATS[format].render(report));
      written.push(file);
    }
    io.stdout(formatTerminal(report, chalk));
    io.stdout(`reports written: ${written.join(', ')}\n`);
  } else {
    const format = formats[0]!;
    io.stdout(format === 'text' ? formatTerminal(report, chalk) : FORMATS[format].render(report));
  }
  if (options.failOn === 'inconsistent' && report.summary.inconsistent > 0) return EXIT.flagged;
  return EXIT.ok;
}
