import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { main } from '../../src/cli/main.js';
import { captureIo, casePath } from '../helpers.js';
import { auditedBatch, PAYLOAD_FILE } from './batch.js';
import { sarifValidator } from './sarif-schema.js';

const validate = sarifValidator();

async function sarifLog(): Promise<Sarif.Log> {
  return JSON.parse((await auditedBatch()).read('sarif')) as Sarif.Log;
}

/** Words of a text, for comparing letter lines with normalised evidence (quotes, spaces). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

describe('SARIF report', () => {
  test('validates against the SARIF 2.1.0 JSON schema', async () => {
    expect(validate(await sarifLog())).toEqual([]);
  });

  test('with --timestamp the run records its start time, still valid', async () => {
    const { io, out } = captureIo();
    expect(await main(['audit', casePath('seeds'), '--format', 'sarif', '--timestamp'], io)).toBe(0);
    const log = JSON.parse(out.join('')) as Sarif.Log;
    expect(log.runs[0]!.invocations![0]!.startTimeUtc).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(validate(log)).toEqual([]);
  });

  test('the schema check is real: a log with a wrong level or no version is refused', async () => {
    const log = await sarifLog();
    const wrongLevel = structuredClone(log);
    wrongLevel.runs[0]!.results![0]!.level = 'fatal' as Sarif.Result.level;
    expect(validate(wrongLevel).join('\n')).toMatch(/level/);
    const { version: _, ...noVersion } = log;
    expect(validate(noVersion)).not.toEqual([]);
  });

  test('every finding is a result with its rule, level and message; rule metadata carries the guideline citation', async () => {
    const { report } = await auditedBatch();
    const run = (await sarifLog()).runs[0]!;
    const findings = report.determinations.flatMap((d) => d.items.flatMap((item) => item.findings.map((finding) => ({ file: d.file, item, finding }))));
    expect(run.results).toHaveLength(findings.length);
    const rules = run.tool.driver.rules!;
    for (const result of run.results!) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);

    const flipped = run.results!.filter((r) => r.properties?.item === 1 && r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'flipped-000.txt');
    expect(flipped.map((r) => [r.ruleId, r.level])).toEqual([
      ['imr-audit/rationale-contradicts-decision', 'error'],
      ['opioid-efficacy-not-documented', 'error'],
      ['opioid-monitoring-not-documented', 'error'],
    ]);
    expect(flipped[1]!.message.text).toMatch(/The decision is Overturned but rule opioid-efficacy-not-documented expects Upheld/);
    const citation = run.results!.find((r) => r.ruleId === 'imr-audit/citation-mismatch')!;
    expect(citation.level).toBe('warning');
    expect(citation.properties?.request).toBe('CLONAZEPAM 1 MG #90, WITH THREE REFILLS');

    const efficacy = rules.find((r) => r.id === 'opioid-efficacy-not-documented')!;
    expect(efficacy.shortDescription!.text).toMatch(/opioids/i);
    expect(efficacy.properties).toMatchObject({ topic: 'opioids', outcome: 'not-medically-necessary', citation: { guideline: expect.stringMatching(/MTUS/) } });
    expect(efficacy.help!.text).toMatch(/^Cited guideline: MTUS .*Opioids/);
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['benzodiazepine-long-term-use', 'muscle-relaxant-long-term']));
  });

  test('locations point at the line of the letter where the evidence is, and at the request line', async () => {
    const { folder, report } = await auditedBatch();
    const run = (await sarifLog()).runs[0]!;
    let checked = 0;
    for (const result of run.results!) {
      for (const location of [...result.locations!, ...(result.relatedLocations ?? [])]) {
        const physical = location.physicalLocation!;
        const file = report.determinations[physical.artifactLocation!.index!]!.file;
        expect(physical.artifactLocation!.uri).toBe(file.split('/').map(encodeURIComponent).join('/'));
        const lines = readFileSync(join(folder, file), 'utf8').split('\n');
        const start = physical.region!.startLine!;
        const snippet = words(physical.region!.snippet!.text!);
        // The evidence starts on that line (its first word is there) and reads on from it.
        expect(words(lines[start - 1]!)).toContain(snippet[0]);
        expect(words(lines.slice(start - 1, start + 3).join(' ')).join(' ')).toContain(snippet.slice(0, 5).join(' '));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(run.results!.length);
    const item = report.determinations.find((d) => d.file === 'flipped-000.txt')!.items[0]!;
    const rationale = run.results!.find((r) => r.ruleId === 'imr-audit/rationale-contradicts-decision' && r.properties?.item === 1 && r.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri === 'flipped-000.txt')!;
    expect(rationale.relatedLocations![0]!.physicalLocation!.region!.startLine).toBe(item.line);
  });

  test('a letter that could not be audited is a tool notification, not a silent gap', async () => {
    const run = (await sarifLog()).runs[0]!;
    const notifications = run.invocations![0]!.toolExecutionNotifications!;
    expect(notifications.map((n) => [n.level, n.locations![0]!.physicalLocation!.artifactLocation!.uri])).toEqual([['error', 'not-a-letter.txt']]);
    expect(notifications[0]!.message.text).toMatch(/not an IMR determination letter/);
  });

  test('letter text in messages cannot become a link; the file name is a percent-encoded URI', async () => {
    const run = (await sarifLog()).runs[0]!;
    const payload = run.results!.filter((r) => r.properties?.request?.includes('<script>'));
    expect(payload.length).toBeGreaterThan(0);
    for (const result of payload) {
      expect(result.message.text).toContain('\\[click\\](http://evil.example)');
      expect(result.message.text).not.toMatch(/(^|[^\\])\[click\]/);
      expect(decodeURIComponent(result.locations![0]!.physicalLocation!.artifactLocation!.uri!)).toBe(PAYLOAD_FILE);
    }
  });
});
