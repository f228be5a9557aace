import { join } from 'node:path';
import { auditFile } from '../../src/audit/audit-letter.js';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { opposingPairs } from '../../src/rules/conflicts.js';
import { loadRuleLibrary } from '../../src/rules/library.js';
import { captureIo, listDir, SEEDS } from '../helpers.js';

const CONFLICT_RULES = join(PROJECT_ROOT, 'test/fixtures/conflict-rules');
const FIXTURE_FILE = 'test/fixtures/conflict-rules/benzodiazepines.yaml';

async function rulesCheck(format: 'json' | 'text') {
  const { io, out, err } = captureIo(PROJECT_ROOT);
  const code = await main(['rules', 'check', '--rules', CONFLICT_RULES, '--cases', 'cases/seeds', '--format', format, '--no-color'], io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('conflicts: rules with opposite outcomes that fire on the same facts', () => {
  test('opposingPairs pairs every fired not-medically-necessary rule with every fired medically-necessary one', () => {
    expect(
      opposingPairs([
        { id: 'a', outcome: 'not-medically-necessary', fired: true },
        { id: 'b', outcome: 'medically-necessary', fired: true },
        { id: 'c', outcome: 'medically-necessary', fired: false },
        { id: 'd', outcome: 'not-medically-necessary', fired: true },
      ]),
    ).toEqual([['a', 'b'], ['d', 'b']]);
    expect(opposingPairs([{ id: 'a', outcome: 'not-medically-necessary', fired: true }, { id: 'b', outcome: 'medically-necessary', fired: false }])).toEqual([]);
  });

  test('the conflict fixture: one pair, shown by both rules\' tests and by the seed letters, a warning that does not fail the check', async () => {
    const { code, out, err } = await rulesCheck('json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const report = JSON.parse(out);
    expect(report.passed).toBe(true);
    expect(report.conflicts).toHaveLength(1);
    const [conflict] = report.conflicts;
    expect(conflict.notNecessary).toEqual({ id: 'fixture-long-term-benzodiazepine', outcome: 'not-medically-necessary', location: { file: FIXTURE_FILE, line: 14, column: 5 } });
    expect(conflict.necessary).toEqual({ id: 'fixture-any-benzodiazepine', outcome: 'medically-necessary', location: { file: FIXTURE_FILE, line: 32, column: 5 } });
    const tests = conflict.witnesses.filter((w: { kind: string }) => w.kind === 'test');
    expect(tests).toEqual([
      expect.objectContaining({ rule: 'fixture-long-term-benzodiazepine', test: 0, location: { file: FIXTURE_FILE, line: 24, column: 9 }, treatment: 'medication: alprazolam' }),
      expect.objectContaining({ rule: 'fixture-any-benzodiazepine', test: 0, name: 'a benzodiazepine used for months', location: { file: FIXTURE_FILE, line: 41, column: 9 } }),
    ]);
    expect(tests[1].treatment).toMatch(/^medication: /);
    expect(report.problems).toEqual([
      expect.objectContaining({ file: FIXTURE_FILE, line: 32, severity: 'warning', kind: 'conflict', rule: 'fixture-any-benzodiazepine' }),
    ]);
    expect(report.warnings).toBe(1);
  });

  test('the letter witnesses are exactly the seed items where both rules fired, by an audit of their own', async () => {
    const library = await loadRuleLibrary({ rulesDir: CONFLICT_RULES });
    const expected: Array<{ file: string; item: number }> = [];
    for (const path of listDir(SEEDS)) {
      const audit = await auditFile(path, library, {}, join('cases/seeds', path.slice(SEEDS.length + 1)));
      for (const item of audit.items) {
        const fired = new Set(item.rules.filter((r) => r.fired).map((r) => r.id));
        if (fired.has('fixture-long-term-benzodiazepine') && fired.has('fixture-any-benzodiazepine')) expected.push({ file: audit.file, item: item.index });
      }
    }
    expect(expected.length).toBeGreaterThan(0);
    const report = JSON.parse((await rulesCheck('json')).out);
    const letters = report.conflicts[0].witnesses.filter((w: { kind: string }) => w.kind === 'letter').map((w: { file: string; item: number }) => ({ file: w.file, item: w.item }));
    expect(letters).toEqual(expected);
  });

  test('rules that fire on the same facts but never apply to the same treatment do not conflict', async () => {
    const report = JSON.parse((await rulesCheck('json')).out);
    const ids = report.conflicts.flatMap((c: { notNecessary: { id: string }; necessary: { id: string } }) => [c.notNecessary.id, c.necessary.id]);
    expect(ids).not.toContain('fixture-long-term-opioid-supported');
    const opioid = report.rules.find((r: { rule: string }) => r.rule === 'fixture-long-term-opioid-supported');
    expect(opioid.firedOnTests).toBe(1);
  });

  test('the text report says the same as the JSON: per-rule rows, coverage, the conflict with file:line', async () => {
    const text = (await rulesCheck('text')).out;
    const report = JSON.parse((await rulesCheck('json')).out);
    for (const rule of report.rules) {
      expect(text).toMatch(new RegExp(`^${rule.rule} +${rule.passed} +${rule.failed} +${rule.firedOnTests} +${rule.firedOnItems} +✔$`, 'm'));
    }
    const cases = report.coverage.cases;
    expect(text).toContain(`Coverage of cases/seeds: ${cases.covered} of ${cases.items} disputed items (${cases.percent.toFixed(1)} %) in ${cases.letters} letters`);
    for (const kind of cases.byKind) expect(text).toMatch(new RegExp(`^  ${kind.kind} +${kind.items} +${kind.covered} +${kind.percent.toFixed(1)}$`, 'm'));
    expect(text).toContain(`${FIXTURE_FILE}:32:5 fixture-any-benzodiazepine (medically-necessary)`);
    expect(text).toContain(`${FIXTURE_FILE}:14:5 fixture-long-term-benzodiazepine (not-medically-necessary)`);
    expect(text).toMatch(/both fire on test "a benzodiazepine used for months" of fixture-any-benzodiazepine \(test\/fixtures\/conflict-rules\/benzodiazepines\.yaml:41:9\)/);
    expect(text).toMatch(/✔ rules check passed, 1 warning\(s\)\n$/);
  });
});
