import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { captureIo, tempFolder } from '../helpers.js';

const BROKEN = join(PROJECT_ROOT, 'test/fixtures/broken-rules');

describe('imr-audit rules check', () => {
  test('the bundled library passes: every rule valid, every test green', async () => {
    const { io, out, err } = captureIo();
    expect(await main(['rules', 'check', '--no-cases', '--no-color'], io)).toBe(0);
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
    ['failing-test', 13, /expected the rule to stay silent, it fired\n\s+facts the rule read: longTermUse=present/],
    ['text-without-request', 12, /rules\.0\.tests\.0 must have property request when property text is present/],
    ['bad-condition', 8, /rules\.0\.when is missing "fact", "operator", "value"/],
    ['duplicate-key', 10, /YAML: Map keys must be unique/],
    ['request-not-applicable', 12, /the request "Norco 10\/325mg" reads as medication\/opioid\/opioid, which the rule does not apply to/],
    ['unknown-test-fact', 13, /unknown fact "weeksOfUse" in a test of rule "broken-rule"/],
  ];

  test.each(cases)('%s fails with file:line', async (name, line, message) => {
    const { io, out, err } = captureIo(PROJECT_ROOT);
    const code = await main(['rules', 'check', '--rules', join(BROKEN, name), '--no-cases', '--no-color'], io);
    expect(code).toBe(2);
    const text = out.join('') + err.join('');
    expect(text).toMatch(new RegExp(`broken-rules/${name}/rule\\.yaml:${line}:\\d+ `));
    expect(text).toMatch(message);
  });

  test('a topic and rule ids defined in two files: each problem names the other place, both relative to the working folder', async () => {
    const folder = tempFolder('imr-rules-twice');
    mkdirSync(join(folder, 'rules'));
    const topic = readFileSync(join(PROJECT_ROOT, 'rules/benzodiazepines.yaml'), 'utf8');
    writeFileSync(join(folder, 'rules/benzodiazepines.yaml'), topic);
    writeFileSync(join(folder, 'rules/benzodiazepines-copy.yaml'), topic);
    const { io, out } = captureIo(folder);
    expect(await main(['rules', 'check', '--rules', 'rules', '--no-cases', '--no-color'], io)).toBe(2);
    const lines = out.join('').split('\n').filter((line) => line.startsWith('rules/'));
    const firstId = /^  - id: (\S+)$/m.exec(topic)!;
    const idLine = topic.slice(0, firstId.index).split('\n').length;
    const topicLine = topic.split('\n').findIndex((line) => line.startsWith('topic:')) + 1;
    // Files load in name order: the copy first, so the problems are on the original and point at the copy.
    expect(lines).toContain(`rules/benzodiazepines.yaml:${topicLine}:1 topic "benzodiazepines" is defined twice (see rules/benzodiazepines-copy.yaml:${topicLine}:1)`);
    expect(lines).toContain(`rules/benzodiazepines.yaml:${idLine}:5 duplicate rule id "${firstId[1]}" (see rules/benzodiazepines-copy.yaml:${idLine}:5)`);
    expect(out.join('')).not.toContain(folder);
  });

  /** A project folder with one topic and the bundled lexicon, one of whose files is edited; the edited text is returned with it. */
  function libraryWithLexiconEdit(name: string, edited: string, edit: (text: string) => string): { folder: string; text: string } {
    const folder = tempFolder(name);
    mkdirSync(join(folder, 'rules/lexicon'), { recursive: true });
    writeFileSync(join(folder, 'rules/benzodiazepines.yaml'), readFileSync(join(PROJECT_ROOT, 'rules/benzodiazepines.yaml'), 'utf8'));
    let text = '';
    for (const file of ['body-parts.yaml', 'concepts.yaml', 'context.yaml', 'drugs.yaml', 'services.yaml']) {
      const original = readFileSync(join(PROJECT_ROOT, 'rules/lexicon', file), 'utf8');
      if (file === edited) text = edit(original);
      writeFileSync(join(folder, 'rules/lexicon', file), file === edited ? text : original);
    }
    return { folder, text };
  }

  test("a brand compound whose ingredient is no drug's generic is a lexicon problem at its file:line", async () => {
    const { folder, text: drugs } = libraryWithLexiconEdit('imr-rules-brand', 'drugs.yaml', (text) =>
      text.replace('ingredients: [flurbiprofen, cyclobenzaprine]', 'ingredients: [flurbiprofin, cyclobenzaprine]'),
    );
    const line = drugs.split('\n').findIndex((text) => text.includes('flurbiprofin')) + 1;
    const { io, out, err } = captureIo(folder);
    expect(await main(['rules', 'check', '--rules', 'rules', '--no-cases', '--no-color'], io)).toBe(2);
    expect(out.join('') + err.join('')).toMatch(
      new RegExp(`rules/lexicon/drugs\\.yaml:${line}:\\d+ ingredient "flurbiprofin" of flurbiprofen/cyclobenzaprine is no drug's generic name in the lexicon`),
    );
  });

  test("a follow-on pattern that does not compile is a lexicon problem at its file:line", async () => {
    const after = "after: '\\b(?:epidurals?|ESIs?|injections?|blocks?)\\b'";
    const { folder, text: concepts } = libraryWithLexiconEdit('imr-rules-follow-on', 'concepts.yaml', (text) => {
      expect(text).toContain(after);
      return text.replace(after, "after: '\\b(?:epidurals?|ESIs?'");
    });
    const line = concepts.split('\n').findIndex((text) => text.includes("after: '\\b(?:epidurals?|ESIs?'")) + 1;
    const { io, out, err } = captureIo(folder);
    expect(await main(['rules', 'check', '--rules', 'rules', '--no-cases', '--no-color'], io)).toBe(2);
    expect(out.join('') + err.join('')).toMatch(new RegExp(`rules/lexicon/concepts\\.yaml:${line}:\\d+ .*(?:regular expression|Unterminated group)`, 'i'));
  });

  test('a misspelt condition is one problem per mistake, not one per schema branch', async () => {
    const { io, out } = captureIo(PROJECT_ROOT);
    expect(await main(['rules', 'check', '--rules', join(BROKEN, 'bad-condition'), '--no-color'], io)).toBe(2);
    const located = out.join('').split('\n').filter((line) => /rule\.yaml:\d+:\d+ /.test(line));
    expect(located).toEqual([
      expect.stringMatching(/rule\.yaml:8:5 rules\.0\.when is missing "fact", "operator", "value"$/),
      expect.stringMatching(/rule\.yaml:9:7 unknown key "alll" in rules\.0\.when$/),
    ]);
  });

  test('--format json reports a broken library as located errors, and nothing runs', async () => {
    const { io, out, err } = captureIo(PROJECT_ROOT);
    expect(await main(['rules', 'check', '--rules', join(BROKEN, 'unknown-operator'), '--format', 'json'], io)).toBe(2);
    expect(err).toEqual([]);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ passed: false, library: null, tests: null, rules: [], conflicts: [], coverage: { cases: null } });
    expect(report.problems).toEqual([
      {
        file: 'test/fixtures/broken-rules/unknown-operator/rule.yaml',
        line: 10,
        column: expect.any(Number),
        severity: 'error',
        kind: 'rule-file',
        message: expect.stringMatching(/^unknown operator "moreThan" in rule "broken-rule"/),
      },
    ]);
    expect(report.errors).toBe(1);
  });

  test('--format json reports a failing test with its place, expectation and facts', async () => {
    const { io, out } = captureIo(PROJECT_ROOT);
    expect(await main(['rules', 'check', '--rules', join(BROKEN, 'failing-test'), '--no-cases', '--format', 'json'], io)).toBe(2);
    const report = JSON.parse(out.join(''));
    expect(report.tests).toEqual({ total: 2, passed: 1, failed: 1 });
    expect(report.rules).toEqual([
      expect.objectContaining({
        rule: 'broken-rule',
        location: { file: 'test/fixtures/broken-rules/failing-test/rule.yaml', line: 5, column: 5 },
        passed: 1,
        failed: 1,
        firedOnTests: 2,
        firedOnItems: null,
        failures: [
          {
            location: { file: 'test/fixtures/broken-rules/failing-test/rule.yaml', line: 13, column: 9 },
            expected: 'silent',
            message: 'expected the rule to stay silent, it fired',
            facts: { longTermUse: 'present' },
          },
        ],
      }),
    ]);
    expect(report.problems).toEqual([expect.objectContaining({ line: 13, severity: 'error', kind: 'test', rule: 'broken-rule' })]);
  });

  test('usage errors exit 2: a bad --format, --min-coverage out of range or without letters, a missing --cases folder', async () => {
    for (const args of [
      ['--format', 'yaml'],
      ['--min-coverage', '120'],
      ['--min-coverage', 'most'],
      ['--no-cases', '--min-coverage', '50'],
      ['--cases', 'no/such/folder'],
    ]) {
      const { io, out, err } = captureIo(PROJECT_ROOT);
      expect(await main(['rules', 'check', ...args], io)).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('')).toMatch(/^imr-audit: /);
    }
  });

  test('a broken library stops an audit before any letter is read', async () => {
    const { io, out, err } = captureIo(PROJECT_ROOT);
    expect(await main(['audit', 'cases/seeds', '--rules', join(BROKEN, 'unknown-fact'), '--format', 'json'], io)).toBe(2);
    expect(out.join('')).toBe('');
    expect(err.join('')).toMatch(/unknown-fact\/rule\.yaml:11:13 unknown fact "weeksOfUse"/);
  });
});
