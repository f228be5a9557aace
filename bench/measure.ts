import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface RunFigures {
  readonly seconds: number;
  /** Peak resident set of the process (all its threads), in MiB. */
  readonly peakRssMiB: number;
  readonly exitCode: number;
  readonly stderr: string;
}

/** VmHWM (peak resident set) of a live process, in KiB; undefined once it has exited or off Linux. */
function peakRssKiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Run a command with its stdout to a file; time it and sample its peak RSS every 20 ms. `env` is added to this process's environment. */
export function runMeasured(command: string, args: readonly string[], stdoutFile: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutFile, 'w');
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', out, 'pipe'], env: { ...process.env, ...env } });
    let peak = 0;
    const sample = (): void => {
      if (child.pid !== undefined) peak = Math.max(peak, peakRssKiB(child.pid) ?? 0);
    };
    const sampler = setInterval(sample, 20);
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(sampler);
      closeSync(out);
      resolve({ seconds, peakRssMiB: peak / 1024, exitCode: code ?? -1, stderr });
    });
  });
}
