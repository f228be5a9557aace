import { CASE_NUMBER, parseHeader } from './header.js';
import { parseDeterminedItems } from './determined-items.js';
import { parseItems } from './items.js';
import { parseReviewer } from './reviewer.js';
import { splitSections, type LetterSections } from './sections.js';
import { sourceLineAt } from './normalise.js';
import { blockOf } from './text-block.js';
import type { Determination, LetterText } from './types.js';

export type LetterProblem = 'empty' | 'not-imr-letter' | 'no-items' | 'several-letters';

export class LetterParseError extends Error {
  constructor(
    readonly problem: LetterProblem,
    message: string,
    /** 1-based source line the problem was noticed at, when there is one. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'LetterParseError';
  }
}

const IMR_MARKERS = /\b(?:Independent Medical Review|IMR|MAXIMUS|Decision rationale|Claims Administrator guideline)\b/i;

/** Every case number a header line names (one a letter). */
const CASE_NUMBER_LINE = new RegExp(String.raw`Case Number:?\s*(${CASE_NUMBER})`, 'gi');

/**
 * Letters joined into one file cannot be audited as one: the second letter's items would be read
 * against the first letter's case. Named, with the case numbers found, so the file can be split.
 */
function severalLetters(letter: LetterText, second: NonNullable<LetterSections['secondLetterAt']>): LetterParseError {
  const line = sourceLineAt(letter, second.start);
  const cases = [...new Set(Array.from(letter.text.matchAll(CASE_NUMBER_LINE), (match) => match[1]!))];
  const named = cases.length > 1 ? ` (case numbers ${cases.join(', ')})` : '';
  return new LetterParseError(
    'several-letters',
    `the file holds more than one letter${named}: its heading "${second.heading}" comes again at line ${line}; split it, one letter a file`,
    line,
  );
}

/** Read a normalised letter into a Determination; throws LetterParseError when it is not one. */
export function parseDetermination(letter: LetterText): Determination {
  const { text } = letter;
  if (text.trim() === '') throw new LetterParseError('empty', 'the file holds no text');
  const sections = splitSections(text);
  const isImr = sections.issues !== undefined || sections.summary !== undefined || IMR_MARKERS.test(text);
  if (!isImr) {
    throw new LetterParseError(
      'not-imr-letter',
      'not an IMR determination letter: none of its section headings (CLINICAL CASE SUMMARY, IMR ISSUES, DECISIONS AND RATIONALES) or MAXIMUS wording was found',
    );
  }
  if (sections.secondLetterAt !== undefined) throw severalLetters(letter, sections.secondLetterAt);
  const issues = sections.issues ?? blockOf(text, sections.summary?.end ?? 0, text.length);
  let items = parseItems(text, issues);
  let summary = sections.summary ?? blockOf(text, 0, 0);
  if (items.length === 0 && !sections.issues && sections.summary) {
    // the issues' heading not recognised: the summary runs on over the items; it ends where the first item's heading starts
    items = parseItems(text, sections.summary);
    if (items.length > 0) summary = blockOf(text, summary.start, items[0]!.span.start);
  }
  if (items.length === 0) {
    items = parseDeterminedItems(text, sections.issues ?? blockOf(text, 0, text.length));
    const firstDiscussion = items.find((item) => item.rationale.start > summary.start)?.rationale.start;
    if (firstDiscussion !== undefined && firstDiscussion < summary.end) summary = blockOf(text, summary.start, firstDiscussion);
  }
  if (items.length === 0) {
    throw new LetterParseError(
      'no-items',
      sections.issues
        ? 'no disputed item found: the IMR ISSUES section has no "<item>: Upheld|Overturned" decision line'
        : 'no disputed item found: the letter has no IMR ISSUES, DECISIONS AND RATIONALES section and no decision line (possibly truncated)',
    );
  }
  // the header table and what comes before the case summary: letters without a table (2013) give their dates in sentences there
  const header = parseHeader(sections.summary && sections.summary.start > sections.header.end ? text.slice(0, sections.summary.start) : sections.header.text);
  return {
    layout: letter.layout,
    header: sections.header,
    // one shape for every letter: what the header lacks is undefined (test/facts/shapes.test.ts)
    caseNumber: header.caseNumber,
    dates: header.dates,
    priority: header.priority,
    reviewer: parseReviewer(sections.howMade ?? blockOf(text, 0, text.length)),
    summary,
    items,
  };
}
