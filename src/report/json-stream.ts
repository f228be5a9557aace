import type { DeterminationAudit } from '../audit/types.js';
import type { ReportFrame, ReportStream, Spool, TextOut } from './report-stream.js';

const DETERMINATIONS_KEY = '"determinations": []';

/**
 * One determination as it sits in the JSON report's array: compact, on a line of its own (indented
 * like the array it is in). A batch of 100,000 letters is gigabytes of JSON; one line a letter
 * halves that against pretty-printing, keeps the report greppable and line-diffable, and a reader
 * pretty-prints it in a moment (`jq`).
 */
export function jsonDeterminationEntry(determination: DeterminationAudit): string {
  return `    ${JSON.stringify(determination)}`;
}

/** The JSON report around its determinations array: `head` ends with `"determinations": `, `tail` follows the array. */
export function jsonReportFrame(frame: ReportFrame): { head: string; tail: string } {
  const { tool, rules, summary, skipped } = frame;
  const text = `${JSON.stringify({ tool, rules, summary, determinations: [], skipped }, null, 2)}\n`;
  const at = text.indexOf(DETERMINATIONS_KEY);
  const arrayAt = at + DETERMINATIONS_KEY.length - 2;
  return { head: text.slice(0, arrayAt), tail: text.slice(arrayAt + 2) };
}

/** The determinations array from its entries: `[]` when empty, else one entry a line. */
export function jsonDeterminationsArray(entries: readonly string[]): string {
  return entries.length === 0 ? '[]' : `[\n${entries.join(',\n')}\n  ]`;
}

/**
 * The JSON report (src/report/json.ts) written as determinations come, byte for byte the same
 * text: each determination's entry is spooled; at the end the head (tool, rules, summary) is
 * written, then the spooled array, then the tail (skipped files).
 */
export class JsonReportStream implements ReportStream {
  private count = 0;

  constructor(
    private readonly out: TextOut,
    private readonly spool: Spool,
  ) {}

  /** `entry`: the determination as `jsonDeterminationEntry` renders it, UTF-8 encoded. */
  async add(entry: Uint8Array): Promise<void> {
    await this.spool.write(this.count === 0 ? '[\n' : ',\n');
    await this.spool.write(entry);
    this.count++;
  }

  async finish(frame: ReportFrame): Promise<void> {
    const { head, tail } = jsonReportFrame(frame);
    await this.out.write(head);
    if (this.count === 0) await this.out.write('[]');
    else {
      await this.spool.replayTo(this.out);
      await this.out.write('\n  ]');
    }
    await this.out.write(tail);
  }
}
