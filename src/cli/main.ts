import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { PdfReadAhead } from '../letter/pdf-read-ahead.js';
import { FORMATS } from '../report/formats.js';
import { toolInfo } from '../report/report.js';
import type { CommandIo } from './commands/audit.js';
import { Interrupted } from './interrupt.js';
import { jobsOption, letterTimeoutOption } from './batch-options.js';
import { EXIT, UsageError } from './usage.js';
import { OutputError } from './output.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  the run finished (whatever it found)
  1  --fail-on inconsistent was given and an item was flagged
  2  usage error, or the rule library is broken (problems listed as file:line:column)
  3  a report could not be written (a full disk, say): the run stopped, and no report of it
     was left under a report's name
  130, 143  interrupted by SIGINT (Ctrl-C) or SIGTERM`;

const RULES_CHECK_EXIT_CODES = `
Exit codes:
  0  every rule file valid, every test passed, coverage not below --min-coverage
     (conflicts and rules that never fired are reported as warnings)
  2  a rule file is broken, a test failed, coverage is below --min-coverage, or a usage error`;

const QA_HELP = `
Per group: items, upheld, overturned and the overturn rate, consistent / inconsistent /
undetermined and the inconsistency rate (inconsistent / items), the finding kinds most frequent
first, and the items behind each figure (file#item). An item counts in every group it belongs to.
  specialty   the reviewer's board specialties
  licence     the states the reviewer is licensed in ("license" works too)
  topic       the topics of the guideline rules that applied to the item
  guideline   the guideline(s) the reviewer cited (or MTUS / non-MTUS when unnamed)
Then the cross-case check: items with the same treatment kind and category and the same values of
every fact their rules read, but opposite decisions, listed side by side.
Last, the files in no figure: letters that could not be audited and files skipped, each with why.

Examples:
  imr-audit qa cases --by specialty
  imr-audit qa cases --by guideline --format markdown > qa.md`;

const AUDIT_HELP = `
Every letter is reported: audited, or with the reason it could not be. A letter that takes longer
than --letter-timeout is stopped (its worker is replaced) and reported "not audited: took longer
than N s"; the other letters are audited as usual. A run on a single letter audits it in the
main thread, without a limit (no worker to start).

Interrupted (Ctrl-C, SIGTERM), the run stops its workers, removes its temporary files and exits
130 or 143. Report files in --out are written under a temporary name and renamed when complete,
so none is left half-written (an earlier run's reports stay as they were); a report printed on
stdout stops where it was.

Examples:
  imr-audit audit cases --out reports
  imr-audit audit letter.pdf --format json > audit.json
  imr-audit audit letters/ --format jsonl --jobs 4 > audit.jsonl`;

function colourOption(): Option {
  return new Option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)');
}

/**
 * Run a command on one letter file with its PDF text extracted on a worker thread from the start
 * (pdf-read-ahead.ts), while the command's modules and the rule library load; the worker is
 * stopped when the command ends, whether or not it used the text. No file, or not a PDF: no
 * read-ahead.
 */
async function withReadAhead(file: string | undefined, io: CommandIo, command: (readAhead: PdfReadAhead | undefined) => Promise<void>): Promise<void> {
  const readAhead = file === undefined ? undefined : PdfReadAhead.start(resolve(io.cwd, file));
  try {
    await command(readAhead);
  } finally {
    readAhead?.stop();
  }
}

/**
 * Build the command line program; `io` is where output goes, so tests can run it in-process.
 * Each command's module is imported when the command runs: an audit does not load what `rules
 * check`, `qa` and `show` need.
 */
export function buildProgram(io: CommandIo, setExitCode: (code: number) => void): Command {
  const program = new Command('imr-audit')
    .description('Audit California IMR determination letters against the guidelines they cite')
    .version(toolInfo().version)
    .showHelpAfterError()
    .addHelpText('after', EXIT_CODES_HELP)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('audit')
    .description('audit letters (.txt or .pdf files, or folders of them) and report each item\'s verdict')
    .argument('<paths...>', 'letter files or folders')
    .option('-f, --format <name>', `text, ${Object.keys(FORMATS).join(', ')} (comma-separated with --out)`)
    .option('-o, --out <dir>', 'write the reports to this folder (default formats: json, markdown, html; json, csv past 5,000 letters)')
    .option('-r, --rules <dir>', 'rule folder to use instead of the bundled rules/')
    .option('--fail-on <what>', 'exit 1 when an item is "inconsistent"')
    .option('--timestamp', 'record the time of the run in the reports (off: same input, same bytes)')
    .addOption(jobsOption())
    .addOption(letterTimeoutOption())
    .option('-q, --quiet', 'no progress bar')
    .addOption(colourOption())
    .addHelpText(
      'after',
      `${AUDIT_HELP}\n${EXIT_CODES_HELP}`,
    )
    .action(async (paths: string[], options) => {
      await withReadAhead(paths.length === 1 ? paths[0] : undefined, io, async (readAhead) => {
        const { runAudit } = await import('./commands/audit.js');
        setExitCode(await runAudit(paths, options, io, readAhead));
      });
    });

  program
    .command('qa')
    .description('reviewer QA: audit letters and group the items by reviewer specialty, licence, rule topic or cited guideline')
    .argument('<paths...>', 'letter files or folders')
    .option('-b, --by <dimension>', 'specialty, licence, topic or guideline', 'specialty')
    .option('-f, --format <name>', 'text, json or markdown', 'text')
    .option('-r, --rules <dir>', 'rule folder to use instead of the bundled rules/')
    .addOption(jobsOption())
    .addOption(letterTimeoutOption())
    .addHelpText('after', `${QA_HELP}\n${EXIT_CODES_HELP}`)
    .action(async (paths: string[], options) => {
      const { runQa } = await import('./commands/qa.js');
      setExitCode(await runQa(paths, options, io));
    });

  program
    .command('show')
    .description('explain one letter item by item: request, decision, citation, facts with their text, rules, verdict')
    .argument('<file>', 'a letter (.txt or .pdf)')
    .option('-r, --rules <dir>', 'rule folder to use instead of the bundled rules/')
    .option('-f, --format <name>', 'text or json', 'text')
    .addOption(colourOption())
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (file: string, options) => {
      await withReadAhead(file, io, async (readAhead) => {
        const { runShow } = await import('./commands/show.js');
        setExitCode(await runShow(file, options, io, readAhead));
      });
    });

  const rules = program.command('rules').description('work with the rule library');
  rules
    .command('check')
    .description('validate the rule files, run every rule\'s tests, measure coverage of the letters in cases/, report conflicting rules')
    .option('-r, --rules <dir>', 'rule folder to check instead of the bundled rules/')
    .option('--cases <dir>', 'letters (.txt, .pdf) to measure coverage and find conflicts on (default: the project\'s cases/)')
    .option('--no-cases', 'audit no letters: validation, tests and conflicts on the tests only')
    .option('--min-coverage <percent>', 'fail when fewer disputed items than this percentage have an applicable rule')
    .option('-f, --format <name>', 'text or json', 'text')
    .addOption(colourOption())
    .addHelpText('after', RULES_CHECK_EXIT_CODES)
    .action(async (options) => {
      const { runRulesCheck } = await import('./commands/rules-check.js');
      setExitCode(await runRulesCheck(options, io));
    });

  return program;
}

/** Run the CLI with arguments (without "node script"); resolves to the exit code. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof Interrupted) {
      io.stderr(`imr-audit: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof UsageError) {
      io.stderr(`imr-audit: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof OutputError) {
      io.stderr(`imr-audit: ${error.message}; the run stopped\n`);
      return EXIT.output;
    }
    io.stderr(`imr-audit: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return EXIT.usage;
  }
}
