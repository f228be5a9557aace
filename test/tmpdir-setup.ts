import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUN_FOLDER = /^imr-audit-test-(\d+)-/;

/**
 * Jest's globalSetup: the run gets a temporary folder of its own, and TMPDIR points at it. Node's
 * os.tmpdir() reads TMPDIR on every call, and jest's workers and the processes tests start (the
 * CLI, Chromium) inherit it, so whatever the tests, the CLI under test or the browser make in the
 * temporary folder is made there. tmpdir-teardown.ts fails the run if anything is left in it.
 */
export default function setUpRunTmpdir(): void {
  const outer = tmpdir();
  removeFoldersOfEndedRuns(outer);
  const folder = mkdtempSync(join(outer, `imr-audit-test-${process.pid}-`));
  process.env.IMR_AUDIT_TEST_OUTER_TMPDIR = process.env.TMPDIR ?? '';
  process.env.IMR_AUDIT_TEST_TMPDIR = folder;
  process.env.TMPDIR = folder;
}

/** A run killed outright never reaches its teardown: its folder goes once its jest process is gone. */
function removeFoldersOfEndedRuns(outer: string): void {
  for (const name of readdirSync(outer)) {
    const pid = RUN_FOLDER.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(outer, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
