import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectPath } from '../../src/project-files.js';
import { DWC_TXT, listDir, SEEDS, tempFolder } from '../helpers.js';

const CLI = projectPath('dist', 'cli', 'run.js');

interface Ended {
  readonly code: number | null;
  readonly signalled: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run the real CLI with its own temporary folder (TMPDIR, where it makes its spool), and send it
 * `signal` as soon as `ready()` holds. `signalled` says whether it was sent before the CLI ended.
 */
function runAndSignal(args: string[], tmp: string, ready: () => boolean, signal: NodeJS.Signals): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    let signalled = false;
    const poll = setInterval(() => {
      if (signalled || !ready()) return;
      signalled = true;
      child.kill(signal);
    }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, signalled, stdout, stderr });
    });
  });
}

/** The files in `folder`, each with its size. */
function sizes(folder: string): Record<string, number> {
  return Object.fromEntries(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).size]));
}

describe('an audit interrupted by SIGINT or SIGTERM', () => {
  const root = tempFolder('imr-interrupt');
  const batch = join(root, 'letters');
  mkdirSync(batch);
  // 30 copies of the 65 text letters: several seconds of work, far more than the test waits.
  for (let copy = 0; copy < 30; copy++) for (const file of listDir(DWC_TXT)) copyFileSync(file, join(batch, `${copy}-${basename(file)}`));
  let tmp: string;
  let out: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(root, 'tmp-'));
    out = mkdtempSync(join(root, 'out-'));
  });

  const spoolFolders = (): string[] => readdirSync(tmp).filter((name) => name.startsWith('imr-audit-spool-'));

  test('SIGINT mid-batch on workers: exit 130, spool removed, no report file under its name or half-written, an earlier report untouched', async () => {
    const earlier = '{"an earlier run": "its complete report"}\n';
    writeFileSync(join(out, 'audit.json'), earlier);
    const partialJsonl = (): string | undefined => readdirSync(out).find((name) => name.startsWith('audit.jsonl.partial-'));
    // Ready once the JSON Lines report, written as letters are done, has its first chunk: mid-batch.
    const ready = (): boolean => {
      const partial = partialJsonl();
      return spoolFolders().length === 1 && partial !== undefined && statSync(join(out, partial)).size > 0;
    };
    const run = await runAndSignal(['audit', batch, '--out', out, '--format', 'json,jsonl,markdown', '--jobs', '2', '--quiet'], tmp, ready, 'SIGINT');
    expect(run.signalled).toBe(true);
    expect(run.code).toBe(130);
    expect(run.stderr).toBe('imr-audit: interrupted by SIGINT: the run stopped before its reports were complete\n');
    expect(run.stdout).toBe('');
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(out)).toEqual(['audit.json']);
    expect(readFileSync(join(out, 'audit.json'), 'utf8')).toBe(earlier);
  });

  test('SIGTERM mid-batch in the main thread (--jobs 1 --letter-timeout 0), JSON on stdout: exit 143, spool removed, nothing printed', async () => {
    // Ready once the spool holds determinations: mid-batch.
    const ready = (): boolean => {
      const [spool] = spoolFolders();
      const file = spool && join(tmp, spool, 'determinations.json');
      return file !== undefined && existsSync(file) && statSync(file).size > 0;
    };
    const run = await runAndSignal(['audit', batch, '--format', 'json', '--jobs', '1', '--letter-timeout', '0'], tmp, ready, 'SIGTERM');
    expect(run.signalled).toBe(true);
    expect(run.code).toBe(143);
    expect(run.stderr).toBe('imr-audit: interrupted by SIGTERM: the run stopped before its reports were complete\n');
    expect(run.stdout).toBe('');
    expect(readdirSync(tmp)).toEqual([]);
  });

  test('a run that finishes leaves its reports under their names, and no spool or partial file', async () => {
    const run = await runAndSignal(['audit', SEEDS, '--out', out, '--format', 'json,jsonl,markdown', '--quiet'], tmp, () => false, 'SIGINT');
    expect(run.code).toBe(0);
    expect(Object.keys(sizes(out)).sort()).toEqual(['audit.json', 'audit.jsonl', 'audit.md']);
    expect(JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')).summary.files).toBe(5);
    expect(readdirSync(tmp)).toEqual([]);
  });

  test('a reader that closes the pipe early (`… --format json | head -1`): the run ends quietly and leaves no spool behind', async () => {
    const tmp = tempFolder('imr-epipe');
    const ended = await new Promise<{ code: number | null; firstChunk: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'audit', DWC_TXT, '--format', 'json', '--no-color'], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
      let firstChunk = '';
      let stderr = '';
      child.stdout.once('data', (chunk: Buffer) => {
        firstChunk = chunk.toString();
        child.stdout.destroy();
      });
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, firstChunk, stderr }));
    });
    expect(ended.firstChunk).toMatch(/^\{\n {2}"tool"/);
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
