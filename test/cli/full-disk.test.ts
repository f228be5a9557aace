import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { FileOut, OutputError } from '../../src/cli/output.js';
import { projectPath } from '../../src/project-files.js';
import { captureIo, SEEDS, tempFolder } from '../helpers.js';

const CLI = projectPath('dist', 'cli', 'run.js');

/**
 * /dev/full takes the open and fails every write with ENOSPC: a disk that fills up mid-run. A
 * report or the standard output that cannot be written is the user's to fix (free some space,
 * write elsewhere), told in one line with exit 3, not an internal error with a stack trace.
 */
const onLinux = existsSync('/dev/full') ? describe : describe.skip;

onLinux('a disk that fills up while the reports are written', () => {
  const folder = tempFolder('imr-full-disk');

  test('a write that fails names the file as the user knows it, and why', () => {
    const out = FileOut.create('/dev/full', 'reports/audit.json');
    let failure: unknown;
    try {
      out.write('x'.repeat(64 * 1024)); // more than a chunk: written at once
    } catch (error) {
      failure = error;
    } finally {
      out.abandon();
    }
    expect(failure).toBeInstanceOf(OutputError);
    expect(failure).toMatchObject({ code: 'ENOSPC', message: 'cannot write reports/audit.json: no space left on the device (ENOSPC)' });
  });

  test('audit --out: exit 3, one line naming the report, no report left under its name nor half-written', async () => {
    const out = join(folder, 'reports');
    mkdirSync(out);
    // The report is written under a temporary name (its name + .partial-PID) and renamed when complete.
    symlinkSync('/dev/full', join(out, `audit.json.partial-${process.pid}`));
    const { io, out: stdout, err } = captureIo(folder);
    const code = await main(['audit', SEEDS, '--out', out, '--format', 'json', '--jobs', '1', '--letter-timeout', '0', '--no-color', '--quiet'], io);
    expect(code).toBe(3);
    expect(err.join('')).toBe(`imr-audit: cannot write ${out}/audit.json: no space left on the device (ENOSPC); the run stopped\n`);
    expect(stdout.join('')).not.toContain('reports written');
    expect(readdirSync(out)).toEqual([]);
  });

  test('standard output sent to a full disk: exit 3 and one line, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI, 'audit', SEEDS, '--format', 'json', '--no-color'], { stdio: ['ignore', full, 'pipe'], env: { ...process.env, TMPDIR: folder }, encoding: 'utf8' });
      expect(run.status).toBe(3);
      expect(run.stderr).toBe('imr-audit: cannot write the standard output: no space left on the device (ENOSPC); the run stopped\n');
    } finally {
      closeSync(full);
    }
    expect(readdirSync(folder).filter((name) => name.startsWith('imr-audit-spool-'))).toEqual([]);
  });
});
