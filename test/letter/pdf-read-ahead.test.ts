import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { auditFile } from '../../src/audit/audit-letter.js';
import { PdfReadAhead } from '../../src/letter/pdf-read-ahead.js';
import { LetterReadError, pdfToText } from '../../src/letter/read.js';
import { encryptedPdf, scannedPdf } from '../bad-input/craft.js';
import { bundledLibrary, captureIo, casePath, DWC_PDF, listDir, tempFolder } from '../helpers.js';

const PDF_LETTERS = listDir(DWC_PDF).slice(0, 4);

/** A reader for this thread that must not be used: the text has to come from the worker. */
const notHere = (): Promise<string> => Promise.reject(new Error('extracted in this thread, not on the worker'));

/** What reading a PDF gives: its text, or the LetterReadError's message. */
async function outcome(read: Promise<string>): Promise<{ text: string } | { unreadable: string }> {
  try {
    return { text: await read };
  } catch (error) {
    if (!(error instanceof LetterReadError)) throw error;
    return { unreadable: error.message };
  }
}

describe('a PDF read ahead on a worker thread', () => {
  test.each(PDF_LETTERS)('%s: the same text as extracted in this thread, from the bytes read once', async (path) => {
    const readAhead = PdfReadAhead.start(path, notHere)!;
    expect(readAhead).toBeDefined();
    expect(Buffer.compare(Buffer.from(readAhead.bytes), readFileSync(path))).toBe(0);
    expect(await readAhead.readPdf(readAhead.bytes)).toBe(await pdfToText(readFileSync(path)));
  });

  test('a PDF that cannot be read gives the same reason as in this thread', async () => {
    const folder = tempFolder('read-ahead');
    const unreadable = {
      'truncated.pdf': readFileSync(PDF_LETTERS[0]!).subarray(0, 2000),
      'encrypted.pdf': encryptedPdf(),
      'scanned.pdf': scannedPdf(2),
    };
    for (const [name, bytes] of Object.entries(unreadable)) {
      writeFileSync(join(folder, name), bytes);
      const readAhead = PdfReadAhead.start(join(folder, name), notHere)!;
      const here = await outcome(pdfToText(bytes));
      expect(here).toHaveProperty('unreadable');
      expect(await outcome(readAhead.readPdf(readAhead.bytes))).toEqual(here);
    }
  });

  test('no read-ahead for a text letter, an empty file, a folder or a file that is not there', () => {
    const folder = tempFolder('read-ahead');
    writeFileSync(join(folder, 'empty.pdf'), '');
    mkdirSync(join(folder, 'folder.pdf'));
    for (const path of [casePath('seeds/002_178c19ffd59f9e46.txt'), join(folder, 'empty.pdf'), join(folder, 'folder.pdf'), join(folder, 'missing.pdf')]) {
      expect(PdfReadAhead.start(path)).toBeUndefined();
    }
  });

  test('stopped before it answers, or asked for other bytes, the text is extracted in this thread', async () => {
    const [first, second] = PDF_LETTERS as [string, string];
    const readHere: Buffer[] = [];
    const countedHere = (bytes: Uint8Array): Promise<string> => {
      readHere.push(Buffer.from(bytes));
      return pdfToText(bytes);
    };
    const stopped = PdfReadAhead.start(first, countedHere)!;
    stopped.stop();
    expect(await stopped.readPdf(stopped.bytes)).toBe(await pdfToText(readFileSync(first)));
    const other = readFileSync(second);
    const readAhead = PdfReadAhead.start(first, countedHere)!;
    expect(await readAhead.readPdf(other)).toBe(await pdfToText(other));
    readAhead.stop();
    expect(readHere.map((bytes) => Buffer.compare(bytes, readFileSync(first)) === 0)).toEqual([true, false]);
  });

  test('audit and show on one PDF letter report what the audit in this thread reports', async () => {
    const library = await bundledLibrary();
    const path = PDF_LETTERS[1]!;
    const audit = captureIo();
    expect(await main(['audit', path, '--format', 'json'], audit.io)).toBe(0);
    const inThisThread = await auditFile(path, library, {}, JSON.parse(audit.out.join('')).determinations[0].file);
    expect(JSON.parse(audit.out.join('')).determinations[0]).toEqual(JSON.parse(JSON.stringify(inThisThread)));
    const show = captureIo();
    expect(await main(['show', path, '--format', 'json'], show.io)).toBe(0);
    const shown = await auditFile(path, library, { allFacts: true }, JSON.parse(show.out.join('')).file);
    expect(JSON.parse(show.out.join(''))).toEqual(JSON.parse(JSON.stringify(shown)));
  });

  test('a broken rule library stops the run with its problems, the letter unread', async () => {
    const rules = tempFolder('read-ahead-rules');
    writeFileSync(join(rules, 'broken.yaml'), 'rules:\n  - id: [unclosed\n');
    const { io, err, out } = captureIo();
    expect(await main(['audit', PDF_LETTERS[0]!, '--rules', rules, '--format', 'json'], io)).toBe(2);
    expect(err.join('')).toMatch(/rule library has \d+ problem/);
    expect(out).toEqual([]);
  });
});
