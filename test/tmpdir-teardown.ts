import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Jest's globalTeardown: the run's temporary folder (tmpdir-setup.ts) must be empty. It is removed
 * either way; anything left in it fails the run, named, after the test results have been reported.
 */
export default function checkRunTmpdir(): void {
  const folder = process.env.IMR_AUDIT_TEST_TMPDIR;
  if (folder === undefined) return;
  const outer = process.env.IMR_AUDIT_TEST_OUTER_TMPDIR;
  if (outer) process.env.TMPDIR = outer;
  else delete process.env.TMPDIR;
  delete process.env.IMR_AUDIT_TEST_TMPDIR;
  delete process.env.IMR_AUDIT_TEST_OUTER_TMPDIR;

  const leftovers = existsSync(folder) ? readdirSync(folder).sort() : [];
  rmSync(folder, { recursive: true, force: true });
  if (leftovers.length > 0) {
    throw new Error(
      `the tests left ${leftovers.length} temporary file(s) or folder(s) behind (removed now):\n` +
        leftovers.map((name) => `  ${join(folder, name)}\n`).join('') +
        'Every test must remove what it makes in the temporary folder: tempFolder() in test/helpers.ts does.',
    );
  }
}
