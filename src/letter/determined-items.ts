import { readConclusion } from './conclusion.js';
import { blockOf } from './text-block.js';
import type { DisputedItem, TextBlock } from './types.js';

/**
 * The 2013 letters state each decision as a sentence instead of "<item>: Upheld":
 * "1) MAXIMUS Federal Services, Inc. has determined the request for a 28 day functional restoration
 * program is not medically necessary and appropriate." Not medically necessary = Upheld.
 */
const DETERMINED =
  /(?:^|\n)\s*(\d+)\)\s*MAXIMUS Federal Services,?\s+Inc\.?\s+has\s+determined\s+the\s+request\s+for\s+([\s\S]+?)\s+(is|are)\s+(not\s*)?medically\s+necessary\s+and\s+appropriate\./gi;

/** Where item N's own discussion starts: "1) Regarding the request for …" after the list of decisions. */
export function discussionStart(text: string, from: number, number: string): number | undefined {
  const pattern = new RegExp(`(?:^|\\n)\\s*${number}\\)\\s*Regarding the request for`, 'gi');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index + (match[0].startsWith('\n') ? 1 : 0) : undefined;
}

export function parseDeterminedItems(text: string, issues: TextBlock): DisputedItem[] {
  const body = text.slice(0, issues.end);
  const byNumber = new Map<string, { match: RegExpExecArray; start: number }>();
  for (const match of body.matchAll(DETERMINED)) {
    if (match.index < issues.start) continue;
    const number = match[1]!;
    if (!byNumber.has(number)) byNumber.set(number, { match, start: match.index + (match[0].startsWith('\n') ? 1 : 0) });
  }
  const entries = [...byNumber.entries()];
  const lastDecisionEnd = Math.max(0, ...entries.map(([, e]) => e.match.index + e.match[0].length));
  const discussionStarts = entries.map(([number]) => discussionStart(text, lastDecisionEnd, number));
  return entries.map(([, { match, start }], i) => {
    const requestStart = match.index + match[0].indexOf(match[2]!);
    const request = blockOf(text, requestStart, requestStart + match[2]!.length);
    const decisionText = match[4] ? 'not medically necessary' : 'medically necessary';
    const wordStart = match.index + match[0].lastIndexOf('medically');
    const ownStart = discussionStarts[i];
    const nextStart = discussionStarts[i + 1];
    const heading = blockOf(text, start, match.index + match[0].length);
    const rationale = ownStart !== undefined ? blockOf(text, ownStart, nextStart ?? text.length) : heading;
    return {
      index: i + 1,
      request,
      heading,
      // the shape of parseItems' items: a letter's items are read by the same code whichever way they were found
      originalRequest: undefined,
      decision: match[4] ? 'upheld' : 'overturned',
      decisionSpan: { start: wordStart, end: wordStart + decisionText.length },
      claimsAdministratorBasis: undefined,
      guidelineBasis: undefined,
      rationale,
      conclusion: readConclusion(rationale),
      span: { start, end: rationale.end },
    } satisfies DisputedItem;
  });
}
