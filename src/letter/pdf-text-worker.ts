/**
 * A worker thread of pdf-read-ahead.ts: extracts the text of the PDF bytes it is started with and
 * answers once, with the text or with why the PDF cannot be read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tolerateStrayPdfjsRejections } from './pdfjs-rejections.js';
import { LetterReadError, pdfToText } from './read.js';

/** The worker's one answer: the PDF's text, or the message of the LetterReadError it gives. */
export type PdfTextAnswer = { readonly text: string } | { readonly unreadable: string };

const port = parentPort;
if (!port) throw new Error('pdf-text-worker.js runs as a worker thread of pdf-read-ahead.js');
tolerateStrayPdfjsRejections();

try {
  port.postMessage({ text: await pdfToText(workerData as Uint8Array) } satisfies PdfTextAnswer);
} catch (error) {
  // Anything else (a bug) ends the worker with the error: the text is then extracted in the main thread.
  if (!(error instanceof LetterReadError)) throw error;
  port.postMessage({ unreadable: error.message } satisfies PdfTextAnswer);
}
