import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { FORMATS, type FileFormatName } from '../../src/report/formats.js';
import type { AuditReport } from '../../src/report/report.js';
import { captureIo, casePath, tempFolder } from '../helpers.js';

/**
 * Letter text an attacker might slip into a letter: a spreadsheet formula, HTML that runs script,
 * a Markdown table break, quotes and a Markdown link. Every report must carry it inert.
 */
export const PAYLOAD_REQUEST = `=HYPERLINK("http://evil.example/?q=1","open") <script>alert('req')</script> | "quoted" [click](http://evil.example) Norco 10/325mg #60`;
export const PAYLOAD_SUMMARY = 'The patient <script>alert("summary")</script> | "quoted", =1+2 is a 60-year-old female';
/** A letter's file name is text the reports print too: here with a formula start, markup, a pipe, quotes and a line break. */
export const PAYLOAD_FILE = `=HYPERLINK("x")<b>|"q"\nletter.txt`;

export const ALL_FORMATS = Object.keys(FORMATS) as FileFormatName[];

export interface Batch {
  /** The folder of letters; the audit runs with it as working folder, so file names are relative to it. */
  readonly folder: string;
  /** Where `audit --out` wrote every format. */
  readonly out: string;
  readonly report: AuditReport;
  readonly exitCode: number;
  readonly read: (format: FileFormatName) => string;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture letter no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/**
 * A small batch of real letters with the cases a report has to show: letters of several treatment
 * kinds and reviewer specialties, a PDF, a copy of a seed letter whose first decision is flipped
 * (so its rationale and the guideline rules disagree with it, and it conflicts with the original)
 * and whose clonazepam item cites the opioid section (a citation warning),
 * a letter carrying payloads in its request, summary and file name (its Norco item flipped too), a
 * file that is not an IMR letter, and a file that is not a letter at all. Removed after the test
 * file's last test, like the reports of `auditedBatch`.
 */
export function writeBatch(): string {
  const folder = tempFolder('imr-batch');
  mkdirSync(join(folder, 'seeds'));
  mkdirSync(join(folder, 'dwc'));
  for (const seed of ['000_a9a3b68871ed5773', '001_940949130f113873', '002_178c19ffd59f9e46', '003_046c59e6bcfdb6eb', '004_fb34e36c644530cf']) {
    copyFileSync(casePath(`seeds/${seed}.txt`), join(folder, 'seeds', `${seed}.txt`));
  }
  for (const letter of ['CM16-0213037', 'CM16-0230548', 'CM16-0246487', 'CM17-0010885', 'CM17-0001749']) {
    copyFileSync(casePath(`dwc-2016/txt/${letter}.txt`), join(folder, 'dwc', `${letter}.txt`));
  }
  copyFileSync(casePath('dwc-2016/pdf/CM16-0213037.pdf'), join(folder, 'dwc', 'CM16-0213037.pdf'));

  const seed000 = readFileSync(casePath('seeds/000_a9a3b68871ed5773.txt'), 'utf8');
  const flipped = replaceOnce(seed000, 'NORCO 10/325 MG #150:  Upheld', 'NORCO 10/325 MG #150:  Overturned');
  writeFileSync(join(folder, 'flipped-000.txt'), replaceOnce(flipped, 'Benzodiazepines Page(s): 24.', 'Opioids Page(s): 78.'));

  const seed001 = readFileSync(casePath('seeds/001_940949130f113873.txt'), 'utf8');
  const payload = replaceOnce(replaceOnce(seed001, 'NORCO 10/325MG #60:  Upheld', `${PAYLOAD_REQUEST}:  Overturned`), 'The patient is a 60-year-old female', PAYLOAD_SUMMARY);
  writeFileSync(join(folder, PAYLOAD_FILE), payload);

  writeFileSync(join(folder, 'not-a-letter.txt'), 'Minutes of the meeting\nNothing about any review.\n');
  writeFileSync(join(folder, 'notes.docx'), 'not read');
  return folder;
}

let batch: Promise<Batch> | undefined;

/** The batch audited once per test file through the command line, every format written with --out. */
export function auditedBatch(): Promise<Batch> {
  batch ??= (async () => {
    const folder = writeBatch();
    const out = tempFolder('imr-batch-reports');
    const { io, err } = captureIo(folder);
    const exitCode = await main(['audit', '.', '--out', out, '--format', ALL_FORMATS.join(','), '--no-color'], io);
    if (err.length > 0) throw new Error(`audit wrote to stderr: ${err.join('')}`);
    const read = (format: FileFormatName): string => readFileSync(join(out, `audit.${FORMATS[format].extension}`), 'utf8');
    return { folder, out, exitCode, read, report: JSON.parse(read('json')) as AuditReport };
  })();
  return batch;
}
