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

/** Gathers small writes into chunks for a slower `flush` (a file write, a stdout callback). */
class ChunkedOut implements TextOut {
  private pending: string[] = [];
  private length = 0;

  constructor(private readonly flushChunk: (chunk: string) => void) {}

  write(text: string): void {
    this.pending.push(text);
    this.length += text.length;
    if (this.length >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.length = 0;
    this.flushChunk(chunk);
  }
}

/** Text for a callback such as the command's stdout, in chunks. */
export function callbackOut(write: (text: string) => void): TextOut & { flush(): void } {
  return new ChunkedOut(write);
}

/**
 * A file written in chunks, synchronously: the main thread of a batch mostly waits for workers,
 * and a write of a few kilobytes costs less than a trip through the thread pool. `close` writes
 * what is left.
 */
export class FileOut implements TextOut {
  private readonly chunks: ChunkedOut;
  private closed = false;

  private constructor(private readonly fd: number) {
    this.chunks = new ChunkedOut((chunk) => {
      writeSync(this.fd, chunk);
    });
  }

  static create(path: string): FileOut {
    return new FileOut(openSync(path, 'w'));
  }

  write(text: string): void {
    this.chunks.write(text);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.chunks.flush();
    } finally {
      closeSync(this.fd);
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
    this.out = FileOut.create(this.partial);
  }

  write(text: string): void {
    this.out.write(text);
  }

  /** The report is complete: give it its name. */
  commit(): void {
    this.out.close();
    renameSync(this.partial, this.path);
    this.settled = true;
  }

  /** The report is not complete: remove it (nothing once committed). */
  discard(): void {
    if (this.settled) return;
    this.settled = true;
    try {
      this.out.close();
    } finally {
      rmSync(this.partial, { force: true });
    }
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
    const file = join(folder, 'determinations.json');
    return new TemporarySpool(folder, file, FileOut.create(file));
  }

  write(text: string): void {
    this.out.write(text);
  }

  async replayTo(target: TextOut): Promise<void> {
    this.out.close();
    const fd = openSync(this.file, 'r');
    try {
      const bytes = Buffer.allocUnsafe(CHUNK);
      const decoder = new StringDecoder('utf8');
      for (let read = readSync(fd, bytes); read > 0; read = readSync(fd, bytes)) {
        await target.write(decoder.write(bytes.subarray(0, read)));
      }
      const rest = decoder.end();
      if (rest) await target.write(rest);
    } finally {
      closeSync(fd);
    }
  }

  async dispose(): Promise<void> {
    this.out.close();
    await rm(this.folder, { recursive: true, force: true });
  }
}
