import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditFile, auditLetterText } from '../../src/audit/audit-letter.js';
import { auditBatch } from '../../src/audit/batch.js';
import { listInputs } from '../../src/audit/inputs.js';
import { summarise } from '../../src/audit/summary.js';
import type { DeterminationAudit } from '../../src/audit/types.js';
import { main } from '../../src/cli/main.js';
import { readLetterFile } from '../../src/letter/read.js';
import { formatJson } from '../../src/report/json.js';
import { formatCsv } from '../../src/report/csv.js';
import { formatJsonLines } from '../../src/report/jsonl.js';
import { formatJunit } from '../../src/report/junit.js';
import { rulesInfo, toolInfo } from '../../src/report/report.js';
import { loadRuleLibrary } from '../../src/rules/library.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { pdfBomb } from '../bad-input/craft.js';
import { bundledLibrary, captureIo, CASES, DWC_PDF, DWC_TXT, listDir, SEEDS, tempFolder } from '../helpers.js';

async function cli(args: string[], cwd = PROJECT_ROOT): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = captureIo(cwd);
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('a batch on worker threads', () => {
  let sequential: string;
  beforeAll(async () => {
    sequential = (await cli(['audit', CASES, '--format', 'json', '--jobs', '1', '--letter-timeout', '0'])).out;
  });

  test('--jobs 3 gives byte-identical JSON to the main thread (--jobs 1 --letter-timeout 0) on every letter of cases/ (text and PDF)', async () => {
    const parallel = await cli(['audit', CASES, '--format', 'json', '--jobs', '3']);
    expect(parallel.code).toBe(0);
    expect(parallel.err).toBe('');
    expect(parallel.out).toBe(sequential);
    expect(JSON.parse(parallel.out).summary).toMatchObject({ files: 135, parsed: 135, failed: 0 });
  });

  test('the same input twice with workers gives the same bytes', async () => {
    const first = await cli(['audit', SEEDS, DWC_TXT, '--format', 'json', '--jobs', '2']);
    const second = await cli(['audit', SEEDS, DWC_TXT, '--format', 'json', '--jobs', '2']);
    expect(first.out).toBe(second.out);
  });

  test('results come in input order, as many as there are letters, whatever the jobs', async () => {
    const library = await bundledLibrary();
    const { letters } = await listInputs([CASES], PROJECT_ROOT);
    for (const jobs of [1, 2, 4]) {
      const seen: string[] = [];
      await auditBatch(letters, library, { jobs, onResult: (result, done, total) => void seen.push(`${done}/${total} ${result.file}`) });
      expect(seen).toEqual(Array.from(letters, (letter, i) => `${i + 1}/${letters.length} ${letter.name}`));
    }
  });

  test('letters a capped worker cannot hold (over 512 KB; a PDF that runs its worker out of memory) are audited on the uncapped worker, as in the main thread', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'imr-heavy-'));
    try {
      const letter = readFileSync(join(DWC_TXT, 'CM16-0213037.txt'), 'utf8');
      const summaryAt = letter.indexOf('CLINICAL CASE SUMMARY') + 'CLINICAL CASE SUMMARY'.length;
      const issuesAt = letter.indexOf('IMR ISSUES');
      const summary = letter.slice(summaryAt, issuesAt);
      writeFileSync(join(folder, 'a-long.txt'), letter.slice(0, summaryAt) + summary.repeat(Math.ceil(600_000 / summary.length)) + letter.slice(issuesAt));
      writeFileSync(join(folder, 'b-bomb.pdf'), pdfBomb(10));
      copyFileSync(join(SEEDS, '002_178c19ffd59f9e46.txt'), join(folder, 'c-good.txt'));
      const one = await cli(['audit', folder, '--format', 'json', '--jobs', '1', '--letter-timeout', '0'], folder);
      const two = await cli(['audit', folder, '--format', 'json', '--jobs', '2'], folder);
      expect(two.out).toBe(one.out);
      const byFile = Object.fromEntries(JSON.parse(two.out).determinations.map((d: DeterminationAudit) => [d.file, d]));
      expect(byFile['a-long.txt'].status).toBe('parsed');
      expect(byFile['a-long.txt'].items).toHaveLength(2);
      expect(byFile['b-bomb.pdf'].error.message).toMatch(/not an IMR determination letter/);
      expect(byFile['c-good.txt'].status).toBe('parsed');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('workers audit with the rules the main thread loaded, even when the rule files change on disk during the batch', async () => {
    const rulesDir = mkdtempSync(join(tmpdir(), 'imr-rules-'));
    cpSync(join(PROJECT_ROOT, 'rules'), rulesDir, { recursive: true });
    const library = await loadRuleLibrary({ rulesDir, cache: false });
    // Gone before any worker starts: a worker that read the folder again could not load a library at all.
    rmSync(rulesDir, { recursive: true, force: true });
    const letters = [...(await listInputs([DWC_TXT], PROJECT_ROOT)).letters].slice(0, 12);
    const inWorkers: string[] = [];
    await auditBatch(letters, library, {
      jobs: 2,
      letterTimeoutMs: 30_000,
      library: { rulesDir, cache: false },
      onResult: (result) => void inWorkers.push(JSON.stringify(result.audit)),
    });
    const inThisThread = await Promise.all(letters.map(async (letter) => JSON.stringify(await auditFile(letter.path, library, {}, letter.name))));
    expect(inWorkers).toEqual(inThisThread);
  });

  test('--jobs must be a whole number of at least 1', async () => {
    for (const jobs of ['0', '-1', 'two', '1.5']) expect((await cli(['audit', SEEDS, '--jobs', jobs])).code).toBe(2);
  });
});

