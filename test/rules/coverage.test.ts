import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditBatch } from '../../src/audit/batch.js';
import { listInputs } from '../../src/audit/inputs.js';
import { summarise } from '../../src/audit/summary.js';
import type { DeterminationAudit } from '../../src/audit/types.js';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { belowMinimum, itemCoverage, neverFiredOnItems, percentOf, ruleFirings, type ItemCoverage } from '../../src/rules/coverage.js';
import type { RuleLibrary } from '../../src/rules/library.js';
import { runRuleTests } from '../../src/rules/test-runner.js';
import { bundledLibrary, CASES, captureIo } from '../helpers.js';

const CONFLICT_RULES = join(PROJECT_ROOT, 'test/fixtures/conflict-rules');

/** Letter files under a folder, counted without the audit's own input listing. */
function letterFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return letterFiles(join(folder, entry.name));
    return entry.isFile() && /\.(txt|pdf)$/i.test(entry.name) ? [join(folder, entry.name)] : [];
  });
}

let library: RuleLibrary;
let audits: DeterminationAudit[];
let coverage: ItemCoverage;

beforeAll(async () => {
  library = await bundledLibrary();
  const listing = await listInputs([CASES], PROJECT_ROOT);
  audits = [];
  await auditBatch(listing.letters, library, { onResult: (result) => void audits.push(result.audit!) });
  coverage = itemCoverage(audits);
});

describe('coverage of the letters in cases/ (src/rules/coverage.ts)', () => {
  test('every .txt and .pdf letter under cases/ is audited, none unreadable', () => {
    expect(coverage.letters).toBe(letterFiles(CASES).length);
    expect(coverage.unreadable).toEqual([]);
    expect(coverage.items).toBeGreaterThan(coverage.letters);
  });

  test('item coverage agrees with the audit summary, overall and by treatment kind', () => {
    const summary = summarise(audits);
    expect({ items: coverage.items, covered: coverage.covered }).toEqual({ items: summary.items, covered: summary.covered });
    expect(coverage.percent).toBe(Math.round((summary.covered / summary.items) * 1000) / 10);
    expect(Object.fromEntries(coverage.byKind.map((k) => [k.kind, { items: k.items, covered: k.covered }]))).toEqual(
      Object.fromEntries(Object.entries(summary.byKind).map(([kind, tally]) => [kind, { items: tally.items, covered: tally.covered }])),
    );
    for (const kind of coverage.byKind) expect(kind.percent).toBe(percentOf(kind.covered, kind.items));
    const itemsByKind = coverage.byKind.map((k) => k.items);
    expect(itemsByKind).toEqual([...itemsByKind].sort((a, b) => b - a));
  });

  test('the uncovered items are exactly the items no rule applies to, with where to find them', () => {
    expect(coverage.uncovered).toHaveLength(coverage.items - coverage.covered);
    for (const uncovered of coverage.uncovered) {
      const item = audits.find((a) => a.file === uncovered.file)?.items.find((i) => i.index === uncovered.item);
      expect(item?.rules).toEqual([]);
      expect(item?.request).toBe(uncovered.request);
      expect(item?.line).toBe(uncovered.line);
    }
  });

  test('rule firings: on the tests as the test runner saw them, on the letters as the audit did', async () => {
    const tests = await runRuleTests(library);
    const firings = ruleFirings(library.rules, tests, audits);
    expect(firings.map((f) => f.rule)).toEqual(library.rules.map((r) => r.id));
    for (const firing of firings) {
      const summary = tests.find((t) => t.rule === firing.rule)!;
      expect(firing.firedOnTests).toBe(summary.results.filter((r) => r.fired).length);
    }
    // Seed 004: Klonopin without a documented short-term purpose, Soma, and Norco without efficacy.
    const seed = audits.find((a) => a.file.endsWith('004_fb34e36c644530cf.txt'))!;
    const firedOnSeed = seed.items.flatMap((i) => i.rules.filter((r) => r.fired).map((r) => r.id));
    expect(firedOnSeed).toEqual(expect.arrayContaining(['benzodiazepine-short-term-not-documented', 'carisoprodol-not-recommended']));
    for (const id of firedOnSeed) expect(firings.find((f) => f.rule === id)!.firedOnItems).toBeGreaterThanOrEqual(1);
    const never = neverFiredOnItems(firings);
    const firedAnywhere = new Set(audits.flatMap((a) => a.items.flatMap((i) => i.rules.filter((r) => r.fired).map((r) => r.id))));
    expect(never).toEqual(library.rules.map((r) => r.id).filter((id) => !firedAnywhere.has(id)));
    expect(ruleFirings(library.rules, tests).every((f) => f.firedOnItems === null)).toBe(true);
  });

  test('the minimum is compared on the counts, not on the rounded percentage', () => {
    const share = { items: 325, covered: 29 };
    expect(belowMinimum(share, (29 / 325) * 100)).toBe(false);
    expect(belowMinimum(share, 8.9)).toBe(false);
    expect(belowMinimum(share, 8.93)).toBe(true);
    expect(belowMinimum(share, 95)).toBe(true);
    expect(belowMinimum({ items: 0, covered: 0 }, 0)).toBe(false);
    expect(belowMinimum({ items: 0, covered: 0 }, 1)).toBe(true);
  });
});

describe('rules check --min-coverage', () => {
  test('on the bundled library and the 2016 text letters: the JSON coverage is the audit\'s, and its own level is met', async () => {
    // (The whole of cases/ is checked by `npm test`'s posttest run; its text letters keep this test quick.
    // A minimum above the real level failing is checked on the fixture library below.)
    const folder = 'cases/dwc-2016/txt';
    const expected = itemCoverage(audits.filter((a) => a.file.startsWith(`${folder}/`)));
    expect(expected.percent).toBeGreaterThanOrEqual(95);
    const { io, out, err } = captureIo(PROJECT_ROOT);
    expect(await main(['rules', 'check', '--cases', folder, '--format', 'json', '--min-coverage', String(Math.floor(expected.percent))], io)).toBe(0);
    expect(err).toEqual([]);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ passed: true, errors: 0, tests: { failed: 0 }, coverage: { minimum: Math.floor(expected.percent), belowMinimum: false } });
    expect(report.coverage.cases).toEqual({ directory: folder, ...expected, rulesNeverFired: expect.any(Array) });
  });

  test('on a fixture library and the seed letters: the exact coverage passes, one point more fails', async () => {
    const run = async (...extra: string[]) => {
      const { io, out } = captureIo(PROJECT_ROOT);
      const code = await main(['rules', 'check', '--rules', CONFLICT_RULES, '--cases', 'cases/seeds', '--format', 'json', ...extra], io);
      return { code, report: JSON.parse(out.join('')) };
    };
    const { code, report } = await run();
    expect(code).toBe(0);
    const { items, covered } = report.coverage.cases;
    expect(covered).toBeLessThan(items);
    const exact = (covered / items) * 100;
    expect((await run('--min-coverage', String(exact))).code).toBe(0);
    const failing = await run('--min-coverage', String(Math.floor(exact) + 1));
    expect(failing.code).toBe(2);
    expect(failing.report.coverage.belowMinimum).toBe(true);
    expect(failing.report.errors).toBe(0);
  });
});
