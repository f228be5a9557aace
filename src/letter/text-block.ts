import { trimmedRange } from '../text/chars.js';
import type { Span, TextBlock } from './types.js';

/** A block of `text` between two offsets, trimmed of surrounding whitespace, line breaks read as spaces. */
export function blockOf(text: string, start: number, end: number): TextBlock {
  const [s, e] = trimmedRange(text, start, end);
  return { start: s, end: e, text: text.slice(s, e).replace(/\n/g, ' ') };
}

/** A sub-block of `block` given offsets relative to `block.text`. */
export function subBlock(block: TextBlock, relativeStart: number, relativeEnd: number): TextBlock {
  return {
    start: block.start + relativeStart,
    end: block.start + relativeEnd,
    text: block.text.slice(relativeStart, relativeEnd),
  };
}

export function spanOf(block: Span): Span {
  return { start: block.start, end: block.end };
}

export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The lines of `text` between two offsets, each with its offsets. */
export function linesOf(text: string, start = 0, end = text.length): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    lines.push({ text: text.slice(lineStart, lineEnd), start: lineStart, end: lineEnd });
    if (lineEnd >= end) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}
