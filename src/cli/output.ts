import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Spool, TextOut } from '../report/report-stream.js';

/**
 * Text is handed on in chunks of about this many characters: few writes, and each chunk small
 * enough (under V8's large-object size) to die young instead of piling up in the old generation
 * between full collections while a year of letters streams through.
 */
const CHUNK = 16 * 1024;

/** A spool is read back in pieces of this many bytes. */
const REPLAY_CHUNK = 64 * 1024;

/**
 * What the run has on disk that is not finished (report files under their temporary names, spool
 * folders), removed when the process exits however it exits — a reader that closes the pipe
 * (`imr-audit audit … --format json | head`) ends the process from an error handler, past the
 * command's own clean-up, and a year's spool is gigabytes. Only a signal's default action (a
 * second Ctrl-C, SIGKILL) ends a process without this.
 */
const unsettled = new Set<string>();
let removeOnExit: (() => void) | undefined;

function removeAtExit(path: string): void {
  if (!removeOnExit) {
    removeOnExit = (): void => {
      for (const left of unsettled) rmSync(left, { recursive: true, force: true });
    };
    process.on('exit', removeOnExit);
  }
  unsettled.add(path);
}

/** Why a write failed, in words, for the errors a full or failing disk gives. */
const WRITE_FAILURES: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is larger than the file system allows',
  EIO: 'the device failed (I/O error)',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

/** A report or spool that could not be written (a full disk, say): the run stops, and no report takes its name. */
export class OutputError extends Error {
  constructor(
    readonly what: string,
    readonly code: string,
  ) {
    super(`cannot write ${what}: ${WRITE_FAILURES[code] ?? 'write failed'} (${code})`);
    this.name = 'OutputError';
  }
}

/** `step`, with a system error from writing told as an OutputError naming what was being written. */
function writing<T>(what: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && !(error instanceof OutputError)) throw new OutputError(what, code);
    throw error;
  }
}

/** Gathers small writes into chunks for a slower `flush` (a file write, a stdout callback). */
class ChunkedOut {
  private pending: Array<string | Uint8Array> = [];
  private length = 0;
  private hasBytes = false;

  constructor(private readonly flushChunk: (chunk: string | Uint8Array) => void) {}

  write(text: string | Uint8Array): void {
    this.pending.push(text);
    this.length += text.length;
    if (typeof text !== 'string') this.hasBytes = true;
    if (this.length >= CHUNK) this.flush();
  }

  /** Hand on what is pending as one chunk: text when all of it is text, else UTF-8 bytes. */
  flush(): void {
    if (this.length === 0) return;
    const parts = this.pending;
    const chunk = this.hasBytes ? Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part))) : parts.join('');
    this.pending = [];
    this.length = 0;
    this.hasBytes = false;
    this.flushChunk(chunk);
  }
}

/**
 * Text for a callback such as the command's stdout, in chunks. Bytes are decoded as they come; a
 * chunk of replayed bytes may end inside a character, whose first bytes wait for the next chunk.
 */
export function callbackOut(write: (text: string) => void): TextOut & { flush(): void } {
  const decoder = new StringDecoder('utf8');
  return new ChunkedOut((chunk) => write(typeof chunk === 'string' ? decoder.end() + chunk : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))));
}

/**
 * A file written in chunks, synchronously: the main thread of a batch mostly waits for workers,
 * and a write of a few kilobytes costs less than a trip through the thread pool. `close` writes
 * what is left.
 */
export class FileOut implements TextOut {
  private readonly chunks: ChunkedOut;
  private closed = false;

  private constructor(
    private readonly fd: number,
    private readonly what: string,
  ) {
    this.chunks = new ChunkedOut((chunk) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written);
    });
  }

  /** `what`: the file as an error should name it (the report's own name, not its temporary one). */
  static create(path: string, what = path): FileOut {
    return new FileOut(writing(what, () => openSync(path, 'w')), what);
  }

  write(text: string | Uint8Array): void {
    writing(this.what, () => this.chunks.write(text));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      writing(this.what, () => this.chunks.flush());
    } finally {
      writing(this.what, () => closeSync(this.fd));
    }
  }

  /** Close without writing what is pending: the text is being thrown away (and a full disk must not stop that). */
  abandon(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      closeSync(this.fd);
    } catch {
      // the descriptor is unusable already; there is nothing left to release
    }
  }
}

/**
 * A report file, written under a temporary name beside its own and renamed to it only once
 * complete (`commit`): a run that stops part-way (interrupted, or failed) never leaves a partial
 * report under a report's name. `discard` removes the temporary file; a run killed outright
 * (SIGKILL) can leave one behind, named for what it is (`audit.json.partial-PID`).
 */
export class ReportFile implements TextOut {
  private readonly partial: string;
  private readonly out: FileOut;
  private settled = false;

  constructor(readonly path: string) {
    this.partial = `${path}.partial-${process.pid}`;
    this.out = FileOut.create(this.partial, path);
    removeAtExit(this.partial);
  }

  write(text: string | Uint8Array): void {
    this.out.write(text);
  }

  /** The report is complete: give it its name. */
  commit(): void {
    this.out.close();
    renameSync(this.partial, this.path);
    this.settled = true;
    unsettled.delete(this.partial);
  }

  /** The report is not complete: remove it (nothing once committed). */
  discard(): void {
    if (this.settled) return;
    this.settled = true;
    this.out.abandon();
    rmSync(this.partial, { force: true });
    unsettled.delete(this.partial);
  }
}

/** A spool in a temporary folder of its own, removed by `dispose`. */
export class TemporarySpool implements Spool {
  private constructor(
    private readonly folder: string,
    private readonly file: string,
    private readonly out: FileOut,
  ) {}

  static async create(): Promise<TemporarySpool> {
    const folder = await mkdtemp(join(tmpdir(), 'imr-audit-spool-'));
    removeAtExit(folder);
    const file = join(folder, 'determinations.json');
    return new TemporarySpool(folder, file, FileOut.create(file, `the temporary spool ${file} (TMPDIR names where it goes)`));
  }

  write(text: string | Uint8Array): void {
    this.out.write(text);
  }

  async replayTo(target: TextOut): Promise<void> {
    this.out.close();
    const fd = openSync(this.file, 'r');
    try {
      // Bytes as they were spooled (a chunk may end inside a character: the target takes bytes whole).
      const bytes = Buffer.allocUnsafe(REPLAY_CHUNK);
      for (let read = readSync(fd, bytes); read > 0; read = readSync(fd, bytes)) {
        await target.write(Buffer.from(bytes.subarray(0, read)));
      }
    } finally {
      closeSync(fd);
    }
  }

  async dispose(): Promise<void> {
    this.out.abandon();
    await rm(this.folder, { recursive: true, force: true });
    unsettled.delete(this.folder);
  }
}
