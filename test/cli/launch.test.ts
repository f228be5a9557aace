import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CLI_V8_FLAGS, missingV8Flags } from '../../src/cli/launch.js';
import { projectPath } from '../../src/project-files.js';
import { DWC_TXT, listDir, SEEDS, tempFolder } from '../helpers.js';

const BIN = projectPath('bin', 'imr-audit.js');
const RUN = projectPath('dist', 'cli', 'run.js');

/** The command line of the processes whose parent is `pid` (Linux's /proc). */
function childCommandLines(pid: number): string[][] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === pid ? [readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean)] : [];
      } catch {
        return []; // ended meanwhile
      }
    });
}

describe('the command starts with the CLI V8 flags', () => {
  test("bin/imr-audit.js's #! line carries every flag of CLI_V8_FLAGS", () => {
    const shebang = readFileSync(BIN, 'utf8').split('\n')[0]!;
    expect(shebang.startsWith('#!/usr/bin/env -S node ')).toBe(true);
    expect(missingV8Flags(shebang.split(/\s+/))).toEqual([]);
  });

  test('missingV8Flags lists the flags a node was started without', () => {
    expect(missingV8Flags([])).toEqual([...CLI_V8_FLAGS]);
    expect(missingV8Flags(['--enable-source-maps', ...CLI_V8_FLAGS])).toEqual([]);
  });

  test('`node bin/imr-audit.js` (no flags) relaunches: same report, same exit code as the CLI script', () => {
    const letter = listDir(SEEDS)[0]!;
    const viaBin = spawnSync(process.execPath, [BIN, 'audit', letter, '--format', 'json'], { encoding: 'utf8' });
    const direct = spawnSync(process.execPath, [RUN, 'audit', letter, '--format', 'json'], { encoding: 'utf8' });
    expect(viaBin.status).toBe(0);
    expect(viaBin.stdout).toBe(direct.stdout);
    expect(JSON.parse(viaBin.stdout).summary.files).toBe(1);
    const usage = spawnSync(process.execPath, [BIN, 'audit', '--no-such-option'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("unknown option '--no-such-option'");
  });

  test('Ctrl-C to the launching process group: the relaunched CLI, started with the flags, gets it once and cleans up (exit 130)', async () => {
    const root = tempFolder('imr-launch');
    const batch = join(root, 'letters');
    const out = join(root, 'out');
    const tmp = join(root, 'tmp');
    for (const folder of [batch, out, tmp]) mkdirSync(folder);
    for (let copy = 0; copy < 20; copy++) for (const file of listDir(DWC_TXT)) copyFileSync(file, join(batch, `${copy}-${basename(file)}`));
    const ended = await new Promise<{ code: number | null; stderr: string; childArgs: string[][] }>((resolve, reject) => {
      // Its own process group, as a shell gives a command: the terminal's Ctrl-C goes to the whole group.
      const launcher = spawn(process.execPath, [BIN, 'audit', batch, '--out', out, '--format', 'json,jsonl', '--jobs', '2', '--quiet'], {
        env: { ...process.env, TMPDIR: tmp },
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
      });
      let stderr = '';
      let childArgs: string[][] = [];
      launcher.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      const poll = setInterval(() => {
        const midBatch = readdirSync(out).some((name) => name.startsWith('audit.jsonl.partial-'));
        if (!midBatch || childArgs.length > 0) return;
        childArgs = childCommandLines(launcher.pid!);
        process.kill(-launcher.pid!, 'SIGINT');
      }, 10);
      launcher.on('error', reject);
      launcher.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stderr, childArgs });
      });
    });
    expect(ended.childArgs).toHaveLength(1);
    expect(ended.childArgs[0]).toEqual([process.execPath, ...CLI_V8_FLAGS, RUN, 'audit', batch, '--out', out, '--format', 'json,jsonl', '--jobs', '2', '--quiet']);
    expect(ended.stderr).toBe('imr-audit: interrupted by SIGINT: the run stopped before its reports were complete\n');
    expect(ended.code).toBe(130);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(join(out, 'audit.json'))).toBe(false);
  });
});
