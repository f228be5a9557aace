import { Worker } from 'node:worker_threads';
import { workerScript } from '../project-files.js';
import type { PdfTextAnswer } from './pdf-text-worker.js';
import { hasPdfHeader, LetterReadError, pdfToText, readLetterBytes, type PdfTextReader } from './read.js';

/**
 * A PDF letter's text extracted on a worker thread while this thread does other work. A run on one
 * PDF letter spends about a quarter of a second in pdf.js (compiling its 1.6 MB, then reading the
 * letter) and as long again loading the tool and its rule library, each waiting for the other on
 * one core of two. Started first, the extraction runs beside the loading.
 *
 * No result changes: the worker extracts the text with the same function (`pdfToText`) from the
 * bytes read here, and a PDF it cannot read gives the same LetterReadError. When the worker cannot
 * start or dies, the text is extracted in this thread, as without a read-ahead.
 */
export class PdfReadAhead {
  private constructor(
    /** The letter file, as given to `start`. */
    readonly path: string,
    /** Its bytes, read once: the audit reads these, not the file again. */
    readonly bytes: Uint8Array,
    private readonly worker: Worker,
    private readonly answer: Promise<PdfTextAnswer | undefined>,
    private readonly readHere: PdfTextReader,
  ) {}

  /**
   * Start extracting the text of the letter file at `path` when it is a PDF. Undefined for any
   * other file, and for a file that cannot be read: the audit reads it and reports why.
   * `readHere` extracts a text the worker does not give (by default `pdfToText`).
   */
  static start(path: string, readHere: PdfTextReader = pdfToText): PdfReadAhead | undefined {
    let bytes: Uint8Array;
    try {
      bytes = readLetterBytes(path);
    } catch {
      return undefined;
    }
    if (!hasPdfHeader(bytes)) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(workerScript(import.meta.url, 'letter', 'pdf-text-worker.js'), { workerData: bytes });
    } catch {
      return undefined;
    }
    const answer = new Promise<PdfTextAnswer | undefined>((resolve) => {
      worker.once('message', resolve);
      // Settled by the message first when there is one: a worker that failed or was stopped answers nothing.
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    });
    return new PdfReadAhead(path, bytes, worker, answer, readHere);
  }

  /** The text of a PDF: the worker's for the bytes it was given, else extracted in this thread. */
  readonly readPdf: PdfTextReader = async (bytes) => {
    const answer = bytes === this.bytes ? await this.answer : undefined;
    if (answer === undefined) return this.readHere(bytes);
    if ('unreadable' in answer) throw new LetterReadError(answer.unreadable);
    return answer.text;
  };

  /** Stop the worker if it is still extracting (its text is not needed: the run ended without it). */
  stop(): void {
    void this.worker.terminate();
  }
}
