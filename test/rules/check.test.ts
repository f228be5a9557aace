import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { captureIo } from '../helpers.js';

const BROKEN = join(PROJECT_ROOT, 'test/fixtures/broken-rules');

describe('imr-audit rules check', () => {
  test('the bundled library passes: every rule valid, every test green', async () => {
    const { io, out, err } = captureIo();
    expect(await main(['rules', 'check', '--no-color'], io)).toBe(0);
    expect(err.join('')).toBe('');
    expect(out.join('')).toMatch(/\d+ rules in \d+ topics; \d+ tests, 0 failed/);
  });

  const cases: Array<[string, number, RegExp]> = [
    ['yaml-syntax', 6, /YAML: Flow sequence/],
    ['unknown-key', 8, /unknown key "severity"/],
    ['duplicate-id', 14, /duplicate rule id "same-rule"/],
    ['unknown-fact', 11, /unknown fact "weeksOfUse"/],
    ['unknown-operator', 10, /unknown operator "moreThan"/],
    ['bad-placeholder', 10, /placeholder \{\{weeksUsed\}\} names no fact/],
    ['no-citation', 4, /has no citation/],
    ['no-tests', 5, /needs tests that fire and tests that stay silent/],
    ['tri-state-negation', 10, /operator "notEqual" on a tri-state fact/],
    ['bad-value', 10, /value "documented" for fact "longTermUse" must be one of: present, absent, unknown/],
    ['unknown-drug-class', 7, /unknown drugClass "benzos"/],
    ['failing-test', 13, /expected the rule to stay silent, it fired/],
  ];

  test.each(cases)('%s fails with file:line', async (name, line, message) => {
    const { io, out, err } = captureIo(PROJECT_ROOT);
    const code = await main(['rules', 'check', '--rules', join(BROKEN, name), '--no-cases', '--no-color'], io);
    expect(code).toBe(2);
    const text = out.join('') + err.join('');
    expect(text).toMatch(new RegExp(`broken-rules/${name}/rule\\.yaml:${line}:\\d+ `));
    expect(text).toMatch(message);
  });

  test('a broken library stops an audit before any letter is read', async () => {
    const { io, out, err } = captureIo(PROJECT_ROOT);
    expect(await main(['audit', 'cases/seeds', '--rules', join(BROKEN, 'unknown-fact'), '--format', 'json'], io)).toBe(2);
    expect(out.join('')).toBe('');
    expect(err.join('')).toMatch(/unknown-fact\/rule\.yaml:11:13 unknown fact "weeksOfUse"/);
  });
});
