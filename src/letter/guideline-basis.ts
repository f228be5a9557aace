import type { GuidelineBasis, GuidelineCitation, GuidelineSource, TextBlock } from './types.js';

/** Guideline names that precede a topic in the 2014 "… <Topic> Page(s): n" citations. */
const GUIDELINE_PREFIXES = [
  /^(Chronic Pain (?:Medical )?Treatment(?: Guidelines)?(?: \d{4})?),?\s+(.*)$/i,
  // with the chapter it may name: "ACOEM Low Back Complaints 2004, Chapter 12" (a chapter, no section), the 3rd
  // edition's "ACOEM Practice Guidelines, 3rd Edition (2011), Low Back Disorders", the 2017 MTUS's "ACOEM Low Back Disorders Guideline (2016)"
  /^(ACOEM(?: Practice Guidelines)?(?:,? \d(?:nd|rd|th) Edition)?(?:,? \((?:19|20)\d\d\))?(?:,? Chapter \d+)?(?:,? (?:(?:[A-Z][a-z]+|and)[ ,&/-]+){1,6}?(?:Complaints|Disorders)(?: Guidelines?)?(?:,? \(?(?:19|20)\d\d\)?)?)?(?:,? Chapter \d+)?)(?:,?\s+|$)(.*)$/i,
  /^(Postsurgical Treatment Guidelines),?\s+(.*)$/i,
  /^(Acupuncture Medical Treatment Guidelines),?\s+(.*)$/i,
];

/** The first GUIDELINE_PREFIXES match of `text` (guideline name, rest), trying no further pattern once one matches. */
function guidelinePrefix(text: string): RegExpExecArray | undefined {
  for (const pattern of GUIDELINE_PREFIXES) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}

/** Split a section list at commas that start a new capitalised name ("Muscle relaxants (for pain), Cyclobenzaprine"). */
export function splitSectionNames(list: string): string[] {
  return list
    .split(/,\s*(?:and\s+)?(?=[A-Z0-9])/)
    .map((s) => s.trim().replace(/[.;]+$/, '').trim())
    .filter((s) => s.length > 0);
}

function parsePages(pages: string): string[] {
  return pages
    .split(/\s*,\s*|\s+and\s+/)
    .map((p) => p.replace(/[^\d-]/g, ''))
    .filter((p) => /\d/.test(p));
}

/** "Shoulder Complaints 2004, Section(s): Special Studies" → guideline + sections; "… Topic Page(s): 24" → + pages. */
function parseChapter(source: Exclude<GuidelineSource, 'none'>, chapter: string): GuidelineCitation {
  const text = chapter.trim().replace(/[.\s]+$/, '');
  const withSections = /^(.*?),?\s*Sections?(?:\(s\))?:\s*(.*)$/i.exec(text);
  if (withSections) {
    return { source, guideline: withSections[1]!.trim(), sections: splitSectionNames(withSections[2]!), pages: [], text };
  }
  const withPages = /^(.*?),?\s*(?:Page\(s\)|Pages?|pp?\.)\s*:?\s*(\d[\d\s,\-–and]*)$/i.exec(text);
  if (withPages) {
    const before = withPages[1]!.trim().replace(/,$/, '');
    const prefixed = guidelinePrefix(before);
    const guideline = prefixed ? prefixed[1]!.trim() : before;
    const topic = prefixed ? prefixed[2]!.trim() : '';
    return { source, guideline, sections: topic ? [topic] : [], pages: parsePages(withPages[2]!), text };
  }
  const prefixed = source === 'MTUS' ? guidelinePrefix(text) : undefined;
  if (prefixed) {
    return { source, guideline: prefixed[1]!.trim(), sections: splitSectionNames(prefixed[2]!), pages: [], text };
  }
  if (source === 'non-MTUS') {
    const parts = text.split(/\s*,\s*/);
    const [guideline = text, ...rest] = parts;
    const sections = splitSectionNames(rest.join(', '));
    return { source, guideline: guideline.replace(/^\W+/, '').trim(), sections, pages: [], text };
  }
  return { source, guideline: text, sections: [], pages: [], text };
}

