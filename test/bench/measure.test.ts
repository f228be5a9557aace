import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured } from '../../bench/measure.js';

/**
 * A node process whose main thread waits while one worker thread computes (a count of steps, not a
 * time: on a busy machine it still takes the same CPU, ~0.6 s here).
 */
const COMPUTE_IN_A_WORKER =
  `const { Worker } = require('node:worker_threads');` +
  `new Worker('let x = 0; for (let i = 0; i < 12e7; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x);', { eval: true });`;

const onLinux = existsSync('/proc/self/task') ? describe : describe.skip;

onLinux('the benchmark measures a run thread by thread', () => {
  test('each thread of the run has its CPU time: the main thread first, then the busiest (a worker computing) first', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'measure-'));
    try {
      const run = await runMeasured(process.execPath, ['-e', COMPUTE_IN_A_WORKER], join(folder, 'out.txt'), folder);
      expect(run.exitCode).toBe(0);
      const [main, busiest, ...rest] = run.threadCpuSeconds;
      expect(main).toBeDefined();
      expect(busiest).toBeGreaterThanOrEqual(0.3);
      expect(main!).toBeLessThan(busiest!);
      for (const other of rest) expect(other).toBeLessThanOrEqual(busiest!);
      // the threads add up to the process's CPU time, as both were last sampled (the thread sampling every 100 ms)
      const total = run.threadCpuSeconds.reduce((sum, cpu) => sum + cpu, 0);
      expect(total).toBeLessThanOrEqual(run.cpuSeconds! + 0.05);
      expect(total).toBeGreaterThan(run.cpuSeconds! - 0.25);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
