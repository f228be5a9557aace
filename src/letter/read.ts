import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync } from 'node:fs';
import { extname } from 'node:path';
import { normaliseLetterText } from './normalise.js';
import { layoutPage, type PositionedText } from './pdf-layout.js';
import type { LetterText } from './types.js';
import { unpdfWithPatchedPdfjs } from './pdfjs-module.js';

export class LetterReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LetterReadError';
  }
}

/** Letters larger than this are refused rather than read: no real determination letter comes near it. */
export const MAX_LETTER_BYTES = 20 * 1024 * 1024;

export const LETTER_EXTENSIONS = ['.txt', '.pdf'] as const;

export function isLetterFile(path: string): boolean {
  return (LETTER_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Decoders made once (a decode without `stream` keeps no state between calls). */
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * UTF-16 written without a byte-order mark: a letter is mostly ASCII, so one byte of nearly every
 * pair is zero, always the same one (the high byte: second in little-endian, first in big-endian).
 * Binary files have zeros too, but not in one column only.
 */
function utf16WithoutMark(bytes: Uint8Array): typeof UTF16LE | undefined {
  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2);
  if (pairs < 16) return undefined;
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroFirst++;
    if (bytes[2 * i + 1] === 0) zeroSecond++;
  }
  const most = 0.6 * pairs;
  const few = 0.02 * pairs;
  if (zeroSecond >= most && zeroFirst <= few) return UTF16LE;
  if (zeroFirst >= most && zeroSecond <= few) return UTF16BE;
  return undefined;
}

/** What to do with a letter in a format that is not read, and with a scan. */
const SAVE_AS = 'save the letter as PDF or text';
const NEEDS_OCR = 'it needs OCR before it can be audited';

/** Files a letter is sometimes saved as that are not text, told by their first bytes, with what to do. */
const OTHER_FORMATS: ReadonlyArray<{ readonly magic: readonly number[]; readonly what: string }> = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: `a ZIP archive (a .docx Word document is one): ${SAVE_AS}` },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: `a Word 97-2003 document (or another Office file): ${SAVE_AS}` },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: `an RTF document: ${SAVE_AS}` },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: `a PNG image (a scanned letter?): ${NEEDS_OCR}` },
  { magic: [0xff, 0xd8, 0xff], what: `a JPEG image (a scanned letter?): ${NEEDS_OCR}` },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: `a TIFF image (a scanned letter?): ${NEEDS_OCR}` },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: `a TIFF image (a scanned letter?): ${NEEDS_OCR}` },
];

function otherFormat(bytes: Uint8Array): string | undefined {
  return OTHER_FORMATS.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte))?.what;
}

/** Decode letter text: UTF-16 (with a byte-order mark or without), UTF-8, or Windows-1252 when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  const utf16 = bytes.subarray(0, 8192).includes(0) ? utf16WithoutMark(bytes) : undefined;
  if (utf16) return utf16.decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  if (looksBinary(bytes)) throw new LetterReadError('binary file: it holds control bytes that no text letter has');
  try {
    return UTF8.decode(bytes);
  } catch {
    return WINDOWS_1252.decode(bytes);
  }
}

/** Readers look for a PDF's "%PDF-" header in its first 1024 bytes (junk may come before it). */
const PDF_HEADER = '%PDF-';
const PDF_HEADER_WITHIN = 1024;

/** Does the file hold a PDF header where readers look for one? */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WITHIN)).indexOf(PDF_HEADER) >= 0;
}

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** A PDF of page images only: a scanned letter, which has no text until it is OCRed. */
function noTextLayer(pages: number): LetterReadError {
  const count = pages === 1 ? 'its one page' : `its ${pages} pages`;
  return new LetterReadError(`the PDF holds no text on ${count} (a scanned letter? ${NEEDS_OCR})`);
}

/** How a PDF's text is had: extracted here (`pdfToText`), or by a worker that started earlier (pdf-read-ahead.ts). */
export type PdfTextReader = (bytes: Uint8Array) => Promise<string>;

