import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditFile } from '../../src/audit/audit-letter.js';
import { HeavyLane } from '../../src/audit/heavy-lane.js';
import type { InputFile } from '../../src/audit/letter-list.js';
import { letterResult, type LetterResult, type ResultWanted } from '../../src/audit/letter-result.js';
import type { DeterminationAudit } from '../../src/audit/types.js';
import { CAPPED_HEAP, LetterPool, type PoolOptions } from '../../src/audit/worker-pool.js';
import { WORKER_MAX_LETTER_BYTES } from '../../src/audit/worker-protocol.js';
import { main } from '../../src/cli/main.js';
import { pdfBomb, slowPdf } from '../bad-input/craft.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { bundledLibrary, captureIo, DWC_TXT, listDir, tempFolder } from '../helpers.js';

/**
 * A genuinely slow letter: 100 MB of `q Q` for pdf.js to run, about ten seconds on the 2-core
 * machine these tests were written on (a core four times faster would still need two and a half),
 * against a limit of one second. A real letter takes milliseconds.
 */
const SLOW_MB = 100;
const LIMIT = '1';

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = captureIo(cwd);
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

const GOOD = listDir(DWC_TXT).slice(0, 8);

describe('a letter that takes longer than --letter-timeout', () => {
  const root = tempFolder('imr-timeout');
  const withSlow = join(root, 'with-slow');
  const without = join(root, 'without');
  for (const folder of [withSlow, without]) {
    mkdirSync(folder);
    // Two letters before the slow ones, six after: on one worker, those after are held behind it.
    GOOD.forEach((file, i) => copyFileSync(file, join(folder, `${i < 2 ? 'a' : 'd'}${i}.txt`)));
  }
  writeFileSync(join(withSlow, 'c-slow.pdf'), slowPdf(SLOW_MB));
  // Over the capped workers' 512 KB: declined by them, it times out on the heavy lane's worker.
  writeFileSync(join(withSlow, 'c-slow-large.pdf'), slowPdf(SLOW_MB, WORKER_MAX_LETTER_BYTES + 64 * 1024));

  let reference: { determinations: DeterminationAudit[]; summary: Record<string, unknown> };
  beforeAll(async () => {
    const run = await cli(['audit', without, '--format', 'json', '--jobs', '1', '--letter-timeout', '0'], without);
    expect(run.code).toBe(0);
    reference = JSON.parse(run.out);
  });

  test.each(['1', '2'])('--jobs %s: the batch finishes, the slow letters are reported with the reason, every other letter is audited as in a run without them', async (jobs) => {
    const out = join(root, `out-${jobs}`);
    const run = await cli(['audit', withSlow, '--out', out, '--format', 'json', '--jobs', jobs, '--letter-timeout', LIMIT, '--no-color'], withSlow);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/10 files, 8 parsed, 2 failed/);
    expect(run.out).toMatch(/✗ c-slow\.pdf: not audited: took longer than 1 s/);
    const report = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
    const notAudited = (file: string): DeterminationAudit => ({ file, status: 'error', error: { message: `not audited: took longer than ${LIMIT} s` }, items: [] });
    expect(report.determinations.map((d: DeterminationAudit) => d.file)).toEqual(['a0.txt', 'a1.txt', 'c-slow-large.pdf', 'c-slow.pdf', 'd2.txt', 'd3.txt', 'd4.txt', 'd5.txt', 'd6.txt', 'd7.txt']);
    expect(report.determinations[2]).toEqual(notAudited('c-slow-large.pdf'));
    expect(report.determinations[3]).toEqual(notAudited('c-slow.pdf'));
    const others = report.determinations.filter((d: DeterminationAudit) => !d.file.startsWith('c-slow'));
    expect(others.map((d: DeterminationAudit) => JSON.stringify(d))).toEqual(reference.determinations.map((d) => JSON.stringify(d)));
    expect(report.summary).toEqual({ ...reference.summary, files: 10, failed: 2 });
  });

  test('--letter-timeout takes a number of seconds', async () => {
    // 2147484 s is past what a timer can wait (2^31 - 1 ms): it would fire at once, not never.
    for (const value of ['-1', 'ten', '1e3', '', '2147484']) expect((await cli(['audit', without, '--letter-timeout', value], without)).code).toBe(2);
    expect((await cli(['audit', without, '--format', 'json', '--letter-timeout', '0.5'], without)).code).toBe(0);
  });
});

