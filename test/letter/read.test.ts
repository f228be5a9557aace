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
    const binary = Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x7f, 0x00, 0x13, 0x37, 0x00, 0x00, 0x42, 0x00, 0x01, 0x02]);
    const unknown = await auditLetterBytes('scan.pdf', binary, library);
    expect(unknown.status).toBe('error');
    expect(unknown.error?.message).toBe('not a PDF: no %PDF- header in its first 1024 bytes, nor text');
    const notes = await auditLetterBytes('notes.pdf', Buffer.from('Shopping list\nmilk\neggs\n'), library);
    expect(notes.error?.message).toMatch(/^not an IMR determination letter/);
  });
});

describe('a file that is no letter format at all is named for what it is', () => {
  test.each([
    ['a Word document (.docx, a ZIP archive)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'a ZIP archive (a .docx Word document is one): save the letter as PDF or text'],
    ['a Word 97-2003 document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], 'a Word 97-2003 document (or another Office file): save the letter as PDF or text'],
    ['an RTF document', [...Buffer.from('{\\rtf1\\ansi IMR ISSUES, DECISIONS AND RATIONALES')], 'an RTF document: save the letter as PDF or text'],
    ['a JPEG scan', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'a JPEG image (a scanned letter?): it needs OCR before it can be audited'],
    ['a TIFF scan', [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00], 'a TIFF image (a scanned letter?): it needs OCR before it can be audited'],
  ])('%s, named .txt or .pdf', async (_, start, what) => {
    const library = await bundledLibrary();
    const bytes = Buffer.concat([Buffer.from(start), Buffer.alloc(200, 0x41)]);
    expect((await auditLetterBytes('letter.txt', bytes, library)).error?.message).toBe(`not a letter file but ${what}`);
    expect((await auditLetterBytes('letter.pdf', bytes, library)).error?.message).toBe(`not a PDF but ${what}`);
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