describe('streamed reports', () => {
  test('the streamed JSON report is the report rendered whole (formatJson), byte for byte', async () => {
    const library = await bundledLibrary();
    const { letters, skipped } = await listInputs([SEEDS, DWC_TXT], PROJECT_ROOT);
    const determinations: DeterminationAudit[] = [];
    for (const letter of letters) determinations.push(await auditFile(letter.path, library, {}, letter.name));
    const whole = formatJson({ tool: toolInfo(), rules: rulesInfo(library, PROJECT_ROOT), summary: summarise(determinations, skipped.length), determinations, skipped });
    expect((await cli(['audit', SEEDS, DWC_TXT, '--format', 'json', '--jobs', '1'])).out).toBe(whole);
  });

  test('the streamed CSV and JUnit reports are the reports rendered whole, byte for byte, a failed letter and an empty batch included', async () => {
    const folder = tempFolder('imr-stream-formats');
    for (const file of listDir(SEEDS).slice(0, 3)) copyFileSync(file, join(folder, file.split('/').pop()!));
    writeFileSync(join(folder, 'not-a-letter.txt'), 'Minutes of the meeting\n');
    mkdirSync(join(folder, 'empty'));
    const library = await bundledLibrary();
    for (const at of [folder, join(folder, 'empty')]) {
      const { letters, skipped } = await listInputs(['.'], at);
      const determinations: DeterminationAudit[] = [];
      for (const letter of letters) determinations.push(await auditFile(letter.path, library, {}, letter.name));
      const report = { tool: toolInfo(), rules: rulesInfo(library, at), summary: summarise(determinations, skipped.length), determinations, skipped };
      for (const [format, render] of [['csv', formatCsv], ['junit', formatJunit]] as const) {
        for (const jobs of ['1', '2']) expect((await cli(['audit', '.', '--format', format, '--jobs', jobs], at)).out).toBe(render(report));
      }
    }
  });

  test('an empty folder streams the same JSON as an empty report rendered whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'imr-empty-'));
    try {
      writeFileSync(join(folder, 'notes.docx'), 'not a letter');
      const library = await bundledLibrary();
      const skipped = [{ file: 'notes.docx', reason: 'not a letter file: only .txt and .pdf files in a folder are read' }];
      const whole = formatJson({ tool: toolInfo(), rules: rulesInfo(library, folder), summary: summarise([], 1), determinations: [], skipped });
      expect((await cli(['audit', folder, '--format', 'json'], folder)).out).toBe(whole);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('--format jsonl: one line per determination in input order, then the summary line; the same as the JSON report', async () => {
    const json = JSON.parse((await cli(['audit', CASES, '--format', 'json', '--jobs', '2'])).out);
    const jsonl = await cli(['audit', CASES, '--format', 'jsonl', '--jobs', '2']);
    expect(jsonl.code).toBe(0);
    const lines = jsonl.out.trimEnd().split('\n');
    expect(lines).toHaveLength(json.determinations.length + 1);
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual(json.determinations);
    expect(JSON.parse(lines[lines.length - 1]!)).toEqual({ tool: json.tool, rules: json.rules, summary: json.summary, skipped: json.skipped });
    expect(jsonl.out).toBe(formatJsonLines(json));
    expect((await cli(['audit', CASES, '--format', 'jsonl', '--jobs', '1'])).out).toBe(jsonl.out);
  });

  test('--out writes json and jsonl files identical to what --format prints', async () => {
    const out = mkdtempSync(join(tmpdir(), 'imr-out-'));
    try {
      const run = await cli(['audit', SEEDS, '--out', out, '--format', 'json,jsonl', '--no-color']);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/reports written: .*audit\.json, .*audit\.jsonl/);
      expect(readFileSync(join(out, 'audit.json'), 'utf8')).toBe((await cli(['audit', SEEDS, '--format', 'json'])).out);
      expect(readFileSync(join(out, 'audit.jsonl'), 'utf8')).toBe((await cli(['audit', SEEDS, '--format', 'jsonl'])).out);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('the terminal summary lists every failed letter and flagged item, from the digest kept while streaming', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'imr-digest-'));
    try {
      const letter = readFileSync(join(SEEDS, '002_178c19ffd59f9e46.txt'), 'utf8');
      const flipped = letter.replace(/Overturned/, 'Upheld');
      expect(flipped).not.toBe(letter);
      writeFileSync(join(folder, 'a-flipped.txt'), flipped);
      writeFileSync(join(folder, 'b-empty.txt'), '');
      copyFileSync(join(DWC_PDF, 'CM16-0213037.pdf'), join(folder, 'c-good.pdf'));
      const run = await cli(['audit', folder, '--no-color', '--jobs', '2'], folder);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/3 files, 2 parsed, 1 failed/);
      expect(run.out).toMatch(/✗ b-empty\.txt: empty file/);
      expect(run.out).toMatch(/! a-flipped\.txt:\d+ item 1 Norco 10\/325mg #360 — The decision is Upheld/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the rules stage, indexed or naive', () => {
  test('every letter of cases/ gets the same audit with every rule run on every item (the benchmark baseline)', async () => {
    const library = await bundledLibrary();
    const files = [...listDir(SEEDS), ...listDir(DWC_TXT), ...listDir(DWC_PDF)];
    let items = 0;
    let ruled = 0;
    for (const file of files) {
      const letter = await readLetterFile(file);
      const indexed = await auditLetterText(file, letter, library);
      const naive = await auditLetterText(file, letter, library, { naive: true });
      expect(naive).toEqual(indexed);
      items += indexed.items.length;
      ruled += indexed.items.filter((item) => item.rules.length > 0).length;
    }
    expect(files).toHaveLength(135);
    expect(items).toBeGreaterThan(300);
    expect(ruled).toBeGreaterThan(20);
  });
});
