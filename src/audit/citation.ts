import type { GuidelineCitation } from '../letter/types.js';
import type { TopicDefinition } from '../rules/types.js';
import { escapeRegExp } from '../text/phrases.js';

/** The 2009 Chronic Pain Medical Treatment Guidelines have 127 pages. */
const CHRONIC_PAIN_PAGES = 127;

function pageBounds(range: string): [number, number] {
  const [low, high] = range.split('-').map(Number);
  return [low ?? 0, high ?? low ?? 0];
}

function pagesOverlap(a: string, b: string): boolean {
  const [aLow, aHigh] = pageBounds(a);
  const [bLow, bHigh] = pageBounds(b);
  return aLow <= bHigh && bLow <= aHigh;
}

function isChronicPainGuideline(citation: GuidelineCitation): boolean {
  return /chronic pain/i.test(citation.guideline);
}

const sectionNamePatterns = new Map<string, RegExp>();

/**
 * A topic's section name as it is found in a cited section: as a whole word or words, in the
 * singular or plural ("Opioid" in "Opioids, criteria for use"), never inside another word ("CT" is
 * not in "Acupuncture", "TENS" not in "Extension").
 */
function sectionNamePattern(name: string): RegExp {
  let pattern = sectionNamePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name)}(?:s|es)?(?![A-Za-z0-9])`, 'i');
    sectionNamePatterns.set(name, pattern);
  }
  return pattern;
}

/** Does a citation name one of the topic's sections, or a page the topic covers? */
export function citationFitsTopic(citation: GuidelineCitation, topic: TopicDefinition): boolean {
  const sections = citation.sections.length > 0 ? citation.sections : [citation.guideline];
  const named = sections.some((section) => topic.cites.sections.some((name) => sectionNamePattern(name).test(section)));
  if (named) return true;
  return isChronicPainGuideline(citation) && citation.pages.some((page) => topic.cites.pages.some((own) => pagesOverlap(page, own)));
}

export interface CitationProblem {
  readonly message: string;
  readonly citation: GuidelineCitation;
}

function describe(citation: GuidelineCitation): string {
  const sections = citation.sections.length > 0 ? ` ${citation.sections.join(', ')}` : '';
  const pages = citation.pages.length > 0 ? ` p. ${citation.pages.join(', ')}` : '';
  return `${citation.guideline}${sections}${pages}`;
}

/**
 * Check the reviewer's citations against the item's topics: a citation that belongs to another
 * topic and to none of the item's ("Xanax judged under Opioids p. 78"), or a page the Chronic Pain
 * guideline does not have. Silent when the item has no topic or the citations are not recognised.
 */
export function checkCitations(
  citations: readonly GuidelineCitation[],
  itemTopics: readonly TopicDefinition[],
  allTopics: readonly TopicDefinition[],
): CitationProblem[] {
  const problems: CitationProblem[] = [];
  for (const citation of citations) {
    for (const page of citation.pages) {
      const [, high] = pageBounds(page);
      if (isChronicPainGuideline(citation) && high > CHRONIC_PAIN_PAGES) {
        problems.push({ citation, message: `page ${page} of the Chronic Pain guideline is cited, which has ${CHRONIC_PAIN_PAGES} pages` });
      }
    }
  }
  const sourced = allTopics.filter((t) => !t.crossCutting);
  if (itemTopics.length === 0 || citations.length === 0) return problems;
  if (citations.some((c) => itemTopics.some((topic) => citationFitsTopic(c, topic)))) return problems;
  for (const citation of citations) {
    // a guideline or chapter named without a section ("ACOEM Low Back Complaints 2004, Chapter 12", "…, pages 303-304")
    // covers many topics: no section to misplace, unless its pages say which (the Chronic Pain guideline's)
    if (citation.sections.length === 0 && !(isChronicPainGuideline(citation) && citation.pages.length > 0)) continue;
    const owners = sourced.filter((topic) => !itemTopics.includes(topic) && citationFitsTopic(citation, topic));
    if (owners.length > 0) {
      problems.push({
        citation,
        message: `"${describe(citation)}" is cited, a section of ${owners.map((t) => t.title).join(' / ')}, while the request falls under ${itemTopics.map((t) => t.title).join(' / ')}`,
      });
    }
  }
  return problems;
}