/**
 * One "MTUS …" citation may name several chapters, each ending in its edition year:
 * "Neck and Upper Back Complaints 2004, Section(s): X, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Y".
 */
export function splitMtusChapters(citation: string): string[] {
  const chapters: string[] = [];
  let rest = citation.trim();
  while (rest.length > 0) {
    const name = /^.*?\b(?:19|20)\d\d\b\)?/.exec(rest);
    if (!name) {
      chapters.push(rest);
      break;
    }
    const after = rest.slice(name[0].length);
    const next = /,?\s+and\s+(?=[A-Z][A-Za-z ,&/()-]*?\b(?:19|20)\d\d\b)/.exec(after);
    const end = next ? name[0].length + next.index : rest.length;
    chapters.push(rest.slice(0, end).trim());
    rest = next ? after.slice(next.index + next[0].length).trim() : '';
  }
  return chapters.filter(Boolean);
}

/** What introduces a citation: "Decision based on …"; in letters worded otherwise, "The Expert Reviewer based his/her decision on …". */
const DECISION_BASED_ON = /Decision based on\s+/i;
const REVIEWER_BASED_ON = /\bbased (?:his\/her|his or her|his|her|their|its|the) decision on\s+/i;

/** The MTUS's own guidelines, named without "MTUS" ("Chronic Pain Medical Treatment Guidelines …", ACOEM's 2004 chapters). */
const MTUS_GUIDELINE = /^(?:the\s+)?(?:California\s+)?(?:Chronic Pain (?:Medical )?Treatment Guidelines|ACOEM\b[^.]*?\b(?:2nd Edition|2004)\b|Postsurgical Treatment Guidelines|Acupuncture Medical Treatment Guidelines|[A-Z][\w ,&/-]*? Complaints,? (?:2004|2007)\b)/i;

/**
 * The citations of a paragraph, each as it follows "Decision based on" (or, without that, "… based
 * his/her decision on"); a paragraph with neither (a letter worded otherwise: "MAXIMUS guideline:
 * MTUS Chronic Pain …") is one citation, unless it says no guideline was used.
 */
function citationTexts(text: string): string[] {
  for (const introduction of [DECISION_BASED_ON, REVIEWER_BASED_ON]) {
    const parts = text.split(introduction).slice(1);
    if (parts.length > 0) return parts;
  }
  return /\b(?:MTUS|ODG|ACOEM|Guidelines?)\b/i.test(text) && !/\bdid not base\b/i.test(text) ? [text] : [];
}

/**
 * Parse a "Claims Administrator guideline:" or "MAXIMUS guideline:" paragraph into citations:
 * "Decision based on MTUS <chapter>[, Section(s): …| Page(s): …]" and "Decision based on Non-MTUS Citation <source>".
 */
export function parseGuidelineBasis(block: TextBlock): GuidelineBasis {
  const citations: GuidelineCitation[] = [];
  for (const part of citationTexts(block.text)) {
    const body = part.replace(/\s+/g, ' ').trim();
    const nonMtus = /^Non-MTUS(?: Citation)?:?\s*(.*)$/i.exec(body);
    if (nonMtus) {
      citations.push(parseChapter('non-MTUS', nonMtus[1] ?? ''));
      continue;
    }
    const mtus = /^(?:the\s+)?(?:CA\s+)?MTUS:?\s*(.*)$/i.exec(body);
    if (mtus) {
      for (const chapter of splitMtusChapters(mtus[1] ?? '')) citations.push(parseChapter('MTUS', chapter));
      continue;
    }
    citations.push(parseChapter(MTUS_GUIDELINE.test(body) ? 'MTUS' : 'non-MTUS', body));
  }
  const hasMtus = citations.some((c) => c.source === 'MTUS');
  const hasOther = citations.some((c) => c.source === 'non-MTUS');
  const source = hasMtus && hasOther ? 'mixed' : hasMtus ? 'MTUS' : hasOther ? 'non-MTUS' : 'none';
  // the block's offsets and text named, not spread: one shape for every basis
  return { start: block.start, end: block.end, text: block.text, source, citations };
}
