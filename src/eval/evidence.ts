import type { LetterText } from '../letter/types.js';
import type { GoldEvidence } from './gold.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The 1-based line of the letter file that an offset of the normalised text falls on. */
export function sourceLineAt(letter: LetterText, offset: number): number {
  let low = 0;
  let high = letter.lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((letter.lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return letter.sourceLines[low] ?? 1;
}

/**
 * Every place a quoted text occurs in the normalised letter. Letters wrap lines mid-sentence, so
 * any run of white space in the quote matches any run of white space (line breaks included).
 */
export function findEvidence(letter: LetterText, quote: string, options: { ignoreCase?: boolean } = {}): GoldEvidence[] {
  const words = quote.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), options.ignoreCase ? 'gi' : 'g');
  return [...letter.text.matchAll(pattern)].map((match) => {
    const start = match.index ?? 0;
    return { text: quote, start, end: start + match[0].length, line: sourceLineAt(letter, start) };
  });
}
