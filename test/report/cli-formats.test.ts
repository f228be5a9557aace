import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { FORMATS } from '../../src/report/formats.js';
import { captureIo, casePath, tempFolder } from '../helpers.js';
import { ALL_FORMATS, auditedBatch } from './batch.js';

describe('audit --format and --out with every format', () => {
  test('--format NAME prints that one format on stdout and nothing else', async () => {
    const expectStart: Record<string, RegExp> = {
      csv: /^file,status,error,case_number,item,line,request,/,
      sarif: /^\{\n {2}"\$schema": "https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json",\n {2}"version": "2\.1\.0"/,
      junit: /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="imr-audit [^"]+" tests="9"/,
      json: /^\{\n {2}"tool": \{/,
      jsonl: /^\{"file":/,
      markdown: /^# IMR decision-consistency audit\n/,
      html: /^<!DOCTYPE html>\n/,
    };
    for (const format of ALL_FORMATS) {
      const { io, out, err } = captureIo();
      expect(await main(['audit', casePath('seeds'), '--format', format], io)).toBe(0);
      expect(err).toEqual([]);
      const printed = out.join('');
      expect(printed).toMatch(expectStart[format]!);
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(printed)).not.toThrow();
      if (format === 'jsonl') for (const line of printed.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      if (format === 'json') {
        // Each determination compact on a line of its own: the report of a big batch stays half the size and greppable.
        const report = JSON.parse(printed) as { determinations: Array<{ file: string }> };
        const lines = printed.split('\n').filter((line) => line.startsWith('    {"file":'));
        expect(lines.map((line) => (JSON.parse(line.replace(/,$/, '')) as { file: string }).file)).toEqual(report.determinations.map((d) => d.file));
      }
    }
  });

  test('--out without --format writes JSON, Markdown and HTML; with a list, every format named', async () => {
    const { out } = await auditedBatch();
    expect(readdirSync(out).sort()).toEqual(['audit.csv', 'audit.html', 'audit.json', 'audit.jsonl', 'audit.junit.xml', 'audit.md', 'audit.sarif']);
    const plain = tempFolder('imr-default-out');
    const { io, out: stdout } = captureIo();
    expect(await main(['audit', casePath('seeds'), '--out', plain, '--no-color'], io)).toBe(0);
    expect(readdirSync(plain).sort()).toEqual(['audit.html', 'audit.json', 'audit.md']);
    expect(stdout.join('')).toMatch(/reports written: .*audit\.json, .*audit\.md, .*audit\.html/);
  });

  test('the same letters give byte-identical reports in every format', async () => {
    const first = await auditedBatch();
    const again = tempFolder('imr-again');
    const { io } = captureIo(first.folder);
    expect(await main(['audit', '.', '--out', again, '--format', ALL_FORMATS.join(','), '--no-color'], io)).toBe(0);
    for (const format of ALL_FORMATS) {
      expect(readFileSync(join(again, `audit.${FORMATS[format].extension}`), 'utf8')).toBe(first.read(format));
    }
  });

  test('the batch exits 0 whatever it found, 1 with --fail-on inconsistent', async () => {
    const batch = await auditedBatch();
    expect(batch.exitCode).toBe(0);
    const { io } = captureIo(batch.folder);
    expect(await main(['audit', 'flipped-000.txt', '--format', 'junit', '--fail-on', 'inconsistent'], io)).toBe(1);
  });
});
