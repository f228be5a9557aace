import { blockOf, linesOf } from './text-block.js';
import type { TextBlock } from './types.js';

export interface LetterSections {
  /** Everything before the first section heading: the case header table. */
  readonly header: TextBlock;
  readonly howMade?: TextBlock;
  readonly summary?: TextBlock;
  readonly issues?: TextBlock;
  /**
   * Where a heading a letter has once (how the determination was made, the issues) starts a second
   * time: the file holds more than one letter (letters joined into one text or PDF).
   */
  readonly secondLetterAt?: { readonly start: number; readonly heading: string };
}

type SectionName = 'howMade' | 'summary' | 'issues';

const SECTION_HEADINGS: ReadonlyArray<readonly [SectionName, RegExp]> = [
  ['howMade', /^HOW THE (?:IMR )?FINAL DETERMINATION WAS MADE$/i],
  ['summary', /^(?:CLINICAL )?CASE SUMMARY:?$/i],
  ['issues', /^(?:IMR ISSUES?(?:\(S\))?,? DECISIONS?(?:\(S\))?,? AND RATIONALES?(?:\(S\))?|IMR DECISIONS?(?:\(S\))? AND RATIONALES?(?:\(S\))?|INDEPENDENT MEDICAL REVIEW DECISIONS? AND RATIONALES?)$/i],
];

/** The sentences that open these sections, however their lines were wrapped (a PDF lays them out at its own width). */
const SUMMARY_PREAMBLE =
  /^\s*The\s+expert\s+reviewer\s+developed\s+the\s+following\s+clinical\s+case\s+summary\s+based\s+on\s+a\s+review\s+of\s+the\s+case\s+file,\s+including\s+all\s+medical\s+records:\s*/i;
const ISSUES_PREAMBLE =
  /^\s*The\s+Final\s+Determination\s+was\s+based\s+on\s+decisions\s+for\s+the\s+disputed\s+items\/services\s+set\s+forth\s+below:\s*/i;

/** Split a normalised letter into its sections by their headings. */
export function splitSections(text: string): LetterSections {
  const found: Array<{ name: SectionName; headingStart: number; bodyStart: number }> = [];
  let secondLetterAt: LetterSections['secondLetterAt'];
  for (const line of linesOf(text)) {
    const heading = SECTION_HEADINGS.find(([, pattern]) => pattern.test(line.text));
    if (!heading) continue;
    if (!found.some((f) => f.name === heading[0])) {
      found.push({ name: heading[0], headingStart: line.start, bodyStart: Math.min(line.end + 1, text.length) });
    } else if (heading[0] !== 'summary' && secondLetterAt === undefined) {
      secondLetterAt = { start: line.start, heading: line.text };
    }
  }
  const sections: { -readonly [K in keyof LetterSections]: LetterSections[K] } = {
    header: blockOf(text, 0, found[0]?.headingStart ?? 0),
    ...(secondLetterAt !== undefined ? { secondLetterAt } : {}),
  };
  found.forEach((section, i) => {
    const end = found[i + 1]?.headingStart ?? text.length;
    let start = section.bodyStart;
    const preamble = section.name === 'summary' ? SUMMARY_PREAMBLE : section.name === 'issues' ? ISSUES_PREAMBLE : undefined;
    const match = preamble?.exec(text.slice(start, end));
    if (match) start += match[0].length;
    sections[section.name] = blockOf(text, start, end);
  });
  return sections;
}
