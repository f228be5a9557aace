/**
 * `npm run bench`: the figures of issue 6, on this machine. Builds batches from the real letters
 * in cases/ in a temporary folder (removed afterwards), runs the real CLI over them and prints
 * letters/s, items/s and peak RSS; the time of one letter through a cold CLI (rule library from
 * its cache, and without); and the rules stage indexed vs naive.
 *
 *   npm run bench -- [--sizes 10000,100000] [--jobs N] [--format json|jsonl] [--pdf 650] [--cold 5] [--qa 10000]
 *
 * `--qa`: the batch sizes (of --sizes) on which `imr-audit qa` runs too (reviewer QA folds each
 * letter into its figures as it comes: its memory should barely grow with the batch).
 *
 * Last, where one letter's time goes stage by stage in one thread (bench/stages.ts).
 */
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI_V8_FLAGS } from '../src/cli/launch.js';
import { PROJECT_ROOT } from '../src/project-files.js';
import { loadRuleLibrary } from '../src/rules/library.js';
import { readCorpus, writeBatch, type CorpusLetter } from './corpus.js';
import { runMeasured, type RunFigures } from './measure.js';
import { timeRulesStage } from './rules-stage.js';
import { timeStages } from './stages.js';

/** The command as `imr-audit` (or npx) runs it: bin/imr-audit.js with its #! line's V8 flags. */
const CLI = join(PROJECT_ROOT, 'bin', 'imr-audit.js');
const NODE_ARGS = [...CLI_V8_FLAGS, CLI];

const USAGE = 'usage: npm run bench -- [--sizes 10000,100000] [--jobs N] [--format json|jsonl] [--pdf 650] [--cold 5] [--qa 10000]';

