import { readFileSync } from 'node:fs';
import { auditLetterBytes } from '../../src/audit/audit-letter.js';
import { hasPdfHeader } from '../../src/letter/read.js';
import { scannedPdf } from '../bad-input/craft.js';
import { bundledLibrary, DWC_PDF, DWC_TXT, listDir, SEEDS } from '../helpers.js';

const TEXT_LETTERS = [...listDir(SEEDS), ...listDir(DWC_TXT)].map((file) => readFileSync(file));
const PDF_LETTERS = listDir(DWC_PDF).slice(0, 6).map((file) => readFileSync(file));

describe('what a letter file holds decides how it is read, not its name', () => {
  test.each([
    ['a PDF letter saved as .txt', PDF_LETTERS, 'letter.pdf', 'letter.txt'],
    ['a text letter saved as .pdf', TEXT_LETTERS, 'letter.txt', 'letter.pdf'],
  ])('%s gets the audit it gets under its own extension', async (_, letters, ownName, otherName) => {
    const library = await bundledLibrary();
    for (const bytes of letters) {
      const underOwnName = await auditLetterBytes(ownName, bytes, library, {}, 'letter');
      expect(underOwnName.status).toBe('parsed');
      expect(await auditLetterBytes(otherName, bytes, library, {}, 'letter')).toEqual(underOwnName);
    }
  });

  test('a PDF with bytes before its header (a saved HTTP response, a byte-order mark) is read as the PDF', async () => {
    const library = await bundledLibrary();
    const pdf = PDF_LETTERS[0]!;
    const original = await auditLetterBytes('letter.pdf', pdf, library);
    for (const junk of ['HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n', '\ufeff', ' \n']) {
      const prefixed = Buffer.concat([Buffer.from(junk), pdf]);
      expect(hasPdfHeader(prefixed)).toBe(true);
      expect(await auditLetterBytes('letter.pdf', prefixed, library)).toEqual(original);
    }
  });

  test('a header further in than readers look (1024 bytes) is no PDF header', () => {
    const pdf = PDF_LETTERS[0]!;
    expect(hasPdfHeader(Buffer.concat([Buffer.alloc(1019, 0x20), pdf]))).toBe(true);
    expect(hasPdfHeader(Buffer.concat([Buffer.alloc(1020, 0x20), pdf]))).toBe(false);
    expect(hasPdfHeader(Buffer.from('%PDF'))).toBe(false);
  });

  test('a .pdf that is neither a PDF nor text is reported as not a PDF; one that is text but no letter, as no letter', async () => {
    const library = await bundledLibrary();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0]);
    const image = await auditLetterBytes('scan.pdf', png, library);
    expect(image.status).toBe('error');
    expect(image.error?.message).toBe('not a PDF: no %PDF- header in its first 1024 bytes, nor text');
    const notes = await auditLetterBytes('notes.pdf', Buffer.from('Shopping list\nmilk\neggs\n'), library);
    expect(notes.error?.message).toMatch(/^not an IMR determination letter/);
  });
});

describe('a PDF with no text', () => {
  test('a scanned letter (page images only) is reported as needing OCR, with its page count', async () => {
    const library = await bundledLibrary();
    for (const [pages, words] of [[1, 'its one page'], [3, 'its 3 pages']] as const) {
      const audit = await auditLetterBytes('scan.pdf', scannedPdf(pages), library);
      expect(audit.status).toBe('error');
      expect(audit.error?.message).toBe(`the PDF holds no text on ${words} (a scanned letter? it needs OCR before it can be audited)`);
    }
  });
});