/**
 * Extract the text of a PDF (bytes that hold a PDF header) page by page, laid out as lines and
 * paragraphs. Throws LetterReadError for a PDF that cannot be read.
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await unpdfWithPatchedPdfjs();
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as never);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password/i.test(reason)) throw new LetterReadError('encrypted PDF: it needs a password to open');
    throw new LetterReadError(`unreadable PDF (${reason})`);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PositionedText[] = (content.items as PdfTextItem[])
        .filter((item) => typeof item.str === 'string' && item.transform)
        .map((item) => ({
          text: item.str!,
          x: item.transform![4]!,
          y: item.transform![5]!,
          width: item.width ?? 0,
          height: item.height ?? 0,
        }));
      pages.push(layoutPage(items));
    }
    if (pages.every((page) => page.trim() === '')) throw noTextLayer(pdf.numPages);
    return pages.join('\n');
  } catch (error) {
    if (error instanceof LetterReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new LetterReadError(`unreadable PDF (${reason})`);
  } finally {
    await pdf.destroy();
  }
}

/**
 * Turn a letter file's bytes into normalised letter text. What the bytes are decides how they are
 * read, not the file's name: a PDF saved as .txt is read as a PDF, and a text letter saved as .pdf
 * as text. A .pdf that is neither is "not a PDF". `readPdf` has the text of a PDF (by default
 * extracted here).
 */
export async function bytesToLetterText(path: string, bytes: Uint8Array, readPdf: PdfTextReader = pdfToText): Promise<LetterText> {
  if (bytes.length === 0) throw new LetterReadError('empty file');
  return normaliseLetterText(hasPdfHeader(bytes) ? await readPdf(bytes) : textOf(path, bytes));
}

/** The text of a file without a PDF header; a file in another known format is named for what it is. */
function textOf(path: string, bytes: Uint8Array): string {
  const namedPdf = extname(path).toLowerCase() === '.pdf';
  const other = otherFormat(bytes);
  if (other) throw new LetterReadError(`${namedPdf ? 'not a PDF' : 'not a letter file'} but ${other}`);
  if (!namedPdf) return decodeText(bytes);
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof LetterReadError) throw new LetterReadError(`not a PDF: no %PDF- header in its first ${PDF_HEADER_WITHIN} bytes, nor text`);
    throw error;
  }
}

/** What a failed open or read means to the person who named the file, with the system's code. */
const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'the file is gone (moved or deleted after the folder was listed)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a loop of symbolic links',
  EIO: 'an input/output error (a failing disk or network share)',
  EMFILE: 'too many files open',
  ENFILE: 'too many files open',
};

function cannotRead(error: unknown, path?: string): LetterReadError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return new LetterReadError(`cannot read the file (${String(error)})`);
  const target = code === 'ENOENT' && path !== undefined ? brokenLinkTarget(path) : undefined;
  const reason = target !== undefined ? `a symbolic link to ${target}, which does not exist` : READ_FAILURES[code];
  return new LetterReadError(`cannot read the file: ${reason ?? 'the system refused'} (${code})`);
}

/** Where a symbolic link points, when the path is one. */
function brokenLinkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opened without waiting: opening a named pipe (FIFO) for reading otherwise blocks until something
 * writes to it, forever in a folder of letters, and no worker time limit can stop a thread stuck
 * in a system call. (No such flag on Windows, nor such files.)
 */
const OPEN_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Read a letter file's bytes, refused unread when it is no regular file (a pipe, a device such as
 * /dev/zero, which never ends, a socket) or larger than any letter can be. The read is
 * synchronous: a letter is a few kilobytes, and open, stat, read and close each sent to the thread
 * pool cost twenty times the read itself. (Batches overlap letters across worker threads instead.)
 */
export function readLetterBytes(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, OPEN_WITHOUT_WAITING);
  } catch (error) {
    throw cannotRead(error, path);
  }
  try {
    let size: number;
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) throw new LetterReadError('not a regular file (a folder, a pipe, a device or a socket): not read');
      size = info.size;
    } catch (error) {
      if (error instanceof LetterReadError) throw error;
      throw cannotRead(error);
    }
    if (size > MAX_LETTER_BYTES) {
      throw new LetterReadError(`file too large: ${size} bytes, more than the ${MAX_LETTER_BYTES} a letter can be`);
    }
    try {
      return readFileSync(fd);
    } catch (error) {
      throw cannotRead(error);
    }
  } finally {
    closeSync(fd);
  }
}

/** Read one letter file from disk into normalised letter text. */
export async function readLetterFile(path: string): Promise<LetterText> {
  return bytesToLetterText(path, readLetterBytes(path));
}
