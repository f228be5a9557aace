import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { auditBatch } from '../../audit/batch.js';
import { SummaryBuilder } from '../../audit/summary.js';
import { TerminalDigest } from '../../audit/digest.js';
import type { DeterminationAudit } from '../../audit/types.js';
import type { PdfReadAhead } from '../../letter/pdf-read-ahead.js';
import { beyondCapacity, defaultOutFormats, FORMATS, isFileFormat, READABLE_BATCH_LETTERS, reportFormat, type FileFormatName } from '../../report/formats.js';
import type { ReportFrame, ReportStream, TextOut } from '../../report/report-stream.js';
import { rulesInfo, toolInfo, type AuditReport } from '../../report/report.js';
import { formatTerminal, terminalChalk } from '../../report/terminal.js';
import { lettersFor, libraryFor } from '../library.js';
import { EXIT, UsageError } from '../usage.js';
import { parseJobs, parseLetterTimeout } from '../batch-options.js';
import { Interrupted, type TrapInterrupts } from '../interrupt.js';
import { callbackOut, ReportFile, TemporarySpool } from '../output.js';
import { createProgress } from '../progress.js';

export type FormatName = FileFormatName | 'text';

export interface AuditCommandOptions {
  readonly format?: string;
  readonly out?: string;
  readonly rules?: string;
  readonly failOn?: string;
  readonly timestamp?: boolean;
  readonly color?: boolean;
  readonly jobs?: string;
  readonly letterTimeout?: string;
  readonly quiet?: boolean;
}

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Columns of the terminal when stdout and stderr both are one (a progress bar is drawn then). */
  readonly terminalColumns?: number;
  /** How the process lets a command catch SIGINT and SIGTERM (absent when run in-process, as in tests: signals are left alone). */
  readonly trapInterrupts?: TrapInterrupts;
}

function parseFormats(value: string): FormatName[] {
  const names = value.split(',').map((n) => n.trim()).filter(Boolean);
  for (const name of names) {
    if (name !== 'text' && !isFileFormat(name)) throw new UsageError(`unknown format "${name}" (use text, ${Object.keys(FORMATS).join(', ')})`);
  }
  return names as FormatName[];
}

/** One report being written: streamed as the letters pass when its format can, else rendered at the end. */
interface ReportOutput {
  readonly format: FileFormatName;
  readonly stream?: ReportStream;
  readonly render?: (report: AuditReport) => Promise<void>;
  close(): Promise<void>;
}

/** What a run creates and must not leave behind unfinished: report files (renamed once complete) and spools. */
interface Resources {
  readonly spools: TemporarySpool[];
  readonly files: ReportFile[];
}

async function openOutput(format: FileFormatName, out: TextOut & { flush?: () => void }, resources: Resources): Promise<ReportOutput> {
  const { stream, renderer } = reportFormat(format);
  const close = async (): Promise<void> => {
    out.flush?.();
  };
  if (stream) {
    const spool = async (): Promise<TemporarySpool> => {
      const created = await TemporarySpool.create();
      resources.spools.push(created);
      return created;
    };
    return { format, stream: await stream(out, spool), close };
  }
  const render = await renderer();
  return { format, render: async (report) => void (await out.write(render(report))), close };
}

/**
 * `imr-audit audit PATH...`: audit letters, print or write the reports. Returns the exit code.
 * `readAhead`: a letter among them whose PDF text is already being extracted.
 */
