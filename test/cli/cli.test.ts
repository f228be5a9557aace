import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { projectPath } from '../../src/project-files.js';
import { beyondCapacity, FORMATS, READABLE_BATCH_LETTERS, streamedFormats } from '../../src/report/formats.js';
import { captureIo, casePath, tempFolder } from '../helpers.js';

/** The built CLI's stdout, run as a user runs it: stdout a pipe, with the environment given. */
function cliOutput(args: readonly string[], env: Record<string, string>): string {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'FORCE_COLOR' && name !== 'NO_COLOR'));
  return execFileSync(process.execPath, [projectPath('dist', 'cli', 'run.js'), ...args], { env: { ...inherited, ...env }, encoding: 'utf8' });
}

describe('imr-audit command line', () => {
  test('colours only where the terminal allows: none into a pipe or with NO_COLOR or --no-color, some with FORCE_COLOR', () => {
    const ESC = '\u001b[';
    const letter = casePath('seeds/002_178c19ffd59f9e46.txt');
    expect(cliOutput(['audit', letter], {})).not.toContain(ESC);
    expect(cliOutput(['audit', letter], { NO_COLOR: '1' })).not.toContain(ESC);
    expect(cliOutput(['audit', letter], { FORCE_COLOR: '1' })).toContain(ESC);
    expect(cliOutput(['audit', letter, '--no-color'], { FORCE_COLOR: '1' })).not.toContain(ESC);
    expect(cliOutput(['show', letter], {})).not.toContain(ESC);
    expect(cliOutput(['show', letter], { FORCE_COLOR: '1' })).toContain(ESC);
  });

  test('--help on every command', async () => {
    for (const args of [['--help'], ['audit', '--help'], ['show', '--help'], ['rules', 'check', '--help']]) {
      const { io, out } = captureIo();
      expect(await main(args, io)).toBe(0);
      expect(out.join('')).toMatch(/Usage: imr-audit/);
      expect(out.join('')).toMatch(/Exit codes/);
    }
  });

  test('audit --format json prints the JSON report and nothing else', async () => {
    const { io, out, err } = captureIo();
    expect(await main(['audit', casePath('seeds'), '--format', 'json'], io)).toBe(0);
    expect(err).toEqual([]);
    const report = JSON.parse(out.join(''));
    expect(report.tool.name).toBe('imr-audit');
    expect(report.summary).toMatchObject({ files: 5, parsed: 5, failed: 0, items: 9 });
    expect(report.determinations).toHaveLength(5);
    expect(report.determinations[0].items[0]).toEqual(
      expect.objectContaining({ index: 1, decision: 'upheld', expected: expect.any(String), verdict: expect.any(String), rules: expect.any(Array), findings: expect.any(Array) }),
    );
  });

  test('the same input twice gives byte-identical JSON', async () => {
    const first = captureIo();
    const second = captureIo();
    await main(['audit', casePath('seeds'), '--format', 'json'], first.io);
    await main(['audit', casePath('seeds'), '--format', 'json'], second.io);
    expect(first.out.join('')).toBe(second.out.join(''));
  });

  test('--fail-on inconsistent exits 1 only when something is flagged', async () => {
    const clean = captureIo();
    expect(await main(['audit', casePath('seeds/002_178c19ffd59f9e46.txt'), '--fail-on', 'inconsistent', '--no-color'], clean.io)).toBe(0);
  });

  test('usage errors exit 2', async () => {
    for (const args of [['audit'], ['audit', casePath('seeds'), '--format', 'yaml'], ['bogus'], ['show']]) {
      const { io } = captureIo();
      expect(await main(args, io)).toBe(2);
    }
  });

  test('--out where a file is in the way: one line saying so, exit 2, nothing audited or left behind', async () => {
    const folder = tempFolder('imr-out-file');
    const file = join(folder, 'reports');
    writeFileSync(file, 'not a folder');
    for (const out of [file, join(file, 'sub')]) {
      const { io, out: printed, err } = captureIo();
      expect(await main(['audit', casePath('seeds'), '--out', out, '--no-color'], io)).toBe(2);
      expect(err.join('')).toBe(`imr-audit: --out ${out}: not a folder (a file of that name is in the way)\n`);
      expect(printed).toEqual([]);
    }
    expect(readdirSync(folder)).toEqual(['reports']);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  test('--out without --format past 5,000 letters writes JSON and CSV (both streamed) and says why; Markdown named is written', async () => {
    const folder = tempFolder('imr-large-batch');
    const letters = join(folder, 'letters');
    mkdirSync(letters);
    // Empty files: each a letter that fails at once, so thousands of them take a second.
    for (let n = 0; n <= READABLE_BATCH_LETTERS; n++) writeFileSync(join(letters, `${String(n).padStart(5, '0')}.txt`), '');
    copyFileSync(casePath('seeds/002_178c19ffd59f9e46.txt'), join(letters, 'good.txt'));
    const byDefault = captureIo(folder);
    expect(await main(['audit', 'letters', '--out', 'reports', '--no-color', '--quiet'], byDefault.io)).toBe(0);
    expect(byDefault.err.join('')).toBe(
      `imr-audit: ${READABLE_BATCH_LETTERS + 2} letters: writing json and csv (Markdown and HTML, rendered from the whole batch in memory, are written by default for up to ${READABLE_BATCH_LETTERS} letters; name them with --format to have them anyway, ` +
        `Markdown for up to ${FORMATS.markdown.capacity.letters} letters, HTML for up to ${FORMATS.html.capacity.letters})\n`,
    );
    expect(readdirSync(join(folder, 'reports')).sort()).toEqual(['audit.csv', 'audit.json']);
    const named = captureIo(folder);
    expect(await main(['audit', 'letters', '--out', 'named', '--format', 'markdown', '--no-color', '--quiet'], named.io)).toBe(0);
    expect(named.err).toEqual([]);
    expect(readdirSync(join(folder, 'named'))).toEqual(['audit.md']);
  });

  test('a format rendered in memory is refused for a batch larger than it is written for, before a letter is read', async () => {
    const folder = tempFolder('imr-too-large');
    const letters = join(folder, 'letters');
    mkdirSync(letters);
    const html = FORMATS.html.capacity.letters;
    for (let n = 0; n <= html; n++) writeFileSync(join(letters, `${String(n).padStart(5, '0')}.txt`), '');
    const { io, out, err } = captureIo(folder);
    expect(await main(['audit', 'letters', '--out', 'reports', '--format', 'json,html', '--no-color'], io)).toBe(2);
    expect(err.join('')).toBe(
      `imr-audit: --format html is one page held in memory (~24 KB a letter; no browser opens one much larger): ${html + 1} letters are more than the ${html} it is written for. ` +
        `Audit the letters in parts of at most ${html} for html, or write json, jsonl, csv or junit, which go letter by letter whatever the size\n`,
    );
    expect(out).toEqual([]);
    expect(readdirSync(folder)).toEqual(['letters']);
    // Markdown and SARIF hold the audits but render small: they go further; the streamed formats have no limit.
    expect(beyondCapacity('markdown', html + 1)).toBeUndefined();
    expect(beyondCapacity('sarif', FORMATS.sarif.capacity.letters)).toBeUndefined();
    expect(beyondCapacity('sarif', FORMATS.sarif.capacity.letters + 1)).toMatch(/^--format sarif is rendered from every letter's audit held in memory/);
    for (const format of streamedFormats()) expect(beyondCapacity(format, 10_000_000)).toBeUndefined();
  });

  test('show explains one letter item by item', async () => {
    const { io, out } = captureIo();
    expect(await main(['show', casePath('seeds/002_178c19ffd59f9e46.txt'), '--no-color'], io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/Item 1 \(line \d+\): Norco 10\/325mg #360/);
    expect(text).toMatch(/decision: overturned/);
    expect(text).toMatch(/cited guideline: MTUS: Chronic Pain Treatment Guidelines/);
    expect(text).toMatch(/painRelief = present/);
    expect(text).toMatch(/8\/10 without medications and 4\/10 with medications/);
    expect(text).toMatch(/fired opioid-criteria-met/);
    expect(text).toMatch(/verdict: consistent/);
  });

  test('show names its letter from the working folder, and a folder is a usage error', async () => {
    const { io, out } = captureIo(casePath('seeds'));
    expect(await main(['show', '002_178c19ffd59f9e46.txt', '--no-color'], io)).toBe(0);
    expect(out.join('')).toMatch(/^002_178c19ffd59f9e46\.txt\n/);
    for (const [file, message] of [['.', '. is a folder: show explains one letter (audit reads folders)'], ['nope.txt', 'no such file: nope.txt']]) {
      const failing = captureIo(casePath('seeds'));
      expect(await main(['show', file!, '--no-color'], failing.io)).toBe(2);
      expect(failing.err.join('')).toBe(`imr-audit: ${message}\n`);
    }
  });
});
