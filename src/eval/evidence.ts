import { sourceLineAt } from '../letter/normalise.js';
import type { LetterText } from '../letter/types.js';
import { escapeRegExp } from '../text/phrases.js';
import type { GoldEvidence } from './gold.js';

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
