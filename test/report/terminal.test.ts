import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Chalk } from 'chalk';
import { auditLetterBytes } from '../../src/audit/audit-letter.js';
import { digestOf, TerminalDigest } from '../../src/audit/digest.js';
import { summarise } from '../../src/audit/summary.js';
import type { DeterminationAudit } from '../../src/audit/types.js';
import { rulesInfo, toolInfo, type AuditReport } from '../../src/report/report.js';
import { formatTerminal } from '../../src/report/terminal.js';
import { bundledLibrary, DWC_TXT, listDir, SEEDS } from '../helpers.js';

const plain = new Chalk({ level: 0 });

/** A batch's report as the terminal summary is given it: the summary of every letter, the determinations kept. */
async function report(audits: readonly DeterminationAudit[], determinations: readonly DeterminationAudit[]): Promise<AuditReport> {
  return { tool: toolInfo(), rules: rulesInfo(await bundledLibrary()), summary: summarise(audits), determinations, skipped: [] };
}

/**
 * Real letters, some with their decisions flipped (flagged items), some cut short or emptied
 * (failed letters), interleaved so failed and flagged letters alternate in input order.
 */
async function mixedBatch(): Promise<DeterminationAudit[]> {
  const library = await bundledLibrary();
  const audits: DeterminationAudit[] = [];
  for (const path of [...listDir(SEEDS), ...listDir(DWC_TXT)].filter((p) => p.endsWith('.txt'))) {
    const text = readFileSync(path, 'latin1');
    const name = basename(path);
    const variants: Array<[string, string]> = [
      [name, text],
      [`flipped-${name}`, text.replace(/\b(Overturned|Upheld)\b/g, (word) => (word === 'Upheld' ? 'Overturned' : 'Upheld'))],
      [`cut-${name}`, text.slice(0, 120)],
    ];
    for (const [file, body] of variants) audits.push(await auditLetterBytes(file, Buffer.from(body, 'latin1'), library, {}, file));
  }
  return audits;
}

describe('the terminal summary of a batch', () => {
  let audits: DeterminationAudit[];
  beforeAll(async () => {
    audits = await mixedBatch();
  }, 120_000);

  test('the batch has more failed letters and flagged items than the summary lists', () => {
    const summary = summarise(audits);
    expect(summary.failed).toBeGreaterThan(60);
    expect(summary.inconsistent).toBeGreaterThan(60);
  });

  test.each([1, 7, 50])('keeping only what it lists (%i of each) prints what keeping every digest would', async (limit) => {
    const summary = summarise(audits);
    const digests = audits.map(digestOf).filter((d): d is DeterminationAudit => d !== undefined);
    const kept = new TerminalDigest(limit);
    for (const digest of digests) kept.add(digest);
    const options = { maxFailed: limit, maxFlagged: limit };
    const expected = formatTerminal(await report(audits, digests), plain, options);
    const got = formatTerminal(await report(audits, kept.determinations), plain, { ...options, notKept: kept.notKept });
    expect(got).toBe(expected);
    // Bounded: no more than `limit` failed letters and `limit` letters with flagged items are held.
    expect(kept.determinations.length).toBeLessThanOrEqual(2 * limit);
    expect(kept.notKept.failed).toBe(summary.failed - limit);
    expect(got).toContain(`… and ${summary.failed - limit} more failed letters (see the reports)`);
    expect(got.match(/^ {2}✗ /gm)).toHaveLength(limit);
    expect(got.match(/^ {2}! /gm)).toHaveLength(limit);
  });

  test('a batch with fewer failed letters than the limit lists each of them and no "more" line', async () => {
    const few = audits.filter((a) => a.status !== 'error' || a.file.startsWith('cut-0')).slice(0, 40);
    const kept = new TerminalDigest();
    for (const audit of few) kept.add(digestOf(audit));
    const summary = summarise(few);
    const text = formatTerminal(await report(few, kept.determinations), plain, { notKept: kept.notKept });
    expect(summary.failed).toBeGreaterThan(0);
    expect(text.match(/^ {2}✗ /gm)).toHaveLength(summary.failed);
    expect(text).not.toContain('more failed letters');
  });
});
