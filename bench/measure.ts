import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface RunFigures {
  readonly seconds: number;
  /** Peak resident set of the process (all its threads), in MiB. */
  readonly peakRssMiB: number;
  /**
   * CPU time of the process (all its threads, user and system), in seconds, as last sampled before
   * it exited (up to 20 ms short); undefined off Linux.
   */
  readonly cpuSeconds: number | undefined;
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

/** Clock ticks a second of /proc's CPU times (USER_HZ, sysconf(_SC_CLK_TCK)): 100 on x86 and ARM Linux. */
const CLOCK_TICKS = 100;

/** User and system CPU time of a live process, all its threads, in seconds; undefined once it has exited or off Linux. */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command's name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** Run a command with its stdout to a file; time it and sample its peak RSS and CPU time every 20 ms. `env` is added to this process's environment. */
export function runMeasured(command: string, args: readonly string[], stdoutFile: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutFile, 'w');
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', out, 'pipe'], env: { ...process.env, ...env } });
    let peak = 0;
    let cpuSeconds: number | undefined;
    const sample = (): void => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, peakRssKiB(child.pid) ?? 0);
      cpuSeconds = cpuSecondsOf(child.pid) ?? cpuSeconds;
    };
    const sampler = setInterval(sample, 20);
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(sampler);
      closeSync(out);
      resolve({ seconds, peakRssMiB: peak / 1024, cpuSeconds, exitCode: code ?? -1, stderr });
    });
  });
}