function readArgs(): ReturnType<typeof parseBenchArgs> {
  try {
    return parseBenchArgs();
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/** The options, checked: a wrong one stops the benchmark with a usage line before any batch is built. */
function parseBenchArgs() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      jobs: { type: 'string' },
      format: { type: 'string', default: 'json' },
      pdf: { type: 'string', default: '650' },
      cold: { type: 'string', default: '5' },
      qa: { type: 'string', default: '10000' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const counts = (name: string, text: string, allowZero: boolean): void => {
    for (const part of text.split(','))
      if (!/^\d+$/.test(part.trim()) || (!allowZero && Number(part) === 0)) throw new Error(`--${name} takes ${allowZero ? 'whole numbers' : 'positive whole numbers'}, separated by commas: "${text}"`);
  };
  counts('sizes', values.sizes, true);
  counts('qa', values.qa, true);
  counts('pdf', values.pdf, true);
  counts('cold', values.cold, true);
  if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) throw new Error(`--jobs takes a positive whole number: "${values.jobs}"`);
  if (values.format !== 'json' && values.format !== 'jsonl') throw new Error(`--format is json or jsonl: "${values.format}"`);
  return values;
}

const args = readArgs();

interface Summary {
  readonly files: number;
  readonly items: number;
  readonly failed: number;
}

function readAt(file: string, from: 'head' | 'tail', length: number): string {
  const fd = openSync(file, 'r');
  try {
    const size = statSync(file).size;
    const buffer = Buffer.alloc(Math.min(size, length));
    readSync(fd, buffer, 0, buffer.length, from === 'head' ? 0 : size - buffer.length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The report's summary without reading the whole report: the JSON report names it before its determinations, JSON Lines on its last line. */
function summaryOf(file: string, format: string): Summary {
  if (format === 'jsonl') {
    const lines = readAt(file, 'tail', 1 << 20).trimEnd().split('\n');
    return (JSON.parse(lines[lines.length - 1]!) as { summary: Summary }).summary;
  }
  const head = readAt(file, 'head', 1 << 20);
  const at = head.indexOf('"determinations": ');
  return (JSON.parse(`${head.slice(0, at)}"determinations": []}`) as { summary: Summary }).summary;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function batchRun(work: string, corpus: readonly CorpusLetter[], size: number, label: string): Promise<void> {
  const folder = join(work, `batch-${label}-${size}`);
  const build = performance.now();
  await writeBatch(corpus, size, folder);
  const written = ((performance.now() - build) / 1000).toFixed(1);
  const output = join(work, `audit-${label}-${size}.${args.format}`);
  const jobs = args.jobs ? ['--jobs', args.jobs] : [];
  const run = await runMeasured(process.execPath, [...NODE_ARGS, 'audit', folder, '--format', args.format, '--quiet', ...jobs], output, work);
  if (run.exitCode !== 0) throw new Error(`the CLI exited ${run.exitCode}: ${run.stderr}`);
  const summary = summaryOf(output, args.format);
  const { size: bytes } = statSync(output);
  console.log(
    `${label} ${String(size).padStart(7)} letters: ${run.seconds.toFixed(1).padStart(6)} s  ` +
      `${Math.round(summary.files / run.seconds).toString().padStart(5)} letters/s  ${Math.round(summary.items / run.seconds).toString().padStart(6)} items/s  ` +
      `peak RSS ${run.peakRssMiB.toFixed(0).padStart(4)} MiB  (${summary.items} items, ${summary.failed} failed, ${(bytes / 2 ** 20).toFixed(0)} MiB of ${args.format}; batch written in ${written} s)`,
  );
  console.log(cpuLine(run, summary.files));
  await rm(output, { force: true });
  if (label === 'txt' && qaSizes().includes(size)) await qaRun(work, folder, size, jobs);
  await rm(folder, { recursive: true, force: true });
}

/**
 * Where the run's time went: its CPU time (all threads) against the cores it had. A batch that keeps
 * every core busy is faster only by costing less CPU a letter, not by more threads.
 */
function cpuLine(run: RunFigures, letters: number): string {
  if (run.cpuSeconds === undefined) return '  CPU time: not measured here (no /proc)';
  return (
    `  CPU ${run.cpuSeconds.toFixed(1)} s, all threads: ${(run.cpuSeconds / run.seconds).toFixed(2)} of ${availableParallelism()} cores busy, ` +
    `${((1000 * run.cpuSeconds) / letters).toFixed(2)} ms of CPU a letter${threadsPart(run.threadCpuSeconds)}`
  );
}

/**
 * Each thread's share, main thread first: with --jobs N, the N busiest others are the workers, and
 * what follows is V8's background threads (its optimizing compiler, mostly) and libuv's.
 */
function threadsPart(seconds: readonly number[]): string {
  if (seconds.length === 0) return '';
  const [main, ...others] = seconds;
  const shown = others.filter((cpu) => cpu >= 0.1);
  const rest = others.length - shown.length;
  const busy = shown.length > 0 ? `, others ${shown.map((cpu) => cpu.toFixed(1)).join(', ')} s` : '';
  return `; by thread: main ${main!.toFixed(1)} s${busy}${rest > 0 ? ` (${rest} ${shown.length > 0 ? 'more ' : ''}under 0.1 s)` : ''}`;
}

function qaSizes(): number[] {
  return args.qa.split(',').map(Number).filter((n) => n > 0);
}

/** `imr-audit qa` over the batch: letters/s and peak RSS, and the size of what it printed. */
async function qaRun(work: string, folder: string, size: number, jobs: readonly string[]): Promise<void> {
  const output = join(work, `qa-${size}.json`);
  const run = await runMeasured(process.execPath, [...NODE_ARGS, 'qa', folder, '--format', 'json', ...jobs], output, work);
  if (run.exitCode !== 0) throw new Error(`qa exited ${run.exitCode}: ${run.stderr}`);
  const { files, items } = JSON.parse(readAt(output, 'head', 4096).replace(/,\s*"groups"[\s\S]*$/, '}')) as { files: number; items: number };
  const { size: bytes } = statSync(output);
  console.log(
    `qa  ${String(size).padStart(7)} letters: ${run.seconds.toFixed(1).padStart(6)} s  ${Math.round(files / run.seconds).toString().padStart(5)} letters/s  ` +
      `peak RSS ${run.peakRssMiB.toFixed(0).padStart(4)} MiB  (${items} items; ${(bytes / 2 ** 20).toFixed(0)} MiB of json)`,
  );
  console.log(cpuLine(run, files));
  await rm(output, { force: true });
}

/** The median and best of `times` runs of the CLI on one letter (after one run not counted, which fills the library cache). */
async function coldFigures(folder: string, file: string, times: number, env: NodeJS.ProcessEnv): Promise<{ median: number; best: number }> {
  const seconds: number[] = [];
  for (let i = 0; i <= times; i++) {
    const run = await runMeasured(process.execPath, [...NODE_ARGS, 'audit', file, '--format', 'json'], join(folder, 'out.json'), folder, env);
    if (run.exitCode !== 0) throw new Error(`the CLI exited ${run.exitCode}: ${run.stderr}`);
    if (i > 0) seconds.push(run.seconds);
  }
  return { median: median(seconds), best: Math.min(...seconds) };
}

async function coldRuns(work: string, letter: CorpusLetter, times: number): Promise<void> {
  const folder = await mkdtemp(join(work, 'cold-'));
  const file = join(folder, `letter${letter.extension}`);
  writeFileSync(file, letter.bytes);
  // The library cache of a run of its own, so that the figures do not depend on what ran before.
  const cached = await coldFigures(folder, file, times, { IMR_AUDIT_CACHE_DIR: join(folder, 'cache') });
  const uncached = await coldFigures(folder, file, times, { IMR_AUDIT_CACHE: '0' });
  console.log(
    `one ${letter.extension.slice(1)} letter through a cold CLI: median ${cached.median.toFixed(2)} s, best ${cached.best.toFixed(2)} s (${times} runs, rule library from its cache); ` +
      `without the cache (IMR_AUDIT_CACHE=0): median ${uncached.median.toFixed(2)} s, best ${uncached.best.toFixed(2)} s`,
  );
}

async function main(): Promise<void> {
  const sizes = args.sizes.split(',').map(Number).filter((n) => n > 0);
  const text = readCorpus(join(PROJECT_ROOT, 'cases'), 'txt');
  const pdf = readCorpus(join(PROJECT_ROOT, 'cases'), 'pdf');
  console.log(
    `imr-audit bench: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ` +
      `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; --format ${args.format} to a file, --jobs ${args.jobs ?? 'default'}`,
  );
  const work = await mkdtemp(join(tmpdir(), 'imr-audit-bench-'));
  try {
    for (const size of sizes) await batchRun(work, text, size, 'txt');
    const pdfSize = Number(args.pdf);
    if (pdfSize > 0) await batchRun(work, pdf, pdfSize, 'pdf');
    const times = Number(args.cold);
    if (times > 0) {
      await coldRuns(work, text.find((l) => l.name === 'CM16-0213037.txt') ?? text[0]!, times);
      await coldRuns(work, pdf.find((l) => l.name === 'CM16-0213037.pdf') ?? pdf[0]!, times);
    }
    const library = await loadRuleLibrary();
    const stage = await timeRulesStage(library, text, 20);
    console.log(
      `rules stage on ${stage.items} items: indexed ${((stage.indexedMs * 1000) / stage.items).toFixed(1)} µs/item, naive ${((stage.naiveMs * 1000) / stage.items).toFixed(1)} µs/item: ` +
        `indexed is ${(stage.naiveMs / stage.indexedMs).toFixed(1)}× faster (${library.rules.length} rules)`,
    );
    const stages = await timeStages(library, text, 10);
    const total = stages.stages.reduce((sum, { microseconds }) => sum + microseconds, 0);
    console.log(`one letter in one thread, texts in memory (${stages.letters} letters): ${(total / 1000).toFixed(2)} ms`);
    for (const { stage, microseconds } of stages.stages) console.log(`  ${stage.padEnd(28)} ${microseconds.toFixed(0).padStart(6)} µs  ${((100 * microseconds) / total).toFixed(0).padStart(3)} %`);
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
