import type { TextBlock } from '../letter/types.js';
import { lastWord, trimmedRange } from './chars.js';

const ABBREVIATIONS = new Set(
  [
    'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nos', 'vs', 'v', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'approx', 'pp', 'p',
    'fig', 'vol', 'ch', 'chap', 'sec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
    'nov', 'dec', 'u.s', 'inc', 'co', 'ltd', 'al', 'min', 'mins', 'hr', 'hrs', 'wk', 'wks', 'mo', 'mos', 'yr',
    'yrs', 'mg', 'mcg', 'ml', 'cm', 'mm', 'lb', 'lbs', 'q', 'b.i.d', 't.i.d', 'q.i.d', 'p.o', 'prn', 'a.m', 'p.m',
    'bilat', 'pt', 'pts', 'dx', 'hx', 'tx', 'rx', 'sx', 'fx', 'ext', 'flex', 'abd', 'l', 'r', 'lt', 'rt',
  ],
);

/**
 * Units, written after a number: abbreviated ("6 wks.", "10 mg."), but a capital after them starts a
 * sentence ("… 6 visits over 2-3 wks. The initial request …"), as no name follows a unit.
 */
const UNITS = new Set(['min', 'mins', 'hr', 'hrs', 'wk', 'wks', 'mo', 'mos', 'yr', 'yrs', 'mg', 'mcg', 'ml', 'cm', 'mm', 'lb', 'lbs', 'prn']);

/** A word without the brackets or quotes that open it. */
function bare(word: string): string {
  return word.replace(/^[("']+/, '');
}

/** Does a sentence start after this period: a unit's abbreviation followed by a capital. */
function unitEndsSentence(word: string, after: string): boolean {
  return UNITS.has(bare(word).toLowerCase()) && /^\s+["'(\[]?[A-Z]/.test(after);
}

/** True when the word ending at a period is an abbreviation or an initial, not the end of a sentence. */
function isAbbreviation(word: string): boolean {
  const stripped = bare(word);
  if (/^[A-Z]{2,}s?$/.test(stripped)) return false;
  const lower = stripped.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  return /^[a-z]$/i.test(lower);
}

const BOUNDARY = /([.!?])["')\]]*(\s+)(?=["'(\[]?[A-Z0-9])|\n\s*\n/g;

/** Literature cited after a sentence's full stop, "(Li, 2005)", "(Colorado, 2002) (Airaksinen, 2006)": the sentence's own. */
const CITATION_AFTER = /^(?:\s*\([A-Z][A-Za-z'-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][A-Za-z'-]+)?,?\s+(?:19|20)\d\d[a-z]?(?:;[^)]{0,80})?\))+\.?/;

/** Each block's sentences, split once: a rationale is split to read its conclusion and again to read its facts. */
const splitBlocks = new WeakMap<TextBlock, readonly TextBlock[]>();

/** Split a block of letter text into sentences, each with offsets in the letter. */
export function splitSentences(block: TextBlock): readonly TextBlock[] {
  let sentences = splitBlocks.get(block);
  if (!sentences) {
    sentences = split(block);
    splitBlocks.set(block, sentences);
  }
  return sentences;
}

function split(block: TextBlock): TextBlock[] {
  const { text } = block;
  const sentences: TextBlock[] = [];
  let start = 0;
  const push = (end: number): void => {
    const [s, e] = trimmedRange(text, start, end);
    if (e > s) sentences.push({ start: block.start + s, end: block.start + e, text: text.slice(s, e) });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    if (match[1] === '.') {
      const word = lastWord(text, start, at);
      if (isAbbreviation(word) && !unitEndsSentence(word, text.slice(at + 1, at + 6))) continue;
      if (/\d$/.test(word) && /^\s+\d/.test(text.slice(at + 1))) continue;
    }
    let end = at + match[0].length - (match[2]?.length ?? 0);
    const citation = match[0].startsWith('\n') ? null : CITATION_AFTER.exec(text.slice(end));
    if (citation) end += citation[0].length;
    push(match[0].startsWith('\n') ? at : end);
    start = end;
  }
  push(text.length);
  return sentences;
}