export async function runAudit(paths: readonly string[], options: AuditCommandOptions, io: CommandIo, readAhead?: PdfReadAhead): Promise<number> {
  if (paths.length === 0) throw new UsageError('name at least one letter file or folder to audit');
  const given = options.format ? parseFormats(options.format) : undefined;
  if (!options.out && given && given.length > 1) throw new UsageError('give one --format to print, or --out DIR to write several');
  if (options.failOn && options.failOn !== 'inconsistent') throw new UsageError(`--fail-on takes "inconsistent", not "${options.failOn}"`);
  const jobs = parseJobs(options.jobs);
  const letterTimeoutMs = parseLetterTimeout(options.letterTimeout);
  const library = await libraryFor(options.rules);
  const listing = await lettersFor(paths, io.cwd);
  const formats = given ?? (options.out ? [...defaultOutFormats(listing.letters.length)] : ['text']);
  // Refused now rather than after an hour of auditing, when rendering would run out of memory and no report would be kept.
  for (const format of formats) {
    const problem = format === 'text' ? undefined : beyondCapacity(format, listing.letters.length);
    if (problem) throw new UsageError(problem);
  }
  if (!given && options.out && listing.letters.length > READABLE_BATCH_LETTERS) {
    io.stderr(
      `imr-audit: ${listing.letters.length} letters: writing ${formats.join(' and ')} (Markdown and HTML, rendered from the whole batch in memory, ` +
        `are written by default for up to ${READABLE_BATCH_LETTERS} letters; name them with --format to have them anyway, ` +
        `Markdown for up to ${FORMATS.markdown.capacity.letters} letters, HTML for up to ${FORMATS.html.capacity.letters})\n`,
    );
  }

  // From here the run makes files (reports, spools) that an interruption must not leave behind:
  // until it ends, SIGINT and SIGTERM abort the batch instead of ending the process.
  const chalk = terminalChalk(options.color);
  const progress = createProgress({ total: listing.letters.length, width: io.terminalColumns, quiet: options.quiet, chalk, write: io.stderr });
  const resources: Resources = { spools: [], files: [] };
  const outputs: ReportOutput[] = [];
  const interrupt = new AbortController();
  const release = io.trapInterrupts?.((signal) => interrupt.abort(new Interrupted(signal)));
  try {
    if (options.out) {
      // Named from the command's working folder (a test runs the command in a folder of its own).
      const out = resolve(io.cwd, options.out);
      await reportsFolder(options.out, () => mkdir(out, { recursive: true }));
      for (const format of formats) {
        if (format === 'text') continue;
        const file = await reportsFolder(options.out, () => new ReportFile(join(out, `audit.${FORMATS[format].extension}`)));
        resources.files.push(file);
        outputs.push(await openOutput(format, file, resources));
      }
    } else if (formats[0] !== 'text') {
      outputs.push(await openOutput(formats[0]!, callbackOut(io.stdout), resources));
    }
    const printSummary = options.out !== undefined || formats[0] === 'text';

    const summary = new SummaryBuilder().skip(listing.skipped.length);
    const digest = new TerminalDigest();
    const held: DeterminationAudit[] | undefined = outputs.some((o) => o.render) ? [] : undefined;
    const streams = outputs.filter((o): o is ReportOutput & { stream: ReportStream } => o.stream !== undefined);
    await auditBatch(listing.letters, library, {
      jobs,
      letterTimeoutMs,
      ...(readAhead ? { readAhead } : {}),
      signal: interrupt.signal,
      library: options.rules ? { rulesDir: options.rules } : {},
      wanted: { entries: streams.map((o) => o.format), digest: printSummary, audit: held !== undefined },
      onResult: async (result, done) => {
        summary.addTally(result.tally);
        digest.add(result.digest);
        if (result.audit) held?.push(result.audit);
        for (const [i, output] of streams.entries()) await output.stream.add(result.entries[i]!);
        progress.update(done);
      },
    });
    progress.finish();

    const frame: ReportFrame = {
      tool: toolInfo(options.timestamp ? new Date() : undefined),
      rules: rulesInfo(library, io.cwd),
      summary: summary.build(),
      skipped: listing.skipped,
    };
    for (const output of outputs) {
      interrupt.signal.throwIfAborted();
      if (output.stream) await output.stream.finish(frame);
      else await output.render?.({ tool: frame.tool, rules: frame.rules, summary: frame.summary, determinations: held ?? [], skipped: frame.skipped });
      await output.close();
    }
    interrupt.signal.throwIfAborted();
    // One synchronous loop: a signal cannot come between two renames, so either every report
    // takes its name or none does.
    for (const file of resources.files) file.commit();
    if (printSummary) io.stdout(formatTerminal({ ...frame, determinations: digest.determinations }, chalk, { notKept: digest.notKept }));
    if (options.out) io.stdout(`reports written: ${resources.files.map((file) => join(options.out!, basename(file.path))).join(', ')}\n`);
    if (options.failOn === 'inconsistent' && frame.summary.inconsistent > 0) return EXIT.flagged;
    return EXIT.ok;
  } finally {
    progress.finish();
    release?.();
    // Each step on its own: one that fails (a full disk, say) must not leave the others undone,
    // nor replace the error or interruption that brought the run here.
    for (const file of resources.files) await cleanUp(io, `remove ${file.path}'s unfinished copy`, () => file.discard());
    for (const spool of resources.spools) await cleanUp(io, 'remove the temporary spool', () => spool.dispose());
  }
}

/**
 * Make the reports folder, or a report in it: a folder that cannot be made or written (a file of
 * that name, no permission, a read-only disk) is the user's to fix, said in one line before any
 * letter is read, not an internal error.
 */
async function reportsFolder<T>(out: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new UsageError(`--out ${out}: not a folder (a file of that name is in the way)`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new UsageError(`--out ${out}: cannot write there (${code})`);
    throw error;
  }
}

async function cleanUp(io: CommandIo, what: string, step: () => void | Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    io.stderr(`imr-audit: could not ${what}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
