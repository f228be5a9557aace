import { Chalk } from 'chalk';
import { main } from '../../src/cli/main.js';
import { createProgress, progressLine } from '../../src/cli/progress.js';
import { captureIo, SEEDS } from '../helpers.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

describe('the progress bar', () => {
  test('a line shows done/total, the rate and the time left, and fits the terminal', () => {
    const line = progressLine(250, 1000, 2000, 80, plain);
    expect(line).toMatch(/^\[█+░+\] 250\/1000 letters {2}125\/s {2}ETA 6s$/);
    expect(line.length).toBeLessThanOrEqual(80);
    expect(progressLine(1000, 1000, 4000, 60, plain)).toMatch(/^\[█+\] 1000\/1000 letters {2}250\/s {2}ETA 0s$/);
    expect(progressLine(500, 1000, 100, 80, coloured)).toMatch(/\x1b\[32m/);
  });

  test('drawn on stderr at most every 100 ms, the last count always, and cleared at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = createProgress({ total: 3, width: 80, chalk: plain, write: (t) => written.push(t), now: () => clock });
    clock = 50;
    progress.update(1);
    clock = 120;
    progress.update(2);
    progress.update(3);
    progress.finish();
    expect(written.map((w) => w.replace(/\s+ETA.*$/s, ''))).toEqual([`\r[${'█'.repeat(27)}${'░'.repeat(13)}] 2/3 letters  17/s`, '\r[████████████████████████████████████████] 3/3 letters  25/s', '\r\x1b[K']);
  });

  test('none without a terminal, with --quiet, or for a single letter', () => {
    const written: string[] = [];
    const write = (t: string): void => void written.push(t);
    for (const options of [{ total: 100 }, { total: 100, width: 80, quiet: true }, { total: 1, width: 80 }]) {
      const progress = createProgress({ ...options, chalk: plain, write });
      progress.update(1);
      progress.finish();
    }
    expect(written).toEqual([]);
  });

  test('the CLI draws it on stderr only when stdout and stderr are a terminal; stdout stays the report', async () => {
    const onTerminal = captureIo();
    const terminal = { ...onTerminal.io, terminalColumns: 100 };
    expect(await main(['audit', SEEDS, '--format', 'json', '--no-color', '--jobs', '1'], terminal)).toBe(0);
    expect(onTerminal.err.join('')).toMatch(/5\/5 letters/);
    const quiet = captureIo();
    expect(await main(['audit', SEEDS, '--format', 'json', '--quiet', '--jobs', '1'], { ...quiet.io, terminalColumns: 100 })).toBe(0);
    expect(quiet.err).toEqual([]);
    expect(quiet.out.join('')).toBe(onTerminal.out.join(''));
    const piped = captureIo();
    expect(await main(['audit', SEEDS, '--format', 'json', '--jobs', '1'], piped.io)).toBe(0);
    expect(piped.err).toEqual([]);
  });
});
