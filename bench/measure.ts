import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

export interface RunFigures {
  readonly seconds: number;
  /** Peak resident set of the process (all its threads), in MiB. */
  readonly peakRssMiB: number;
  /**
   * CPU time of the process (all its threads, user and system), in seconds, as last sampled before
   * it exited (up to 20 ms short); undefined off Linux.
   */
  readonly cpuSeconds: number | undefined;
  /**
   * CPU time of each of its threads (user and system, in seconds), the main thread first, the others
   * busiest first, as last sampled before each ended (up to 100 ms short); empty off Linux.
   */
  readonly threadCpuSeconds: readonly number[];
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

/** User and system CPU time in a /proc stat file (a process's, all its threads, or one thread's), in seconds; undefined once it has ended or off Linux. */
function cpuSecondsOf(statFile: string): number | undefined {
  try {
    const stat = readFileSync(statFile, 'utf8');
    // the fields after the command's name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** Note the CPU time of each live thread of a process (a thread that has ended keeps its last). */
function sampleThreads(pid: number, seconds: Map<number, number>): void {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const thread of threads) {
    const cpu = cpuSecondsOf(`/proc/${pid}/task/${thread}/stat`);
    if (cpu !== undefined) seconds.set(Number(thread), cpu);
  }
}

/** The threads' CPU times, the main thread's (its id is the process's) first, then the others' busiest first. */
function byThread(pid: number | undefined, seconds: ReadonlyMap<number, number>): number[] {
  const others = [...seconds].filter(([thread]) => thread !== pid).map(([, cpu]) => cpu);
  return pid !== undefined && seconds.has(pid) ? [seconds.get(pid)!, ...others.sort((a, b) => b - a)] : [];
}

/**
 * Run a command with its stdout to a file; time it and sample its peak RSS and CPU time every 20 ms,
 * and each thread's CPU time every 100 ms. `env` is added to this process's environment.
 */
export function runMeasured(command: string, args: readonly string[], stdoutFile: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutFile, 'w');
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', out, 'pipe'], env: { ...process.env, ...env } });
    let peak = 0;
    let cpuSeconds: number | undefined;
    const threadSeconds = new Map<number, number>();
    let samples = 0;
    const sample = (): void => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, peakRssKiB(child.pid) ?? 0);
      cpuSeconds = cpuSecondsOf(`/proc/${child.pid}/stat`) ?? cpuSeconds;
      if (samples++ % 5 === 0) sampleThreads(child.pid, threadSeconds);
    };
    const sampler = setInterval(sample, 20);
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(sampler);
      closeSync(out);
      resolve({ seconds, peakRssMiB: peak / 1024, cpuSeconds, threadCpuSeconds: byThread(child.pid, threadSeconds), exitCode: code ?? -1, stderr });
    });
  });
}
