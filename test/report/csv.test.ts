import { parse } from 'csv-parse/sync';
import { auditedBatch, PAYLOAD_FILE, PAYLOAD_REQUEST } from './batch.js';

/** The CSV as a spreadsheet or a strict RFC 4180 reader sees it. */
function readCsv(text: string): Array<Record<string, string>> {
  return parse(text, { columns: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
}

describe('CSV report', () => {
  test('one row per item and one per letter that could not be audited, every column named', async () => {
    const { read, report } = await auditedBatch();
    const rows = readCsv(read('csv'));
    const failed = report.determinations.filter((d) => d.status === 'error');
    expect(rows).toHaveLength(report.summary.items + failed.length);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['file', 'item', 'line', 'request', 'treatment_kind', 'reviewer_specialties', 'decision', 'expected', 'verdict', 'findings']));
    expect(rows.filter((r) => r.status === 'error').map((r) => r.file)).toEqual(failed.map((d) => d.file));
    expect(rows.find((r) => r.file === 'not-a-letter.txt')!.error).toMatch(/not an IMR determination letter/);
  });

  test('each row carries its item as the JSON report has it', async () => {
    const { read, report } = await auditedBatch();
    const rows = readCsv(read('csv')).filter((r) => r.status === 'parsed');
    const items = report.determinations.flatMap((d) => d.items.map((item) => ({ file: d.file, item })));
    expect(rows.map((r) => [r.item, r.line, r.decision, r.expected, r.verdict])).toEqual(items.map(({ item }) => [String(item.index), String(item.line), item.decision, item.expected, item.verdict]));
    const flipped = rows.find((r) => r.file === 'flipped-000.txt' && r.item === '1')!;
    expect(flipped).toMatchObject({ request: 'NORCO 10/325 MG #150', treatment_kind: 'medication', decision: 'overturned', expected: 'upheld', verdict: 'inconsistent', topics: 'opioids' });
    expect(flipped.finding_kinds?.split('; ')).toEqual(expect.arrayContaining(['rationale', 'guideline']));
    expect(flipped.reviewer_specialties).toBe('Preventive Medicine; Occupational Medicine');
  });

  test('letter text round-trips, formulas defused: quotes, pipes, markup and a line break survive as text', async () => {
    const { read } = await auditedBatch();
    const rows = readCsv(read('csv'));
    const payload = rows.filter((r) => r.file === `'${PAYLOAD_FILE}`);
    expect(payload).toHaveLength(2);
    expect(payload[1]!.request).toBe(`'${PAYLOAD_REQUEST}`);
    expect(payload[1]!.verdict).toBe('inconsistent');
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        // A spreadsheet runs a cell starting with = + - @ (after spaces) or a tab / carriage return.
        if (/^(\s*[=+\-@]|[\t\r])/.test(cell)) throw new Error(`column ${column} of ${row.file} starts like a formula: ${cell}`);
      }
    }
  });
});
