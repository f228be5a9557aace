/**
 * What the sorted list of inputs costs the main thread: builds a batch of letters (or takes a
 * folder already made), then lists it in a fresh `node --expose-gc` process and prints its memory
 * (RSS, heap, external; V8's new and old spaces) before listing, right after, and after a full
 * GC with the list still held, with the bytes it retains and the time it took.
 *
 *   npm run build && tsc -p tsconfig.bench.json && node .bench/build/bench/listing.js [--size 100000] [--folder DIR]
 *
 * A folder given is listed as it is and kept; one made here is removed at the end. Names are
 * relative to the folder's parent, as `imr-audit audit batch` run beside it would show them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapSpaceStatistics } from 'node:v8';
import { listInputs } from '../src/audit/inputs.js';
import { PROJECT_ROOT } from '../src/project-files.js';
import { readCorpus, writeBatch } from './corpus.js';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    folder: { type: 'string' },
    /** Internal: list this folder in this process (started with --expose-gc) and print the figures. */
    measure: { type: 'string' },
  },
});

const MB = 1024 * 1024;

interface Snapshot {
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly newSpace: number;
  readonly oldSpace: number;
}

function snapshot(): Snapshot {
  const memory = process.memoryUsage();
  const spaces = new Map(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size]));
  return { rss: memory.rss, heapUsed: memory.heapUsed, external: memory.external, newSpace: spaces.get('new_space') ?? 0, oldSpace: spaces.get('old_space') ?? 0 };
}

function line(label: string, s: Snapshot): string {
  const mb = (bytes: number): string => `${(bytes / MB).toFixed(1).padStart(6)} MB`;
  return `${label.padEnd(22)} rss ${mb(s.rss)}  heap used ${mb(s.heapUsed)}  external ${mb(s.external)}  new space ${mb(s.newSpace)}  old space ${mb(s.oldSpace)}`;
}

async function measure(folder: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  const before = snapshot();
  const started = performance.now();
  const listing = await listInputs([basename(folder)], dirname(folder));
  const ms = performance.now() - started;
  const listed = snapshot();
  // Twice, a moment apart: the memory of array buffers found dead is given back after the collection.
  gc();
  await setTimeout(100);
  gc();
  const held = snapshot();
  const count = listing.letters.length;
  const retained = held.heapUsed + held.external - (before.heapUsed + before.external);
  console.log(`listed ${count} letters in ${ms.toFixed(0)} ms`);
  console.log(line('before listing', before));
  console.log(line('after listing', listed));
  console.log(line('after gc (list held)', held));
  console.log(`retained: ${(retained / MB).toFixed(1)} MB, ${(retained / count).toFixed(0)} bytes a letter`);
}

async function main(): Promise<void> {
  if (args.measure) return measure(args.measure);
  const made = args.folder === undefined;
  const work = made ? await mkdtemp(join(tmpdir(), 'imr-listing-')) : undefined;
  const folder = args.folder ?? join(work!, 'batch');
  try {
    if (made || !existsSync(folder)) await writeBatch(readCorpus(join(PROJECT_ROOT, 'cases'), 'txt'), Number(args.size), folder);
    const script = fileURLToPath(import.meta.url);
    process.stdout.write(execFileSync(process.execPath, ['--expose-gc', script, '--measure', folder], { encoding: 'utf8' }));
  } finally {
    if (work) await rm(work, { recursive: true, force: true });
  }
}

await main();
