import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeterminationAudit } from '../src/audit/types.js';
import { loadRuleLibrary, type RuleLibrary } from '../src/rules/library.js';
import { PROJECT_ROOT } from '../src/project-files.js';

export const CASES = join(PROJECT_ROOT, 'cases');
export const SEEDS = join(CASES, 'seeds');
export const DWC_TXT = join(CASES, 'dwc-2016', 'txt');
export const DWC_PDF = join(CASES, 'dwc-2016', 'pdf');

export function casePath(...parts: string[]): string {
  return join(CASES, ...parts);
}

export function listDir(folder: string): string[] {
  return readdirSync(folder).sort().map((name) => join(folder, name));
}

export function readCase(...parts: string[]): string {
  return readFileSync(casePath(...parts), 'utf8');
}

let library: Promise<RuleLibrary> | undefined;

/** The bundled rule library, loaded once per test file. */
export function bundledLibrary(): Promise<RuleLibrary> {
  library ??= loadRuleLibrary();
  return library;
}

export interface CapturedIo {
  readonly out: string[];
  readonly err: string[];
  readonly io: { stdout: (t: string) => void; stderr: (t: string) => void; cwd: string };
}

export function captureIo(cwd = PROJECT_ROOT): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd } };
}

const temporaryFolders: string[] = [];

// Registered when a test file first imports this module, so it runs after the file's last test
// (and after the afterAll hooks of its describe blocks, which may still use the folders).
afterAll(() => {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * A new empty folder in the temporary folder (`PREFIX-XXXXXX`), removed with everything in it
 * after the test file's last test: call it anywhere, in a describe body, a hook, a test or a
 * helper module. A run that leaves anything in its temporary folder fails (test/tmpdir-teardown.ts).
 */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
  temporaryFolders.push(folder);
  return folder;
}

/**
 * What an audit says of a letter, for comparing two readings of the same letter: every item's
 * decision, conclusion, treatment, fact values, expected decision, verdict and finding kinds (and
 * its request as written, unless the comparison rewrites the words).
 */
export function whatTheAuditSays(audit: DeterminationAudit, { request = true }: { request?: boolean } = {}): unknown {
  return {
    status: audit.status,
    error: audit.error?.message,
    items: audit.items.map((item) => ({
      ...(request ? { request: item.request } : {}),
      decision: item.decision,
      conclusion: item.conclusion,
      treatment: item.treatment,
      facts: Object.fromEntries(Object.entries(item.facts).map(([name, fact]) => [name, fact.value])),
      expected: item.expected,
      verdict: item.verdict,
      findings: item.findings.map((finding) => finding.kind),
    })),
  };
}
