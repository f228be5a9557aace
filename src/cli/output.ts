import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Spool, TextOut } from '../report/report-stream.js';

/** Text is handed on in chunks of about this many characters: few writes, little held. */
const CHUNK = 64 * 1024;

/** Gathers small writes into chunks for a slower `flush` (a file write, a stdout callback). */
class ChunkedOut implements TextOut {
  private pending: string[] = [];
  private length = 0;

  constructor(private readonly flushChunk: (chunk: string) => void | Promise<void>) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.length += text.length;
    if (this.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.length = 0;
    await this.flushChunk(chunk);
  }
}

/** Text for a callback such as the command's stdout, in chunks. */
export function callbackOut(write: (text: string) => void): TextOut & { flush(): Promise<void> } {
  return new ChunkedOut(write);
}

/** A file written in chunks; `close` writes what is left. */
export class FileOut implements TextOut {
  private readonly chunks: ChunkedOut;

  private constructor(private readonly handle: FileHandle) {
    this.chunks = new ChunkedOut(async (chunk) => {
      await this.handle.write(chunk);
    });
  }

  static async create(path: string): Promise<FileOut> {
    return new FileOut(await open(path, 'w'));
  }

  write(text: string): Promise<void> {
    return this.chunks.write(text);
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.chunks.flush();
    } finally {
      await this.handle.close();
    }
  }
}

/** A spool in a temporary folder of its own, removed by `dispose` (and after a replay). */
export class TemporarySpool implements Spool {
  private constructor(
    private readonly folder: string,
    private readonly file: string,
    private readonly out: FileOut,
  ) {}

  static async create(): Promise<TemporarySpool> {
    const folder = await mkdtemp(join(tmpdir(), 'imr-audit-spool-'));
    const file = join(folder, 'determinations.json');
    return new TemporarySpool(folder, file, await FileOut.create(file));
  }

  write(text: string): Promise<void> {
    return this.out.write(text);
  }

  async replayTo(target: TextOut): Promise<void> {
    await this.out.close();
    for await (const chunk of createReadStream(this.file, { encoding: 'utf8', highWaterMark: CHUNK })) {
      await target.write(chunk as string);
    }
  }

  async dispose(): Promise<void> {
    await this.out.close();
    await rm(this.folder, { recursive: true, force: true });
  }
}