describe('the letter pool', () => {
  const root = tempFolder('imr-pool');
  const input = (name: string, bytes?: Buffer): InputFile => {
    const path = join(root, name);
    if (bytes) writeFileSync(path, bytes);
    return { path, name };
  };
  const good = GOOD.slice(0, 3).map((file) => ({ path: file, name: file }));
  const wanted: ResultWanted = { entries: ['json'], digest: true, audit: true };

  async function inThisThread(inputs: readonly InputFile[]): Promise<LetterResult[]> {
    const library = await bundledLibrary();
    return Promise.all(inputs.map(async ({ path, name }) => letterResult(await auditFile(path, library, {}, name), wanted)));
  }

  /** Pool options for one capped worker and a one-second limit, recording what is handed off and what overran. */
  function recorded(overrides: Partial<PoolOptions> = {}): { options: PoolOptions; handedOff: Array<[InputFile, string]>; overran: InputFile[] } {
    const handedOff: Array<[InputFile, string]> = [];
    const overran: InputFile[] = [];
    const options: PoolOptions = {
      size: 1,
      setup: { library: {}, audit: {}, wanted, declineOver: WORKER_MAX_LETTER_BYTES },
      heap: CAPPED_HEAP,
      letterTimeoutMs: 1000,
      handOff: async (letter, reason) => {
        handedOff.push([letter, reason]);
        return { file: letter.name, handedOff: true } as unknown as LetterResult;
      },
      overran: (letter) => {
        overran.push(letter);
        return { file: letter.name, overran: true } as unknown as LetterResult;
      },
      ...overrides,
    };
    return { options, handedOff, overran };
  }

  test('a letter over the time limit is reported once, never handed off; the letters its worker held are audited by the next worker', async () => {
    const slow = input('slow.pdf', slowPdf(SLOW_MB));
    const { options, handedOff, overran } = recorded();
    const pool = await LetterPool.start(options);
    try {
      // One worker holds four letters: the slow one is its first, the three good ones wait behind it.
      const results = await Promise.all([slow, ...good].map((letter) => pool.audit(letter)));
      expect(overran).toEqual([slow]);
      expect(handedOff).toEqual([]);
      expect(results[0]).toEqual({ file: 'slow.pdf', overran: true });
      expect(results.slice(1)).toEqual(await inThisThread(good));
    } finally {
      await pool.close();
    }
  });

  test('a worker that runs out of memory hands off only the letter it was on; the letters behind it are re-queued', async () => {
    // Well past the capped heap: a letter that only nearly fills it can leave the next one to meet
    // the limit (Node stops a worker at V8's near-limit warning, before a last-resort collection).
    const bomb = input('bomb.pdf', pdfBomb(20));
    const { options, handedOff } = recorded({ letterTimeoutMs: 0 });
    const pool = await LetterPool.start(options);
    try {
      const results = await Promise.all([bomb, ...good].map((letter) => pool.audit(letter)));
      expect(handedOff).toEqual([[bomb, expect.stringMatching(/^the worker auditing it stopped \(.*memory/)]]);
      expect(results[0]).toEqual({ file: 'bomb.pdf', handedOff: true });
      expect(results.slice(1)).toEqual(await inThisThread(good));
    } finally {
      await pool.close();
    }
  });

  test('when no worker can be started in place of a stopped one, the letters waiting are handed off, not left waiting', async () => {
    // The pool's workers read the rules from this copy; emptied once the pool is up, a new worker cannot load them.
    const rulesDir = join(root, 'rules-copy');
    cpSync(join(PROJECT_ROOT, 'rules'), rulesDir, { recursive: true });
    const slow = input('slow-again.pdf', slowPdf(SLOW_MB));
    const { options, handedOff, overran } = recorded();
    const pool = await LetterPool.start({ ...options, setup: { ...options.setup, library: { rulesDir } } });
    try {
      rmSync(rulesDir, { recursive: true, force: true });
      mkdirSync(rulesDir);
      const results = await Promise.all([slow, ...good].map((letter) => pool.audit(letter)));
      expect(overran).toEqual([slow]);
      expect(handedOff.map(([letter]) => letter)).toEqual(good);
      for (const [, reason] of handedOff) expect(reason).toMatch(/^no worker could be started \(/);
      expect(results.slice(1)).toEqual(good.map((letter) => ({ file: letter.name, handedOff: true })));
      // A letter asked for afterwards is handed off at once too.
      expect(await pool.audit(good[0]!)).toEqual({ file: good[0]!.name, handedOff: true });
    } finally {
      await pool.close();
    }
  });

  test('the heavy lane stops a letter over the time limit too, and audits the next on a new worker', async () => {
    const slow = input('slow.pdf', slowPdf(SLOW_MB));
    const { options, handedOff, overran } = recorded();
    const lane = new HeavyLane({ setup: { library: {}, audit: {}, wanted }, letterTimeoutMs: options.letterTimeoutMs, handOff: options.handOff, overran: options.overran });
    try {
      const results = await Promise.all([slow, good[0]!].map((letter) => lane.audit(letter)));
      expect(results[0]).toEqual({ file: 'slow.pdf', overran: true });
      expect(results[1]).toEqual((await inThisThread([good[0]!]))[0]);
      expect(overran).toEqual([slow]);
      expect(handedOff).toEqual([]);
    } finally {
      await lane.close();
    }
  });
});
