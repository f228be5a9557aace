import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { FORMATS, type FileFormatName } from '../../src/report/formats.js';
import type { AuditReport } from '../../src/report/report.js';
import { captureIo, CASES, tempFolder } from '../helpers.js';
import { ALL_FORMATS } from './batch.js';
import { sarifValidator } from './sarif-schema.js';

/** Every format written from the real letters in cases/, as `npm start` does. */
describe('every format from cases/', () => {
  const out = tempFolder('imr-cases-reports');
  const read = (format: FileFormatName): string => readFileSync(join(out, `audit.${FORMATS[format].extension}`), 'utf8');
  let report: AuditReport;

  beforeAll(async () => {
    const { io, err } = captureIo();
    expect(await main(['audit', CASES, '--out', out, '--format', ALL_FORMATS.join(','), '--no-color'], io)).toBe(0);
    expect(err).toEqual([]);
    report = JSON.parse(read('json')) as AuditReport;
  });

  test('the corpus is all there', () => {
    expect(report.summary).toMatchObject({ files: 135, parsed: 135, failed: 0 });
    expect(report.summary.items).toBeGreaterThan(300);
  });

  test('SARIF validates and describes every rule that applied', () => {
    const log = JSON.parse(read('sarif'));
    expect(sarifValidator()(log)).toEqual([]);
    const applied = new Set(report.determinations.flatMap((d) => d.items.flatMap((i) => i.rules.map((r) => r.id))));
    const described = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(described.filter((id: string) => !id.startsWith('imr-audit/')).sort()).toEqual([...applied].sort());
    const findings = report.determinations.flatMap((d) => d.items.flatMap((i) => i.findings));
    expect(log.runs[0].results).toHaveLength(findings.length);
    expect(log.runs[0].artifacts).toHaveLength(135);
  });

  test('JUnit is XML with one case per item', () => {
    const xml = read('junit');
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false }).parse(xml).testsuites;
    const s = report.summary;
    expect(root).toMatchObject({ '@_tests': String(s.items), '@_failures': String(s.inconsistent), '@_errors': '0', '@_skipped': String(s.undetermined) });
    expect(root.testsuite).toHaveLength(135);
  });

  test('CSV has a row per item and the same verdicts as the JSON', () => {
    const rows = parse(read('csv'), { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(report.summary.items);
    for (const verdict of ['consistent', 'inconsistent', 'undetermined'] as const) {
      expect(rows.filter((r) => r.verdict === verdict)).toHaveLength(report.summary[verdict]);
    }
  });

  test('Markdown and HTML list every item', () => {
    const markdown = read('markdown');
    const table = markdown.slice(markdown.indexOf('## All items'));
    expect(table.split('\n').filter((line) => line.startsWith('| cases/'))).toHaveLength(report.summary.items);
    const html = read('html');
    expect(html.match(/<tr class="item"/g)).toHaveLength(report.summary.items);
    expect(html.match(/<rect class="segment"/g)!.length).toBeGreaterThanOrEqual(Object.keys(report.summary.byKind).length);
    expect(html.match(/<rect class="rate"/g)).toHaveLength(new Set(report.determinations.flatMap((d) => d.reviewer?.specialties ?? [])).size);
  });
});
