import { isWhitespace } from '../text/chars.js';
import { readConclusion, sentenceVerdict } from './conclusion.js';
import { parseGuidelineBasis } from './guideline-basis.js';
import { blockOf, linesOf, type Line } from './text-block.js';
import type { Decision, DisputedItem, GuidelineBasis, TextBlock } from './types.js';

/** What may follow the decision word: what it means ("(not medically necessary)"). */
const DECISION_MEANING = String.raw`\((?:not\s+)?medically\s+necessary(?:\s+and\s+appropriate)?\)`;
/**
 * A decision line: "<request>: Upheld", "… is: Overturned", or the word alone when the heading wrapped;
 * also "<request> - Upheld" and the word with what it means after it ("Overturned (medically necessary)").
 */
const DECISION_LINE = new RegExp(String.raw`^(?:(.*?)\s*(?::|\s[-\u2013\u2014])\s*|)(Upheld|Overturned)\s*(?:${DECISION_MEANING}\s*)?\.?$`, 'i');
/** What may follow the decision word on its line: its meaning, a full stop. */
const DECISION_TAIL = new RegExp(String.raw`\s*(?:${DECISION_MEANING}\s*)?\.?\s*$`, 'i');
/** An item number before the request ("1. Norco …", "2) MRI …", "#3 …"): the list's, not the request's. */
const ITEM_NUMBER = /^\s*(?:\d{1,2}[.)]|#\d{1,2}[.:]?)\s+(?=\S)/;
const LABELS = {
  claims: /^Claims Administrator(?:'s)? guidelines?(?:\(s\))?\s*:\s*/i,
  maximus: /^(?:MAXIMUS|Expert Reviewer(?:'s)?|IMR|Independent (?:Medical )?Reviewer(?:'s)?) guidelines?(?:\(s\))?\s*:\s*/i,
  // "Decision rationale:", "Rationale:", "Rationale for the Decision:", "Decision Rationale -"
  rationale: /^(?:Decision\s+)?rationale(?:\s+for\s+(?:the\s+)?decision)?\s*(?::|\s[-\u2013\u2014])\s*/i,
} as const;
/** A line that ends the previous item's rationale, so the next heading cannot reach back past it. */
const RATIONALE_END = /\b(?:necessary|appropriate|certified|indicated|supported|warranted|recommended|established|reasonable)\.\s*$/i;
/** The last sentence of a paragraph's text: after the last sentence end before its own full stop. */
const LAST_SENTENCE = /(?:^|[.!?]["')\]]*\s+)([^.!?]*(?:\.\d[^.!?]*)*[.!?]["')\]]*)\s*$/;
const MAX_HEADING_LINES = 8;
/**
 * A line that ends a sentence on a word ("…terminating opioids for this patient."): prose, not a request
 * wrapped onto the next line, where no blank line sets the heading apart. A partial authorisation's
 * preamble ("… was the original request.") is the heading's own.
 */
const SENTENCE_END_LINE = /\b[a-z]{3,}[.!?]["')\]]*\s*$/;
const PREAMBLE = /\b(?:original request|authorized by|eligible portion)\b/i;

interface DecisionMark {
  readonly lineIndex: number;
  readonly decision: Decision;
  readonly wordStart: number;
  readonly wordEnd: number;
  /** Where the heading's own text ends on the decision line (before ": Upheld"). */
  readonly headingEnd: number;
}

/**
 * Does the line end as a decision line must ("Upheld" or "Overturned", then spaces and a full stop
 * at most)? Tells most lines apart without running DECISION_LINE, whose lazy heading backtracks.
 */
function endsWithDecisionWord(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0x2e) end--;
  if (text.charCodeAt(end - 1) === 0x29) end = text.length - (DECISION_TAIL.exec(text)?.[0].length ?? 0);
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--;
  const tail = text.slice(Math.max(0, end - 'overturned'.length), end).toLowerCase();
  return tail.endsWith('upheld') || tail === 'overturned';
}

function findDecisionMarks(lines: readonly Line[]): DecisionMark[] {
  const marks: DecisionMark[] = [];
  lines.forEach((line, lineIndex) => {
    const match = endsWithDecisionWord(line.text) ? DECISION_LINE.exec(line.text) : null;
    if (!match) return;
    const standsAlone = match[1] === undefined;
    if (standsAlone && (lineIndex === 0 || lines[lineIndex - 1]!.text === '')) return;
    if (!standsAlone && match[1] === '') return;
    const word = match[2]!;
    const wordOffset = line.text.lastIndexOf(word);
    marks.push({
      lineIndex,
      decision: word.toLowerCase() === 'upheld' ? 'upheld' : 'overturned',
      wordStart: line.start + wordOffset,
      wordEnd: line.start + wordOffset + word.length,
      headingEnd: standsAlone ? lines[lineIndex - 1]!.end : line.start + (match[1]?.length ?? 0),
    });
  });
  return marks;
}

/**
 * Does line i end a rationale: a verdict word before its full stop, or a last sentence that states a
 * verdict ("…the request is not medically necessary at this time.", read with the line before it)?
 */
function endsARationale(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  if (RATIONALE_END.test(text)) return true;
  if (!/\.\s*$/.test(text)) return false;
  const sentence = LAST_SENTENCE.exec(i > 0 ? `${lines[i - 1]!.text} ${text}` : text)?.[1];
  return sentence !== undefined && sentenceVerdict(sentence) !== undefined;
}

/** The first line of the heading that ends at `mark`: back to a blank line or the end of a rationale. */
function headingStartLine(lines: readonly Line[], mark: DecisionMark, floor: number): number {
  let first = mark.lineIndex;
  for (let i = mark.lineIndex - 1; i >= floor && mark.lineIndex - i < MAX_HEADING_LINES; i--) {
    const text = lines[i]!.text;
    if (text === '' || endsARationale(lines, i) || (SENTENCE_END_LINE.test(text) && !PREAMBLE.test(text)) || LABEL_PATTERNS.some(([, label]) => label.test(text))) break;
    first = i;
  }
  return first;
}

interface Heading {
  readonly heading: TextBlock;
  readonly request: TextBlock;
  readonly originalRequest?: string;
}

const ORIGINAL_REQUEST = /^(.*?)\s+was the original request\b/i;
const ELIGIBLE_PORTION = /(?:IMR eligible portion of the original request|(?:^|\.\s+)The original request),?\s*(.+?)(?:,?\s+is)?\s*:?\s*$/i;

/** Separate a partial-authorisation preamble from the request it leaves for review. */
function readHeading(text: string, start: number, end: number): Heading {
  const heading = blockOf(text, start, end);
  const original = ORIGINAL_REQUEST.exec(heading.text);
  const portion = original ? ELIGIBLE_PORTION.exec(heading.text) : null;
  if (!original || !portion) {
    const trimmed = heading.text.replace(/(?:,?\s+is)?\s*:?\s*$/i, '');
    const numbered = ITEM_NUMBER.exec(trimmed)?.[0].length ?? 0;
    return { heading, request: { start: heading.start + numbered, end: heading.start + trimmed.length, text: trimmed.slice(numbered) } };
  }
  const requestText = portion[1]!;
  const relative = portion.index + portion[0].lastIndexOf(requestText, portion[0].length);
  return {
    heading,
    request: { start: heading.start + relative, end: heading.start + relative + requestText.length, text: requestText },
    originalRequest: original[1]!.trim(),
  };
}

type LabelName = keyof typeof LABELS;

const LABEL_PATTERNS = Object.entries(LABELS) as Array<[LabelName, RegExp]>;

/** Offsets of the labelled paragraphs ("Claims Administrator guideline:", …) in an item's body. */
function labelledBlocks(text: string, lines: readonly Line[], from: number, to: number): Partial<Record<LabelName, TextBlock>> {
  const found: Array<{ name: LabelName; contentStart: number; lineStart: number }> = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    for (const [name, pattern] of LABEL_PATTERNS) {
      const match = pattern.exec(line.text);
      if (match && !found.some((f) => f.name === name)) {
        found.push({ name, contentStart: line.start + match[0].length, lineStart: line.start });
      }
    }
  }
  const blockEnd = lines[to - 1]?.end ?? 0;
  const blocks: Partial<Record<LabelName, TextBlock>> = {};
  found.forEach((label, i) => {
    blocks[label.name] = blockOf(text, label.contentStart, found[i + 1]?.lineStart ?? blockEnd);
  });
  return blocks;
}

function basis(block: TextBlock | undefined): GuidelineBasis | undefined {
  return block ? parseGuidelineBasis(block) : undefined;
}

/**
 * Every disputed item of the "IMR ISSUES, DECISIONS AND RATIONALES" section: heading and decision,
 * the two guideline paragraphs, the rationale and what the rationale concludes.
 */
export function parseItems(text: string, issues: TextBlock): DisputedItem[] {
  const lines = linesOf(text, issues.start, issues.end);
  const marks = findDecisionMarks(lines);
  const starts: number[] = [];
  marks.forEach((mark, i) => {
    const floor = i === 0 ? 0 : marks[i - 1]!.lineIndex + 1;
    starts.push(headingStartLine(lines, mark, floor));
  });
  return marks.map((mark, i) => {
    const headingStart = lines[starts[i]!]!.start;
    const { heading, request, originalRequest } = readHeading(text, headingStart, mark.headingEnd);
    const bodyEndLine = i + 1 < marks.length ? starts[i + 1]! : lines.length;
    const blocks = labelledBlocks(text, lines, mark.lineIndex + 1, bodyEndLine);
    const bodyEnd = lines[bodyEndLine - 1]?.end ?? mark.wordEnd;
    const rationale = blocks.rationale ?? blockOf(text, mark.wordEnd, bodyEnd);
    const claimsAdministratorBasis = basis(blocks.claims);
    const guidelineBasis = basis(blocks.maximus);
    // one shape for every item, its optional parts undefined where absent (test/facts/shapes.test.ts)
    return {
      index: i + 1,
      request,
      heading,
      originalRequest: originalRequest || undefined,
      decision: mark.decision,
      decisionSpan: { start: mark.wordStart, end: mark.wordEnd },
      claimsAdministratorBasis,
      guidelineBasis,
      rationale,
      conclusion: readConclusion(rationale),
      span: { start: heading.start, end: Math.max(rationale.end, mark.wordEnd) },
    };
  });
}
